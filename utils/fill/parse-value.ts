import type { FieldDefinition } from '../catalogue';
import type { OptionInfo } from '../messaging/page-model';
import type { Contact } from '../schema/draft-values';
import { foldText, textParts } from './normalize';
import { BOOLEAN_WORDS } from './option-words';
import { vocabularyOf } from './vocabularies';

/** Reads one value of a field from a text or an option, or returns undefined. */
export type ValueReader = (text: string, option?: OptionInfo) => unknown;

const LIST_SEPARATOR = /[,;\n]/;

/** Splits a text list such as "Arabic, French; Tigrinya" into its trimmed items. */
export function splitList(text: string): string[] {
  return text
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function booleanOf(text: string): boolean | undefined {
  const folded = foldText(text);
  if (BOOLEAN_WORDS.true.some((word) => foldText(word) === folded)) return true;
  if (BOOLEAN_WORDS.false.some((word) => foldText(word) === folded)) return false;
  return undefined;
}

/** Reads a whole number, optionally with a unit of up to three letters, such as "145 cm". */
function integerOf(text: string): number | undefined {
  const match = /^\s*(\d+)\s*(?:\p{L}{1,3}\.?)?\s*$/u.exec(text);
  return match ? Number(match[1]) : undefined;
}

function codeReader(
  definition: FieldDefinition,
  lang?: string,
): (text: string) => string | undefined {
  const vocabulary = vocabularyOf(definition.codes ?? 'COUNTRY');
  return (text) => {
    const whole = vocabulary.codeOf(text, lang);
    if (whole) return whole;
    const codes = textParts(text).map((part) => vocabulary.codeOf(part, lang));
    return codes.find((code) => code !== undefined);
  };
}

/** A phone number at the end of a contact, such as "+49 40 555 0177". */
const TRAILING_PHONE = /(?:^|\s)(\+?\d[\d ()./-]*\d)$/;
/** Fewer digits than this are part of the name, such as "Room 12". */
const MIN_PHONE_DIGITS = 5;
const TRAILING_BRACKETS = /\(([^()]+)\)$/;

/**
 * Reads one contact as the fill writes it, "name (country) phone", where the
 * country and the phone may be left out, such as "Hamid (DEU) +49 40 555 0177".
 * Bracketed text that names no country stays in the name. Returns undefined
 * when no name remains, because a draft's contact needs one.
 * NOTE: a list is split at commas first, so a name with a comma reads as two contacts.
 */
function contactOf(text: string, lang?: string): Contact | undefined {
  let rest = text.trim();

  const phoneMatch = TRAILING_PHONE.exec(rest);
  const digits = phoneMatch?.[1].replace(/\D/g, '').length ?? 0;
  const phone = digits >= MIN_PHONE_DIGITS ? phoneMatch?.[1] : undefined;
  if (phoneMatch && phone) rest = rest.slice(0, phoneMatch.index).trim();

  const brackets = TRAILING_BRACKETS.exec(rest);
  const country = brackets ? vocabularyOf('COUNTRY').codeOf(brackets[1].trim(), lang) : undefined;
  if (brackets && country) rest = rest.slice(0, brackets.index).trim();

  if (rest === '') return undefined;
  return { name: rest, ...(country && { country }), ...(phone && { phone }) };
}

/**
 * Reads a value from an option's text first, because the officer reads the
 * text, then from the option's value.
 */
function fromTextOrValue<T>(read: (text: string) => T | undefined): ValueReader {
  return (text, option) => read(text) ?? (option ? read(option.value) : undefined);
}

/**
 * Builds the reader of a field's single values: codes from names or codes,
 * booleans from yes/no words, whole numbers, countries of a destination, or
 * trimmed text. Dates are read elsewhere, in the control's format.
 */
export function valueReader(definition: FieldDefinition, lang?: string): ValueReader {
  switch (definition.type) {
    case 'code':
    case 'code-list':
      return fromTextOrValue(codeReader(definition, lang));
    case 'boolean':
      return fromTextOrValue(booleanOf);
    case 'integer':
      return fromTextOrValue(integerOf);
    case 'destination': {
      const country = codeReader({ ...definition, codes: 'COUNTRY' }, lang);
      return (text, option) => {
        const code = country(text) ?? (option ? country(option.value) : undefined);
        return code ? { country: code } : { place: text.trim() };
      };
    }
    case 'contacts':
      return (text) => contactOf(text, lang);
    case 'image':
      // NOTE: a photo is not read back from a text, so a text in its control reads as invalid.
      return () => undefined;
    default:
      return (text) => text.trim();
  }
}
