import type { WriteStep } from '../messaging/page-model';
import {
  choiceInputs,
  elementAt,
  isChoiceChecked,
  isSelect,
  setNativeProperty,
} from './dom-controls';
import { blurElement, dispatchPlainEvent, focusElement } from './dom-events';
import { typeText } from './typing';

export { readBack } from './read-back';

type SelectStep = Extract<WriteStep, { action: 'select' }>;

/**
 * Returns the position of the step's option now. A page that rebuilt the list
 * after the plan, such as a day list rebuilt for the chosen month, may have
 * moved the option, which is then found again by its value and text.
 */
function optionIndex(select: HTMLSelectElement, step: SelectStep): number {
  const { index, value, text } = step;
  const options = [...select.options];
  const matches = (option: HTMLOptionElement | undefined) =>
    option !== undefined && option.value === value && option.text.trim() === text;
  if (value === undefined || text === undefined || matches(options[index])) {
    if (index < 0 || index >= options.length) {
      throw new RangeError(`The select has no option at position ${index}`);
    }
    return index;
  }
  const moved = options.findIndex(matches);
  if (moved === -1) throw new RangeError('The option to select is no longer in the list');
  return moved;
}

/** Selects one option by position, or none for the position -1. */
export function selectIndex(element: Element, index: number): void {
  if (!isSelect(element)) throw new TypeError('The control is not a select element');
  focusElement(element);
  setNativeProperty(element, 'selectedIndex', index);
  dispatchPlainEvent(element, 'input');
  dispatchPlainEvent(element, 'change');
  blurElement(element);
}

function pickOption(element: Element, step: SelectStep): void {
  if (!isSelect(element)) throw new TypeError('The control is not a select element');
  selectIndex(element, optionIndex(element, step));
}

/** Selects exactly the options at the indexes in a multiple select, or checks those boxes. */
export function pickMany(elements: Element[], indexes: number[]): void {
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
    if (isChoiceChecked(input) !== chosen.has(index)) input.click();
  });
}

/**
 * Clicks a radio button, checkbox or ARIA widget, so that the page's click
 * and change handlers run. An ARIA widget's state is the page's to set: the
 * read-back finds out whether its `aria-checked` or `aria-pressed` followed.
 */
function clickChoice(elements: Element[], index: number): void {
  const input = elementAt(choiceInputs(elements), index) as HTMLElement;
  if (!isChoiceChecked(input)) input.click();
}

/** Clicks a checkbox or an ARIA checkbox or switch when its state differs from `checked`. */
export function setChecked(element: Element, checked: boolean): void {
  if (isChoiceChecked(element) !== checked) (element as HTMLElement).click();
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
  setFiles(element, transfer.files);
}

/** Replaces a file input's list, then dispatches input and change for the page's checks. */
export function setFiles(element: Element, files: FileList): void {
  setNativeProperty(element, 'files', files);
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
      return pickOption(elementAt(elements), step);
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
