import { t } from '../i18n';
import type { Checklist } from '../schema/checklist';
import { parseChecklist, type ChecklistParseError } from './parse';

export type ChecklistFileResult =
  { ok: true; checklists: Checklist[] } | { ok: false; errors: ChecklistParseError[] };

function prefixed(error: ChecklistParseError, index: number): ChecklistParseError {
  return { ...error, path: error.path ? `${index}.${error.path}` : String(index) };
}

/**
 * Parses a checklist file: one checklist object or an array of them. Any
 * error rejects the whole file, so that an import stores all of its
 * checklists or none. Paths inside an array start with the item's index.
 */
export function parseChecklistFile(text: string): ChecklistFileResult {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    return {
      ok: false,
      errors: [{ path: '', value: undefined, message: t('checklist_error_json', error.message) }],
    };
  }

  const isArray = Array.isArray(input);
  const entries: unknown[] = isArray ? (input as unknown[]) : [input];
  if (entries.length === 0) {
    return {
      ok: false,
      errors: [{ path: '', value: input, message: t('checklist_error_empty_file') }],
    };
  }

  const checklists: Checklist[] = [];
  const errors: ChecklistParseError[] = [];
  const ids = new Set<string>();
  entries.forEach((entry, index) => {
    const result = parseChecklist(entry);
    if (!result.ok) {
      errors.push(...result.errors.map((error) => (isArray ? prefixed(error, index) : error)));
      return;
    }
    const { id } = result.checklist;
    if (ids.has(id)) {
      const path = isArray ? `${index}.id` : 'id';
      errors.push({ path, value: id, message: t('checklist_error_duplicate_id') });
    }
    ids.add(id);
    checklists.push(result.checklist);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, checklists };
}
