/**
 * Tokenising of label texts and of control names and ids such as `txtCognome`,
 * `ctl00$Main$dtNascita`, `ctl00_cph_txtNm1`, `dob-day` or `date_of_birth`.
 */
import { foldLatin, normalizeText, splitWords } from './normalize';
import { STOP_WORDS } from './vocabulary';

const stopWords = new Set(STOP_WORDS.map(normalizeText));

/** Bound on each token cache, so a long-lived content script does not grow without limit. */
const MAX_CACHED_TEXTS = 20_000;

/** Returns `compute(text)`, remembered in `cache`; callers must not mutate the result. */
function cached(
  cache: Map<string, string[]>,
  text: string,
  compute: (text: string) => string[],
): string[] {
  let words = cache.get(text);
  if (!words) {
    words = compute(text);
    if (cache.size >= MAX_CACHED_TEXTS) cache.clear();
    cache.set(text, words);
  }
  return words;
}

const textTokens = new Map<string, string[]>();
const identifierTokens = new Map<string, string[]>();

/** Returns the words of a label that carry meaning, normalised; cached, as headings repeat. */
export function tokenizeText(text: string): string[] {
  return cached(textTokens, text, (value) =>
    splitWords(normalizeText(value)).filter((word) => !stopWords.has(word)),
  );
}

/**
 * Hungarian-notation prefixes of WebForms and WinForms-style names: they give
 * the kind of widget, not the field. Date prefixes are kept as `dt` because
 * `dtNascita` names a date, while `Nascita` alone does not.
 */
// prettier-ignore
const KIND_PREFIXES = new Set([
  'txt', 'tb', 'ddl', 'drp', 'cbo', 'cmb', 'chk', 'cb', 'rb', 'rbl', 'rdo', 'opt', 'lst',
  'sel', 'fu', 'lbl', 'inp',
]);
const DATE_PREFIXES = new Set(['dt', 'dtp', 'cal']);

/** Naming-container segments that ASP.NET and portal frameworks put before a control's own id. */
const CONTAINER_SEGMENT = new RegExp(
  '^(ctl\\d+|cph\\w*|main(content)?|content(placeholder\\d*)?|placeholder\\d*|body(content)?|' +
    'form\\d*|w|wz|wizard\\d*|pnl\\w*|panel\\d*|upd\\w*|updatepanel\\d*)$',
  'i',
);

/** Identifier words that carry no meaning for classification. */
const FILLER_WORDS = new Set([
  'field',
  'fld',
  'input',
  'value',
  'val',
  'form',
  'frm',
  'ctrl',
  'control',
]);

/** Returns the part of an ASP.NET or similar path that is the control's own id. */
export function lastPathSegment(identifier: string): string {
  if (identifier.includes('$')) return identifier.slice(identifier.lastIndexOf('$') + 1);

  const segments = identifier.split('_');
  if (segments.length < 2 || !CONTAINER_SEGMENT.test(segments[0])) return identifier;

  let first = 0;
  while (first < segments.length - 1 && CONTAINER_SEGMENT.test(segments[first])) first++;
  return segments.slice(first).join('_');
}

/** Splits camelCase, PascalCase, ACRONYMWords and letter-digit boundaries into words. */
export function splitCamelCase(piece: string): string[] {
  return piece
    .replace(/(\p{Ll}|\d)(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, '$1 $2')
    .replace(/(\p{L})(\d)/gu, '$1 $2')
    .replace(/(\d)(\p{L})/gu, '$1 $2')
    .split(' ')
    .filter((word) => word !== '');
}

/**
 * Returns the words of a control's name or id, folded like label words:
 * container segments, widget prefixes, digits and filler words are dropped, and
 * a date prefix becomes `dt`. Single letters such as the `d` of `dob_d` stay.
 */
export function identifierWords(identifier: string): string[] {
  return cached(identifierTokens, identifier, splitIdentifier);
}

function splitIdentifier(identifier: string): string[] {
  const own = lastPathSegment(identifier.trim());
  const words = own
    .split(/[^\p{L}\p{N}]+/u)
    .flatMap(splitCamelCase)
    .map((word) => foldLatin(word));

  if (words.length > 1 && KIND_PREFIXES.has(words[0])) words.shift();
  else if (words.length > 1 && DATE_PREFIXES.has(words[0])) words[0] = 'dt';

  return words.filter((word) => !/^\d+$/.test(word) && !FILLER_WORDS.has(word));
}

/** Returns the words of a control's name or id that carry meaning. */
export function tokenizeIdentifier(identifier: string): string[] {
  return identifierWords(identifier).filter((word) => !stopWords.has(word));
}

/** Tells whether a normalised word is a stop word such as "of", "di" or "der". */
export function isStopWord(word: string): boolean {
  return stopWords.has(word);
}
