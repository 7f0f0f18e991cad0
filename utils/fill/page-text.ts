import { t } from '../i18n';
import type {
  ControlInfo,
  DetectedField,
  OptionInfo,
  PageValue,
  PartRole,
} from '../messaging/page-model';
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

/** Roles of the hour and minute controls of a date-time split over several controls. */
export const CLOCK_ROLES: ReadonlySet<PartRole> = new Set(['hour', 'minute']);

/**
 * Writes the page's value of a field as one line of text, or '' when the page
 * shows none. Hour and minute lists show their first option before anything
 * is chosen, so a time without its date counts as no value.
 */
export function currentText(field: DetectedField): string {
  if (field.value.kind !== 'parts') return valueText(field.value, field.controls[0]).trim();
  const roles = field.roles ?? [];
  const texts = field.value.parts.map((part, index) =>
    valueText(part, field.controls[index]).trim(),
  );
  const clockOnly = texts.every((text, index) => text === '' || CLOCK_ROLES.has(roles[index]));
  if (clockOnly && roles.some((role) => CLOCK_ROLES.has(role))) return '';
  return texts.filter((text) => text !== '').join(' ');
}
