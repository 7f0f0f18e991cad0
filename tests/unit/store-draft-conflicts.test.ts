import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteDraft, getDraft, saveDraft, StoreError, watchDraftChanges } from '@/utils/store';
import type { DraftChange } from '@/utils/store';
import { closeDatabase } from '@/utils/store/db';
import { unlockForTests } from './support/unlock';

beforeEach(async () => {
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(1_700_000_000_000);
  await unlockForTests();
});

afterEach(() => {
  vi.useRealTimers();
});

async function rejection(promise: Promise<unknown>): Promise<StoreError> {
  const error = await promise.then(
    () => undefined,
    (failure: unknown) => failure,
  );
  if (!(error instanceof StoreError)) throw new Error(`expected a StoreError, got ${error}`);
  return error;
}

describe('saveDraft with a base version', () => {
  it('saves over the version it started from', async () => {
    const first = await saveDraft({ fields: { surname: 'AHMADI' } });
    const second = await saveDraft(
      { id: first.id, fields: { surname: 'AHMADY' } },
      { baseUpdatedAt: first.updatedAt },
    );
    expect((await getDraft(first.id))?.fields.surname).toBe('AHMADY');
    expect(second.updatedAt).toBeGreaterThan(first.updatedAt);
  });

  it('rejects a save over a newer version', async () => {
    const first = await saveDraft({ fields: { surname: 'AHMADI' } });
    await saveDraft({ id: first.id, fields: { surname: 'AHMADY' } });
    const error = await rejection(
      saveDraft(
        { id: first.id, fields: { surname: 'AHMEDI' } },
        { baseUpdatedAt: first.updatedAt },
      ),
    );
    expect(error.code).toBe('conflict');
    expect(error.draftId).toBe(first.id);
    expect((await getDraft(first.id))?.fields.surname).toBe('AHMADY');
  });

  it('rejects a save of a deleted draft', async () => {
    const first = await saveDraft({ fields: { surname: 'AHMADI' } });
    await deleteDraft(first.id);
    const error = await rejection(
      saveDraft(
        { id: first.id, fields: { surname: 'AHMEDI' } },
        { baseUpdatedAt: first.updatedAt },
      ),
    );
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('deleted');
    expect(await getDraft(first.id)).toBeUndefined();
  });

  it('gives saves in one millisecond distinct times', async () => {
    const first = await saveDraft({ fields: { surname: 'AHMADI' } });
    const second = await saveDraft({ id: first.id, fields: { surname: 'AHMADY' } });
    const third = await saveDraft({ id: first.id, fields: { surname: 'AHMEDI' } });
    expect(new Set([first.updatedAt, second.updatedAt, third.updatedAt]).size).toBe(3);
  });
});

describe('draft change announcements', () => {
  it('reach another page without values', async () => {
    const received: DraftChange[] = [];
    // A second channel in the same process stands for another extension page.
    const other = new BroadcastChannel('vigila-drafts');
    other.onmessage = (event: MessageEvent) => received.push(event.data.change);
    const saved = await saveDraft({ label: 'Room 12', fields: { surname: 'AHMADI' } });
    await deleteDraft(saved.id);
    await vi.waitFor(() => expect(received).toHaveLength(2));
    other.close();

    expect(received[0]).toEqual({ kind: 'saved', id: saved.id, updatedAt: saved.updatedAt });
    expect(received[1]).toEqual({ kind: 'deleted', ids: [saved.id] });
    expect(JSON.stringify(received)).not.toMatch(/AHMADI|Room 12/);
  });

  it('skip the page that sent them', async () => {
    const listener = vi.fn();
    const stop = watchDraftChanges(listener);
    const other = new BroadcastChannel('vigila-drafts');
    const seen = new Promise((resolve) => (other.onmessage = resolve));
    await saveDraft({ fields: { surname: 'AHMADI' } });
    await seen;
    stop();
    other.close();
    expect(listener).not.toHaveBeenCalled();
  });
});
