import countries from 'i18n-iso-countries';
import { ICAO_SPECIAL_COUNTRY, countryNames } from '@/utils/catalogue';
import { codeLabel } from '@/utils/catalogue-labels';

export interface CountryOption {
  code: string;
  name: string;
}

let cached: CountryOption[] | undefined;

/**
 * Returns every ISO 3166-1 alpha-3 code with its English short name, sorted by
 * name, followed by the ICAO codes for stateless persons, refugees and
 * unspecified nationality.
 */
export function countryOptions(): CountryOption[] {
  if (cached) return cached;
  const collator = new Intl.Collator('en');
  const iso = Object.keys(countries.getAlpha3Codes())
    .map((code) => ({ code, name: countryNames(code, 'en')[0] ?? code }))
    .sort((a, b) => collator.compare(a.name, b.name));
  const icao = ICAO_SPECIAL_COUNTRY.map((code) => ({ code, name: codeLabel('COUNTRY', code) }));
  cached = [...iso, ...icao];
  return cached;
}
