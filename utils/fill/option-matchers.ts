import { getField, type CodeList } from '../catalogue';
import type { OptionInfo } from '../messaging/page-model';
import { foldText, textParts } from './normalize';
import { BOOLEAN_WORDS } from './option-words';
import { phoneOrigin } from './phone';
import { vocabularyOf } from './vocabularies';

/** Tests that decide which options of a select or group stand for one draft value. */
export interface OptionMatcher {
  /** Option values that stand for the draft value as they are. */
  values: string[];
  /** Tells whether an option value stands for the draft value after normalising. */
  matchesValue(value: string): boolean;
  /** Tells whether an option text, or one part of it, stands for the draft value. */
  matchesText(text: string): boolean;
  /** Tells whether an option's text names a different value than its option value suggests. */
  contradicts(option: OptionInfo): boolean;
  /** Picks among options that match equally well, such as calling codes shared by countries. */
  prefers(option: OptionInfo): boolean;
}

function textAndParts(text: string): string[] {
  return [text, ...textParts(text)];
}

function codeMatcher(list: CodeList, code: string, lang?: string): OptionMatcher {
  const vocabulary = vocabularyOf(list);
  const codeOfText = (text: string): string | undefined => {
    const codes = textAndParts(text).map((part) => vocabulary.codeOf(part, lang));
    return codes.find((found) => found !== undefined);
  };
  const matchesText = (text: string): boolean =>
    textAndParts(text).some((part) => vocabulary.codeOf(part, lang) === code);

  return {
    values: vocabulary.values(code),
    matchesValue: (value) => vocabulary.codeOf(value, lang) === code,
    matchesText,
    contradicts: (option) => {
      const named = codeOfText(option.text);
      return named !== undefined && named !== code;
    },
    prefers: (option) => matchesText(option.text),
  };
}

function wordsMatcher(words: string[], values: string[]): OptionMatcher {
  const folded = new Set(words.map(foldText));
  return {
    values,
    matchesValue: (value) => folded.has(foldText(value)),
    matchesText: (text) => folded.has(foldText(text)),
    contradicts: () => false,
    prefers: (option) => folded.has(foldText(option.text)),
  };
}

function booleanMatcher(answer: string): OptionMatcher {
  const key = answer === 'true' ? 'true' : 'false';
  const other = key === 'true' ? 'false' : 'true';
  const matcher = wordsMatcher(BOOLEAN_WORDS[key], [key]);
  const otherWords = new Set(BOOLEAN_WORDS[other].map(foldText));
  return { ...matcher, contradicts: (option) => otherWords.has(foldText(option.text)) };
}

function integerMatcher(digits: string): OptionMatcher {
  const expected = Number(digits);
  // A number alone or followed by a unit, such as "145" or "145 cm".
  const numberOf = (text: string): number | undefined => {
    const match = /^\s*(\d+)\s*\p{L}{0,3}\.?\s*$/u.exec(text);
    return match ? Number(match[1]) : undefined;
  };
  return {
    values: [digits],
    matchesValue: (value) => numberOf(value) === expected,
    matchesText: (text) => numberOf(text) === expected,
    contradicts: (option) => {
      const number = numberOf(option.text);
      return number !== undefined && number !== expected;
    },
    prefers: (option) => numberOf(option.text) === expected,
  };
}

function phoneMatcher(phone: string, lang?: string): OptionMatcher {
  const origin = phoneOrigin(phone);
  if (!origin) return wordsMatcher([phone], [phone]);

  const code = origin.callingCode;
  const codeInText = new RegExp(`(?:^|[^\\d+])(?:\\+|00)${code}(?!\\d)`);
  const country = origin.country ? codeMatcher('COUNTRY', origin.country, lang) : undefined;
  return {
    values: [`+${code}`, code, `00${code}`],
    matchesValue: (value) => value.replace(/^\s*(\+|00)/, '').trim() === code,
    matchesText: (text) => codeInText.test(` ${text}`),
    contradicts: () => false,
    prefers: (option) => country?.matchesText(option.text) ?? false,
  };
}

/**
 * Builds the matcher for one draft value of a field: a code of the field's
 * code list, a boolean, a number, the calling code of a phone number, or a
 * text compared without case and diacritics.
 */
export function optionMatcher(fieldId: string, value: string, lang?: string): OptionMatcher {
  const field = getField(fieldId);
  if (field.type === 'phone' || fieldId === 'phone_numbers') return phoneMatcher(value, lang);
  if (field.type === 'boolean') return booleanMatcher(value);
  if (field.type === 'integer') return integerMatcher(value);
  if (field.type === 'destination') return codeMatcher('COUNTRY', value, lang);
  if (field.codes) return codeMatcher(field.codes, value, lang);
  return wordsMatcher([value], [value]);
}
