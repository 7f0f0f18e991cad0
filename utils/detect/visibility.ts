/**
 * Whether a control is rendered. A control under `display: none` is not; one
 * with opacity 0, for example while it fades in, is, because the page is about
 * to show it.
 */
import { composedParent } from './dom';

type VisibilityCheck = (options?: Record<string, boolean>) => boolean;

/** Tells whether the element is rendered; `cache` keeps style results for one scan. */
export function isRendered(element: Element, cache: Map<Element, boolean>): boolean {
  const checkVisibility = (element as Element & { checkVisibility?: VisibilityCheck })
    .checkVisibility;
  // checkVisibility() ships in Chromium 105, Firefox 106 and Safari 17.4 (MDN). Without
  // options it checks display and `content-visibility: hidden`, not opacity or visibility.
  if (typeof checkVisibility === 'function') return checkVisibility.call(element);
  return !hasUndisplayedAncestor(element, cache);
}

/** Tells whether the element or an ancestor in the composed tree has `display: none`. */
function hasUndisplayedAncestor(element: Element, cache: Map<Element, boolean>): boolean {
  const known = cache.get(element);
  if (known !== undefined) return known;

  const view = element.ownerDocument.defaultView;
  const parent = composedParent(element);
  const undisplayed =
    view?.getComputedStyle(element).display === 'none' ||
    (parent !== null && hasUndisplayedAncestor(parent, cache));
  cache.set(element, undisplayed);
  return undisplayed;
}
