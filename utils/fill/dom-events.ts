/**
 * The events a person typing or picking causes, dispatched in the same order
 * so that pages listening to any one of them (keyup only, input only, change
 * or blur only) see the new value. Every event bubbles and is composed, so it
 * reaches listeners on the hosts of shadow roots. Imports nothing.
 */

type EventConstructors = Pick<
  typeof globalThis,
  'Event' | 'FocusEvent' | 'InputEvent' | 'KeyboardEvent'
>;

/** Uses the constructors of the element's own window, which may be another frame's. */
function constructorsOf(element: Element): EventConstructors {
  const view = element.ownerDocument.defaultView as (Window & EventConstructors) | null;
  return view ?? globalThis;
}

const INIT = { bubbles: true, composed: true };

/** Dispatches a bubbling, composed event of a type, such as `change`. */
export function dispatchPlainEvent(element: Element, type: string): void {
  const { Event } = constructorsOf(element);
  element.dispatchEvent(new Event(type, INIT));
}

/** Returns the key and code of the last character typed, as a keyboard would report them. */
function keyOf(text: string): { key: string; code: string } {
  const last = [...text].at(-1);
  if (last === undefined) return { key: 'Backspace', code: 'Backspace' };
  if (/^[a-z]$/i.test(last)) return { key: last, code: `Key${last.toUpperCase()}` };
  if (/^\d$/.test(last)) return { key: last, code: `Digit${last}` };
  if (last === ' ') return { key: last, code: 'Space' };
  return { key: last, code: '' };
}

/** Dispatches a keydown or keyup carrying the last character of a text. */
export function dispatchKey(element: Element, type: 'keydown' | 'keyup', text: string): void {
  const { KeyboardEvent } = constructorsOf(element);
  const init = { ...INIT, cancelable: true, ...keyOf(text) };
  element.dispatchEvent(new KeyboardEvent(type, init));
}

/** Dispatches the `input` event of inserted text, as typing does. */
export function dispatchInput(element: Element, text: string): void {
  const { InputEvent, Event } = constructorsOf(element);
  const init = { ...INIT, inputType: 'insertText', data: text };
  element.dispatchEvent(InputEvent ? new InputEvent('input', init) : new Event('input', INIT));
}

function dispatchFocus(element: Element, type: 'focus' | 'blur'): void {
  const { FocusEvent } = constructorsOf(element);
  element.dispatchEvent(new FocusEvent(type, { composed: true }));
  const bubbling = type === 'focus' ? 'focusin' : 'focusout';
  element.dispatchEvent(new FocusEvent(bubbling, INIT));
}

/**
 * Moves focus to or from an element. A page in a background window may get
 * no focus events from `focus()`, so missing events are dispatched by hand.
 */
function changeFocus(element: HTMLElement, type: 'focus' | 'blur'): void {
  let fired = false;
  const listener = () => {
    fired = true;
  };
  element.addEventListener(type, listener);
  if (type === 'focus') element.focus({ preventScroll: true });
  else element.blur();
  element.removeEventListener(type, listener);
  if (!fired) dispatchFocus(element, type);
}

export function focusElement(element: Element): void {
  changeFocus(element as HTMLElement, 'focus');
}

export function blurElement(element: Element): void {
  changeFocus(element as HTMLElement, 'blur');
}
