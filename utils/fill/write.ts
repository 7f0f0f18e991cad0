import type { WriteStep } from '../messaging/page-model';
import {
  choiceInputs,
  elementAt,
  isSelect,
  setNativeProperty,
} from './dom-controls';
import {
  blurElement,
  dispatchPlainEvent,
  dispatchInput,
  dispatchKey,
  focusElement,
} from './dom-events';

export { readBack } from './read-back';

/**
 * Writes a text as a person typing it would: focus, keydown, the value
 * through the prototype's setter, input, keyup, change, blur. The whole text
 * goes in at once, so an input mask that reformats on `input` receives the
 * formatted value. The read-back reports whether the mask kept it.
 */
function typeText(element: Element, text: string): void {
  focusElement(element);
  dispatchKey(element, 'keydown', text);
  setNativeProperty(element, 'value', text);
  dispatchInput(element, text);
  dispatchKey(element, 'keyup', text);
  dispatchPlainEvent(element, 'change');
  blurElement(element);
}

function pickOption(element: Element, index: number): void {
  if (!isSelect(element)) throw new TypeError('The control is not a select element');
  if (index < 0 || index >= element.options.length) {
    throw new RangeError(`The select has no option at position ${index}`);
  }
  focusElement(element);
  setNativeProperty(element, 'selectedIndex', index);
  dispatchPlainEvent(element, 'input');
  dispatchPlainEvent(element, 'change');
  blurElement(element);
}

/** Selects exactly the options at the indexes in a multiple select, or checks those boxes. */
function pickMany(elements: Element[], indexes: number[]): void {
  const chosen = new Set(indexes);
  const element = elementAt(elements);
  if (isSelect(element)) {
    focusElement(element);
    [...element.options].forEach((option, index) => {
      setNativeProperty(option, 'selected', chosen.has(index));
    });
    dispatchPlainEvent(element, 'input');
    dispatchPlainEvent(element, 'change');
    blurElement(element);
    return;
  }
  choiceInputs(elements).forEach((input, index) => {
    if (input.checked !== chosen.has(index)) input.click();
  });
}

/** Clicks a radio button or checkbox, so that the page's click and change handlers run. */
function clickChoice(elements: Element[], index: number): void {
  const input = elementAt(choiceInputs(elements), index) as HTMLInputElement;
  if (!input.checked) input.click();
}

function setChecked(element: Element, checked: boolean): void {
  const input = element as HTMLInputElement;
  if (input.checked !== checked) input.click();
}

function decodeBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/**
 * Attaches a file the way a drop would: a File in a DataTransfer, whose file
 * list replaces the input's, then input and change so that the page's own
 * type and size checks run.
 */
function attachFile(element: Element, name: string, type: string, base64: string): void {
  const view = (element.ownerDocument.defaultView ?? globalThis) as typeof globalThis;
  const file = new view.File([decodeBase64(base64)], name, { type });
  const transfer = new view.DataTransfer();
  transfer.items.add(file);
  setNativeProperty(element, 'files', transfer.files);
  dispatchPlainEvent(element, 'input');
  dispatchPlainEvent(element, 'change');
}

/**
 * Performs one planned write on the elements that the scan found for the
 * step's key. Throws when the elements do not fit the step, such as a
 * missing option or a control that is not a select.
 */
export function executeStep(elements: Element[], step: WriteStep): void {
  switch (step.action) {
    case 'set-text':
      return typeText(elementAt(elements), step.text);
    case 'select':
      return pickOption(elementAt(elements), step.index);
    case 'select-multiple':
      return pickMany(elements, step.indexes);
    case 'click-choice':
      return clickChoice(elements, step.index);
    case 'check':
      return setChecked(elementAt(elements), step.checked);
    case 'attach-file':
      return attachFile(elementAt(elements), step.name, step.type, step.base64);
  }
}
