/**
 * Whether a control is rendered. A control under `display: none` or
 * `visibility: hidden` is not, as the native select a widget library keeps
 * behind its own face. One with opacity 0, for example while it fades in, is,
 * because the page is about to show it.
 */
import { composedParent } from './dom';

type VisibilityCheck = (options?: Record<string, boolean>) => boolean;

/** Tells whether the element is rendered; `cache` keeps style results for one scan. */
export function isRendered(element: Element, cache: Map<Element, boolean>): boolean {
  const checkVisibility = (element as Element & { checkVisibility?: VisibilityCheck })
    .checkVisibility;
  // checkVisibility() ships in Chromium 105, Firefox 106 and Safari 17.4 (MDN). Without
  // options it checks display and `content-visibility: hidden`, not opacity or visibility.
  // MDN lists `checkVisibilityCSS` as the older name of the `visibilityProperty` option,
  // so the call passes both for browsers that know only one.
  if (typeof checkVisibility === 'function') {
    return checkVisibility.call(element, { visibilityProperty: true, checkVisibilityCSS: true });
  }
  return !hasUndisplayedAncestor(element, cache) && !isVisibilityHidden(element);
}

/** Tells whether the element's computed `visibility`, which descendants inherit, hides it. */
function isVisibilityHidden(element: Element): boolean {
  const visibility = element.ownerDocument.defaultView?.getComputedStyle(element).visibility;
  return visibility === 'hidden' || visibility === 'collapse';
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
