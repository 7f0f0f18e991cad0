/**
 * Text normalisation shared by label matching and the vocabulary index, so that
 * "Imię (imiona):", "IMIE IMIONA" and "imie imiona" compare equal.
 */

/** Latin letters that Unicode does not decompose into a base letter and a mark. */
const LATIN_SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ħ: 'h',
  ı: 'i',
  þ: 'th',
  ŀ: 'l',
};

const SPECIAL_LETTER_PATTERN = new RegExp(`[${Object.keys(LATIN_SPECIAL_LETTERS).join('')}]`, 'g');

/**
 * Combining marks after a Latin base letter. Marks after Cyrillic letters stay,
 * because removing them changes the letter (й is not и).
 */
const LATIN_MARKS_PATTERN = /([a-z])[\u0300-\u036f]+/g;

/** "Vorname(n)", "Prénom(s)", "Apellido(s)": a plural ending in brackets joins its word. */
const PLURAL_SUFFIX_PATTERN = /(\p{L})\((n|s|e|en|es|i)\)/gu;

/** "D.O.B." and "z.B." become "DOB" and "zB", so that the letters stay one token. */
const DOTTED_ACRONYM_PATTERN = /(?<!\p{L})((?:\p{L}\.)+\p{L})\.?(?!\p{L})/gu;

const NON_WORD_PATTERN = /[^\p{L}\p{N}]+/gu;

/** Single-spaced ASCII words, already normal but for case; vocabulary phrases mostly are. */
const PLAIN_WORDS = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/** Most labels and names are ASCII, which needs no Unicode decomposition. */
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Removes diacritics from Latin letters and lower-cases the text. */
export function foldLatin(text: string): string {
  const lower = text.toLowerCase();
  if (ASCII_ONLY.test(lower)) return lower;

  const special = lower.replace(SPECIAL_LETTER_PATTERN, (letter) => LATIN_SPECIAL_LETTERS[letter]);
  return special.normalize('NFD').replace(LATIN_MARKS_PATTERN, '$1').normalize('NFC');
}

/**
 * Normalises a label for matching: joins bracketed plural endings and dotted
 * acronyms, folds case and Latin diacritics, and turns punctuation, trailing
 * colons and asterisks into single spaces.
 */
export function normalizeText(text: string): string {
  if (PLAIN_WORDS.test(text)) return text.toLowerCase();

  const joined = text
    .replace(PLURAL_SUFFIX_PATTERN, '$1$2')
    .replace(DOTTED_ACRONYM_PATTERN, (acronym) => acronym.replace(/\./g, ''));
  return foldLatin(joined).replace(NON_WORD_PATTERN, ' ').trim();
}

/** Splits a normalised text into its words. */
export function splitWords(normalized: string): string[] {
  return normalized === '' ? [] : normalized.split(' ');
}

/** Text that `cleanLabel` leaves as it is: words separated by single spaces. */
const CLEAN_TEXT = /^(?:\S+(?: \S+)*)?$/;

/** Collapses white space and trims; used for label texts shown to the officer. */
export function cleanLabel(text: string): string {
  // Most texts the scan reads are clean already, and the test allocates no new string.
  if (CLEAN_TEXT.test(text)) return text;
  return text.replace(/\s+/g, ' ').trim();
}
