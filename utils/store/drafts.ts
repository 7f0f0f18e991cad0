import { serializeDrafts, type Draft } from '../schema/draft';
import { getDatabase, type VigilaDatabase } from './db';
import { readDraftSettings } from './draft-settings';
import { announceDraftChange } from './draft-events';
import {
  applyPhotoWrite,
  photoOfFields,
  sealDraft,
  withPhoto,
  type PhotoWrite,
} from './draft-photos';
import { StoreError } from './errors';
import { requireKey } from './keyring';
import {
  assertValidFields,
  openRecord,
  sealRecord,
  summarise,
  summariseCorrupt,
  type DraftSummary,
  type OpenedDraft,
  type OpenedRecord,
  type SealedDraftRecord,
} from './records';
import { deleteExpiredDrafts, DELETE_AFTER_USE_DELAY_MS, expiryTime } from './retention';
import {
  readAllValues,
  readAllWithPhotos,
  readValue,
  readWithPhoto,
  write,
  writeSealed,
  type DraftStore,
  type PhotoStore,
} from './sealed-write';

/**
 * The drafts API of extension pages. Every function except `wipeDrafts`
 * throws a StoreError with code `locked` while the drafts are locked.
 */

let sweptConnection: VigilaDatabase | undefined;

/**
 * Deletes expired drafts the first time this page uses its connection, and
 * returns the drafts key.
 */
async function openStore(): Promise<CryptoKey> {
  const database = await getDatabase();
  if (sweptConnection !== database) {
    sweptConnection = database;
    // A failed sweep must not keep the officer from the drafts, and the
    // service worker sweeps again within the hour.
    await deleteExpiredDrafts().catch(() => {
      sweptConnection = undefined;
    });
  }
  return requireKey();
}

function notFound(id: string): StoreError {
  return new StoreError('not-found', `Draft "${id}" was not found. It may have been deleted.`, {
    draftId: id,
  });
}

/** Opens the record a save replaces. A damaged record counts as none. */
async function openPrevious(
  key: CryptoKey,
  id: string,
  value: unknown,
): Promise<OpenedRecord | undefined> {
  if (value === undefined) return undefined;
  try {
    return await openRecord(key, id, value);
  } catch (error) {
    if (error instanceof StoreError && error.code === 'corrupt') return undefined;
    throw error;
  }
}

/** A draft ready to write: the draft as callers see it, its record and its photo's change. */
interface BuiltDraft {
  draft: OpenedDraft;
  record: SealedDraftRecord;
  photo: PhotoWrite;
}

/**
 * Builds and seals the record for a draft: the creation time, last use and
 * delete-after-use choice of the record it replaces, and `now` as its update
 * time. Its photo is sealed in a photo record, unless the record it replaces
 * references the same photo.
 */
async function buildRecord(
  key: CryptoKey,
  draft: Draft,
  id: string,
  previousValue: unknown,
  now: number,
): Promise<BuiltDraft> {
  const previous = await openPrevious(key, id, previousValue);
  const plain = (previousValue ?? {}) as Partial<SealedDraftRecord>;
  const opened: OpenedDraft = {
    id,
    label: draft.label ?? '',
    fields: draft.fields,
    createdAt: previous?.createdAt ?? now,
    updatedAt: now,
    deleteAfterUse: previous?.deleteAfterUse ?? false,
  };
  if (typeof plain.lastUsedAt === 'number') opened.lastUsedAt = plain.lastUsedAt;
  const deleteAt = typeof plain.deleteAt === 'number' ? plain.deleteAt : undefined;
  const photo = photoOfFields(draft.fields);
  const sealed = await sealDraft(key, opened, photo, { previous: previous?.photo, deleteAt });
  return { draft: opened, ...sealed };
}

/** Writes a built draft inside a write's transaction. */
async function putBuilt(
  store: DraftStore,
  photos: PhotoStore,
  built: BuiltDraft,
): Promise<OpenedDraft> {
  await store.put(built.record);
  await applyPhotoWrite(photos, built.draft.id, built.photo);
  return built.draft;
}

/** Lists every draft, most recently updated first. Damaged records carry `error`. */
export async function listDrafts(): Promise<DraftSummary[]> {
  const key = await openStore();
  const { retentionDays } = await readDraftSettings();
  const values = await readAllValues();

  const summaries = await Promise.all(
    values.map(async ([id, value]) => {
      try {
        return summarise(await openRecord(key, id, value), expiryTime(value, retentionDays));
      } catch (error) {
        if (!(error instanceof StoreError)) throw error;
        return summariseCorrupt(id, value, error);
      }
    }),
  );
  return summaries.sort((a, b) => b.updatedAt - a.updatedAt);
}

