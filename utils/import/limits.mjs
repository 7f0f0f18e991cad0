// @ts-check
// Plain JavaScript, so that the command line applies the same limits as the
// extension's pages. The sizes are generous estimates of real files, not
// limits of any portal.

/**
 * Maximum size of a draft file, in bytes: enough for about 45 drafts with a
 * 1 MB photo each, because base64 data URLs are a third larger than the photo.
 */
export const MAX_DRAFT_FILE_BYTES = 64 * 1024 * 1024;

/** Maximum number of drafts in one draft file. */
export const MAX_DRAFTS_PER_FILE = 200;

/** Maximum size of a checklist file, in bytes. The built-in checklist is about 8 KB. */
export const MAX_CHECKLIST_FILE_BYTES = 1024 * 1024;

/** Maximum size of a portal profile file, in bytes. */
export const MAX_PROFILE_FILE_BYTES = 5 * 1024 * 1024;
