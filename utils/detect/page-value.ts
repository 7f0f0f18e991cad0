/** Reading a control's current value as a PageValue, without changing anything on the page. */
import type { ControlKind, OptionInfo, PageValue } from '../messaging/page-model';
import { isAriaWidget, isChoiceChecked } from './aria-widgets';
import { kindOf } from './control-info';
import { type FormControl, type TreeRoot, isFormControl } from './dom';
import { choiceValue, widgetName } from './labels';

/**
 * Reads the current value: text, selected options, checked state or file
 * metadata. A radio or checkbox group reads all `elements`; several elements
 * of another kind read as parts, each by its own kind. An ARIA widget reads
 * as checked from `aria-checked="true"` or `aria-pressed="true"`.
 */
export function readPageValue(elements: Element[], kind: ControlKind): PageValue {
  if (kind === 'radio-group' || kind === 'checkbox-group') {
    const choices = elements.filter((element) => isFormControl(element) || isAriaWidget(element));
    return { kind: 'options', selected: checkedChoices(choices) };
  }
  if (kind === 'checkbox' && elements.length === 1 && isAriaWidget(elements[0])) {
    return { kind: 'checked', checked: isChoiceChecked(elements[0]) };
  }
  const controls = elements.filter(isFormControl);
  if (controls.length > 1) {
    const parts = controls.map((control) => readPageValue([control], kindOf(control)));
    return { kind: 'parts', parts };
  }

  const control = controls[0];
  if (!control) return { kind: 'text', text: '' };
  switch (kind) {
    case 'select':
    case 'select-multiple':
      return { kind: 'options', selected: selectedOptions(control as HTMLSelectElement) };
    case 'checkbox':
      return { kind: 'checked', checked: (control as HTMLInputElement).checked };
    case 'file':
      return { kind: 'file', files: fileList(control as HTMLInputElement) };
    default:
      return { kind: 'text', text: control.value };
  }
}

function selectedOptions(select: HTMLSelectElement): OptionInfo[] {
  const { selectedOptions } = select;
  const selected: OptionInfo[] = [];
  for (let index = 0; index < selectedOptions.length; index++) {
    const option = selectedOptions[index];
    selected.push({ value: option.value, text: option.text.trim() });
  }
  return selected;
}

function checkedChoices(choices: Element[]): OptionInfo[] {
  return choices.filter(isChoiceChecked).map((choice) => {
    if (isFormControl(choice)) return { value: choice.value, text: choiceLabel(choice) };
    const root = choice.getRootNode() as TreeRoot;
    return { value: choiceValue(choice as HTMLElement, root), text: widgetName(choice, root) };
  });
}

/** Text of a choice's first label, or its value; the scan reports richer option texts. */
function choiceLabel(input: FormControl): string {
  const label = (input as HTMLInputElement).labels?.[0];
  return label?.textContent?.replace(/\s+/g, ' ').trim() || input.value;
}

type FileFacts = { name: string; type: string; size: number };

function fileList(input: HTMLInputElement): FileFacts[] {
  return Array.from(input.files ?? [], ({ name, type, size }) => ({ name, type, size }));
}
