/**
 * Page changes that Vigila makes itself: the panel's host element, the
 * outline around a highlighted control, and the margin and zoom that move
 * the page out from under the panel. They change no control or label, so
 * they must not make the frame scan again.
 */

/** Tag of the element that hosts the panel in the top document. */
export const PANEL_HOST_TAG = 'vigila-panel';

/** Tag of the box drawn around a highlighted control. */
export const OUTLINE_TAG = 'vigila-outline';

const OWN_TAGS = new Set([PANEL_HOST_TAG, OUTLINE_TAG]);

/** Style properties that the panel host sets on the root element and the body. */
const OWN_STYLE_PROPERTIES = ['margin-right', 'zoom'];

/** Tells whether a mutation record comes from Vigila's own elements and styles alone. */
export function isOwnMutation(record: MutationRecord): boolean {
  if (record.type === 'childList') {
    const nodes = [...record.addedNodes, ...record.removedNodes];
    return nodes.length > 0 && nodes.every(isOwnElement);
  }
  if (record.type !== 'attributes') return false;
  const target = record.target as Element;
  if (isOwnElement(target)) return true;

  const isPageBox = target === document.documentElement || target === document.body;
  if (!isPageBox || record.attributeName !== 'style') return false;
  const before = styleWithoutOwn(record.oldValue ?? '');
  return before === styleWithoutOwn(target.getAttribute('style') ?? '');
}

function isOwnElement(node: Node): boolean {
  return OWN_TAGS.has(node.nodeName.toLowerCase());
}

/** Returns a style attribute's declarations without those the panel host sets. */
function styleWithoutOwn(style: string): string {
  const probe = document.createElement('div');
  probe.setAttribute('style', style);
  for (const property of OWN_STYLE_PROPERTIES) probe.style.removeProperty(property);
  return probe.style.cssText;
}
