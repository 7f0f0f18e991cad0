import { z } from '../schema/zod';
import {
  deriveKey,
  exportRawKey,
  fromBase64,
  importRawKey,
  isAuthenticationFailure,
  newKdfParams,
  openJson,
  sealJson,
  toBase64,
  type KdfParams,
} from './crypto';
import { readDraftSettings } from './draft-settings';
import { StoreError } from './errors';
import { hasOwnSessionArea, sessionArea } from './session-area';

/**
 * The drafts key. `storage.local` keeps the salt, the iteration count and a
 * verifier (a known value sealed with the key), never the key. The key itself
 * lives in this page's memory and in `storage.session`, which the browser
 * keeps in memory only, clears when it closes, and shows to trusted
 * extension contexts only. Every extension page of a browser session, and
 * the service worker after a restart, reads the same key from there.
 */

const CONFIG_KEY = 'draftLock';
const SESSION_KEY = 'draftKey';
const ACTIVITY_KEY = 'draftActivity';

/** Minimum time between two writes of the last-activity time, in milliseconds. */
const ACTIVITY_WRITE_INTERVAL_MS = 30_000;

const VERIFIER_CONTEXT = 'vigila-passphrase-verifier';
const VERIFIER_VALUE = 'vigila-passphrase-ok';

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

const passphraseEntrySchema = z.object({
  salt: base64,
  iterations: z.int().min(1),
  verifier: z.object({ iv: base64, ciphertext: base64 }),
});

const lockConfigSchema = passphraseEntrySchema.extend({
  version: z.literal(1),
  /** The new passphrase's entry while a passphrase change re-encrypts the drafts. */
  next: passphraseEntrySchema.optional(),
});

/** Derivation parameters and verifier of one passphrase, as stored. */
export type PassphraseEntry = z.infer<typeof passphraseEntrySchema>;
export type LockConfig = z.infer<typeof lockConfigSchema>;

/**
 * Lock state of the drafts. `setup` means no passphrase is set yet, and
 * `locked` means one is set but this browser session has no key.
 */
export type LockState = 'setup' | 'locked' | 'unlocked';

let cachedKey: { encoded: string; key: Promise<CryptoKey> } | undefined;

export function lockedError(): StoreError {
  return new StoreError('locked', 'The drafts are locked. Enter the passphrase to unlock them.');
}

/** Reads the stored passphrase parameters, or undefined before the first set-up. */
export async function readLockConfig(): Promise<LockConfig | undefined> {
  const stored = (await browser.storage.local.get(CONFIG_KEY))[CONFIG_KEY];
  if (stored === undefined) return undefined;
  const result = lockConfigSchema.safeParse(stored);
  if (result.success) return result.data;
  throw new StoreError(
    'failed',
    `The stored passphrase settings (storage.local "${CONFIG_KEY}") are invalid, so the ` +
      'drafts cannot be unlocked. Delete all drafts to set a new passphrase.',
  );
}

export async function writeLockConfig(config: LockConfig): Promise<void> {
  await browser.storage.local.set({ [CONFIG_KEY]: lockConfigSchema.parse(config) });
}

export async function removeLockConfig(): Promise<void> {
  await browser.storage.local.remove(CONFIG_KEY);
}

function kdfParams(entry: PassphraseEntry): KdfParams {
  return { salt: fromBase64(entry.salt), iterations: entry.iterations };
}

/** Derives a key for a new passphrase with a new salt, and its stored entry. */
export async function createPassphraseEntry(
  passphrase: string,
): Promise<{ entry: PassphraseEntry; key: CryptoKey }> {
  const params = newKdfParams();
  const key = await deriveKey(passphrase, params);
  const verifier = await sealJson(key, VERIFIER_VALUE, VERIFIER_CONTEXT);
  const entry = {
    salt: toBase64(params.salt),
    iterations: params.iterations,
    verifier: { iv: toBase64(verifier.iv), ciphertext: toBase64(verifier.ciphertext) },
  };
  return { entry, key };
}

/** Derives the key of a passphrase and returns it, or undefined when the verifier rejects it. */
export async function keyForPassphrase(
  passphrase: string,
  entry: PassphraseEntry,
): Promise<CryptoKey | undefined> {
  const key = await deriveKey(passphrase, kdfParams(entry));
  const verifier = {
    iv: fromBase64(entry.verifier.iv),
    ciphertext: fromBase64(entry.verifier.ciphertext),
  };
  try {
    return (await openJson(key, verifier, VERIFIER_CONTEXT)) === VERIFIER_VALUE ? key : undefined;
  } catch (error) {
    if (isAuthenticationFailure(error)) return undefined;
    throw error;
  }
}

/**
 * Asks the browser to show `storage.session` to trusted contexts only, which
 * is Chrome's default. Firefox has no `setAccessLevel`, and MDN documents
 * that its `storage.session` is hidden from content scripts by default.
 */
export async function restrictSessionStorage(): Promise<void> {
  // A page that reaches the area through the background leaves this to it.
  if (!hasOwnSessionArea()) return;
  const area = browser.storage.session as unknown as {
    setAccessLevel?(options: { accessLevel: 'TRUSTED_CONTEXTS' }): Promise<void>;
  };
  await area.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
}

