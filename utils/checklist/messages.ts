import { t } from '../i18n';

/** Returns the display name of a catalogue field. */
export function fieldName(fieldId: string): string {
  return t(`field_${fieldId}`);
}

/** Returns the display names of catalogue fields as one list. */
export function fieldNames(fieldIds: readonly string[]): string {
  return fieldIds.map(fieldName).join(', ');
}
