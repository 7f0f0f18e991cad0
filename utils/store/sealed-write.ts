import type { IDBPObjectStore } from 'idb';
import { sameBytes } from './crypto';
import { getDatabase, type VigilaSchema } from './db';
import { StoreError, toStoreError } from './errors';

/** Stores of every draft write: a photo changes only together with its draft's record. */
type WriteStores = ['drafts', 'photos'];

export type DraftStore = IDBPObjectStore<VigilaSchema, WriteStores, 'drafts', 'readwrite'>;
export type PhotoStore = IDBPObjectStore<VigilaSchema, WriteStores, 'photos', 'readwrite'>;

/** Records sealed for a write, and what the records they replace looked like when read. */
export interface PreparedWrite<T> {
  /** Each record read while preparing, by id, or undefined for a record that did not exist. */
  expected: ReadonlyMap<string, unknown>;
  /** Also requires that the store contains no record beyond `expected`. */
  exact?: boolean;
  /** Writes the prepared records, awaiting only IndexedDB requests. */
  apply(store: DraftStore, photos: PhotoStore): Promise<T>;
}

/** Attempts of a sealed write before it gives up on records that keep changing. */
const MAX_ATTEMPTS = 3;

class ConcurrentChangeError extends Error {}

/**
 * Runs `work` in one read-write transaction of the drafts and photos stores
 * and commits only if all of it succeeds. Any failure aborts the transaction,
 * so both stores stay unchanged. `work` must await only IndexedDB requests:
 * awaiting anything else lets the transaction commit early.
 */
export async function write<T>(
  action: string,
  work: (store: DraftStore, photos: PhotoStore) => Promise<T>,
): Promise<T> {
  const database = await getDatabase();
  const transaction = database.transaction(['drafts', 'photos'], 'readwrite');
  try {
    const result = await work(transaction.objectStore('drafts'), transaction.objectStore('photos'));
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

/** Tells whether two values read from the store are the same version of a record. */
function sameRecord(first: unknown, second: unknown): boolean {
  if (first === undefined || second === undefined) return first === second;
  const a = first as Record<string, unknown>;
  const b = second as Record<string, unknown>;
  if (a.iv instanceof Uint8Array && b.iv instanceof Uint8Array) {
    return (
      sameBytes(a.iv, b.iv) &&
      a.updatedAt === b.updatedAt &&
      a.lastUsedAt === b.lastUsedAt &&
      a.deleteAt === b.deleteAt
    );
  }
  // Records written before encryption have no IV, and they are small and plain.
  return JSON.stringify(first) === JSON.stringify(second);
}

async function assertUnchanged(store: DraftStore, prepared: PreparedWrite<unknown>): Promise<void> {
  for (const [id, value] of prepared.expected) {
    if (!sameRecord(await store.get(id), value)) throw new ConcurrentChangeError();
  }
  if (prepared.exact && (await store.count()) !== prepared.expected.size) {
    throw new ConcurrentChangeError();
  }
}

/**
 * Writes records that were sealed outside a transaction. Web Crypto calls
 * are not IndexedDB requests, so awaiting them inside a transaction would
 * let it commit early. `prepare` reads and seals, then one transaction checks
 * that no record it read has changed since and writes. When another page
 * changed one meanwhile, the write starts again from `prepare`. Only draft
 * records are compared, because every write of a photo also writes its
 * draft's record.
 */
export async function writeSealed<T>(
  action: string,
  prepare: () => Promise<PreparedWrite<T>>,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    const prepared = await prepare();
    try {
      return await write(action, async (store, photos) => {
        await assertUnchanged(store, prepared);
        return prepared.apply(store, photos);
      });
    } catch (error) {
      const changed = error instanceof StoreError && error.cause instanceof ConcurrentChangeError;
      if (!changed) throw error;
      if (attempt >= MAX_ATTEMPTS) {
        throw new StoreError(
          'failed',
          `Could not ${action}: another window changed the same drafts ${MAX_ATTEMPTS} times ` +
            'while this one wrote them. Try again.',
          { cause: error },
        );
      }
    }
  }
}

/** Reads one stored value as it is, without opening it. */
export async function readValue(id: string): Promise<unknown> {
  const database = await getDatabase();
  return database.get('drafts', id);
}

/** Reads every stored value as it is, with its id, in one transaction. */
export async function readAllValues(): Promise<[string, unknown][]> {
  const database = await getDatabase();
  const transaction = database.transaction('drafts');
  const [keys, values] = await Promise.all([
    transaction.store.getAllKeys(),
    transaction.store.getAll(),
  ]);
  return keys.map((id, index) => [id, values[index]]);
}

/** Reads one draft's stored value and its photo's, as they are, in one transaction. */
export async function readWithPhoto(id: string): Promise<[unknown, unknown]> {
  const database = await getDatabase();
  const transaction = database.transaction(['drafts', 'photos']);
  return Promise.all([
    transaction.objectStore('drafts').get(id),
    transaction.objectStore('photos').get(id),
  ]);
}

/** Stored values as they are: every draft, with its id, and every photo, by draft id. */
export interface StoredValues {
  drafts: [string, unknown][];
  photos: Map<string, unknown>;
}

/** Reads every stored draft and photo as they are, in one transaction. */
export async function readAllWithPhotos(): Promise<StoredValues> {
  const database = await getDatabase();
  const transaction = database.transaction(['drafts', 'photos']);
  const drafts = transaction.objectStore('drafts');
  const photos = transaction.objectStore('photos');
  const [draftKeys, draftValues, photoKeys, photoValues] = await Promise.all([
    drafts.getAllKeys(),
    drafts.getAll(),
    photos.getAllKeys(),
    photos.getAll(),
  ]);
  return {
    drafts: draftKeys.map((id, index) => [id, draftValues[index]]),
    photos: new Map(photoKeys.map((id, index) => [id, photoValues[index]])),
  };
}
