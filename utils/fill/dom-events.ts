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

/** Returns the key and code of a character, as a keyboard would report them. */
function keyOf(char: string | undefined): { key: string; code: string } {
  if (char === undefined) return { key: 'Backspace', code: 'Backspace' };
  if (/^[a-z]$/i.test(char)) return { key: char, code: `Key${char.toUpperCase()}` };
  if (/^\d$/.test(char)) return { key: char, code: `Digit${char}` };
  if (char === ' ') return { key: char, code: 'Space' };
  return { key: char, code: '' };
}

/**
 * Returns the legacy key codes that older page scripts and mask plugins read:
 * `keyCode` of keydown and keyup, `charCode` of keypress, `which` of either.
 */
function legacyCodes(type: KeyType, char: string | undefined): Record<string, number> {
  if (char === undefined) return { keyCode: 8, which: 8 };
  const point = char.codePointAt(0) ?? 0;
  if (type === 'keypress') return { charCode: point, keyCode: point, which: point };
  const keyCode = /^[a-z0-9]$/i.test(char) ? char.toUpperCase().charCodeAt(0) : 0;
  return { keyCode, which: keyCode };
}

type KeyType = 'keydown' | 'keypress' | 'keyup';

/**
 * Dispatches a key event carrying the last character of a text, or Backspace
 * for an empty text. Returns false when a listener cancelled it.
 */
export function dispatchKey(element: Element, type: KeyType, text: string): boolean {
  const { KeyboardEvent } = constructorsOf(element);
  const char = [...text].at(-1);
  const init = { ...INIT, cancelable: true, ...keyOf(char), ...legacyCodes(type, char) };
  return element.dispatchEvent(new KeyboardEvent(type, init));
}

/**
 * Dispatches the `input` event of inserted text, as typing does, or of a
 * deletion for an empty text.
 */
export function dispatchInput(element: Element, text: string): void {
  const { InputEvent, Event } = constructorsOf(element);
  const init =
    text === ''
      ? { ...INIT, inputType: 'deleteContentBackward', data: null }
      : { ...INIT, inputType: 'insertText', data: text };
  element.dispatchEvent(InputEvent ? new InputEvent('input', init) : new Event('input', INIT));
}

/** Dispatches a cancelable `beforeinput` of inserted text. Returns false when cancelled. */
export function dispatchBeforeInput(element: Element, text: string): boolean {
  const { InputEvent } = constructorsOf(element);
  if (!InputEvent) return true;
  const init = { ...INIT, cancelable: true, inputType: 'insertText', data: text };
  return element.dispatchEvent(new InputEvent('beforeinput', init));
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
