import {
  importFileProblem,
  MAX_PROFILE_FILE_BYTES,
  readImportFile,
} from '@/utils/import/read-file';
import {
  parseProfileFile,
  profileError,
  type PortalProfile,
  type ProfileError,
} from '@/utils/schema/profile';

/** Errors of one file of an import. */
export interface ProfileFileErrors {
  fileName: string;
  errors: ProfileError[];
}

export type ProfileImportCheck =
  { ok: true; profiles: PortalProfile[] } | { ok: false; files: ProfileFileErrors[] };

/**
 * Reads and validates the chosen files. One invalid file rejects the whole
 * selection, and so does an id that two files share, so that an import
 * stores every profile it was given or none.
 */
export async function checkProfileFiles(files: readonly File[]): Promise<ProfileImportCheck> {
  const profiles: PortalProfile[] = [];
  const failed: ProfileFileErrors[] = [];
  const ids = new Set<string>();
  for (const file of files) {
    const read = await readImportFile(file, MAX_PROFILE_FILE_BYTES);
    if (!read.ok) {
      const { messageKey, substitutions } = importFileProblem(file.name, read);
      const error = profileError([], undefined, messageKey, substitutions);
      failed.push({ fileName: file.name, errors: [error] });
      continue;
    }
    const result = parseProfileFile(read.text);
    if (!result.ok) {
      failed.push({ fileName: file.name, errors: result.errors });
      continue;
    }
    for (const profile of result.profiles) {
      if (ids.has(profile.id)) {
        const error = profileError(['id'], profile.id, 'profile_error_duplicate_id');
        failed.push({ fileName: file.name, errors: [error] });
      }
      ids.add(profile.id);
    }
    profiles.push(...result.profiles);
  }
  return failed.length > 0 ? { ok: false, files: failed } : { ok: true, profiles };
}
