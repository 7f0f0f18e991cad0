import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  assertAttemptAllowed,
  delayAfter,
  FIRST_DELAY_MS,
  FREE_ATTEMPTS,
  MAX_DELAY_MS,
  recordWrongAttempt,
} from '@/utils/store/attempts';
import { StoreError } from '@/utils/store/errors';
import { setUpPassphrase, unlock } from '@/utils/store';
import { closeDatabase } from '@/utils/store/db';

beforeEach(async () => {
  fakeBrowser.reset();
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
});

describe('delayAfter', () => {
  it.each([
    [0, 0],
    [FREE_ATTEMPTS - 1, 0],
    [FREE_ATTEMPTS, FIRST_DELAY_MS],
    [FREE_ATTEMPTS + 1, FIRST_DELAY_MS * 2],
    [FREE_ATTEMPTS + 3, FIRST_DELAY_MS * 8],
    [FREE_ATTEMPTS + 20, MAX_DELAY_MS],
  ])('waits after %i failures: %i ms', (failures, delay) => {
    expect(delayAfter(failures)).toBe(delay);
  });
});

describe('assertAttemptAllowed', () => {
  it('allows the free attempts', async () => {
    for (let attempt = 1; attempt < FREE_ATTEMPTS; attempt += 1) await recordWrongAttempt(1_000);
    await expect(assertAttemptAllowed(1_000)).resolves.toBeUndefined();
  });

  it('rejects attempts during the delay', async () => {
    for (let attempt = 1; attempt <= FREE_ATTEMPTS; attempt += 1) await recordWrongAttempt(1_000);
    const failure = await assertAttemptAllowed(1_000).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StoreError);
    expect((failure as StoreError).code).toBe('rate-limited');
    expect((failure as StoreError).retryAt).toBe(1_000 + FIRST_DELAY_MS);
    expect((failure as StoreError).message).toContain('30 seconds');
  });

  it('allows an attempt after the delay', async () => {
    for (let attempt = 1; attempt <= FREE_ATTEMPTS; attempt += 1) await recordWrongAttempt(1_000);
    await expect(assertAttemptAllowed(1_000 + FIRST_DELAY_MS)).resolves.toBeUndefined();
  });

  it('ignores a damaged record', async () => {
    await fakeBrowser.storage.local.set({ unlockAttempts: { failures: 'many' } });
    await expect(assertAttemptAllowed()).resolves.toBeUndefined();
  });
});

describe('unlock with wrong passphrases', () => {
  it('stops trying after the free attempts', { timeout: 60_000 }, async () => {
    await setUpPassphrase('correct horse battery');
    for (let attempt = 1; attempt <= FREE_ATTEMPTS; attempt += 1) {
      await expect(unlock('wrong passphrase')).rejects.toMatchObject({ code: 'wrong-passphrase' });
    }
    await expect(unlock('correct horse battery')).rejects.toMatchObject({ code: 'rate-limited' });
  });

  it('clears the count after the right passphrase', { timeout: 60_000 }, async () => {
    await setUpPassphrase('correct horse battery');
    for (let attempt = 1; attempt < FREE_ATTEMPTS; attempt += 1) {
      await expect(unlock('wrong passphrase')).rejects.toMatchObject({ code: 'wrong-passphrase' });
    }
    await unlock('correct horse battery');
    await expect(unlock('wrong passphrase')).rejects.toMatchObject({ code: 'wrong-passphrase' });
    await expect(unlock('correct horse battery')).resolves.toBeUndefined();
  });
});

describe('unlock with too short entries', () => {
  it('rejects them without counting an attempt', { timeout: 60_000 }, async () => {
    await setUpPassphrase('correct horse battery');
    for (let attempt = 1; attempt <= FREE_ATTEMPTS + 1; attempt += 1) {
      await expect(unlock('')).rejects.toMatchObject({ code: 'invalid' });
      await expect(unlock('short')).rejects.toMatchObject({ code: 'invalid' });
    }
    expect(await fakeBrowser.storage.local.get('unlockAttempts')).toEqual({});
    await expect(unlock('correct horse battery')).resolves.toBeUndefined();
  });
});
