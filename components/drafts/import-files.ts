import { parseDraftFile, type Draft, type DraftError } from '@/utils/schema/draft';

/** Errors of one file of an import. */
export interface FileErrors {
  fileName: string;
  errors: DraftError[];
}

export type ImportCheck = { ok: true; drafts: Draft[] } | { ok: false; files: FileErrors[] };

/**
 * Reads and validates the chosen files. One invalid file rejects the whole
 * selection, so that an import stores every draft it was given or none.
 */
export async function checkImportFiles(files: readonly File[]): Promise<ImportCheck> {
  const drafts: Draft[] = [];
  const failed: FileErrors[] = [];
  for (const file of files) {
    const result = parseDraftFile(await file.text());
    if (result.ok) drafts.push(...result.drafts);
    else failed.push({ fileName: file.name, errors: result.errors });
  }
  return failed.length > 0 ? { ok: false, files: failed } : { ok: true, drafts };
}
