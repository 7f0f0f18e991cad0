import { FIELDS } from '@/utils/catalogue';
import {
  validateFieldValue,
  type DraftError,
  type DraftFields,
  type FieldValue,
  type StoredDraft,
} from '@/utils/schema/draft';

/**
 * The editor's state of one draft. `fields` contains what the inputs contain,
 * which may be unfinished, such as an empty row or a number still typed as
 * text. `normaliseFields` turns it into draft values, which the schema validates.
 */
export interface WorkingCopy {
  /** Key of the copy in the page: the draft id, or `new-N` before the first save. */
  key: string;
  /** Id in the store, or undefined until the first save. */
  id?: string;
  /**
   * Preact key of the copy's editor. Unlike `key`, it survives the first save,
   * so that saving does not rebuild the form and move the focus away.
   */
  renderKey: string;
  label: string;
  fields: Record<string, unknown>;
  /** Label and normalised fields as last saved, to tell whether there are changes. */
  savedState: string;
  /** Update time of the stored version this copy started from, or undefined before the first save. */
  baseUpdatedAt?: number;
  /** Set when another window changed or deleted the stored draft while this copy had changes. */
  conflict?: 'changed' | 'deleted';
}

let newCount = 0;

function stateOf(label: string, fields: Record<string, unknown>): string {
  return JSON.stringify([label.trim(), normaliseFields(fields)]);
}

export function newWorkingCopy(): WorkingCopy {
  newCount += 1;
  const key = `new-${newCount}`;
  return { key, renderKey: key, label: '', fields: {}, savedState: stateOf('', {}) };
}

export function workingCopyOf(draft: StoredDraft): WorkingCopy {
  const fields = structuredClone(draft.fields) as Record<string, unknown>;
  return {
    key: draft.id,
    id: draft.id,
    renderKey: draft.id,
    label: draft.label,
    fields,
    savedState: stateOf(draft.label, fields),
    baseUpdatedAt: draft.updatedAt,
  };
}

export function hasChanges(copy: WorkingCopy): boolean {
  return stateOf(copy.label, copy.fields) !== copy.savedState;
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

/** Trims texts and drops empty texts, list rows and record keys, recursively. */
function normaliseValue(value: unknown): unknown {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (Array.isArray(value)) {
    const items = value.map(normaliseValue).filter((item) => !isEmpty(item));
    return items.length === 0 ? undefined : items;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .map(([key, item]) => [key, normaliseValue(item)] as const)
      .filter(([, item]) => !isEmpty(item));
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  }
  return value;
}

/** Converts a number input's text to a number when it is a plain whole number. */
function normaliseInteger(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** Returns a field's value as a draft stores it, or undefined when it is empty. */
export function normaliseField(id: string, value: unknown): unknown {
  const field = FIELDS.find((definition) => definition.id === id);
  if (field?.type === 'integer') return normaliseInteger(value);
  if (field?.type === 'image') return isEmpty(value) ? undefined : value;
  return normaliseValue(value);
}

export function normaliseFields(fields: Record<string, unknown>): DraftFields {
  const result: DraftFields = {};
  for (const field of FIELDS) {
    const value = normaliseField(field.id, fields[field.id]);
    if (value !== undefined) result[field.id] = value as FieldValue;
  }
  return result;
}

/** Validates every field of the copy. The map contains only fields with errors. */
export function validateCopy(copy: WorkingCopy): Map<string, DraftError[]> {
  const errors = new Map<string, DraftError[]>();
  for (const field of FIELDS) {
    const value = normaliseField(field.id, copy.fields[field.id]);
    const fieldErrors = validateFieldValue(field.id, value);
    if (fieldErrors.length > 0) errors.set(field.id, fieldErrors);
  }
  return errors;
}

/** Returns the copy after a save: its id and saved state now match the store. */
export function markSaved(copy: WorkingCopy, draft: StoredDraft): WorkingCopy {
  return {
    ...copy,
    id: draft.id,
    savedState: stateOf(draft.label, draft.fields),
    baseUpdatedAt: draft.updatedAt,
    conflict: undefined,
  };
}
