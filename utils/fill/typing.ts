import { getNativeProperty, setNativeProperty } from './dom-controls';
import {
  blurElement,
  dispatchBeforeInput,
  dispatchInput,
  dispatchKey,
  dispatchPlainEvent,
  focusElement,
} from './dom-events';

/**
 * Writes a whole text at once: focus, keydown, the value through the
 * prototype's setter, input, keyup, change, blur. An input mask that
 * reformats on `input` receives the formatted value.
 */
function writeWhole(element: Element, text: string): void {
  focusElement(element);
  dispatchKey(element, 'keydown', text);
  setNativeProperty(element, 'value', text);
  dispatchInput(element, text);
  dispatchKey(element, 'keyup', text);
  dispatchPlainEvent(element, 'change');
  blurElement(element);
}

/** Returns the caret position of a text control, or undefined for types without one. */
function caretOf(element: Element): [number, number] | undefined {
  try {
    const { selectionStart, selectionEnd } = element as HTMLInputElement;
    if (selectionStart === null || selectionEnd === null) return undefined;
    return [selectionStart, selectionEnd];
  } catch {
    // Inputs such as type="email" throw on selectionStart in some engines.
    return undefined;
  }
}

/** Inserts one character at the caret, the way the browser does for a key press. */
function insertCharacter(element: Element, char: string): void {
  const value = String(getNativeProperty(element, 'value') ?? '');
  const [start, end] = caretOf(element) ?? [value.length, value.length];
  setNativeProperty(element, 'value', value.slice(0, start) + char + value.slice(end));
  try {
    (element as HTMLInputElement).setSelectionRange(start + char.length, start + char.length);
  } catch {
    // The control has no selection, such as a number input.
  }
}

/**
 * Types a text one character at a time: keydown, keypress, beforeinput, the
 * insertion, input and keyup for each. When the page cancels keypress or
 * beforeinput, as masks that insert typed digits themselves do, the
 * character is not inserted. The control is cleared first.
 */
function typeCharacters(element: Element, text: string): void {
  focusElement(element);
  setNativeProperty(element, 'value', '');
  dispatchInput(element, '');
  for (const char of text) {
    const allowed =
      dispatchKey(element, 'keydown', char) &&
      dispatchKey(element, 'keypress', char) &&
      dispatchBeforeInput(element, char);
    if (allowed) {
      insertCharacter(element, char);
      dispatchInput(element, char);
    }
    dispatchKey(element, 'keyup', char);
  }
  dispatchPlainEvent(element, 'change');
  blurElement(element);
}

/**
 * Writes a text as a person typing it would. The whole text goes in at once.
 * When the page does not keep it, such as a mask that accepts only digits it
 * saw typed, the text is typed again one character at a time. The read-back
 * reports whether the page kept either.
 */
export function typeText(element: Element, text: string): void {
  writeWhole(element, text);
  if (getNativeProperty(element, 'value') === text || !element.isConnected) return;
  typeCharacters(element, text);
}
