import { fakeBrowser } from 'wxt/testing';
import { saveDraftSettings } from '@/utils/store';
import {
  createPassphraseEntry,
  storeSessionKey,
  writeLockConfig,
  type PassphraseEntry,
} from '@/utils/store/keyring';

/** Passphrase of the unit tests' drafts store, never used outside tests. */
export const UNIT_TEST_PASSPHRASE = 'unit-test-passphrase';

let derived: Promise<{ entry: PassphraseEntry; key: CryptoKey }> | undefined;

/**
 * Returns the entry and key of UNIT_TEST_PASSPHRASE, derived once per test
 * file because 600,000 PBKDF2 iterations take a noticeable time.
 */
export function testKeyring(): Promise<{ entry: PassphraseEntry; key: CryptoKey }> {
  derived ??= createPassphraseEntry(UNIT_TEST_PASSPHRASE);
  return derived;
}

/**
 * Clears the fake browser's storage, sets UNIT_TEST_PASSPHRASE as the
 * passphrase and unlocks the drafts, with the longest idle time so that
 * tests that move the clock do not lock them.
 */
export async function unlockForTests(): Promise<CryptoKey> {
  fakeBrowser.storage.resetState();
  const { entry, key } = await testKeyring();
  await writeLockConfig({ version: 1, ...entry });
  await saveDraftSettings({ idleMinutes: 480, retentionDays: 30 });
  await storeSessionKey(key);
  return key;
}
