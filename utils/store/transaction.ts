import type { IDBPObjectStore, StoreNames } from 'idb';
import { getDatabase, type VigilaSchema } from './db';
import { toStoreError } from './errors';

/** One object store of the database, open for writing. */
export type WritableStore<Name extends StoreNames<VigilaSchema>> = IDBPObjectStore<
  VigilaSchema,
  [Name],
  Name,
  'readwrite'
>;

/**
 * Runs `work` in one read-write transaction on one object store and commits
 * only if all of it succeeds. `work` must await only IndexedDB requests,
 * because awaiting anything else lets the transaction commit early. `action`
 * completes the sentence "Could not …" of the error thrown on failure.
 */
export async function writeToStore<Name extends StoreNames<VigilaSchema>, T>(
  name: Name,
  action: string,
  work: (store: WritableStore<Name>) => Promise<T>,
): Promise<T> {
  const database = await getDatabase();
  const transaction = database.transaction(name, 'readwrite');
  try {
    const result = await work(transaction.store);
    await transaction.done;
    return result;
  } catch (error) {
    try {
      transaction.abort();
    } catch {
      // The transaction already finished or aborted on its own.
    }
    await transaction.done.catch(() => undefined);
    throw toStoreError(error, action);
  }
}
