import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  listDrafts,
  lock,
  markDraftUsed,
  saveDraft,
  saveDraftSettings,
  setDeleteAfterUse,
} from '@/utils/store';
import { closeDatabase } from '@/utils/store/db';
import {
  deleteExpiredDrafts,
  DELETE_AFTER_USE_DELAY_MS,
  expiryTime,
} from '@/utils/store/retention';
import { rawRecords, resetStore } from './support/store';
import { unlockForTests } from './support/unlock';

const START = 1_700_000_000_000;
const DAY = 86_400_000;

beforeEach(async () => {
  await resetStore();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(START);
  await unlockForTests();
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

async function storedIds(): Promise<string[]> {
  return (await rawRecords()).map((record) => record.id).sort();
}

describe('expiryTime', () => {
  it('counts from the last use', () => {
    expect(expiryTime({ updatedAt: 0, lastUsedAt: 10 * DAY }, 30)).toBe(40 * DAY);
  });

  it('counts from the last save of a draft never used', () => {
    expect(expiryTime({ updatedAt: 5 * DAY }, 30)).toBe(35 * DAY);
  });

  it('takes an earlier deletion time', () => {
    expect(expiryTime({ updatedAt: 0, deleteAt: DAY }, 30)).toBe(DAY);
  });

  it('keeps the retention time when the deletion time is later', () => {
    expect(expiryTime({ updatedAt: 0, deleteAt: 90 * DAY }, 30)).toBe(30 * DAY);
  });

  it('returns undefined for a record without times', () => {
    expect(expiryTime({ id: 'broken' }, 30)).toBeUndefined();
  });
});

describe('deleteExpiredDrafts', () => {
  it('deletes a draft 30 days after its last save by default', async () => {
    await saveDraft({ id: 'old', fields: {} });
    await deleteExpiredDrafts(START + 30 * DAY);
    expect(await storedIds()).toEqual([]);
  });

  it('keeps a draft younger than the retention time', async () => {
    await saveDraft({ id: 'young', fields: {} });
    await deleteExpiredDrafts(START + 30 * DAY - 1);
    expect(await storedIds()).toEqual(['young']);
  });

  it('counts from the last use when there is one', async () => {
    await saveDraft({ id: 'used', fields: {} });
    vi.setSystemTime(START + 20 * DAY);
    // Twenty days exceed any idle time, so the officer unlocks again.
    await unlockForTests();
    await markDraftUsed('used');
    await deleteExpiredDrafts(START + 40 * DAY);
    expect(await storedIds()).toEqual(['used']);
  });

  it('uses the configured retention days', async () => {
    await saveDraftSettings({ idleMinutes: 480, retentionDays: 7 });
    await saveDraft({ id: 'week', fields: {} });
    await deleteExpiredDrafts(START + 7 * DAY);
    expect(await storedIds()).toEqual([]);
  });

  it('returns how many drafts it deleted', async () => {
    await saveDraft({ id: 'a', fields: {} });
    await saveDraft({ id: 'b', fields: {} });
    expect(await deleteExpiredDrafts(START + 31 * DAY)).toBe(2);
  });

  it('runs while the drafts are locked', async () => {
    await saveDraft({ id: 'old', fields: {} });
    await lock();
    await deleteExpiredDrafts(START + 31 * DAY);
    expect(await storedIds()).toEqual([]);
  });

  it('deletes a delete-after-use draft an hour after it filled', async () => {
    await saveDraft({ id: 'once', fields: {} });
    await setDeleteAfterUse('once', true);
    await markDraftUsed('once');
    await deleteExpiredDrafts(START + DELETE_AFTER_USE_DELAY_MS);
    expect(await storedIds()).toEqual([]);
  });

  it('keeps a delete-after-use draft within the hour', async () => {
    await saveDraft({ id: 'once', fields: {} });
    await setDeleteAfterUse('once', true);
    await markDraftUsed('once');
    await deleteExpiredDrafts(START + DELETE_AFTER_USE_DELAY_MS - 1);
    expect(await storedIds()).toEqual(['once']);
  });

  it('keeps a record without times', async () => {
    const { getDatabase } = await import('@/utils/store/db');
    await (await getDatabase()).put('drafts', { id: 'broken' } as never);
    await deleteExpiredDrafts(START + 400 * DAY);
    expect(await storedIds()).toEqual(['broken']);
  });
});

describe('retention when a page opens the store', () => {
  it('deletes expired drafts before listing', async () => {
    await saveDraft({ id: 'old', fields: {} });
    await closeDatabase();
    vi.setSystemTime(START + 31 * DAY);
    await unlockForTests();
    expect(await listDrafts()).toEqual([]);
  });

  it('shows when each draft will be deleted', async () => {
    await saveDraft({ id: 'a', fields: {} });
    const [summary] = await listDrafts();
    expect(summary.expiresAt).toBe(START + 30 * DAY);
  });
});