/** A draft as `getDraft` returns it. */
export interface LoadedDraft extends OpenedDraft {
  /**
   * Reason the draft's photo could not be read, set when its photo record is
   * damaged. The draft then has no `facial_image`, and its next save removes
   * the damaged photo record.
   */
  photoError?: string;
}

/**
 * Returns a draft with its photo, or undefined when there is none with that
 * id. Throws for a damaged draft record. A damaged photo record does not stop
 * the draft from opening: the draft comes without its photo, with
 * `photoError` set.
 */
export async function getDraft(id: string): Promise<LoadedDraft | undefined> {
  const key = await openStore();
  const [value, photoValue] = await readWithPhoto(id);
  if (value === undefined) return undefined;
  const opened = await openRecord(key, id, value);
  try {
    return await withPhoto(key, opened, photoValue);
  } catch (error) {
    if (!(error instanceof StoreError) || error.code !== 'corrupt') throw error;
    const { photo: _reference, ...draft } = opened;
    return { ...draft, photoError: error.message };
  }
}

function conflict(id: string, deleted: boolean): StoreError {
  const change = deleted ? 'deleted' : 'changed';
  return new StoreError(
    'conflict',
    `Draft "${id}" was ${change} in another window since this one read it, so it was not saved. ` +
      'Load the other version, or keep this one and save it over the other.',
    { draftId: id },
  );
}

/** Returns the update time of a stored value, or undefined when there is none. */
function updateTimeOf(value: unknown): number | undefined {
  const updatedAt = (value as { updatedAt?: unknown } | undefined)?.updatedAt;
  return typeof updatedAt === 'number' ? updatedAt : undefined;
}

export interface SaveOptions {
  /**
   * Update time of the version the caller edited. When given, the save fails
   * with code `conflict` if the stored draft has another one, or is gone,
   * instead of overwriting a change made in another window.
   */
  baseUpdatedAt?: number;
}

/**
 * Creates or replaces a draft. A draft without an id, or with an empty one,
 * gets a new id. Each save gets a later update time than the version it replaces.
 */
export async function saveDraft(draft: Draft, options: SaveOptions = {}): Promise<OpenedDraft> {
  assertValidFields(draft);
  const key = await openStore();
  const id = draft.id || crypto.randomUUID();
  const saved = await writeSealed('save the draft', async () => {
    const previous = draft.id ? await readValue(id) : undefined;
    const previousTime = updateTimeOf(previous);
    if (options.baseUpdatedAt !== undefined && previousTime !== options.baseUpdatedAt) {
      throw conflict(id, previous === undefined);
    }
    const now = Math.max(Date.now(), (previousTime ?? 0) + 1);
    const built = await buildRecord(key, draft, id, previous, now);
    return {
      expected: new Map([[id, previous]]),
      apply: (store, photos) => putBuilt(store, photos, built),
    };
  });
  announceDraftChange({ kind: 'saved', id: saved.id, updatedAt: saved.updatedAt });
  return saved;
}

/** Deletes a draft and its photo. Deleting a missing draft does nothing. */
export async function deleteDraft(id: string): Promise<void> {
  await openStore();
  await write('delete the draft', async (store, photos) => {
    await store.delete(id);
    await photos.delete(id);
  });
  announceDraftChange({ kind: 'deleted', ids: [id] });
}

/** The officer's choice for imported drafts whose ids are stored. */
export interface ImportChoice {
  /** `replace` overwrites the stored draft, `copy` stores the imported draft under a new id. */
  existing: 'replace' | 'copy';
  /** Update time of each stored draft the officer was shown, by id. */
  shownUpdateTimes: ReadonlyMap<string, number>;
}

function existsError(id: string): StoreError {
  return new StoreError(
    'exists',
    `Draft "${id}" already exists, or changed after the import listed it, so nothing was ` +
      'imported. Import the file again and choose what to do with the existing drafts.',
    { draftId: id },
  );
}

/**
 * Returns the id an imported draft is stored under, or throws when its id is
 * stored and the officer did not choose for that version of the stored draft.
 */
function importId(draft: Draft, previous: unknown, choice: ImportChoice | undefined): string {
  const id = draft.id || crypto.randomUUID();
  if (previous === undefined) return id;
  if (!choice || choice.shownUpdateTimes.get(id) !== updateTimeOf(previous)) throw existsError(id);
  return choice.existing === 'copy' ? crypto.randomUUID() : id;
}

