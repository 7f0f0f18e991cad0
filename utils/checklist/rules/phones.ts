import { isPossiblePhoneNumber, isSupportedCountry } from 'libphonenumber-js';
import { countryCodes } from '../../catalogue';

// Lengths of national numbers over every numbering plan of libphonenumber-js
// 1.13.17 (4 to 17 digits), plus one digit for a trunk prefix such as 0.
export const NATIONAL_DIGITS_MIN = 4;
export const NATIONAL_DIGITS_MAX = 18;

const PHONE_CHARACTERS = /^\+?[0-9 ()./-]+$/u;

/**
 * Tells whether a text is a plausible phone number. A number with a `+` or
 * `00` prefix must have a possible length for its country. A national number
 * is checked against its country when one is known. Otherwise only its length
 * is checked, against the lengths that some numbering plan allows.
 */
export function isPlausiblePhone(text: string, countryAlpha3?: string): boolean {
  const trimmed = text.trim();
  if (!PHONE_CHARACTERS.test(trimmed)) return false;
  const international = trimmed.startsWith('00') ? `+${trimmed.slice(2)}` : trimmed;
  if (international.startsWith('+')) return isPossiblePhoneNumber(international);

  const alpha2 = countryAlpha3 ? countryCodes(countryAlpha3).alpha2 : undefined;
  if (alpha2 && isSupportedCountry(alpha2)) return isPossiblePhoneNumber(trimmed, alpha2);

  const digits = trimmed.replace(/\D/gu, '').length;
  return digits >= NATIONAL_DIGITS_MIN && digits <= NATIONAL_DIGITS_MAX;
}

// An IMEI has 15 digits (3GPP TS 23.003). The phone_numbers field contains IMEIs too.
const IMEI = /^(?:imei\s*:?\s*)?\d{15}$/iu;

export function isImei(text: string): boolean {
  return IMEI.test(text.trim());
}
