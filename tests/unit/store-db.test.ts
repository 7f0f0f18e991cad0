import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MIGRATIONS, openDatabase, type Migration } from '@/utils/store/db';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('openDatabase', () => {
  it('upgrades an empty database to the latest version', async () => {
    const database = await openDatabase('empty');
    expect(database.version).toBe(MIGRATIONS.length);
    database.close();
  });

  it('creates the drafts store keyed by id', async () => {
    const database = await openDatabase('empty');
    const store = database.transaction('drafts').store;
    expect(store.keyPath).toBe('id');
    database.close();
  });

  it('indexes drafts by updatedAt', async () => {
    const database = await openDatabase('empty');
    const store = database.transaction('drafts').store;
    expect(store.index('updatedAt').keyPath).toBe('updatedAt');
    database.close();
  });

  it('runs only the migrations after the stored version', async () => {
    const first = vi.fn<Migration>((database) => {
      database.createObjectStore('drafts', { keyPath: 'id' });
    });
    const second = vi.fn<Migration>();
    const old = await openDatabase('old', [first]);
    old.close();

    const upgraded = await openDatabase('old', [first, second]);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
    expect(upgraded.version).toBe(2);
    upgraded.close();
  });

  it('keeps records written by an older version', async () => {
    const old = await openDatabase('kept', MIGRATIONS.slice(0, 1));
    await old.put('drafts', {
      id: 'a',
      label: '',
      fields: {},
      createdAt: 1,
      updatedAt: 1,
    } as never);
    old.close();

    const upgraded = await openDatabase('kept', [...MIGRATIONS, () => undefined]);
    expect(await upgraded.get('drafts', 'a')).toMatchObject({ id: 'a' });
    upgraded.close();
  });

  it('leaves a database of the current version unchanged', async () => {
    const raw = await openDB('current', MIGRATIONS.length, {
      upgrade(database) {
        database.createObjectStore('drafts', { keyPath: 'id' });
      },
    });
    raw.close();
    const migration = vi.fn<Migration>();
    const database = await openDatabase('current', Array(MIGRATIONS.length).fill(migration));
    expect(migration).not.toHaveBeenCalled();
    database.close();
  });
});
