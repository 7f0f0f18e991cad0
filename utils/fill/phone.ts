import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { toAlpha3 } from '../catalogue';

export interface PhoneOrigin {
  /** Country calling code without "+", such as "1" or "49". */
  callingCode: string;
  /** Alpha-3 code of the country the number belongs to, when the number shows it. */
  country?: string;
}

/**
 * Reads the calling code and the country of an international phone number
 * with libphonenumber-js. Numbers shared by several countries, such as "+1",
 * get their country from the area code. A number without "+" or "00" has no
 * calling code and returns undefined.
 */
export function phoneOrigin(phone: string): PhoneOrigin | undefined {
  const international = phone.trim().replace(/^00/, '+');
  const parsed = parsePhoneNumberFromString(international);
  if (!parsed) return undefined;

  const country = parsed.country ? toAlpha3(parsed.country) : undefined;
  return { callingCode: parsed.countryCallingCode, country };
}
