import countries from 'i18n-iso-countries';
import { iso6393 } from 'iso-639-3';
import { countryNames } from '../../catalogue';
import { foldText, keywordPattern } from '../fold-text';

/**
 * Detection of supplementary data typed into a SIS text field, by keywords and
 * shapes, not meaning. It misses data written without them and may flag an
 * innocent phrase, so the rule that uses it raises only a warning.
 */

export type SupplementaryKind = 'language' | 'phone' | 'email' | 'guardian' | 'care_centre';

// Words about languages and speaking: en, it, de, fr, es, pt (lingua covers
// língua once folded).
const LANGUAGE_WORDS = keywordPattern([
  'language',
  'languages',
  'speak',
  'speaks',
  'speaking',
  'interpreter',
  'lingua',
  'lingue',
  'parla',
  'sprache',
  'sprachen',
  'spricht',
  'langue',
  'langues',
  'parle',
  'idioma',
  'idiomas',
  'habla',
  'fala',
]);

// A guardian or legal representative, in the portals' languages.
const GUARDIAN_WORDS = keywordPattern(
  ['guardian', 'legal representative', 'tutore', 'tutrice', 'vormund', 'tuteur', 'tutor', 'tutur'],
  ['aizbildn', 'настойни'],
);

// A care or reception centre. A bare "centre" would also match body marks such
// as "scar in the centre of the forehead", so only these phrases count.
const CARE_CENTRE_WORDS = keywordPattern(
  [
    'care centre',
    'care center',
    'reception centre',
    'reception center',
    'accommodation centre',
    'asylum centre',
    'centro di accoglienza',
    'aufnahmeeinrichtung',
    "centre d'accueil",
    'centro de acogida',
    'centro de acolhimento',
    "centru ta' akkoljenza",
    'център за настаняване',
  ],
  ['uznemsanas centr'],
);

const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/u;

// Runs of digits with the separators people put in phone numbers. Dots and
// slashes are left out because references such as 2024/12345 use them.
const DIGIT_RUN = /\+?\d[\d ()-]*\d/gu;
const MIN_PHONE_DIGITS = 8;
const DATE_SHAPE = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{4})$/u;

// ISO 639-1 codes of the EU's 24 official languages. In an alert their English
// names can also state a nationality ("Polish child"), so they are not matched.
const EU_LANGUAGES = new Set([
  'bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr',
  'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv',
]);
// Common English names that ISO 639-3 lists under another name (Pushto, Persian).
const OTHER_LANGUAGE_NAMES = ['pashto', 'dari', 'farsi', 'sorani', 'kurmanji'];
const MIN_NAME_LENGTH = 4;
const PREFIX_LENGTH = 4;

let languageNames: Set<string> | undefined;

/**
 * Returns the folded one-word English names of the languages with an ISO 639-1
 * code. A name that shares its first four letters with an English country name
 * (Albanian, Somali) can also name a nationality, so it is left out.
 */
function getLanguageNames(): Set<string> {
  if (languageNames) return languageNames;
  const countryPrefixes = new Set(
    Object.keys(countries.getAlpha3Codes())
      .flatMap((alpha3) => countryNames(alpha3, 'en'))
      .map((name) => foldText(name).slice(0, PREFIX_LENGTH)),
  );
  languageNames = new Set(OTHER_LANGUAGE_NAMES);
  for (const language of iso6393) {
    if (!language.iso6391 || EU_LANGUAGES.has(language.iso6391)) continue;
    const name = foldText(language.name.split(' (')[0]);
    if (name.length < MIN_NAME_LENGTH || /[\s-]/u.test(name)) continue;
    if (!countryPrefixes.has(name.slice(0, PREFIX_LENGTH))) languageNames.add(name);
  }
  return languageNames;
}

function mentionsLanguage(folded: string): boolean {
  if (LANGUAGE_WORDS.test(folded)) return true;
  const names = getLanguageNames();
  return folded.split(/[^\p{L}]+/u).some((word) => names.has(word));
}

function containsPhoneNumber(text: string): boolean {
  for (const [run] of text.matchAll(DIGIT_RUN)) {
    const digits = run.replace(/\D/gu, '');
    if (digits.length >= MIN_PHONE_DIGITS && !DATE_SHAPE.test(run.trim())) return true;
  }
  return false;
}

/** Returns the kinds of supplementary data a SIS text appears to contain. */
export function findSupplementaryData(text: string): SupplementaryKind[] {
  const folded = foldText(text);
  const kinds: SupplementaryKind[] = [];
  if (mentionsLanguage(folded)) kinds.push('language');
  if (containsPhoneNumber(text)) kinds.push('phone');
  if (EMAIL.test(text)) kinds.push('email');
  if (GUARDIAN_WORDS.test(folded)) kinds.push('guardian');
  if (CARE_CENTRE_WORDS.test(folded)) kinds.push('care_centre');
  return kinds;
}
