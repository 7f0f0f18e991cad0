import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseProfileFile, type PortalProfile } from '@/utils/schema/profile';
import {
  deleteProfile,
  exportProfiles,
  getProfile,
  importProfiles,
  listProfiles,
  saveProfile,
  StoreError,
} from '@/utils/store';
import { closeDatabase, getDatabase, MIGRATIONS, openDatabase } from '@/utils/store/db';

beforeEach(async () => {
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(1_700_000_000_000);
});

afterEach(() => {
  vi.useRealTimers();
});

function profile(id: string, extra: Partial<PortalProfile> = {}): PortalProfile {
  return {
    format: 'vigila-profile',
    version: 1,
    id,
    name: `Portal ${id}`,
    urlPattern: `https://${id}.example/*`,
    fields: { surname: { selector: '#surname' } },
    ...extra,
  };
}

async function rejection(promise: Promise<unknown>): Promise<StoreError> {
  const error = await promise.then(
    () => undefined,
    (failure: unknown) => failure,
  );
  if (!(error instanceof StoreError)) throw new Error(`expected a StoreError, got ${error}`);
  return error;
}

describe('profiles migration', () => {
  const draft = {
    id: 'd1',
    label: 'Case 7',
    fields: { surname: 'AHMADI' },
    createdAt: 1,
    updatedAt: 2,
  };

  async function versionOneDatabase(name: string): Promise<void> {
    const old = await openDB(name, 1, {
      upgrade(database) {
        const drafts = database.createObjectStore('drafts', { keyPath: 'id' });
        drafts.createIndex('updatedAt', 'updatedAt');
      },
    });
    await old.put('drafts', draft);
    old.close();
  }

  it('upgrades a version 1 database to version 2', async () => {
    await versionOneDatabase('v1');
    const database = await openDatabase('v1', MIGRATIONS.slice(0, 2));
    expect(database.version).toBe(2);
    database.close();
  });

  it('adds the profiles store keyed by id', async () => {
    await versionOneDatabase('v1');
    const database = await openDatabase('v1', MIGRATIONS.slice(0, 2));
    expect(database.transaction('profiles').store.keyPath).toBe('id');
    database.close();
  });

  it('keeps the drafts of version 1', async () => {
    await versionOneDatabase('v1');
    const database = await openDatabase('v1', MIGRATIONS.slice(0, 2));
    expect(await database.get('drafts', 'd1')).toEqual(draft);
    database.close();
  });

  it('keeps the drafts index of version 1', async () => {
    await versionOneDatabase('v1');
    const database = await openDatabase('v1', MIGRATIONS.slice(0, 2));
    const keys = await database.getAllKeysFromIndex('drafts', 'updatedAt');
    expect(keys).toEqual(['d1']);
    database.close();
  });
});

describe('saveProfile', () => {
  it('stores a profile that getProfile returns', async () => {
    await saveProfile(profile('a'));
    const stored = await getProfile('a');
    expect(stored?.fields).toEqual({ surname: { selector: '#surname' } });
  });

  it('records the time of the save', async () => {
    const stored = await saveProfile(profile('a'));
    expect(stored.updatedAt).toBe(1_700_000_000_000);
  });

  it('replaces the profile with the same id', async () => {
    await saveProfile(profile('a'));
    await saveProfile(profile('a', { name: 'Renamed' }));
    const entries = await listProfiles();
    expect(entries.map((entry) => entry.profile?.name)).toEqual(['Renamed']);
  });

  it('saves a profile read from the store again', async () => {
    await saveProfile(profile('a'));
    const stored = await getProfile('a');
    await saveProfile({ ...stored!, name: 'Edited' });
    expect((await getProfile('a'))?.name).toBe('Edited');
  });

  it('rejects an invalid profile naming the path', async () => {
    const invalid = profile('a', { fields: { surnme: { selector: '#x' } } });
    const error = await rejection(saveProfile(invalid));
    expect(error.code).toBe('invalid');
    expect(error.message).toContain('fields.surnme');
  });

  it('stores nothing for an invalid profile', async () => {
    await rejection(saveProfile(profile('a', { urlPattern: 'nowhere' })));
    expect(await listProfiles()).toEqual([]);
  });
});

describe('listProfiles', () => {
  it('lists profiles by name', async () => {
    await saveProfile(profile('b', { name: 'Beta' }));
    await saveProfile(profile('a', { name: 'Alpha' }));
    const entries = await listProfiles();
    expect(entries.map((entry) => entry.id)).toEqual(['a', 'b']);
  });

  it('marks a damaged record with an error', async () => {
    const database = await getDatabase();
    await database.put('profiles', { id: 'broken', name: 3 } as never);
    const [entry] = await listProfiles();
    expect(entry.error?.code).toBe('corrupt');
    expect(entry.profile).toBeUndefined();
  });
});

describe('deleteProfile', () => {
  it('removes the profile', async () => {
    await saveProfile(profile('a'));
    await deleteProfile('a');
    expect(await getProfile('a')).toBeUndefined();
  });

  it('does nothing for a missing id', async () => {
    await expect(deleteProfile('none')).resolves.toBeUndefined();
  });
});

describe('importProfiles', () => {
  it('stores every profile', async () => {
    await importProfiles([profile('a'), profile('b')]);
    expect((await listProfiles()).map((entry) => entry.id)).toEqual(['a', 'b']);
  });

  it('stores none when one is invalid', async () => {
    const invalid = profile('b', { version: 2 as 1 });
    await rejection(importProfiles([profile('a'), invalid]));
    expect(await listProfiles()).toEqual([]);
  });

  it('names the index of the invalid profile', async () => {
    const invalid = profile('b', { version: 2 as 1 });
    const error = await rejection(importProfiles([profile('a'), invalid]));
    expect(error.message).toContain('[1].version');
  });

  it('stores none when a write fails', async () => {
    const put = vi
      .spyOn(IDBObjectStore.prototype, 'put')
      .mockImplementationOnce(IDBObjectStore.prototype.put)
      .mockImplementationOnce(() => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      });
    const error = await rejection(importProfiles([profile('a'), profile('b')]));
    put.mockRestore();
    expect(error.code).toBe('quota');
    expect(await listProfiles()).toEqual([]);
  });
});

describe('exportProfiles', () => {
  it('writes a file that imports back to the same profiles', async () => {
    await importProfiles([profile('a'), profile('b')]);
    const result = parseProfileFile(await exportProfiles());
    expect(result.ok && result.profiles).toEqual([profile('a'), profile('b')]);
  });

  it('writes only the profiles asked for', async () => {
    await importProfiles([profile('a'), profile('b')]);
    const result = parseProfileFile(await exportProfiles(['b']));
    expect(result.ok && result.profiles.map((item) => item.id)).toEqual(['b']);
  });

  it('rejects an unknown id', async () => {
    const error = await rejection(exportProfiles(['none']));
    expect(error.code).toBe('not-found');
  });
});
