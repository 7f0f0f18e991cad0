import { t } from '../i18n';
import { toChecklistErrors } from '../schema/checklist-errors';
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
  | { ok: true; checklist: Checklist }
  | { ok: false; errors: ChecklistParseError[] };

/**
 * Validates a parsed checklist file. Returns the checklist with its defaults
 * filled in, or every error found, instead of throwing.
 */
export function parseChecklist(json: unknown): ChecklistParseResult {
  const result = checklistSchema.safeParse(json);
  if (result.success) return { ok: true, checklist: result.data };
  const errors = toChecklistErrors(result.error.issues, json).map((error) => ({
    path: error.path,
    value: error.value,
    message: t(error.messageKey, error.substitutions),
  }));
  return { ok: false, errors };
}
