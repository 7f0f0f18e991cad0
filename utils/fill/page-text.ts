import { t } from '../i18n';
import type { ControlInfo, DetectedField, OptionInfo, PageValue } from '../messaging/page-model';
import { isPlaceholderOption } from './placeholder';

/** Returns the selected options other than a placeholder such as "-- bitte wählen --". */
export function chosenOptions(selected: OptionInfo[], control?: ControlInfo): OptionInfo[] {
  const options = control?.options ?? [];
  return selected.filter((option) => {
    const index = options.findIndex(
      (candidate) => candidate.value === option.value && candidate.text === option.text,
    );
    return !isPlaceholderOption(option, index);
  });
}

function valueText(value: PageValue, control?: ControlInfo): string {
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'options':
      return chosenOptions(value.selected, control)
        .map((option) => option.text.trim())
        .join(', ');
    case 'checked':
      return value.checked ? t('fill_display_checked') : '';
    case 'file':
      return value.files.map((file) => file.name).join(', ');
    case 'parts':
      return value.parts
        .map((part) => valueText(part, control))
        .filter((text) => text !== '')
        .join(' ');
  }
}

/** Writes the page's value of a field as one line of text, or '' when the page shows none. */
export function currentText(field: DetectedField): string {
  if (field.value.kind !== 'parts') return valueText(field.value, field.controls[0]).trim();
  return field.value.parts
    .map((part, index) => valueText(part, field.controls[index]).trim())
    .filter((text) => text !== '')
    .join(' ');
}
