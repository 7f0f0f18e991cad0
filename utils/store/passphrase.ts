import { assertAttemptAllowed, clearWrongAttempts, recordWrongAttempt } from './attempts';
import { wipeDrafts } from './drafts';
import { StoreError } from './errors';
import {
  createPassphraseEntry,
  keyForPassphrase,
  lock,
  readLockConfig,
  removeLockConfig,
  storeSessionKey,
  writeLockConfig,
  type LockConfig,
  type PassphraseEntry,
} from './keyring';
import {
  isSealedRecord,
  openRecord,
  sealPlainRecord,
  sealRecord,
  type SealedDraftRecord,
} from './records';
import { readAllValues, writeSealed } from './sealed-write';

/** Shortest passphrase accepted when one is set or changed, in characters. */
export const MIN_PASSPHRASE_LENGTH = 8;

function wrongPassphrase(): StoreError {
  return new StoreError('wrong-passphrase', 'Wrong passphrase. Check it and try again.');
}

function assertLongEnough(passphrase: string): void {
  if ([...passphrase].length >= MIN_PASSPHRASE_LENGTH) return;
  throw new StoreError(
    'invalid',
    `The passphrase is too short: use at least ${MIN_PASSPHRASE_LENGTH} characters.`,
  );
}

async function requireConfig(): Promise<LockConfig> {
  const config = await readLockConfig();
  if (config) return config;
  throw new StoreError('failed', 'No passphrase is set yet. Set one on the drafts page first.');
}

function currentEntry(entry: PassphraseEntry): LockConfig {
  return { version: 1, salt: entry.salt, iterations: entry.iterations, verifier: entry.verifier };
}

/**
 * Reseals every stored record in one transaction: all of them or, if any
 * fails, none. `reseal` returns undefined for a record to keep as it is.
 */
async function resealAll(
  action: string,
  reseal: (id: string, value: unknown) => Promise<SealedDraftRecord | undefined>,
): Promise<number> {
  return writeSealed(action, async () => {
    const values = await readAllValues();
    const records: SealedDraftRecord[] = [];
    for (const [id, value] of values) {
      const record = await reseal(id, value);
      if (record) records.push(record);
    }
    return {
      expected: new Map(values),
      exact: true,
      apply: async (store) => {
        for (const record of records) await store.put(record);
        return records.length;
      },
    };
  });
}

/** Seals the records that an earlier version of Vigila stored in plain form. */
function sealPlainRecords(key: CryptoKey): Promise<number> {
  return resealAll('encrypt the drafts', async (id, value) =>
    isSealedRecord(value) ? undefined : sealPlainRecord(key, id, value),
  );
}

/** Tells whether the stored drafts are sealed with `key`: true when one of them opens. */
async function recordsOpenWith(key: CryptoKey): Promise<boolean> {
  const sealed = (await readAllValues()).filter(([, value]) => isSealedRecord(value));
  for (const [id, value] of sealed) {
    const opened = await openRecord(key, id, value).then(
      () => true,
      () => false,
    );
    if (opened) return true;
  }
  return sealed.length === 0;
}

/**
 * Sets the first passphrase, encrypts any plain drafts and unlocks the
 * drafts for this browser session.
 */
export async function setUpPassphrase(passphrase: string): Promise<void> {
  assertLongEnough(passphrase);
  if (await readLockConfig()) {
    throw new StoreError('failed', 'A passphrase is already set. Unlock with it instead.');
  }
  const { entry, key } = await createPassphraseEntry(passphrase);
  await writeLockConfig(currentEntry(entry));
  await sealPlainRecords(key);
  await storeSessionKey(key);
}

/**
 * Unlocks the drafts for this browser session, or throws a StoreError with
 * code `wrong-passphrase`, or `rate-limited` while wrong attempts impose a delay.
 */
export async function unlock(passphrase: string): Promise<void> {
  const config = await requireConfig();
  await assertAttemptAllowed();
  const key = config.next
    ? await finishInterruptedChange(passphrase, config, config.next)
    : await keyForPassphrase(passphrase, config);
  if (!key) {
    await recordWrongAttempt();
    throw wrongPassphrase();
  }
  await clearWrongAttempts();
  await sealPlainRecords(key);
  await storeSessionKey(key);
}

/**
 * Settles a passphrase change that stopped before it stored the new
 * passphrase as current. The drafts are sealed with either passphrase, all of
 * them with the same one, because the change reseals them in one transaction.
 */
async function finishInterruptedChange(
  passphrase: string,
  config: LockConfig,
  next: PassphraseEntry,
): Promise<CryptoKey | undefined> {
  const previousKey = await keyForPassphrase(passphrase, config);
  const entry = previousKey ? config : next;
  const key = previousKey ?? (await keyForPassphrase(passphrase, next));
  if (!key) return undefined;

  if (!(await recordsOpenWith(key))) {
    throw new StoreError(
      'interrupted-change',
      'The last passphrase change did not finish, and the drafts are still encrypted with ' +
        'the other passphrase of that change. Enter that one.',
    );
  }
  await writeLockConfig(currentEntry(entry));
  return key;
}

/**
 * Changes the passphrase and reseals every draft with the new key in one
 * transaction. When that fails, the old passphrase stays in force and the
 * drafts stay as they were.
 */
export async function changePassphrase(current: string, next: string): Promise<void> {
  assertLongEnough(next);
  const config = await requireConfig();
  if (config.next) {
    throw new StoreError(
      'failed',
      'The last passphrase change did not finish. Press Lock now, unlock the drafts, then change the passphrase again.',
    );
  }
  await assertAttemptAllowed();
  const oldKey = await keyForPassphrase(current, config);
  if (!oldKey) {
    await recordWrongAttempt();
    throw wrongPassphrase();
  }
  await clearWrongAttempts();

  // Locking first keeps other pages from sealing new drafts with the old key
  // while this one reseals.
  await lock();
  const { entry, key: newKey } = await createPassphraseEntry(next);
  try {
    await writeLockConfig({ ...config, next: entry });
    await resealAll('change the passphrase', async (id, value) => {
      const draft = await openRecord(oldKey, id, value);
      return sealRecord(newKey, draft, (value as SealedDraftRecord).deleteAt);
    });
  } catch (error) {
    // Nothing was resealed, so the old passphrase stays in force.
    await writeLockConfig(config);
    await storeSessionKey(oldKey);
    throw error;
  }
  await writeLockConfig(currentEntry(entry));
  await storeSessionKey(newKey);
}

/**
 * Deletes every draft and the passphrase, for an officer who forgot it. The
 * next page shows the form that sets a new passphrase.
 */
export async function forgetPassphrase(): Promise<void> {
  await wipeDrafts();
  await lock();
  await removeLockConfig();
  await clearWrongAttempts();
}
