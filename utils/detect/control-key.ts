/** Keys that name a control element for the life of the page, such as "c12". */

const keys = new WeakMap<Element, string>();
let counter = 0;

/** Returns the element's key, assigning the next one on first sight. */
export function controlKey(element: Element): string {
  let key = keys.get(element);
  if (!key) {
    counter++;
    key = `c${counter}`;
    keys.set(element, key);
  }
  return key;
}
