/**
 * What a control contains before and after a fill, so that an undo can put
 * back the earlier value with the same events a person's edit causes. This
 * runs in the content script, and the snapshots keep DOM objects (a FileList)
 * that never leave the frame.
 */
import type { WriteStep } from '../messaging/page-model';
import {
  choiceInputs,
  elementAt,
  getNativeProperty,
  isChoiceChecked,
  isSelect,
  setNativeProperty,
} from './dom-controls';
import { dispatchPlainEvent } from './dom-events';
import { typeText } from './typing';
import { pickMany, selectIndex, setChecked, setFiles } from './write';

export type ControlSnapshot =
  | { kind: 'text'; text: string }
  | { kind: 'options'; indexes: number[]; values: string[] }
  | { kind: 'choices'; checked: boolean[] }
  | { kind: 'checked'; checked: boolean }
  | { kind: 'files'; files: FileList; names: string[] };

function selectSnapshot(select: HTMLSelectElement): ControlSnapshot {
  const selected = [...select.options].filter((option) => option.selected);
  return {
    kind: 'options',
    indexes: selected.map((option) => option.index),
    values: selected.map((option) => option.value),
  };
}

/** Copies a file list, because the input's own list object is replaced by the next write. */
function copyFiles(element: Element): FileList {
  const view = (element.ownerDocument.defaultView ?? globalThis) as typeof globalThis;
  const transfer = new view.DataTransfer();
  const files = getNativeProperty(element, 'files') as FileList | null;
  for (const file of files ?? []) transfer.items.add(file);
  return transfer.files;
}

/** Reads what the controls of a step contain now. */
export function snapshotControl(elements: Element[], step: WriteStep): ControlSnapshot {
  const element = elementAt(elements);
  switch (step.action) {
    case 'set-text':
      return { kind: 'text', text: String(getNativeProperty(element, 'value') ?? '') };
    case 'select':
      return selectSnapshot(element as HTMLSelectElement);
    case 'select-multiple':
    case 'click-choice':
      if (isSelect(element)) return selectSnapshot(element);
      return { kind: 'choices', checked: choiceInputs(elements).map(isChoiceChecked) };
    case 'check':
      return { kind: 'checked', checked: isChoiceChecked(element) };
    case 'attach-file': {
      const files = copyFiles(element);
      return { kind: 'files', files, names: [...files].map((file) => `${file.name}:${file.size}`) };
    }
  }
}

/** Tells whether two snapshots of one control contain the same value. */
export function sameSnapshot(first: ControlSnapshot, second: ControlSnapshot): boolean {
  if (first.kind !== second.kind) return false;
  switch (first.kind) {
    case 'text':
      return first.text === (second as typeof first).text;
    case 'options': {
      const other = second as typeof first;
      return (
        first.indexes.join() === other.indexes.join() && first.values.join() === other.values.join()
      );
    }
    case 'choices':
      return first.checked.join() === (second as typeof first).checked.join();
    case 'checked':
      return first.checked === (second as typeof first).checked;
    case 'files':
      return first.names.join('|') === (second as typeof first).names.join('|');
  }
}

/**
 * Unchecks a radio group, which a click cannot do: the checked button is
 * cleared through the prototype's setter, then input and change are sent.
 * NOTE: an ARIA radio or toggle button is left as it is, because only the
 * page may set its `aria-checked` or `aria-pressed`, and a click on a checked
 * radio does not uncheck it.
 */
function clearRadios(inputs: HTMLElement[]): void {
  for (const input of inputs) {
    if (input.localName !== 'input' || !isChoiceChecked(input)) continue;
    setNativeProperty(input, 'checked', false);
    dispatchPlainEvent(input, 'input');
    dispatchPlainEvent(input, 'change');
  }
}

/** Tells whether a choice is a radio: a radio input, an ARIA radio or a toggle button of a row. */
function isRadioChoice(input: HTMLElement): boolean {
  if (input.localName === 'input') return (input as HTMLInputElement).type === 'radio';
  return input.getAttribute('role') === 'radio' || input.hasAttribute('aria-pressed');
}

function restoreChoices(elements: Element[], checked: boolean[]): void {
  const inputs = choiceInputs(elements);
  const isRadio = inputs.some(isRadioChoice);
  const indexes = checked.flatMap((isChecked, index) => (isChecked ? [index] : []));
  if (!isRadio) return pickMany(elements, indexes);
  if (indexes.length === 0) return clearRadios(inputs);
  const input = inputs[indexes[0]];
  if (input && !isChoiceChecked(input)) input.click();
}

/**
 * Puts a snapshot back with the events of a person's edit: typing for text,
 * a selection and change for options, clicks for choices and checkboxes, a
 * file list and change for files.
 */
export function restoreSnapshot(elements: Element[], snapshot: ControlSnapshot): void {
  const element = elementAt(elements);
  switch (snapshot.kind) {
    case 'text':
      return typeText(element, snapshot.text);
    case 'options':
      if (isSelect(element) && !element.multiple) {
        return selectIndex(element, snapshot.indexes[0] ?? -1);
      }
      return pickMany(elements, snapshot.indexes);
    case 'choices':
      return restoreChoices(elements, snapshot.checked);
    case 'checked':
      return setChecked(element, snapshot.checked);
    case 'files':
      return setFiles(element, snapshot.files);
  }
}
