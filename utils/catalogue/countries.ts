import countries from 'i18n-iso-countries';
import bg from 'i18n-iso-countries/langs/bg.json';
import de from 'i18n-iso-countries/langs/de.json';
import en from 'i18n-iso-countries/langs/en.json';
import es from 'i18n-iso-countries/langs/es.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import it from 'i18n-iso-countries/langs/it.json';
import lv from 'i18n-iso-countries/langs/lv.json';
import mt from 'i18n-iso-countries/langs/mt.json';
import nl from 'i18n-iso-countries/langs/nl.json';
import pl from 'i18n-iso-countries/langs/pl.json';
import pt from 'i18n-iso-countries/langs/pt.json';
import ro from 'i18n-iso-countries/langs/ro.json';
import { ICAO_SPECIAL_COUNTRY } from './codes';

/** Languages whose country names are matched against portal option texts. */
export const COUNTRY_NAME_LANGUAGES = [
  'en', 'it', 'lv', 'mt', 'bg', 'pt', 'de', 'fr', 'es', 'pl', 'nl', 'ro',
] as const;

for (const locale of [bg, de, en, es, fr, it, lv, mt, nl, pl, pt, ro]) {
  countries.registerLocale(locale);
}

const alpha3Codes = new Set(Object.keys(countries.getAlpha3Codes()));

/** Tells whether a code is an ISO 3166-1 alpha-3 code or an ICAO special code. */
export function isCountryCode(code: string): boolean {
  return alpha3Codes.has(code) || (ICAO_SPECIAL_COUNTRY as readonly string[]).includes(code);
}

export interface CountryCodes {
  alpha3: string;
  alpha2?: string;
  numeric?: string;
}

/** Returns the alpha-2 and numeric forms of an alpha-3 country code. */
export function countryCodes(alpha3: string): CountryCodes {
  return {
    alpha3,
    alpha2: countries.alpha3ToAlpha2(alpha3),
    numeric: countries.alpha3ToNumeric(alpha3),
  };
}

/** Returns every name of a country in one language, official and short forms. */
export function countryNames(alpha3: string, language: string): string[] {
  const alpha2 = countries.alpha3ToAlpha2(alpha3);
  if (!alpha2) return [];
  const names = countries.getName(alpha2, language, { select: 'all' });
  return names ?? [];
}

/** Converts an alpha-2, alpha-3 or numeric code to alpha-3, or undefined. */
export function toAlpha3(code: string): string | undefined {
  const upper = code.trim().toUpperCase();
  if (isCountryCode(upper)) return upper;
  return countries.toAlpha3(upper) ?? undefined;
}
