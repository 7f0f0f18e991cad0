/** Checks of a draft photo against a file control's `accept` list and a size limit in its hint. */

const SIZE = /(\d+(?:[.,]\d+)?)\s*([kKmM])(?:i?[bB]|[oO])(?!\p{L})/gu;
const MINIMUM_BEFORE =
  /(?:min|mind|minimum|mindestens|at least|almeno|au moins|al menos|pelo menos|co najmniej)\W*$/i;

/** Bytes per kilobyte and megabyte, in binary units: a limit of 200 KB is 204,800 bytes. */
const UNIT_BYTES: Record<string, number> = { k: 1024, m: 1024 * 1024 };

/**
 * Reads the maximum file size, in bytes, that a hint such as "max. 200 KB",
 * "≤ 2 MB" or "jusqu'à 500 Ko" states. Sizes after "min." are minimums and
 * are ignored. Returns the smallest limit stated, or undefined.
 */
export function maxFileSizeOfHint(hint: string | undefined): number | undefined {
  if (!hint) return undefined;
  let limit: number | undefined;
  for (const match of hint.matchAll(SIZE)) {
    if (MINIMUM_BEFORE.test(hint.slice(0, match.index))) continue;
    const bytes = Number(match[1].replace(',', '.')) * UNIT_BYTES[match[2].toLowerCase()];
    limit = limit === undefined ? bytes : Math.min(limit, bytes);
  }
  return limit;
}

/**
 * Tells whether a file control's `accept` attribute allows a file: by exact
 * media type, by a wildcard such as `image/*`, or by file name extension.
 * An absent or empty `accept` allows every file.
 */
export function acceptsFile(accept: string | undefined, name: string, type: string): boolean {
  const entries = (accept ?? '')
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter((entry) => entry !== '');
  if (entries.length === 0) return true;

  const mediaType = type.toLowerCase();
  const fileName = name.toLowerCase();
  return entries.some((entry) => {
    if (entry.startsWith('.')) return fileName.endsWith(entry);
    if (entry.endsWith('/*')) return mediaType.startsWith(entry.slice(0, -1));
    return mediaType === entry;
  });
}

/** Splits a base64 data URL into its media type and data, or returns undefined. */
export function parseDataUrl(dataUrl: string): { type: string; base64: string } | undefined {
  const match = /^data:([^;,]*)(?:;[^;,]*)*;base64,([A-Za-z0-9+/]*={0,2})$/.exec(dataUrl);
  return match ? { type: match[1], base64: match[2] } : undefined;
}
