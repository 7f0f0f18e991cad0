import { ALERT_CATEGORY, LEGACY_ALERT_CATEGORY } from '../catalogue';

// A category letter with an optional sub-category as a Roman or Arabic numeral,
// optionally behind the SIS II prefix "2": "A_I", "A(i)", "D (ii)", "2A_I",
// "a1". The letter must end the word, so "Art. 32" is not category A.
const CATEGORY_TEXT =
  /^\s*(2\s*)?([a-e])(?:[\s_.-]*\(?\s*(iii|ii|i|[123])\s*\)?)?(?![\p{L}\p{N}])/iu;

const ROMAN: Record<string, string> = { '1': 'I', '2': 'II', '3': 'III' };

/**
 * Reads the Art. 32(1) alert category that a portal text starts with, such as
 * "A(i) missing, protection" or the SIS II form "2A_I" (Council Decision
 * 2007/533/JHA, Art. 32(2)), and returns its catalogue code.
 */
export function alertCategoryOfText(text: string): string | undefined {
  const match = CATEGORY_TEXT.exec(text);
  if (!match) return undefined;

  const [, legacyPrefix, letter, numeral] = match;
  const sub = numeral ? (ROMAN[numeral] ?? numeral.toUpperCase()) : undefined;
  const code = sub ? `${letter.toUpperCase()}_${sub}` : letter.toUpperCase();
  if (legacyPrefix) return LEGACY_ALERT_CATEGORY[`2${code}`];
  return (ALERT_CATEGORY as readonly string[]).includes(code) ? code : undefined;
}
