// @ts-check
import { readFile, stat } from 'node:fs/promises';
import { decodeUtf8 } from '../../utils/import/utf8.mjs';

export {
  MAX_DRAFT_FILE_BYTES,
  MAX_DRAFTS_PER_FILE,
  MAX_PROFILE_FILE_BYTES,
} from '../../utils/import/limits.mjs';

/**
 * Reads an import file as strict UTF-8, as the extension's pages do. The
 * size is checked before the file is read, and a leading byte order mark is
 * dropped. A file that is not valid UTF-8 is rejected with the offset of its
 * first invalid byte. Messages never quote the file's content.
 *
 * @param {string} file
 * @param {string} kind What the file holds, such as "Draft file", to start each message.
 * @param {number} maxBytes
 * @returns {Promise<string>}
 */
export async function readImportFile(file, kind, maxBytes) {
  /** @param {NodeJS.ErrnoException} error */
  const unreadable = (error) => {
    throw new Error(`${kind} not readable: ${file} (${error.code ?? 'read error'})`);
  };
  const info = await stat(file).catch(unreadable);
  if (info.size > maxBytes) {
    throw new Error(
      `${kind} too large: ${file} is ${info.size} bytes, more than the maximum of ` +
        `${maxBytes} bytes. Split it into smaller files.`,
    );
  }
  const decoded = decodeUtf8(await readFile(file).catch(unreadable));
  if (!decoded.ok) {
    throw new Error(
      `${kind} is not valid UTF-8: ${file} (invalid byte at offset ${decoded.offset}). ` +
        'Save the file as UTF-8 and try again.',
    );
  }
  return decoded.text;
}
