import countries from 'i18n-iso-countries';
import { ICAO_SPECIAL_COUNTRY, countryNames } from '@/utils/catalogue';
import { codeLabel } from '@/utils/catalogue-labels';
import { messagesLanguage } from '@/utils/i18n';

export interface CountryOption {
  code: string;
  name: string;
}

const cached = new Map<string, CountryOption[]>();

/**
 * Returns every ISO 3166-1 alpha-3 code with its short name in the interface
 * language (English where i18n-iso-countries has no name), sorted by name,
 * followed by the ICAO codes for stateless persons, refugees and unspecified
 * nationality.
 */
export function countryOptions(): CountryOption[] {
  const language = messagesLanguage();
  const known = cached.get(language);
  if (known) return known;

  const primary = language.split('-')[0];
  const collator = new Intl.Collator(language);
  const nameOf = (code: string) =>
    countryNames(code, primary)[0] ?? countryNames(code, 'en')[0] ?? code;
  const iso = Object.keys(countries.getAlpha3Codes())
    .map((code) => ({ code, name: nameOf(code) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  const icao = ICAO_SPECIAL_COUNTRY.map((code) => ({ code, name: codeLabel('COUNTRY', code) }));
  const options = [...iso, ...icao];
  cached.set(language, options);
  return options;
}
