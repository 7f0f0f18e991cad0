import type { CodeList } from './catalogue';
import { t } from './i18n';

/** Returns the translated name of a catalogue field, from the `field_<id>` message. */
export function fieldName(id: string): string {
  return t(`field_${id}`);
}

/** Returns the translated label of a code, from the `code_<LIST>_<CODE>` message. */
export function codeLabel(list: CodeList, code: string): string {
  return t(`code_${list}_${code}`);
}
