// @ts-check
// Plain JavaScript, so that the command line reads import files with the
// same rules as the extension's pages.

const BYTE_ORDER_MARK = [0xef, 0xbb, 0xbf];

/**
 * Returns the offset of the first byte that does not belong to a valid UTF-8
 * sequence (no overlong forms, no encoded surrogates, nothing above
 * U+10FFFF), or -1 when all bytes are valid.
 *
 * @param {Uint8Array} bytes
 * @returns {number}
 */
export function invalidUtf8Offset(bytes) {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index];
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    let length = 0;
    let min = 0x80;
    let max = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) length = 3;
    else if (lead >= 0xf0 && lead <= 0xf4) length = 4;
    else return index;
    // The second byte's range excludes overlong forms, surrogates and code
    // points above U+10FFFF.
    if (lead === 0xe0) min = 0xa0;
    if (lead === 0xed) max = 0x9f;
    if (lead === 0xf0) min = 0x90;
    if (lead === 0xf4) max = 0x8f;
    for (let next = 1; next < length; next += 1) {
      const byte = bytes[index + next];
      const low = next === 1 ? min : 0x80;
      const high = next === 1 ? max : 0xbf;
      if (byte === undefined || byte < low || byte > high) return index;
    }
    index += length;
  }
  return -1;
}

/**
 * Decodes the bytes of an import file as strict UTF-8 and drops a leading
 * byte order mark. Returns the text, or the offset of the first invalid byte.
 *
 * @param {Uint8Array} bytes
 * @returns {{ ok: true, text: string } | { ok: false, offset: number }}
 */
export function decodeUtf8(bytes) {
  const hasMark = BYTE_ORDER_MARK.every((byte, index) => bytes[index] === byte);
  try {
    // `ignoreBOM: true` keeps the mark in the text, so it is removed here
    // whichever way the decoder treats it.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { ok: true, text: hasMark ? text.slice(1) : text };
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    const offset = invalidUtf8Offset(bytes);
    return { ok: false, offset: Math.max(offset, 0) };
  }
}
