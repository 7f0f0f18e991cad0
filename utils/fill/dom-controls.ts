/**
 * DOM helpers shared by the writer and the read-back in the content script.
 * This file imports only the ARIA widget checks, which import nothing, so
 * the content script stays small.
 */
import { ARIA_WIDGET_SELECTOR, isAriaWidget } from '../detect/aria-widgets';

export { isChoiceChecked } from '../detect/aria-widgets';

/**
 * Finds a property on the element's prototype chain, skipping any property
 * defined on the element itself. Frameworks such as React override `value`
 * on the instance to track writes. The prototype's setter writes behind that
 * tracker, so the next `input` event counts as a change. The chain starts at
 * the element's own prototype, which also works for elements of other frames.
 */
function prototypeDescriptor(element: object, property: string): PropertyDescriptor | undefined {
  let prototype: object | null = Object.getPrototypeOf(element);
  while (prototype) {
    const descriptor = Object.getOwnPropertyDescriptor(prototype, property);
    if (descriptor) return descriptor;
    prototype = Object.getPrototypeOf(prototype);
  }
  return undefined;
}

/** Sets a property through the prototype's setter, such as `value`, `selectedIndex` or `files`. */
export function setNativeProperty(element: object, property: string, value: unknown): void {
  const descriptor = prototypeDescriptor(element, property);
  if (!descriptor?.set) throw new TypeError(`The element has no settable "${property}" property`);
  descriptor.set.call(element, value);
}

/** Reads a property through the prototype's getter. */
export function getNativeProperty(element: object, property: string): unknown {
  const descriptor = prototypeDescriptor(element, property);
  return descriptor?.get ? descriptor.get.call(element) : undefined;
}

/** Returns the element at a position, or throws when the scan's list is shorter. */
export function elementAt(elements: Element[], index = 0): Element {
  const element = elements[index];
  if (!element) throw new RangeError(`No control at position ${index} of ${elements.length}`);
  return element;
}

/**
 * Lists the radio buttons or checkboxes of a group. The scan gives them as
 * inputs or ARIA widgets, and a container given instead is searched for
 * inputs, else for widgets.
 */
export function choiceInputs(elements: Element[]): HTMLElement[] {
  const inputs = elements.flatMap((element) => {
    if (element.localName === 'input' || isAriaWidget(element)) return [element];
    const found = element.querySelectorAll('input[type="radio"], input[type="checkbox"]');
    return [...(found.length > 0 ? found : element.querySelectorAll(ARIA_WIDGET_SELECTOR))];
  });
  return inputs as HTMLElement[];
}

/** Tells whether an element is a `<select>` element. */
export function isSelect(element: Element): element is HTMLSelectElement {
  return element.localName === 'select';
}
