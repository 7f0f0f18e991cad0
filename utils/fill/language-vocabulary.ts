import { iso6393, type Language } from 'iso-639-3';
import { COUNTRY_NAME_LANGUAGES } from '../catalogue';
import type { CodeVocabulary } from './code-vocabulary';
import { foldText } from './normalize';

let byCode: Map<string, Language> | undefined;
let byName: Map<string, string | undefined> | undefined;

/** ISO 639-1, 639-2/B, 639-2/T and 639-3 codes, lower case, to the language. */
function codeIndex(): Map<string, Language> {
  if (byCode) return byCode;
  byCode = new Map();
  for (const language of iso6393) {
    for (const code of [language.iso6391, language.iso6392B, language.iso6392T]) {
      if (code && !byCode.has(code)) byCode.set(code, language);
    }
  }
  for (const language of iso6393) byCode.set(language.iso6393, language);
  return byCode;
}

function addName(index: Map<string, string | undefined>, name: string, code: string): void {
  const folded = foldText(name);
  if (index.has(folded) && index.get(folded) !== code) index.set(folded, undefined);
  else index.set(folded, code);
}

/**
 * Folded language names to ISO 639-3 codes: the English reference names of
 * ISO 639-3, and for languages with an ISO 639-1 code, their names from
 * Intl.DisplayNames in the catalogue's portal languages.
 */
function nameIndex(): Map<string, string | undefined> {
  if (byName) return byName;
  byName = new Map();
  for (const language of iso6393) addName(byName, language.name, language.iso6393);

  for (const locale of COUNTRY_NAME_LANGUAGES) {
    const names = new Intl.DisplayNames(locale, { type: 'language', fallback: 'none' });
    for (const language of iso6393) {
      if (!language.iso6391) continue;
      const name = names.of(language.iso6391);
      if (name) addName(byName, name, language.iso6393);
    }
  }
  return byName;
}

/** Vocabulary of LANGUAGE: ISO 639 codes of every part, and language names. */
export const languageVocabulary: CodeVocabulary = {
  values(code) {
    const language = codeIndex().get(code);
    if (!language) return [code];
    const forms = [code, language.iso6391, language.iso6392B, language.iso6392T];
    return [...new Set(forms.filter((form): form is string => Boolean(form)))];
  },
  codeOf(text) {
    const trimmed = text.trim().toLowerCase();
    const byCodeMatch = /^[a-z]{2,3}$/.test(trimmed) ? codeIndex().get(trimmed) : undefined;
    if (byCodeMatch) return byCodeMatch.iso6393;
    return nameIndex().get(foldText(text)) ?? undefined;
  },
};
