import { IDBFactory } from 'fake-indexeddb';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { StoreError } from '@/utils/store';
import { closeDatabase, getDatabase } from '@/utils/store/db';
import type { SealedDraftRecord } from '@/utils/store/records';

/** Gives the store an empty database and the fake browser empty storage areas. */
export async function resetStore(): Promise<void> {
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.storage.resetState();
}

/** Returns the StoreError a promise rejects with, or throws when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<StoreError> {
  const error = await promise.then(
    () => undefined,
    (failure: unknown) => failure,
  );
  if (!(error instanceof StoreError)) throw new Error(`expected a StoreError, got ${error}`);
  return error;
}

/** Makes the nth `put` from now on throw the error a full disk gives. */
export function failPutNumber(failing: number): void {
  const put = IDBObjectStore.prototype.put;
  let calls = 0;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) {
    calls += 1;
    if (calls === failing) throw new DOMException('Quota exceeded', 'QuotaExceededError');
    return put.apply(this, args);
  });
}

/** Reads a record as IndexedDB stores it. */
export async function rawRecord(id: string): Promise<SealedDraftRecord | undefined> {
  return (await getDatabase()).get('drafts', id);
}

/** Reads every stored record as IndexedDB stores it. */
export async function rawRecords(): Promise<SealedDraftRecord[]> {
  return (await getDatabase()).getAll('drafts');
}

/** Returns the base64 IV of each stored record, by id. */
export async function storedIvs(): Promise<Record<string, string>> {
  const records = await rawRecords();
  return Object.fromEntries(
    records.map((record) => [record.id, Buffer.from(record.iv).toString('base64')]),
  );
}
