/**
 * Whether a control is rendered. A control under `display: none` is not; one
 * with opacity 0, for example while it fades in, is, because the page is about
 * to show it.
 */
import { composedParent } from './dom';

type VisibilityCheck = (options?: Record<string, boolean>) => boolean;

/** Tells whether the element is rendered, reusing style results across one scan through `cache`. */
export function isRendered(element: Element, cache: Map<Element, boolean>): boolean {
  const checkVisibility = (element as Element & { checkVisibility?: VisibilityCheck })
    .checkVisibility;
  // Chromium 105 and Firefox 106 implement checkVisibility(); by default it
  // ignores opacity and visibility and checks display and content-visibility.
  if (typeof checkVisibility === 'function') return checkVisibility.call(element);
  return !hasUndisplayedAncestor(element, cache);
}

function hasUndisplayedAncestor(element: Element, cache: Map<Element, boolean>): boolean {
  const known = cache.get(element);
  if (known !== undefined) return known;

  const view = element.ownerDocument.defaultView;
  const undisplayed =
    view?.getComputedStyle(element).display === 'none' ||
    (composedParent(element) !== null && hasUndisplayedAncestor(composedParent(element)!, cache));
  cache.set(element, undisplayed);
  return undisplayed;
}
