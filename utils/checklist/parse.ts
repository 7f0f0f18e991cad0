import { t } from '../i18n';
import { toChecklistErrors } from '../schema/checklist-errors';
import { valueAt } from '../schema/draft-errors';
import { findPrototypeKeys } from '../schema/reserved-keys';
import { checklistSchema, type Checklist } from '../schema/checklist';

export interface ChecklistParseError {
  /** Path of the offending value, such as `fields.surnme`, or empty for the whole file. */
  path: string;
  /** The input at that path, or undefined when the input has none. */
  value: unknown;
  /** Translated message that states what to correct. */
  message: string;
}

export type ChecklistParseResult =
  { ok: true; checklist: Checklist } | { ok: false; errors: ChecklistParseError[] };

/**
 * Validates a parsed checklist file. Returns the checklist with its defaults
 * filled in, or every error found, instead of throwing.
 */
export function parseChecklist(json: unknown): ChecklistParseResult {
  const prototypeKeys = findPrototypeKeys(json);
  if (prototypeKeys.length > 0) {
    const errors = prototypeKeys.map((path) => ({
      path: path.map(String).join('.'),
      value: valueAt(json, path),
      message: t('checklist_error_reserved_key'),
    }));
    return { ok: false, errors };
  }
  const result = checklistSchema.safeParse(json);
  if (result.success) return { ok: true, checklist: result.data };
  const errors = toChecklistErrors(result.error.issues, json).map((error) => ({
    path: error.path,
    value: error.value,
    message: t(error.messageKey, error.substitutions),
  }));
  return { ok: false, errors };
}
