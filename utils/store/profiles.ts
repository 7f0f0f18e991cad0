import {
  parseProfile,
  serializeProfiles,
  storedProfileSchema,
  toProfileErrors,
  toProfileFileEntry,
  type PortalProfile,
  type ProfileError,
  type StoredProfile,
} from '../schema/profile';
import { getDatabase } from './db';
import { writeToStore, type WritableStore } from './transaction';
import { StoreError } from './errors';

type ProfileStore = WritableStore<'profiles'>;

/** A stored profile in a list. A record that failed validation carries `error` and no profile. */
export interface ProfileEntry {
  id: string;
  profile?: StoredProfile;
  error?: StoreError;
}

function describePaths(errors: readonly ProfileError[]): string {
  return errors.map((error) => error.path || 'the record').join(', ');
}

/** Validates a record read from the database, or throws a StoreError naming it. */
function readProfileRecord(id: string, value: unknown): StoredProfile {
  const result = storedProfileSchema.safeParse(value);
  if (result.success) return result.data;
  const errors = toProfileErrors(result.error.issues, value);
  throw new StoreError(
    'corrupt',
    `Portal profile "${id}" is damaged and cannot be read (invalid: ${describePaths(errors)}). ` +
      'Delete it, or import it again from an exported file.',
  );
}

/**
 * Validates a profile before it is written, or throws a StoreError naming the
 * invalid paths. A profile read from the store may be passed back as it is:
 * its `updatedAt` is replaced on write.
 */
function assertValidProfile(
  profile: PortalProfile | StoredProfile,
  pathPrefix: PropertyKey[] = [],
): PortalProfile {
  const { updatedAt: _replaced, ...fileEntry } = profile as StoredProfile;
  const result = parseProfile(fileEntry, pathPrefix);
  if (result.ok) return result.profile;
  const name = typeof profile?.name === 'string' ? `"${profile.name}"` : '';
  throw new StoreError(
    'invalid',
    `Portal profile ${name} was not saved: invalid ${describePaths(result.errors)}. ` +
      'Correct these values and save again.',
  );
}

function write<T>(action: string, work: (store: ProfileStore) => Promise<T>): Promise<T> {
  return writeToStore('profiles', action, work);
}

function toRecord(profile: PortalProfile, now: number): StoredProfile {
  return { ...toProfileFileEntry(profile), updatedAt: now };
}

/** Lists every profile by name. Damaged records carry `error`. */
export async function listProfiles(): Promise<ProfileEntry[]> {
  const database = await getDatabase();
  const transaction = database.transaction('profiles');
  const [keys, values] = await Promise.all([
    transaction.store.getAllKeys(),
    transaction.store.getAll(),
  ]);
  const entries = keys.map((id, index): ProfileEntry => {
    try {
      return { id, profile: readProfileRecord(id, values[index]) };
    } catch (error) {
      if (!(error instanceof StoreError)) throw error;
      return { id, error };
    }
  });
  return entries.sort((a, b) => (a.profile?.name ?? a.id).localeCompare(b.profile?.name ?? b.id));
}

/** Returns the valid profiles, leaving out damaged records. */
export async function listValidProfiles(): Promise<StoredProfile[]> {
  const entries = await listProfiles();
  return entries.flatMap((entry) => (entry.profile ? [entry.profile] : []));
}

/** Returns a profile, or undefined when there is none with that id. Throws for a damaged record. */
export async function getProfile(id: string): Promise<StoredProfile | undefined> {
  const database = await getDatabase();
  const value = await database.get('profiles', id);
  return value === undefined ? undefined : readProfileRecord(id, value);
}

/** Creates or replaces the profile with the same id. */
export async function saveProfile(profile: PortalProfile): Promise<StoredProfile> {
  const valid = assertValidProfile(profile);
  const record = toRecord(valid, Date.now());
  await write('save the portal profile', (store) => store.put(record));
  return record;
}

/** Deletes a profile. Deleting a missing profile does nothing. */
export async function deleteProfile(id: string): Promise<void> {
  await write('delete the portal profile', (store) => store.delete(id));
}

/**
 * Stores every profile of an import in one transaction: all of them or, if
 * any is invalid or a write fails, none. A profile whose id exists replaces it.
 */
export async function importProfiles(profiles: readonly PortalProfile[]): Promise<StoredProfile[]> {
  const valid = profiles.map((profile, index) => assertValidProfile(profile, [index]));
  const now = Date.now();
  const records = valid.map((profile) => toRecord(profile, now));
  await write('import the portal profiles', async (store) => {
    for (const record of records) await store.put(record);
  });
  return records;
}

/** Returns a profile file with the given profiles, or with all valid ones when `ids` is omitted. */
export async function exportProfiles(ids?: readonly string[]): Promise<string> {
  if (!ids) return serializeProfiles(await listValidProfiles());

  const profiles: StoredProfile[] = [];
  for (const id of ids) {
    const profile = await getProfile(id);
    if (!profile) {
      throw new StoreError(
        'not-found',
        `Portal profile "${id}" was not found. It may have been deleted.`,
      );
    }
    profiles.push(profile);
  }
  return serializeProfiles(profiles);
}
