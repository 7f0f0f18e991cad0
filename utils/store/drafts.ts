import { serializeDrafts, type Draft, type StoredDraft } from '../schema/draft';
import { getDatabase, type VigilaSchema } from './db';
import { StoreError, toStoreError } from './errors';
import {
  assertValidFields,
  readRecord,
  summarise,
  summariseCorrupt,
  toStoredValue,
  type DraftSummary,
} from './records';
import type { IDBPObjectStore } from 'idb';

type DraftStore = IDBPObjectStore<VigilaSchema, ['drafts'], 'drafts', 'readwrite'>;

/**
 * Runs `work` in one read-write transaction and commits only if all of it
 * succeeds. Any failure aborts the transaction, so the store stays unchanged.
 * `work` must await only IndexedDB requests: awaiting anything else lets the
 * transaction commit early.
 */
async function write<T>(action: string, work: (store: DraftStore) => Promise<T>): Promise<T> {
  const database = await getDatabase();
  const transaction = database.transaction('drafts', 'readwrite');
  try {
    const result = await work(transaction.store);
    await transaction.done;
    return result;
  } catch (error) {
    abortQuietly(transaction);
    await transaction.done.catch(() => undefined);
    throw toStoreError(error, action);
  }
}

function abortQuietly(transaction: { abort(): void }): void {
  try {
    transaction.abort();
  } catch {
    // The transaction already finished or aborted on its own.
  }
}

function notFound(id: string): StoreError {
  return new StoreError('not-found', `Draft "${id}" was not found. It may have been deleted.`, {
    draftId: id,
  });
}

/**
 * Builds the record for a draft: a new id when it has none, the creation and
 * last-use times of the record it replaces, and `now` as its update time.
 */
function buildRecord(draft: Draft, previous: unknown, now: number): StoredDraft {
  const previousRecord = (previous ?? {}) as Partial<StoredDraft>;
  const record: StoredDraft = {
    id: draft.id || crypto.randomUUID(),
    label: draft.label ?? '',
    fields: draft.fields,
    createdAt: typeof previousRecord.createdAt === 'number' ? previousRecord.createdAt : now,
    updatedAt: now,
  };
  if (typeof previousRecord.lastUsedAt === 'number') {
    record.lastUsedAt = previousRecord.lastUsedAt;
  }
  return record;
}

async function putDraft(store: DraftStore, draft: Draft, now: number): Promise<StoredDraft> {
  const previous = draft.id ? await store.get(draft.id) : undefined;
  const record = buildRecord(draft, previous, now);
  await store.put(toStoredValue(record));
  return record;
}

/** Lists every draft, most recently updated first. Damaged records carry `error`. */
export async function listDrafts(): Promise<DraftSummary[]> {
  const database = await getDatabase();
  const transaction = database.transaction('drafts');
  const [keys, values] = await Promise.all([
    transaction.store.getAllKeys(),
    transaction.store.getAll(),
  ]);

  const summaries = keys.map((id, index) => {
    try {
      return summarise(readRecord(id, values[index]));
    } catch (error) {
      if (!(error instanceof StoreError)) throw error;
      return summariseCorrupt(id, values[index], error);
    }
  });
  return summaries.sort((a, b) => b.updatedAt - a.updatedAt);
}

/** Returns a draft, or undefined when there is none with that id. Throws for a damaged record. */
export async function getDraft(id: string): Promise<StoredDraft | undefined> {
  const database = await getDatabase();
  const value = await database.get('drafts', id);
  return value === undefined ? undefined : readRecord(id, value);
}

/** Creates or replaces a draft. A draft without an id, or with an empty one, gets a new id. */
export async function saveDraft(draft: Draft): Promise<StoredDraft> {
  assertValidFields(draft);
  return write('save the draft', (store) => putDraft(store, draft, Date.now()));
}

/** Deletes a draft. Deleting a missing draft does nothing. */
export async function deleteDraft(id: string): Promise<void> {
  await write('delete the draft', (store) => store.delete(id));
}

/**
 * Stores every draft of an import in one transaction: all of them or, if any
 * is invalid or a write fails, none. A draft whose id exists replaces it.
 */
export async function importDrafts(drafts: readonly Draft[]): Promise<StoredDraft[]> {
  drafts.forEach((draft, index) => assertValidFields(draft, `[${index}].`));
  const now = Date.now();
  return write('import the drafts', async (store) => {
    const records: StoredDraft[] = [];
    for (const draft of drafts) records.push(await putDraft(store, draft, now));
    return records;
  });
}

/** Returns a draft file with the given drafts, or with all drafts when `ids` is omitted. */
export async function exportDrafts(ids?: readonly string[]): Promise<string> {
  const database = await getDatabase();
  const transaction = database.transaction('drafts');
  const records = ids
    ? await Promise.all(ids.map(async (id) => [id, await transaction.store.get(id)] as const))
    : await allRecords(transaction.store);

  const drafts = records.map(([id, value]) => {
    if (value === undefined) throw notFound(id);
    const { label, fields } = readRecord(id, value);
    return { id, label, fields };
  });
  return serializeDrafts(drafts);
}

async function allRecords(
  store: IDBPObjectStore<VigilaSchema, ['drafts'], 'drafts', 'readonly'>,
): Promise<(readonly [string, unknown])[]> {
  const [keys, values] = await Promise.all([store.getAllKeys(), store.getAll()]);
  return keys.map((id, index) => [id, values[index]] as const);
}

/** Records that a draft was just used to fill a form. */
export async function markDraftUsed(id: string): Promise<void> {
  await write('record the use of the draft', async (store) => {
    const value = await store.get(id);
    if (value === undefined) throw notFound(id);
    const record = { ...readRecord(id, value), lastUsedAt: Date.now() };
    await store.put(toStoredValue(record));
  });
}
