import { countryCodes, type FieldDefinition } from '../catalogue';
import type { ControlInfo } from '../messaging/page-model';
import type { Contact, Destination } from '../schema/draft-values';
import { YES_NO_BY_LANGUAGE } from './option-words';

/** Tells whether a draft value has nothing to write: absent, blank, an empty list or record. */
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(isEmptyValue);
  if (typeof value === 'object') return Object.values(value).every(isEmptyValue);
  return false;
}

const ALPHA2_HINT = /alpha[\s-]?2|\b2[\s-]?(?:letter|stellig|lettres|lettere|letras|litery|burt)/i;
const NUMERIC_HINT = /numeric|numerisch|numérique|numerico|numérico|\b3[\s-]?(?:digit|stellig)/i;

/**
 * Writes a country code as a free-text control expects it: alpha-3, unless
 * the control requests alpha-2 (by a maximum length of 2 or a hint) or the
 * ISO 3166-1 numeric code.
 */
export function countryText(alpha3: string, control: ControlInfo): string {
  const hints = [control.hint, control.placeholder, control.pattern].filter(Boolean).join(' ');
  const { alpha2, numeric } = countryCodes(alpha3);
  const wantsAlpha2 = control.maxLength === 2 || ALPHA2_HINT.test(hints);
  if (wantsAlpha2 && alpha2) return alpha2;
  const wantsNumeric = control.inputMode === 'numeric' || NUMERIC_HINT.test(hints);
  if (wantsNumeric && numeric) return numeric;
  return alpha3;
}

function yesNo(answer: boolean, lang?: string): string {
  const base = lang?.split('-')[0].toLowerCase() ?? 'en';
  const [yes, no] = YES_NO_BY_LANGUAGE[base] ?? YES_NO_BY_LANGUAGE.en;
  return answer ? yes : no;
}

function contactText(contact: Contact, control: ControlInfo): string {
  const country = contact.country ? `(${countryText(contact.country, control)})` : '';
  return [contact.name, country, contact.phone].filter(Boolean).join(' ');
}

/**
 * Converts a draft value other than a date or an image into the texts a text
 * control takes: one item per list entry, to be joined with ", ".
 */
export function valueTexts(
  definition: FieldDefinition,
  value: unknown,
  control: ControlInfo,
  lang?: string,
): string[] {
  const asCode = (code: string) =>
    definition.codes === 'COUNTRY' ? countryText(code, control) : code;

  switch (definition.type) {
    case 'boolean':
      return [yesNo(value === true, lang)];
    case 'code':
      return [asCode(String(value))];
    case 'code-list':
      return (value as string[]).map(asCode);
    case 'text-list':
      return (value as string[]).filter((item) => item.trim() !== '');
    case 'contacts':
      return (value as Contact[]).map((contact) => contactText(contact, control));
    case 'destination': {
      const { place, country } = value as Destination;
      const countryPart = country ? countryText(country, control) : undefined;
      return [[place, countryPart].filter(Boolean).join(', ')];
    }
    default:
      return [String(value).trim()];
  }
}
