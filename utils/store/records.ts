import {
  storedDraftSchema,
  toDraftErrors,
  validateDraftFields,
  validateLabel,
  type Draft,
  type DraftError,
  type StoredDraft,
} from '../schema/draft';
import { z } from '../schema/zod';
import { isAuthenticationFailure, openJson, sealJson } from './crypto';
import { StoreError } from './errors';
import { isPhotoReference, type PhotoReference } from './photos';

/**
 * Conversions between the records in IndexedDB and the drafts callers see.
 * Every read and write of a draft passes through here. A record keeps its id,
 * the times that retention needs, and everything else sealed with AES-GCM:
 * the label, the fields, the creation time and the delete-after-use choice.
 * A photo is sealed in its own record, and the fields keep a reference to it.
 */

/** A draft as IndexedDB stores it. */
export interface SealedDraftRecord {
  id: string;
  iv: Uint8Array<ArrayBuffer>;
  ciphertext: Uint8Array<ArrayBuffer>;
  updatedAt: number;
  lastUsedAt?: number;
  /** Time after which retention deletes the draft, set when a delete-after-use draft fills. */
  deleteAt?: number;
}

/** A draft as the store returns it. */
export interface OpenedDraft extends StoredDraft {
  /** Choice to delete the draft one hour after it fills an alert. */
  deleteAfterUse: boolean;
}

/**
 * A draft as its record opens, before its photo is read. A photo in the
 * `photos` store is `photo`, and `fields` then has no `facial_image`. A
 * record sealed before photos had their own store keeps its photo inline in
 * `fields`, as a data URL.
 */
export interface OpenedRecord extends OpenedDraft {
  photo?: PhotoReference;
}

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
  deleteAfterUse?: boolean;
  /** Time at which retention deletes the draft, when the record's times are readable. */
  expiresAt?: number;
  fields: SummaryFields;
  error?: StoreError;
}

const timestamp = z.number().int().nonnegative();

// Bytes come back from IndexedDB as the Uint8Array they were stored as.
const bytes = z.custom<Uint8Array<ArrayBuffer>>((value) => value instanceof Uint8Array);

const sealedRecordSchema = z.strictObject({
  id: z.string().min(1),
  iv: bytes,
  ciphertext: bytes,
  updatedAt: timestamp,
  lastUsedAt: timestamp.optional(),
  deleteAt: timestamp.optional(),
});

const payloadSchema = z.looseObject({ deleteAfterUse: z.boolean().optional() });

/** Additional data bound to a draft's ciphertext, so that it opens only under its own id. */
function sealContext(id: string): string {
  return `vigila-draft:${id}`;
}

/** Tells whether a stored value has the shape of a sealed record. */
export function isSealedRecord(value: unknown): value is SealedDraftRecord {
  return sealedRecordSchema.safeParse(value).success;
}

function describePaths(errors: DraftError[]): string {
  return errors.map((error) => error.path || 'the record').join(', ');
}

function corrupt(id: string, reason: string, errors: DraftError[] = []): StoreError {
  return new StoreError(
    'corrupt',
    `Draft "${id}" is damaged and cannot be read (${reason}). ` +
      'Delete it, or import it again from an exported file.',
    { draftId: id, errors },
  );
}

/** Takes a reference to a stored photo out of the sealed fields. */
function takePhotoReference(content: Record<string, unknown>): PhotoReference | undefined {
  const fields = content.fields as Record<string, unknown> | undefined;
  const image = fields?.facial_image;
  if (!isPhotoReference(image)) return undefined;
  const { facial_image: _image, ...rest } = fields!;
  content.fields = rest;
  return image;
}

/**
 * Decrypts and validates a record read from the database, or throws a
 * StoreError naming it. It does not read the photo.
 */
export async function openRecord(
  key: CryptoKey,
  id: string,
  value: unknown,
): Promise<OpenedRecord> {
  const record = sealedRecordSchema.safeParse(value);
  if (!record.success) throw corrupt(id, 'not an encrypted draft record');

  let payload: unknown;
  try {
    payload = await openJson(key, record.data, sealContext(id));
  } catch (error) {
    if (isAuthenticationFailure(error) || error instanceof SyntaxError) {
      throw corrupt(id, 'decryption failed: the record was changed or sealed with another key');
    }
    throw error;
  }

  const parsed = payloadSchema.safeParse(payload);
  if (!parsed.success) throw corrupt(id, 'the decrypted content is not a draft');
  const { deleteAfterUse, ...content } = parsed.data;
  const photo = takePhotoReference(content);
  const { iv: _iv, ciphertext: _ciphertext, deleteAt: _deleteAt, ...times } = record.data;
  const draft = { ...content, ...times };
  const result = storedDraftSchema.safeParse(draft);
  if (!result.success) {
    const errors = toDraftErrors(result.error.issues, draft);
    throw corrupt(id, `invalid: ${describePaths(errors)}`, errors);
  }
  const opened: OpenedRecord = { ...result.data, deleteAfterUse: deleteAfterUse ?? false };
  if (photo) opened.photo = photo;
  return opened;
}

/**
 * Seals a draft into the record to store. A `photo` reference takes the
 * place of `facial_image` in the sealed fields.
 */
export async function sealRecord(
  key: CryptoKey,
  draft: OpenedRecord,
  deleteAt?: number,
): Promise<SealedDraftRecord> {
  const { id, updatedAt, lastUsedAt, label, createdAt, deleteAfterUse, photo } = draft;
  const fields = photo ? { ...draft.fields, facial_image: photo } : draft.fields;
  const payload = { label, fields, createdAt, ...(deleteAfterUse ? { deleteAfterUse } : {}) };
  const sealed = await sealJson(key, payload, sealContext(id));
  const record: SealedDraftRecord = { id, ...sealed, updatedAt };
  if (lastUsedAt !== undefined) record.lastUsedAt = lastUsedAt;
  if (deleteAt !== undefined) record.deleteAt = deleteAt;
  return record;
}

/**
 * Seals a record written before drafts were encrypted. Its own fields stay as
 * they were, valid or not, so a damaged plain record becomes a damaged sealed one.
 */
export async function sealPlainRecord(
  key: CryptoKey,
  id: string,
  value: unknown,
): Promise<SealedDraftRecord> {
  const plain = (value ?? {}) as Record<string, unknown>;
  const { id: _id, updatedAt, lastUsedAt, ...payload } = plain;
  const sealed = await sealJson(key, payload, sealContext(id));
  const record: SealedDraftRecord = {
    id,
    ...sealed,
    updatedAt: typeof updatedAt === 'number' ? updatedAt : Date.now(),
  };
  if (typeof lastUsedAt === 'number') record.lastUsedAt = lastUsedAt;
  return record;
}

/** Validates a draft's label and fields before it is written, or throws a StoreError. */
export function assertValidFields(draft: Draft, pathPrefix = ''): void {
  const label = draft.label === undefined ? [] : validateLabel(draft.label);
  const errors = [...label, ...validateDraftFields(draft.fields)].map((error) => ({
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
export function summarise(draft: OpenedDraft, expiresAt?: number): DraftSummary {
  return {
    id: draft.id,
    label: draft.label,
    updatedAt: draft.updatedAt,
    lastUsedAt: draft.lastUsedAt,
    deleteAfterUse: draft.deleteAfterUse,
    expiresAt,
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
