/** Facts about the frame a content script runs in, shared by its scripts. */
import type { FrameInfo } from '@/utils/profile/select';

/** Reads a closed shadow root where the browser lets an extension do so. */
export function closedShadowRootReader(): ((host: Element) => ShadowRoot | null) | undefined {
  const chromeDom = (
    globalThis as {
      chrome?: { dom?: { openOrClosedShadowRoot?: (host: Element) => ShadowRoot | null } };
    }
  ).chrome?.dom;
  if (chromeDom?.openOrClosedShadowRoot) {
    return (host) => chromeDom.openOrClosedShadowRoot!(host);
  }
  // Firefox exposes `openOrClosedShadowRoot` to extensions as a read-only
  // property of Element, not as a method (Firefox ESR 153).
  return (host) => {
    const root = (host as { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
    return root ?? null;
  };
}

/** Returns this frame's URL, and its position among its parent's frames when it is a child. */
export function currentFrameInfo(): FrameInfo {
  if (window === window.top) return { isTop: true, url: location.href };
  const siblings = window.parent.frames;
  for (let index = 0; index < siblings.length; index++) {
    if (siblings[index] === window) return { isTop: false, url: location.href, index };
  }
  return { isTop: false, url: location.href };
}
