import { iso6393 } from 'iso-639-3';

export interface LanguageOption {
  code: string;
  name: string;
}

// Extinct, ancient and historical languages stay valid in a draft, but a child
// does not speak them, so the suggestions leave them out.
const SUGGESTED_TYPES = new Set(['living', 'constructed', 'special']);

let cached: LanguageOption[] | undefined;

/** Returns the ISO 639-3 languages to suggest, with their reference names in English. */
export function languageOptions(): LanguageOption[] {
  cached ??= iso6393
    .filter((language) => SUGGESTED_TYPES.has(language.type))
    .map((language) => ({ code: language.iso6393, name: language.name }));
  return cached;
}

const names = new Map(iso6393.map((language) => [language.iso6393, language.name]));
const codesByName = new Map(
  iso6393.map((language) => [language.name.toLowerCase(), language.iso6393]),
);

/** Returns the English name of an ISO 639-3 code, or undefined. */
export function languageName(code: string): string | undefined {
  return names.get(code);
}

/** Converts a typed language name or code to its ISO 639-3 code, or returns the text unchanged. */
export function toLanguageCode(text: string): string {
  const trimmed = text.trim();
  if (names.has(trimmed.toLowerCase())) return trimmed.toLowerCase();
  return codesByName.get(trimmed.toLowerCase()) ?? trimmed;
}
