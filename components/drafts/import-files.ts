import { importFileProblem, MAX_DRAFT_FILE_BYTES, readImportFile } from '@/utils/import/read-file';
import { draftError, parseDraftFile, type Draft, type DraftError } from '@/utils/schema/draft';

/** Errors of one file of an import. */
export interface FileErrors {
  fileName: string;
  errors: DraftError[];
}

/** A draft of an import with the file it came from. */
export interface ImportedDraft {
  draft: Draft;
  fileName: string;
  /** Last modification time of the file, in milliseconds since the Unix epoch. */
  fileModifiedAt: number;
}

export type ImportCheck =
  { ok: true; drafts: ImportedDraft[] } | { ok: false; files: FileErrors[] };

async function checkFile(file: File): Promise<{ drafts: Draft[] } | { errors: DraftError[] }> {
  const read = await readImportFile(file, MAX_DRAFT_FILE_BYTES);
  if (!read.ok) {
    const { messageKey, substitutions } = importFileProblem(file.name, read);
    return { errors: [draftError([], undefined, messageKey, substitutions)] };
  }
  const result = parseDraftFile(read.text);
  return result.ok ? { drafts: result.drafts } : { errors: result.errors };
}

/**
 * Reads and validates the chosen files. One invalid file rejects the whole
 * selection, and so does an id that two files share, so that an import
 * stores every draft it was given or none.
 */
export async function checkImportFiles(files: readonly File[]): Promise<ImportCheck> {
  const drafts: ImportedDraft[] = [];
  const failed: FileErrors[] = [];
  const ids = new Set<string>();
  for (const file of files) {
    const result = await checkFile(file);
    if ('errors' in result) {
      failed.push({ fileName: file.name, errors: result.errors });
      continue;
    }
    const duplicates: DraftError[] = [];
    for (const draft of result.drafts) {
      if (draft.id !== undefined && ids.has(draft.id)) {
        duplicates.push(draftError(['id'], draft.id, 'drafts_error_duplicate_id'));
      }
      if (draft.id !== undefined) ids.add(draft.id);
      drafts.push({ draft, fileName: file.name, fileModifiedAt: file.lastModified });
    }
    if (duplicates.length > 0) failed.push({ fileName: file.name, errors: duplicates });
  }
  return failed.length > 0 ? { ok: false, files: failed } : { ok: true, drafts };
}
