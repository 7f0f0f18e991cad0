import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseDraftFile } from '@/utils/schema/draft';
import {
  deleteDraft,
  exportDrafts,
  getDraft,
  importDrafts,
  listDrafts,
  markDraftUsed,
  saveDraft,
  StoreError,
} from '@/utils/store';
import { closeDatabase, getDatabase } from '@/utils/store/db';
import { sealRecord } from '@/utils/store/records';
import { unlockForTests } from './support/unlock';

beforeEach(async () => {
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(1_700_000_000_000);
  key = await unlockForTests();
});

let key: CryptoKey;

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

async function rejection(promise: Promise<unknown>): Promise<StoreError> {
  const error = await promise.then(
    () => undefined,
    (failure: unknown) => failure,
  );
  if (!(error instanceof StoreError)) throw new Error(`expected a StoreError, got ${error}`);
  return error;
}

/** Makes the nth `put` from now on throw the error a full disk gives. */
function failPutNumber(failing: number): void {
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

describe('saveDraft', () => {
  it('creates an id for a new draft', async () => {
    const saved = await saveDraft({ fields: { surname: 'AHMADI' } });
    expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('stores the fields and label', async () => {
    const saved = await saveDraft({ label: 'Case 7', fields: { surname: 'AHMADI' } });
    const read = await getDraft(saved.id);
    expect(read?.label).toBe('Case 7');
    expect(read?.fields).toEqual({ surname: 'AHMADI' });
  });

  it('sets createdAt and updatedAt to now', async () => {
    const saved = await saveDraft({ fields: {} });
    expect(saved.createdAt).toBe(1_700_000_000_000);
    expect(saved.updatedAt).toBe(1_700_000_000_000);
  });

  it('keeps createdAt and updates updatedAt on replace', async () => {
    const saved = await saveDraft({ fields: { surname: 'A' } });
    vi.setSystemTime(1_700_000_500_000);
    const replaced = await saveDraft({ id: saved.id, fields: { surname: 'B' } });
    expect(replaced.createdAt).toBe(1_700_000_000_000);
    expect(replaced.updatedAt).toBe(1_700_000_500_000);
  });

  it('rejects invalid fields and names them', async () => {
    const error = await rejection(saveDraft({ fields: { date_of_birth: '2011-02-29' } }));
    expect(error.code).toBe('invalid');
    expect(error.errors[0].path).toBe('fields.date_of_birth');
  });

  it('stores nothing for invalid fields', async () => {
    await rejection(saveDraft({ fields: { sex: 'X' } }));
    expect(await listDrafts()).toEqual([]);
  });
});

describe('getDraft', () => {
  it('returns undefined for a missing id', async () => {
    expect(await getDraft('missing')).toBeUndefined();
  });

  it('names the record id of a corrupt record', async () => {
    const database = await getDatabase();
    await database.put('drafts', { id: 'broken', label: 3 } as never);
    const error = await rejection(getDraft('broken'));
    expect(error.code).toBe('corrupt');
    expect(error.draftId).toBe('broken');
    expect(error.message).toContain('"broken"');
  });

  it('names the invalid field of a corrupt record', async () => {
    const saved = await saveDraft({ fields: { surname: 'A' } });
    const database = await getDatabase();
    await database.put('drafts', await sealRecord(key, { ...saved, fields: { sex: 'X' } }));
    const error = await rejection(getDraft(saved.id));
    expect(error.errors.map((item) => item.path)).toEqual(['fields.sex']);
  });
});

describe('listDrafts', () => {
  it('lists newest first with identifying fields', async () => {
    await saveDraft({ id: 'old', fields: { surname: 'OLD' } });
    vi.setSystemTime(1_700_000_100_000);
    await saveDraft({
      id: 'new',
      label: 'New',
      fields: { surname: 'NEW', forenames: 'Sami', date_of_birth: '2011', height_cm: 150 },
    });
    const list = await listDrafts();
    expect(list.map((summary) => summary.id)).toEqual(['new', 'old']);
    expect(list[0].fields).toEqual({ surname: 'NEW', forenames: 'Sami', date_of_birth: '2011' });
    expect(list[0].label).toBe('New');
    expect(list[0].updatedAt).toBe(1_700_000_100_000);
  });

  it('lists a corrupt record with its error', async () => {
    await saveDraft({ id: 'good', fields: {} });
    const database = await getDatabase();
    await database.put('drafts', { id: 'broken' } as never);
    const list = await listDrafts();
    const broken = list.find((summary) => summary.id === 'broken');
    expect(broken?.error?.code).toBe('corrupt');
    expect(list.find((summary) => summary.id === 'good')?.error).toBeUndefined();
  });
});

describe('deleteDraft', () => {
  it('removes the draft', async () => {
    const saved = await saveDraft({ fields: {} });
    await deleteDraft(saved.id);
    expect(await getDraft(saved.id)).toBeUndefined();
  });

  it('ignores a missing id', async () => {
    await expect(deleteDraft('missing')).resolves.toBeUndefined();
  });
});

describe('markDraftUsed', () => {
  it('sets lastUsedAt without changing updatedAt', async () => {
    const saved = await saveDraft({ fields: {} });
    vi.setSystemTime(1_700_000_900_000);
    await markDraftUsed(saved.id);
    const read = await getDraft(saved.id);
    expect(read?.lastUsedAt).toBe(1_700_000_900_000);
    expect(read?.updatedAt).toBe(1_700_000_000_000);
  });

  it('keeps lastUsedAt when the draft is saved again', async () => {
    const saved = await saveDraft({ fields: {} });
    await markDraftUsed(saved.id);
    const replaced = await saveDraft({ id: saved.id, fields: { surname: 'B' } });
    expect(replaced.lastUsedAt).toBe(1_700_000_000_000);
  });

  it('rejects a missing id', async () => {
    const error = await rejection(markDraftUsed('missing'));
    expect(error.code).toBe('not-found');
  });
});

describe('importDrafts', () => {
  it('stores every draft', async () => {
    const stored = await importDrafts([
      { id: 'a', fields: { surname: 'A' } },
      { fields: { surname: 'B' } },
    ]);
    expect(stored).toHaveLength(2);
    expect((await listDrafts()).length).toBe(2);
  });

  it('rejects an existing id without a choice', async () => {
    await saveDraft({ id: 'a', fields: { surname: 'OLD' } });
    const error = await rejection(importDrafts([{ id: 'a', fields: { surname: 'NEW' } }]));
    expect(error.code).toBe('exists');
    expect(error.draftId).toBe('a');
    expect((await getDraft('a'))?.fields.surname).toBe('OLD');
  });

  it('replaces a draft the choice lists', async () => {
    const old = await saveDraft({ id: 'a', fields: { surname: 'OLD' } });
    const shownUpdateTimes = new Map([['a', old.updatedAt]]);
    await importDrafts([{ id: 'a', fields: { surname: 'NEW' } }], {
      existing: 'replace',
      shownUpdateTimes,
    });
    expect((await getDraft('a'))?.fields.surname).toBe('NEW');
    expect(await listDrafts()).toHaveLength(1);
  });

  it('imports a copy under a new id', async () => {
    const old = await saveDraft({ id: 'a', fields: { surname: 'OLD' } });
    const shownUpdateTimes = new Map([['a', old.updatedAt]]);
    const [copy] = await importDrafts([{ id: 'a', fields: { surname: 'NEW' } }], {
      existing: 'copy',
      shownUpdateTimes,
    });
    expect(copy.id).not.toBe('a');
    expect((await getDraft('a'))?.fields.surname).toBe('OLD');
    expect((await getDraft(copy.id))?.fields.surname).toBe('NEW');
  });

  it('rejects a replace of a version not shown', async () => {
    const old = await saveDraft({ id: 'a', fields: { surname: 'OLD' } });
    await saveDraft({ id: 'a', fields: { surname: 'EDITED' } });
    const shownUpdateTimes = new Map([['a', old.updatedAt]]);
    const error = await rejection(
      importDrafts([{ id: 'a', fields: { surname: 'NEW' } }], {
        existing: 'replace',
        shownUpdateTimes,
      }),
    );
    expect(error.code).toBe('exists');
    expect((await getDraft('a'))?.fields.surname).toBe('EDITED');
  });

  it('stores nothing when one draft is invalid', async () => {
    const error = await rejection(
      importDrafts([
        { id: 'a', fields: { surname: 'A' } },
        { id: 'b', fields: { height_cm: -5 } },
      ]),
    );
    expect(error.errors[0].path).toBe('[1].fields.height_cm');
    expect(await listDrafts()).toEqual([]);
  });

  it('stores a thousand drafts in one import', async () => {
    const drafts = Array.from({ length: 1000 }, (_, index) => ({
      id: `d${index}`,
      fields: { surname: `SURNAME${index}` },
    }));
    await importDrafts(drafts);
    expect(await listDrafts()).toHaveLength(1000);
  }, 60_000);

  it('stores none of a thousand when the last write fails', async () => {
    const drafts = Array.from({ length: 1000 }, (_, index) => ({
      id: `d${index}`,
      fields: { surname: `SURNAME${index}` },
    }));
    failPutNumber(1000);
    const error = await rejection(importDrafts(drafts));
    expect(error.code).toBe('quota');
    vi.restoreAllMocks();
    expect(await listDrafts()).toEqual([]);
  }, 60_000);

  it('stores nothing when the second write fails', async () => {
    failPutNumber(2);
    const error = await rejection(
      importDrafts([
        { id: 'a', fields: { surname: 'A' } },
        { id: 'b', fields: { surname: 'B' } },
      ]),
    );
    expect(error.code).toBe('quota');
    expect(await listDrafts()).toEqual([]);
  });
});

describe('quota errors', () => {
  it('leave a saved draft unchanged', async () => {
    await saveDraft({ id: 'a', fields: { surname: 'BEFORE' } });
    failPutNumber(1);
    const error = await rejection(saveDraft({ id: 'a', fields: { surname: 'AFTER' } }));
    expect(error.code).toBe('quota');
    expect(error.message).toContain('no storage space');
    vi.restoreAllMocks();
    expect((await getDraft('a'))?.fields.surname).toBe('BEFORE');
  });

  it('leave an import out of the existing drafts', async () => {
    await saveDraft({ id: 'kept', fields: { surname: 'KEPT' } });
    failPutNumber(2);
    await rejection(
      importDrafts([
        { id: 'kept', fields: { surname: 'CHANGED' } },
        { id: 'new', fields: {} },
      ]),
    );
    vi.restoreAllMocks();
    expect((await getDraft('kept'))?.fields.surname).toBe('KEPT');
    expect(await getDraft('new')).toBeUndefined();
  });
});

describe('exportDrafts', () => {
  it('exports all drafts as a draft file', async () => {
    await saveDraft({ id: 'a', label: 'A', fields: { surname: 'A', nationalities: ['AFG'] } });
    await saveDraft({ id: 'b', fields: { surname: 'B' } });
    const result = parseDraftFile(await exportDrafts());
    expect(result.ok && result.drafts.map((draft) => draft.id).sort()).toEqual(['a', 'b']);
  });

  it('exports the chosen drafts with their fields', async () => {
    await saveDraft({ id: 'a', label: 'A', fields: { surname: 'A', nationalities: ['AFG'] } });
    await saveDraft({ id: 'b', fields: { surname: 'B' } });
    const result = parseDraftFile(await exportDrafts(['a']));
    expect(result).toEqual({
      ok: true,
      drafts: [{ id: 'a', label: 'A', fields: { surname: 'A', nationalities: ['AFG'] } }],
    });
  });

  it('rejects a missing id', async () => {
    const error = await rejection(exportDrafts(['missing']));
    expect(error.code).toBe('not-found');
    expect(error.draftId).toBe('missing');
  });

  it('gives back the same data after import', async () => {
    await saveDraft({ id: 'a', label: 'A', fields: { surname: 'A', unaccompanied: true } });
    const file = await exportDrafts();
    await deleteDraft('a');
    const parsed = parseDraftFile(file);
    if (!parsed.ok) throw new Error('export produced an invalid file');
    await importDrafts(parsed.drafts);
    const read = await getDraft('a');
    expect(read?.label).toBe('A');
    expect(read?.fields).toEqual({ surname: 'A', unaccompanied: true });
  });
});
