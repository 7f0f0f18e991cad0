import { assertAttemptAllowed, clearWrongAttempts, recordWrongAttempt } from './attempts';
import { applyPhotoWrite, readPhoto, sealDraft, type SealedDraft } from './draft-photos';
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
import { isSealedRecord, openRecord, sealPlainRecord, type SealedDraftRecord } from './records';
import { readAllValues, readAllWithPhotos, writeSealed } from './sealed-write';

/** Shortest passphrase accepted when one is set or changed, in characters. */
export const MIN_PASSPHRASE_LENGTH = 8;

function wrongPassphrase(): StoreError {
  return new StoreError('wrong-passphrase', 'Wrong passphrase. Check it and try again.');
}

/** Tells whether a passphrase has MIN_PASSPHRASE_LENGTH characters or more. */
function isLongEnough(passphrase: string): boolean {
  return [...passphrase].length >= MIN_PASSPHRASE_LENGTH;
}

function assertLongEnough(passphrase: string): void {
  if (isLongEnough(passphrase)) return;
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
 * Reseals every stored record and photo in one transaction: all of them or,
 * if any fails, none. `reseal` gets a draft's stored value and its photo's,
 * and returns undefined for a record to keep as it is. A photo whose draft
 * is gone is deleted.
 */
async function resealAll(
  action: string,
  reseal: (id: string, value: unknown, photoValue: unknown) => Promise<SealedDraft | undefined>,
): Promise<number> {
  return writeSealed(action, async () => {
    const { drafts, photos } = await readAllWithPhotos();
    const sealed = new Map<string, SealedDraft>();
    for (const [id, value] of drafts) {
      const result = await reseal(id, value, photos.get(id));
      if (result) sealed.set(id, result);
    }
    const draftIds = new Set(drafts.map(([id]) => id));
    const orphans = [...photos.keys()].filter((id) => !draftIds.has(id));
    return {
      expected: new Map(drafts),
      exact: true,
      apply: async (store, photoStore) => {
        for (const [id, { record, photo }] of sealed) {
          await store.put(record);
          await applyPhotoWrite(photoStore, id, photo);
        }
        for (const id of orphans) await photoStore.delete(id);
        return sealed.size;
      },
    };
  });
}

/**
 * Moves the inline photo of a sealed record into its own photo record.
 * Returns undefined for a record without one, or one that does not open.
 */
async function movePhotoOut(
  key: CryptoKey,
  id: string,
  record: SealedDraftRecord,
): Promise<SealedDraft | undefined> {
  const opened = await openRecord(key, id, record).catch((error: unknown) => {
    if (error instanceof StoreError) return undefined;
    throw error;
  });
  if (!opened || opened.photo || opened.fields.facial_image === undefined) return undefined;
  const photo = await readPhoto(key, opened, undefined);
  return sealDraft(key, opened, photo, { deleteAt: record.deleteAt });
}

/** Seals the records that an earlier version of Vigila stored in plain form. */
function sealPlainRecords(key: CryptoKey): Promise<number> {
  return resealAll('encrypt the drafts', async (id, value) => {
    if (isSealedRecord(value)) return undefined;
    return { record: await sealPlainRecord(key, id, value), photo: { kind: 'keep' } };
  });
}

/**
 * Moves the inline photos of drafts sealed before database version 4 into
 * the `photos` store. A failed move, such as on a full disk, does not keep
 * the officer from the drafts: the photos stay inline, where they still
 * open, and the next unlock or save of the draft moves them.
 */
async function movePhotosOut(key: CryptoKey): Promise<void> {
  await resealAll('move the photos of the drafts', async (id, value) =>
    isSealedRecord(value) ? movePhotoOut(key, id, value) : undefined,
  ).catch((error: unknown) => {
    if (!(error instanceof StoreError)) throw error;
  });
}

/** Seals plain records and moves inline photos, for records of earlier versions. */
async function upgradeRecords(key: CryptoKey): Promise<void> {
  await sealPlainRecords(key);
  await movePhotosOut(key);
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
  await upgradeRecords(key);
  await storeSessionKey(key);
}

/**
 * Unlocks the drafts for this browser session, or throws a StoreError with
 * code `wrong-passphrase`, or `rate-limited` while wrong attempts impose a
 * delay. A passphrase shorter than MIN_PASSPHRASE_LENGTH throws `invalid`
 * and does not count as a wrong attempt, because no passphrase that short
 * can be set.
 */
export async function unlock(passphrase: string): Promise<void> {
  assertLongEnough(passphrase);
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
  await upgradeRecords(key);
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
 * Changes the passphrase and reseals every draft and photo with the new key
 * in one transaction. When that fails, the old passphrase stays in force and
 * the drafts stay as they were.
 */
export async function changePassphrase(current: string, next: string): Promise<void> {
  assertLongEnough(current);
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
    await resealAll('change the passphrase', async (id, value, photoValue) => {
      const draft = await openRecord(oldKey, id, value);
      const photo = await readPhoto(oldKey, draft, photoValue);
      return sealDraft(newKey, draft, photo, { deleteAt: (value as SealedDraftRecord).deleteAt });
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
