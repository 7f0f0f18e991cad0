/**
 * Folds text for keyword matching: lower case, no diacritics, straight
 * apostrophes and single spaces. Letters without a decomposition, such as
 * Polish ł, stay as they are.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‘’]/gu, "'")
    .replace(/\s+/gu, ' ');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * Builds a pattern that matches whole words and word stems in folded text of
 * any script. A stem matches any word that starts with it.
 */
export function keywordPattern(words: readonly string[], stems: readonly string[] = []): RegExp {
  const alternatives = [
    ...words.map((word) => `${escapeRegExp(word)}(?!\\p{L})`),
    ...stems.map(escapeRegExp),
  ];
  return new RegExp(`(?<!\\p{L})(?:${alternatives.join('|')})`, 'u');
}
