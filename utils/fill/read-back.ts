import type { WriteStep } from '../messaging/page-model';
import { base64ByteLength } from './base64';
import {
  choiceInputs,
  elementAt,
  getNativeProperty,
  isChoiceChecked,
  isSelect,
} from './dom-controls';

function selectedIndexes(elements: Element[]): number[] {
  const element = elementAt(elements);
  if (isSelect(element)) {
    return [...element.options].flatMap((option, index) => (option.selected ? [index] : []));
  }
  return choiceInputs(elements).flatMap((input, index) => (isChoiceChecked(input) ? [index] : []));
}

function holdsFile(element: Element, name: string, base64: string): boolean {
  const files = getNativeProperty(element, 'files') as FileList | null | undefined;
  const file = files?.[0];
  return file !== undefined && file.name === name && file.size === base64ByteLength(base64);
}

/** Compares by value and text when the step names the option, which the page may have moved. */
function holdsOption(element: Element, step: Extract<WriteStep, { action: 'select' }>): boolean {
  const index = getNativeProperty(element, 'selectedIndex');
  if (step.value === undefined || step.text === undefined || !isSelect(element)) {
    return index === step.index;
  }
  const option = element.options[index as number];
  return option !== undefined && option.value === step.value && option.text.trim() === step.text;
}

function holds(elements: Element[], step: WriteStep): boolean {
  switch (step.action) {
    case 'set-text':
      return getNativeProperty(elementAt(elements), 'value') === step.text;
    case 'select':
      return holdsOption(elementAt(elements), step);
    case 'select-multiple': {
      const selected = selectedIndexes(elements);
      const expected = [...new Set(step.indexes)].sort((left, right) => left - right);
      return selected.join() === expected.join();
    }
    case 'click-choice': {
      const choice = choiceInputs(elements)[step.index];
      return choice !== undefined && isChoiceChecked(choice);
    }
    case 'check':
      return isChoiceChecked(elementAt(elements)) === step.checked;
    case 'attach-file':
      return holdsFile(elementAt(elements), step.name, step.base64);
  }
}

/**
 * Tells whether the page still contains what a step wrote: the same text,
 * the same options or the same file. A page that cleared, reformatted or
 * replaced the value reads false, and so do elements no longer in the
 * document, which the caller should look up again first.
 */
export function readBack(elements: Element[], step: WriteStep): boolean {
  if (elements.length === 0 || elements.some((element) => !element.isConnected)) return false;
  return holds(elements, step);
}
