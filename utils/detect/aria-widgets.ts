/**
 * Controls that a page draws as ARIA widgets instead of form elements: a
 * checkbox or switch (`role="checkbox"`, `role="switch"` with `aria-checked`),
 * a radio (`role="radio"`) and a toggle button (`aria-pressed`). The scan
 * treats them as checkboxes and radios, and the writer clicks them. This file
 * imports nothing, so the content and action scripts share it cheaply.
 */

/** Role of a widget in a form: a checkbox, one radio, or one toggle button of a row. */
export type AriaWidgetKind = 'checkbox' | 'radio' | 'pressed';

/** Selector of every element that may be an ARIA widget, for `closest` and `querySelector`. */
export const ARIA_WIDGET_SELECTOR =
  '[role="checkbox"][aria-checked], [role="switch"][aria-checked], [role="radio"], [aria-pressed]';

/** Values of `aria-pressed` that make an element a toggle button (WAI-ARIA 1.2, aria-pressed). */
const PRESSED_STATES = new Set(['true', 'false', 'mixed']);

/**
 * Returns the widget kind that an element's role and ARIA state give it, or
 * undefined. Callers test for form controls first, because an input with
 * `role="switch"` is a native checkbox. A checkbox or switch needs
 * `aria-checked`, which WAI-ARIA 1.2 requires of both roles.
 */
export function ariaWidgetKind(element: Element): AriaWidgetKind | undefined {
  if (!element.hasAttributes()) return undefined;
  const role = element.getAttribute('role');
  if (role === 'checkbox' || role === 'switch') {
    return element.hasAttribute('aria-checked') ? 'checkbox' : undefined;
  }
  if (role === 'radio') return 'radio';
  const pressed = element.getAttribute('aria-pressed');
  return pressed !== null && PRESSED_STATES.has(pressed) ? 'pressed' : undefined;
}

/** Tells whether an element is an ARIA widget that is no native form control. */
export function isAriaWidget(element: Element): boolean {
  const tag = element.tagName;
  if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return false;
  return ariaWidgetKind(element) !== undefined;
}

/** Tells whether a widget is checked or pressed. A `mixed` state counts as unchecked. */
export function isWidgetChecked(element: Element): boolean {
  return (
    element.getAttribute('aria-checked') === 'true' ||
    element.getAttribute('aria-pressed') === 'true'
  );
}

/** Tells whether a widget is disabled: `aria-disabled="true"` or a disabled button. */
export function isWidgetDisabled(element: Element): boolean {
  if (element.getAttribute('aria-disabled') === 'true') return true;
  return element.tagName === 'BUTTON' && element.hasAttribute('disabled');
}

/**
 * Tells whether an element, a native checkbox or radio or an ARIA widget, is
 * checked now.
 */
export function isChoiceChecked(element: Element): boolean {
  if (element.tagName === 'INPUT') return (element as HTMLInputElement).checked;
  return isWidgetChecked(element);
}
