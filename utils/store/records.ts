import {
  storedDraftSchema,
  toDraftErrors,
  validateDraftFields,
  type Draft,
  type DraftError,
  type StoredDraft,
} from '../schema/draft';
import { StoreError } from './errors';

/**
 * Conversions between the records in IndexedDB and the drafts callers see.
 * Every read and write of a draft passes through here, so that encryption can
 * be added in these two functions without changing callers.
 */

/** Identifying values a list of drafts shows. */
export interface SummaryFields {
  surname?: string;
  forenames?: string;
  date_of_birth?: string;
}

/** A draft in a list. A record that failed validation carries `error` and no fields. */
export interface DraftSummary {
  id: string;
  label: string;
  updatedAt: number;
  lastUsedAt?: number;
  fields: SummaryFields;
  error?: StoreError;
}

function describePaths(errors: DraftError[]): string {
  return errors.map((error) => error.path || 'the record').join(', ');
}

/** Validates a record read from the database, or throws a StoreError naming it. */
export function readRecord(id: string, value: unknown): StoredDraft {
  // TODO: decrypt the record here, before validation, once drafts are encrypted.
  const result = storedDraftSchema.safeParse(value);
  if (result.success) return result.data;

  const errors = toDraftErrors(result.error.issues, value);
  throw new StoreError(
    'corrupt',
    `Draft "${id}" is damaged and cannot be read (invalid: ${describePaths(errors)}). ` +
      'Delete it, or import it again from an exported file.',
    { draftId: id, errors },
  );
}

/** Returns the value to store for a draft. */
export function toStoredValue(draft: StoredDraft): StoredDraft {
  // TODO: encrypt the record here once the key handling exists.
  return draft;
}

/** Validates a draft's fields before it is written, or throws a StoreError. */
export function assertValidFields(draft: Draft, pathPrefix = ''): void {
  const errors = validateDraftFields(draft.fields).map((error) => ({
    ...error,
    path: `${pathPrefix}${error.path}`,
  }));
  if (errors.length === 0) return;
  const name = draft.id === undefined ? 'The draft' : `Draft "${draft.id}"`;
  throw new StoreError(
    'invalid',
    `${name} was not saved: invalid ${describePaths(errors)}. Correct these fields and save again.`,
    { draftId: draft.id, errors },
  );
}

function stringField(draft: StoredDraft, id: keyof SummaryFields): string | undefined {
  const value = draft.fields[id];
  return typeof value === 'string' ? value : undefined;
}

/** Returns what a list shows of a draft. */
export function summarise(draft: StoredDraft): DraftSummary {
  return {
    id: draft.id,
    label: draft.label,
    updatedAt: draft.updatedAt,
    lastUsedAt: draft.lastUsedAt,
    fields: {
      surname: stringField(draft, 'surname'),
      forenames: stringField(draft, 'forenames'),
      date_of_birth: stringField(draft, 'date_of_birth'),
    },
  };
}

/** Returns the list entry of a record that failed validation. */
export function summariseCorrupt(id: string, value: unknown, error: StoreError): DraftSummary {
  const updatedAt = (value as { updatedAt?: unknown } | null)?.updatedAt;
  return {
    id,
    label: '',
    updatedAt: typeof updatedAt === 'number' ? updatedAt : 0,
    fields: {},
    error,
  };
}
