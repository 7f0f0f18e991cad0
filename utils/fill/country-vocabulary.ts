import isoCountries from 'i18n-iso-countries';
import {
  COUNTRY_NAME_LANGUAGES,
  countryCodes,
  countryNames,
  ICAO_SPECIAL_COUNTRY,
  toAlpha3,
} from '../catalogue';
import type { CodeVocabulary } from './code-vocabulary';
import { foldText } from './normalize';
import { ICAO_SPECIAL_WORDS } from './option-words';

/** Folded name to alpha-3 code, or to undefined for a name that two countries share. */
type NameIndex = Map<string, string | undefined>;

const indexes = new Map<string, NameIndex>();

function addName(index: NameIndex, name: string, code: string): void {
  const folded = foldText(name);
  if (index.has(folded) && index.get(folded) !== code) index.set(folded, undefined);
  else index.set(folded, code);
}

/** Builds, once per language, the index of every country name registered for it. */
function nameIndex(language: string): NameIndex {
  const cached = indexes.get(language);
  if (cached) return cached;

  const index: NameIndex = new Map();
  for (const alpha3 of Object.keys(isoCountries.getAlpha3Codes())) {
    for (const name of countryNames(alpha3, language)) addName(index, name, alpha3);
  }
  for (const [code, words] of Object.entries(ICAO_SPECIAL_WORDS)) {
    for (const word of words) addName(index, word, code);
  }
  indexes.set(language, index);
  return index;
}

/** Builds the index of names in every registered language, where a shared name maps to none. */
function anyLanguageIndex(): NameIndex {
  const cached = indexes.get('*');
  if (cached) return cached;

  const index: NameIndex = new Map();
  for (const language of COUNTRY_NAME_LANGUAGES) {
    for (const [name, code] of nameIndex(language)) {
      if (code === undefined) index.set(name, undefined);
      else addName(index, name, code);
    }
  }
  indexes.set('*', index);
  return index;
}

function codeOfCode(text: string): string | undefined {
  const trimmed = text.trim();
  if (/^\d{1,3}$/.test(trimmed)) return toAlpha3(trimmed.padStart(3, '0'));
  if (/^[A-Za-z]{2,3}$/.test(trimmed)) return toAlpha3(trimmed);
  return undefined;
}

function codeOfName(text: string, lang?: string): string | undefined {
  const folded = foldText(text);
  const base = lang?.split('-')[0].toLowerCase();
  if (base && (COUNTRY_NAME_LANGUAGES as readonly string[]).includes(base)) {
    const local = nameIndex(base).get(folded);
    if (local) return local;
  }
  return anyLanguageIndex().get(folded);
}

/**
 * Vocabulary of COUNTRY: ISO 3166-1 alpha-3, alpha-2 and numeric codes, the
 * ICAO 9303 codes XXA, XXB, XXC and XXX, and country names in every language
 * that the catalogue registers with i18n-iso-countries.
 */
export const countryVocabulary: CodeVocabulary = {
  values(code) {
    if ((ICAO_SPECIAL_COUNTRY as readonly string[]).includes(code)) return [code];
    const { alpha2, numeric } = countryCodes(code);
    const forms = [code, alpha2, numeric, numeric?.replace(/^0+/, '')];
    return forms.filter((form): form is string => Boolean(form));
  },
  codeOf(text, lang) {
    return codeOfCode(text) ?? codeOfName(text, lang);
  },
};