/**
 * Stores every draft of an import and their photos in one transaction: all
 * of them or, if any is invalid or a write fails, none. A draft whose id is
 * stored fails the import with code `exists`, unless `choice` lists that
 * stored draft at its current update time: then it is replaced, or the
 * imported draft gets a new id, as `choice.existing` selects.
 */
export async function importDrafts(
  drafts: readonly Draft[],
  choice?: ImportChoice,
): Promise<OpenedDraft[]> {
  drafts.forEach((draft, index) => assertValidFields(draft, `[${index}].`));
  const key = await openStore();

  const stored = await writeSealed('import the drafts', async () => {
    const now = Date.now();
    const expected = new Map<string, unknown>();
    const built: BuiltDraft[] = [];
    for (const draft of drafts) {
      const previous = draft.id ? await readValue(draft.id) : undefined;
      const id = importId(draft, previous, choice);
      if (draft.id) expected.set(draft.id, previous);
      const replaced = id === draft.id ? previous : undefined;
      if (!expected.has(id)) expected.set(id, replaced);
      built.push(await buildRecord(key, draft, id, replaced, now));
    }
    return {
      expected,
      apply: async (store, photos) => {
        const drafts: OpenedDraft[] = [];
        for (const item of built) drafts.push(await putBuilt(store, photos, item));
        return drafts;
      },
    };
  });
  for (const draft of stored) {
    announceDraftChange({ kind: 'saved', id: draft.id, updatedAt: draft.updatedAt });
  }
  return stored;
}

/** Reads drafts by id, with their photos, or all of them when `ids` is omitted. */
async function readForExport(ids?: readonly string[]): Promise<[string, unknown, unknown][]> {
  if (ids) return Promise.all(ids.map(async (id) => [id, ...(await readWithPhoto(id))] as const));
  const { drafts, photos } = await readAllWithPhotos();
  return drafts.map(([id, value]) => [id, value, photos.get(id)]);
}

/**
 * Returns a draft file with the given drafts, or with all drafts when `ids`
 * is omitted. Photos are written as data URLs, as the draft format defines.
 */
export async function exportDrafts(ids?: readonly string[]): Promise<string> {
  const key = await openStore();
  const values = await readForExport(ids);

  const drafts = await Promise.all(
    values.map(async ([id, value, photoValue]) => {
      if (value === undefined) throw notFound(id);
      const { label, fields } = await withPhoto(key, await openRecord(key, id, value), photoValue);
      return { id, label, fields };
    }),
  );
  return serializeDrafts(drafts);
}

/**
 * Records that a draft was just used to fill a form. A draft marked
 * delete-after-use is then deleted by retention after DELETE_AFTER_USE_DELAY_MS.
 */
export async function markDraftUsed(id: string): Promise<void> {
  const key = await openStore();
  await writeSealed('record the use of the draft', async () => {
    const value = await readValue(id);
    if (value === undefined) throw notFound(id);
    const draft = await openRecord(key, id, value);
    const now = Date.now();
    const record: SealedDraftRecord = { ...(value as SealedDraftRecord), lastUsedAt: now };
    if (draft.deleteAfterUse && record.deleteAt === undefined) {
      record.deleteAt = now + DELETE_AFTER_USE_DELAY_MS;
    }
    return { expected: new Map([[id, value]]), apply: (store) => store.put(record) };
  });
}

/** Marks a draft to be deleted soon after it fills an alert, or clears that mark. */
export async function setDeleteAfterUse(id: string, deleteAfterUse: boolean): Promise<void> {
  const key = await openStore();
  await writeSealed('change when the draft is deleted', async () => {
    const value = await readValue(id);
    if (value === undefined) throw notFound(id);
    const draft = await openRecord(key, id, value);
    const plain = value as SealedDraftRecord;
    const deleteAt = deleteAfterUse ? plain.deleteAt : undefined;
    const record = await sealRecord(key, { ...draft, deleteAfterUse }, deleteAt);
    return { expected: new Map([[id, value]]), apply: (store) => store.put(record) };
  });
  announceDraftChange({ kind: 'changed' });
}

/**
 * Deletes every draft and photo in one transaction. It needs no key, so that
 * an officer who forgot the passphrase can start again.
 */
export async function wipeDrafts(): Promise<void> {
  await write('delete all drafts', async (store, photos) => {
    await store.clear();
    await photos.clear();
  });
  announceDraftChange({ kind: 'changed' });
}