/** Puts the key in `storage.session` as base64 raw bytes, which unlocks every page. */
export async function storeSessionKey(key: CryptoKey): Promise<void> {
  const encoded = toBase64(await exportRawKey(key));
  await restrictSessionStorage();
  await sessionArea().set({ [SESSION_KEY]: encoded, [ACTIVITY_KEY]: Date.now() });
  cachedKey = { encoded, key: importRawKey(fromBase64(encoded)) };
}

/** Removes the key from this page and from the session, which locks every page. */
export async function lock(): Promise<void> {
  cachedKey = undefined;
  await sessionArea().remove([SESSION_KEY, ACTIVITY_KEY]);
}

/** Tells whether the last activity is older than the idle time. */
function isIdle(lastActivity: unknown, idleMinutes: number, now: number): boolean {
  return typeof lastActivity === 'number' && now - lastActivity >= idleMinutes * 60_000;
}

/**
 * Returns the session's key in base64, or undefined when the session is
 * locked. A key that was idle longer than the idle time is removed first.
 */
async function readSessionKey(now: number): Promise<string | undefined> {
  const session = await sessionArea().get([SESSION_KEY, ACTIVITY_KEY]);
  const encoded = session[SESSION_KEY];
  if (typeof encoded !== 'string') {
    cachedKey = undefined;
    return undefined;
  }
  const { idleMinutes } = await readDraftSettings();
  if (isIdle(session[ACTIVITY_KEY], idleMinutes, now)) {
    await lock();
    return undefined;
  }
  const lastActivity = session[ACTIVITY_KEY];
  if (typeof lastActivity !== 'number' || now - lastActivity >= ACTIVITY_WRITE_INTERVAL_MS) {
    await sessionArea().set({ [ACTIVITY_KEY]: now });
  }
  return encoded;
}

/**
 * Returns the drafts key and counts the call as activity. Throws a StoreError
 * with code `locked` when the session contains no key or was idle too long.
 */
export async function requireKey(): Promise<CryptoKey> {
  const encoded = await readSessionKey(Date.now());
  if (encoded === undefined) throw lockedError();
  if (cachedKey?.encoded !== encoded) {
    cachedKey = { encoded, key: importRawKey(fromBase64(encoded)) };
  }
  return cachedKey.key;
}

/** Counts an officer's action in a page as activity, so the drafts stay unlocked. */
export async function noteActivity(): Promise<void> {
  await readSessionKey(Date.now());
}

export async function readLockState(): Promise<LockState> {
  if ((await readLockConfig()) === undefined) return 'setup';
  return (await readSessionKey(Date.now())) === undefined ? 'locked' : 'unlocked';
}

/**
 * Removes the key when the session was idle longer than the idle time,
 * without counting the check as activity. Returns the time in milliseconds
 * until the key would lock, or undefined when it is locked.
 */
export async function lockIfIdle(now = Date.now()): Promise<number | undefined> {
  const session = await sessionArea().get([SESSION_KEY, ACTIVITY_KEY]);
  if (typeof session[SESSION_KEY] !== 'string') return undefined;
  const { idleMinutes } = await readDraftSettings();
  const lastActivity = session[ACTIVITY_KEY];
  if (isIdle(lastActivity, idleMinutes, now)) {
    await lock();
    return undefined;
  }
  const since = typeof lastActivity === 'number' ? now - lastActivity : 0;
  return idleMinutes * 60_000 - since;
}

/** Placeholder for the key before a page's lock poll first reads it. */
const NOT_READ = Symbol('not read');

/** Interval at which a page without `storage.session` checks the lock state. */
const RELAYED_LOCK_POLL_MS = 2_000;

/** Calls `listener` when the lock state may have changed in any extension context. */
export function watchLockState(listener: () => void): () => void {
  // A page without `storage.session` receives no change events for it, so it
  // reads the key through the background at an interval and compares. The
  // first read always counts as a change, because the caller read the state
  // before this poll started and a lock in that gap would otherwise go unseen.
  let poll: ReturnType<typeof setInterval> | undefined;
  if (!hasOwnSessionArea()) {
    let last: string | undefined | typeof NOT_READ = NOT_READ;
    poll = setInterval(() => {
      void sessionArea()
        .get([SESSION_KEY])
        .then((session) => {
          const encoded =
            typeof session[SESSION_KEY] === 'string' ? session[SESSION_KEY] : undefined;
          if (encoded === last) return;
          last = encoded as string | undefined;
          cachedKey = undefined;
          listener();
        })
        .catch(() => undefined);
    }, RELAYED_LOCK_POLL_MS);
  }
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    const keyChanged = area === 'session' && SESSION_KEY in changes;
    if (keyChanged) cachedKey = undefined;
    if (keyChanged || (area === 'local' && CONFIG_KEY in changes)) listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => {
    if (poll !== undefined) clearInterval(poll);
    browser.storage.onChanged.removeListener(onChanged);
  };
}
