/**
 * Folds a text for comparison: lower case, no diacritics, no apostrophes, and
 * runs of spaces, dots and hyphens as one space. "Côte d'Ivoire" and
 * "COTE D’IVOIRE" fold to the same text.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʼ`´]/g, '')
    .replace(/[\s.\-_–—]+/g, ' ')
    .trim();
}

/**
 * Splits an option text into the parts a portal combines in one label, such as
 * "DEU - Deutschland" or "USA (+1)", so that each part can match on its own.
 */
export function textParts(text: string): string[] {
  const parts = text
    .split(/\s[-–—|:]\s|[()[\]/|]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return parts.length > 1 ? parts : [];
}
