import { decodeUtf8 } from './utf8.mjs';

export {
  MAX_CHECKLIST_FILE_BYTES,
  MAX_DRAFT_FILE_BYTES,
  MAX_PROFILE_FILE_BYTES,
} from './limits.mjs';

/** The text of an import file, or why it cannot be read. */
export type ImportFileText =
  | { ok: true; text: string }
  | { ok: false; problem: 'too-large'; size: number; maxBytes: number }
  | { ok: false; problem: 'not-utf8'; offset: number };

/**
 * Reads an import file as strict UTF-8. The size is checked before any byte
 * is read, so that a huge file is rejected without loading it.
 */
export async function readImportFile(file: Blob, maxBytes: number): Promise<ImportFileText> {
  if (file.size > maxBytes) return { ok: false, problem: 'too-large', size: file.size, maxBytes };
  const decoded = decodeUtf8(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) return { ok: false, problem: 'not-utf8', offset: decoded.offset };
  return { ok: true, text: decoded.text };
}

/** Returns the message key and substitutions of a file that cannot be read. */
export function importFileProblem(
  fileName: string,
  result: Exclude<ImportFileText, { ok: true }>,
): { messageKey: 'import_error_file_size' | 'import_error_not_utf8'; substitutions: string[] } {
  if (result.problem === 'too-large') {
    return {
      messageKey: 'import_error_file_size',
      substitutions: [fileName, String(result.size), String(result.maxBytes)],
    };
  }
  return { messageKey: 'import_error_not_utf8', substitutions: [fileName, String(result.offset)] };
}
