import { fieldName } from '@/utils/catalogue-labels';
import { t } from '@/utils/i18n';
import type { DraftError } from '@/utils/schema/draft';

const ENTRY_INDEX = /^[a-z0-9_]+\[(\d+)\]/;

/** Returns an error as the editor shows it: field name, list entry if any, what to enter. */
export function fieldErrorText(fieldId: string, error: DraftError): string {
  const message = t(error.messageKey, error.substitutions);
  const entry = ENTRY_INDEX.exec(error.path);
  if (entry) {
    const position = String(Number(entry[1]) + 1);
    return t('editor_field_entry_error', [fieldName(fieldId), position, message]);
  }
  return t('editor_field_error', [fieldName(fieldId), message]);
}

/** Returns the distinct error texts of a field, in order. */
export function fieldErrorTexts(fieldId: string, errors: readonly DraftError[]): string[] {
  return [...new Set(errors.map((error) => fieldErrorText(fieldId, error)))];
}
