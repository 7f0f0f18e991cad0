import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  changePassphrase,
  deleteDraft,
  exportDrafts,
  forgetPassphrase,
  getDraft,
  importDrafts,
  listDrafts,
  lock,
  lockIfIdle,
  markDraftUsed,
  noteActivity,
  readLockState,
  saveDraft,
  saveDraftSettings,
  setDeleteAfterUse,
  setUpPassphrase,
  unlock,
} from '@/utils/store';
import { fromBase64 } from '@/utils/store/crypto';
import { getDatabase } from '@/utils/store/db';
import {
  createPassphraseEntry,
  keyForPassphrase,
  readLockConfig,
  writeLockConfig,
} from '@/utils/store/keyring';
import { openRecord, sealRecord } from '@/utils/store/records';
import { failPutNumber, rawRecords, rejection, resetStore, storedIvs } from './support/store';

const OLD = 'first passphrase';
const NEW = 'second passphrase';
const START = 1_700_000_000_000;
const MINUTE = 60_000;

beforeEach(async () => {
  await resetStore();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(START);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

async function sessionArea(): Promise<Record<string, unknown>> {
  return fakeBrowser.storage.session.get(null);
}

describe('setUpPassphrase', () => {
  it('unlocks the drafts', async () => {
    await setUpPassphrase(OLD);
    expect(await readLockState()).toBe('unlocked');
  });

  it('stores a random 16-byte salt', async () => {
    await setUpPassphrase(OLD);
    const config = await readLockConfig();
    expect(fromBase64(config?.salt ?? '')).toHaveLength(16);
  });

  it('stores at least 600,000 iterations', async () => {
    await setUpPassphrase(OLD);
    expect((await readLockConfig())?.iterations).toBeGreaterThanOrEqual(600_000);
  });

  it('keeps the key as base64 in storage.session', async () => {
    await setUpPassphrase(OLD);
    const { draftKey } = await sessionArea();
    expect(fromBase64(draftKey as string)).toHaveLength(32);
  });

  it('keeps the key out of storage.local', async () => {
    await setUpPassphrase(OLD);
    const { draftKey } = await sessionArea();
    const local = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(local).not.toContain(draftKey as string);
  });

  it('rejects a short passphrase', async () => {
    const error = await rejection(setUpPassphrase('short'));
    expect(error.code).toBe('invalid');
  });

  it('rejects a second set-up', async () => {
    await setUpPassphrase(OLD);
    const error = await rejection(setUpPassphrase(NEW));
    expect(error.code).toBe('failed');
  });

  it('encrypts drafts stored in plain form', async () => {
    const database = await getDatabase();
    const plain = {
      id: 'p',
      label: 'Case',
      fields: { surname: 'AHMADI' },
      createdAt: 1,
      updatedAt: START,
    };
    await database.put('drafts', plain as never);
    await setUpPassphrase(OLD);
    const [record] = await rawRecords();
    expect(Object.keys(record).sort()).toEqual(['ciphertext', 'id', 'iv', 'updatedAt']);
    expect((await getDraft('p'))?.fields).toEqual({ surname: 'AHMADI' });
  });
});

describe('locked store', () => {
  const calls: [string, () => Promise<unknown>][] = [
    ['listDrafts', () => listDrafts()],
    ['getDraft', () => getDraft('a')],
    ['saveDraft', () => saveDraft({ fields: {} })],
    ['deleteDraft', () => deleteDraft('a')],
    ['importDrafts', () => importDrafts([{ fields: {} }])],
    ['exportDrafts', () => exportDrafts()],
    ['markDraftUsed', () => markDraftUsed('a')],
    ['setDeleteAfterUse', () => setDeleteAfterUse('a', true)],
  ];

  it.each(calls)('%s throws locked', async (_, call) => {
    await setUpPassphrase(OLD);
    await saveDraft({ id: 'a', fields: {} });
    await lock();
    expect((await rejection(call())).code).toBe('locked');
  });

  it('throws locked before any passphrase is set', async () => {
    expect((await rejection(listDrafts())).code).toBe('locked');
  });

  it('reports setup before any passphrase is set', async () => {
    expect(await readLockState()).toBe('setup');
  });

  it('keeps the drafts while locked', async () => {
    await setUpPassphrase(OLD);
    await saveDraft({ id: 'a', fields: {} });
    await lock();
    expect(await rawRecords()).toHaveLength(1);
  });
});

describe('lock', () => {
  it('removes the key from storage.session', async () => {
    await setUpPassphrase(OLD);
    await lock();
    expect((await sessionArea()).draftKey).toBeUndefined();
  });

  it('reports the locked state', async () => {
    await setUpPassphrase(OLD);
    await lock();
    expect(await readLockState()).toBe('locked');
  });
});

describe('unlock', () => {
  beforeEach(async () => {
    await setUpPassphrase(OLD);
    await saveDraft({ id: 'a', label: 'Case', fields: { surname: 'AHMADI' } });
    await lock();
  });

  it('rejects a wrong passphrase', async () => {
    expect((await rejection(unlock('wrong passphrase'))).code).toBe('wrong-passphrase');
  });

  it('stays locked after a wrong passphrase', async () => {
    await rejection(unlock('wrong passphrase'));
    expect(await readLockState()).toBe('locked');
  });

  it('opens the drafts with the right passphrase', async () => {
    await unlock(OLD);
    expect((await getDraft('a'))?.fields).toEqual({ surname: 'AHMADI' });
  });

  it('shares the key with another page through storage.session', async () => {
    await unlock(OLD);
    vi.resetModules();
    const otherPage = await import('@/utils/store');
    expect((await otherPage.getDraft('a'))?.label).toBe('Case');
  });
});

describe('idle lock', () => {
  beforeEach(async () => {
    await setUpPassphrase(OLD);
  });

  it('locks after the default idle time of 15 minutes', async () => {
    vi.setSystemTime(START + 15 * MINUTE);
    expect((await rejection(listDrafts())).code).toBe('locked');
  });

  it('removes the key once idle', async () => {
    vi.setSystemTime(START + 15 * MINUTE);
    await rejection(listDrafts());
    expect((await sessionArea()).draftKey).toBeUndefined();
  });

  it('stays unlocked before the idle time', async () => {
    vi.setSystemTime(START + 14 * MINUTE);
    expect(await listDrafts()).toEqual([]);
  });

  it('counts activity in a page', async () => {
    vi.setSystemTime(START + 10 * MINUTE);
    await noteActivity();
    vi.setSystemTime(START + 20 * MINUTE);
    expect(await listDrafts()).toEqual([]);
  });

  it('uses the configured idle time', async () => {
    await saveDraftSettings({ idleMinutes: 5, retentionDays: 30 });
    vi.setSystemTime(START + 5 * MINUTE);
    expect(await readLockState()).toBe('locked');
  });

  it('returns the time left from lockIfIdle', async () => {
    vi.setSystemTime(START + 14 * MINUTE);
    expect(await lockIfIdle()).toBe(MINUTE);
  });

  it('locks from lockIfIdle once idle', async () => {
    vi.setSystemTime(START + 14 * MINUTE);
    await lockIfIdle();
    vi.setSystemTime(START + 15 * MINUTE);
    expect(await lockIfIdle()).toBeUndefined();
    expect(await readLockState()).toBe('locked');
  });
});

describe('changePassphrase', () => {
  beforeEach(async () => {
    await setUpPassphrase(OLD);
    await importDrafts([
      { id: 'a', label: 'A', fields: { surname: 'AHMADI' } },
      { id: 'b', label: 'B', fields: { surname: 'BARAKZAI' } },
    ]);
  });

  it('reseals every draft under a new IV', async () => {
    const before = await storedIvs();
    await changePassphrase(OLD, NEW);
    const after = await storedIvs();
    expect(after.a).not.toBe(before.a);
    expect(after.b).not.toBe(before.b);
  });

  it('keeps the drafts unlocked', async () => {
    await changePassphrase(OLD, NEW);
    expect((await getDraft('b'))?.fields).toEqual({ surname: 'BARAKZAI' });
  });

  it('unlocks with the new passphrase afterwards', async () => {
    await changePassphrase(OLD, NEW);
    await lock();
    await unlock(NEW);
    expect((await getDraft('a'))?.label).toBe('A');
  });

  it('rejects the old passphrase afterwards', async () => {
    await changePassphrase(OLD, NEW);
    await lock();
    expect((await rejection(unlock(OLD))).code).toBe('wrong-passphrase');
  });

  it('rejects a wrong current passphrase', async () => {
    expect((await rejection(changePassphrase('wrong passphrase', NEW))).code).toBe(
      'wrong-passphrase',
    );
  });

  it('changes no record for a wrong current passphrase', async () => {
    const before = await storedIvs();
    await rejection(changePassphrase('wrong passphrase', NEW));
    expect(await storedIvs()).toEqual(before);
  });

  it('changes no record when a write fails', async () => {
    const before = await storedIvs();
    failPutNumber(2);
    const error = await rejection(changePassphrase(OLD, NEW));
    vi.restoreAllMocks();
    expect(error.code).toBe('quota');
    expect(await storedIvs()).toEqual(before);
  });

  it('keeps the old passphrase when a write fails', async () => {
    failPutNumber(2);
    await rejection(changePassphrase(OLD, NEW));
    vi.restoreAllMocks();
    await lock();
    await unlock(OLD);
    expect((await getDraft('a'))?.fields).toEqual({ surname: 'AHMADI' });
  });

  it('leaves no pending passphrase when a write fails', async () => {
    failPutNumber(2);
    await rejection(changePassphrase(OLD, NEW));
    expect((await readLockConfig())?.next).toBeUndefined();
  });

  it('keeps the drafts unlocked when a write fails', async () => {
    failPutNumber(2);
    await rejection(changePassphrase(OLD, NEW));
    expect(await readLockState()).toBe('unlocked');
  });
});

describe('interrupted passphrase change', () => {
  /** Leaves the state a change leaves when it stops after resealing, before storing the new passphrase. */
  async function interruptAfterResealing(): Promise<void> {
    const config = await readLockConfig();
    if (!config) throw new Error('no passphrase set');
    const oldKey = await keyForPassphrase(OLD, config);
    if (!oldKey) throw new Error('the old passphrase does not open its verifier');
    const { entry, key: newKey } = await createPassphraseEntry(NEW);
    await writeLockConfig({ ...config, next: entry });
    const database = await getDatabase();
    for (const record of await rawRecords()) {
      const draft = await openRecord(oldKey, record.id, record);
      await database.put('drafts', await sealRecord(newKey, draft));
    }
    await lock();
  }

  beforeEach(async () => {
    await setUpPassphrase(OLD);
    await saveDraft({ id: 'a', label: 'A', fields: { surname: 'AHMADI' } });
  });

  it('unlocks with the new passphrase', async () => {
    await interruptAfterResealing();
    await unlock(NEW);
    expect((await getDraft('a'))?.label).toBe('A');
  });

  it('stores the new passphrase as current', async () => {
    await interruptAfterResealing();
    await unlock(NEW);
    expect((await readLockConfig())?.next).toBeUndefined();
  });

  it('names the other passphrase when the old one is entered', async () => {
    await interruptAfterResealing();
    expect((await rejection(unlock(OLD))).code).toBe('interrupted-change');
  });

  it('unlocks with the old passphrase when nothing was resealed', async () => {
    const config = await readLockConfig();
    const { entry } = await createPassphraseEntry(NEW);
    await writeLockConfig({ ...config!, next: entry });
    await lock();
    await unlock(OLD);
    expect((await getDraft('a'))?.label).toBe('A');
  });
});

describe('forgetPassphrase', () => {
  beforeEach(async () => {
    await setUpPassphrase(OLD);
    await saveDraft({ id: 'a', fields: {} });
    await lock();
  });

  it('deletes every draft', async () => {
    await forgetPassphrase();
    expect(await rawRecords()).toEqual([]);
  });

  it('asks for a new passphrase', async () => {
    await forgetPassphrase();
    expect(await readLockState()).toBe('setup');
  });
});
