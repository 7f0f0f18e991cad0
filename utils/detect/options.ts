/**
 * Analysis of option lists: the field a list suits (sexes, countries, colours,
 * categories) and, for numeric lists, the part of a date it is for (1-31,
 * 1-12, years).
 */
import type { OptionInfo } from '../messaging/page-model';
import { normalizeText, splitWords } from './normalize';
import * as words from './option-vocabulary';
import { type PhraseIndex, createPhraseIndex } from './phrase-set';
import { NOT_A_FIELD } from './not-a-field';
import { APPOINTED } from './vocabulary-words';

export type DatePartRole = 'day' | 'month' | 'year';

export interface OptionFieldHint {
  fieldId: string;
  weight: number;
}

export interface OptionAnalysis {
  fields: OptionFieldHint[];
  role?: DatePartRole;
}

/** "+1", "+49": options of a phone prefix list. */
const CALLING_CODE = /\+\s?\d{1,4}\b/;

/** Art. 32(1) categories and legacy SIS II codes: A(i), A_II, A1, 2B, D(iii), D3. */
const CATEGORY = '(?:2?a(?:\\s*(?:i{1,2}|[12]))?|2?b|c|d(?:\\s*(?:i{1,3}|[1-3]))?|e)';
const CATEGORY_PREFIX = '^(?:(?:cat|category|categoria|kategorie|kategoria|categorie)\\s*)?';

/** A whole value or option text that is a category code, as in "Kategorie C". */
const CATEGORY_CODE = new RegExp(`${CATEGORY_PREFIX}${CATEGORY}$`);

/** An option text that starts with a category code and describes it: "C rischio di sottrazione". */
const CATEGORY_LEAD = new RegExp(`${CATEGORY_PREFIX}${CATEGORY}\\s`);

/**
 * An option text that cites Art. 32 of Regulation (EU) 2018/1862, as in
 * "чл. 32, т. 1, б. „а“ (i) – изчезнал" or "Art. 32(1)(c) risk of abduction".
 */
const CATEGORY_ARTICLE =
  /(?:^|\s)(?:art|article|articolo|artikel|artykul|articulo|artigo|pants|чл)\s*32(?:\s|$)/;

/** An option text that starts with its Art. 32(1) point as a number: "32.1.a.i – …", "32(1)(c) …". */
const CATEGORY_NUMBER =
  /^\s*32\s*[.(]\s*1\s*\)?\s*[.(]?\s*[a-e]\s*\)?(?:\s*[.(]?\s*(?:i{1,3}|iv)\s*\)?)?(?![\p{L}\d])/iu;

/**
 * An option text that ends in its Art. 32(1) point: "Persuna nieqsa – (a)(i)",
 * "(b)", or the point and its item in one bracket, "Kind – Terror (d ii)".
 */
const CATEGORY_POINT = /\(\s*[a-e]\s*(?:(?:\)\s*\(\s*|\s+)(?:i{1,3}|iv)\s*)?\)\s*$/i;

/** Category lists hold at most the eight Art. 32(1) categories, three legacy codes and a prompt. */
const MAX_CATEGORY_OPTIONS = 12;

let promptWords: Set<string> | undefined;

/**
 * Tells whether an option only prompts for a choice: an empty or -1 value, a
 * text without letters or digits ("--"), or a prompt word ("Seleziona",
 * "-- bitte wählen --").
 */
export function isPromptOption(option: OptionInfo): boolean {
  const value = option.value.trim();
  if (value === '' || value === '-1' || !/[\p{L}\p{N}]/u.test(option.text)) return true;

  promptWords ??= new Set(words.PROMPT_OPTIONS.map(normalizeText));
  const [first] = splitWords(normalizeText(option.text));
  return promptWords.has(first);
}

const OPTION_LISTS = {
  sex: words.SEX_OPTIONS,
  action: words.ACTION_OPTIONS,
  caseType: words.CASE_TYPE_OPTIONS,
  risk: words.RISK_OPTIONS,
  warning: words.WARNING_OPTIONS,
  document: words.DOCUMENT_OPTIONS,
  language: words.LANGUAGE_OPTIONS,
  appointed: APPOINTED,
  colour: words.COLOUR_OPTIONS,
  hair: words.HAIR_ONLY_OPTIONS,
  eye: words.EYE_ONLY_OPTIONS,
  country: words.COUNTRY_OPTIONS,
  level: words.LEVEL_OPTIONS,
};
type OptionListName = keyof typeof OPTION_LISTS;

/** Lists that name a field once enough options belong to them. */
const FIELD_LISTS: { list: OptionListName; fieldId: string; weight: number; minimum: number }[] = [
  { list: 'sex', fieldId: 'sex', weight: 0.9, minimum: 2 },
  { list: 'action', fieldId: 'action_on_hit', weight: 0.8, minimum: 2 },
  { list: 'caseType', fieldId: 'case_type', weight: 0.8, minimum: 2 },
  { list: 'risk', fieldId: 'risk_indicators', weight: 0.8, minimum: 2 },
  { list: 'warning', fieldId: 'warning_flags', weight: 0.75, minimum: 2 },
  { list: 'document', fieldId: 'id_document_type', weight: 0.8, minimum: 2 },
  { list: 'language', fieldId: 'languages', weight: 0.8, minimum: 3 },
  { list: 'appointed', fieldId: 'guardian_status', weight: 0.8, minimum: 1 },
  // A grading such as a risk level is no catalogue field, because RISK codes name the risks.
  { list: 'level', fieldId: NOT_A_FIELD, weight: 0.9, minimum: 2 },
];

let optionIndex: PhraseIndex<OptionListName> | undefined;

/** Lists whose choices portals often give as checkboxes with names of their own. */
const CHOICE_LISTS: readonly OptionListName[] = ['risk', 'warning', 'language'];

/**
 * Returns the lists among risks, warnings and languages that one choice's
 * text belongs to, as "Fled a care centre before" belongs to the warnings.
 */
export function choiceLists(text: string): Set<string> {
  const lists = listsOf(splitWords(normalizeText(text)));
  return new Set(CHOICE_LISTS.filter((list) => lists.has(list)));
}

function listsOf(optionWords: readonly string[]): Set<OptionListName> {
  optionIndex ??= createPhraseIndex(OPTION_LISTS);
  return optionIndex(optionWords);
}

/**
 * Options read per list. The first 40 of a sorted country or year list still
 * show what it is, and a country list can hold 250 options.
 */
const MAX_ANALYSED_OPTIONS = 40;
const SUMMARY_OPTIONS = 3;

const analyses = new WeakMap<readonly OptionInfo[], OptionAnalysis>();
/** Analyses by the values and texts of the options read, for lists that portals repeat. */
const analysesByContent = new Map<string, OptionAnalysis>();
/** Bound on `analysesByContent`, so a long-lived page does not grow it without limit. */
const MAX_CACHED_LISTS = 2_000;

/**
 * Returns the fields and date part an option list suggests. Each list is
 * analysed once, and so is each sequence of values and texts, because the
 * analysis reads nothing else and forms repeat lists such as yes and no or
 * a date's days.
 */
export function analyzeOptions(options: readonly OptionInfo[]): OptionAnalysis {
  let analysis = analyses.get(options);
  if (analysis) return analysis;

  const sample = options.slice(0, MAX_ANALYSED_OPTIONS + 1);
  // Each string is prefixed with its length, so no two lists share a key.
  const key = sample
    .map(({ value, text }) => `${value.length}:${value}${text.length}:${text}`)
    .join('');
  analysis = analysesByContent.get(key);
  if (!analysis) {
    analysis = analyzeSample(sample);
    if (analysesByContent.size >= MAX_CACHED_LISTS) analysesByContent.clear();
    analysesByContent.set(key, analysis);
  }
  analyses.set(options, analysis);
  return analysis;
}

function analyzeSample(options: readonly OptionInfo[]): OptionAnalysis {
  const real = options.filter((option) => !isPromptOption(option));
  const texts = real.map((option) => normalizeText(option.text));
  const role = datePartRole(real, texts);
  if (role) return { fields: [], role };
  if (real.length === 0) return { fields: [] };

  const callingCodes = real.filter((option) => CALLING_CODE.test(option.text)).length;
  if (callingCodes >= 2) {
    return { fields: [{ fieldId: 'phone_numbers', weight: 0.8 }] };
  }

  const lists = texts.map((text) => listsOf(splitWords(text)));
  // NCIC codes appear as values or as texts, so each option offers its upper-case text when short.
  const values = real.map((option) => {
    const text = option.text.trim().toUpperCase();
    return /^[A-Z]{3}$/.test(text) ? text : option.value.trim().toUpperCase();
  });
  const count = (list: OptionListName) => lists.filter((found) => found.has(list)).length;

  // Category options describe risks, abduction and protection ("D(i) rischio di tratta"),
  // so a category list suggests nothing else.
  if (isCategoryList(real, texts)) return { fields: [{ fieldId: 'alert_category', weight: 0.85 }] };

  const fields: OptionFieldHint[] = [];
  for (const { list, fieldId, weight, minimum } of FIELD_LISTS) {
    if (count(list) >= minimum) fields.push({ fieldId, weight });
  }
  fields.push(...colourHints(lists, values));
  fields.push(...countryHints(count('country'), values));
  return { fields };
}

function isCategoryList(options: readonly OptionInfo[], texts: readonly string[]): boolean {
  if (options.length < 3 || options.length > MAX_CATEGORY_OPTIONS) return false;
  const hits = options.filter((option, index) => {
    const value = option.value
      .replace(/[_()]+/g, ' ')
      .trim()
      .toLowerCase();
    const text = texts[index];
    return (
      CATEGORY_CODE.test(value) ||
      CATEGORY_CODE.test(text) ||
      CATEGORY_LEAD.test(text) ||
      CATEGORY_ARTICLE.test(text) ||
      CATEGORY_POINT.test(option.text) ||
      CATEGORY_NUMBER.test(option.text)
    );
  });
  return hits.length >= 3 && hits.length >= options.length - 1;
}

function colourHints(
  lists: readonly Set<OptionListName>[],
  values: readonly string[],
): OptionFieldHint[] {
  const count = (list: OptionListName, codes: readonly string[]) =>
    lists.filter((found, index) => found.has(list) || codes.includes(values[index])).length;
  const colours = count('colour', words.SHARED_COLOUR_CODES);
  const hair = count('hair', words.HAIR_ONLY_CODES);
  const eye = count('eye', words.EYE_ONLY_CODES);
  if (colours + hair + eye < 3) return [];

  if (hair > eye) return [{ fieldId: 'hair_colour', weight: 0.8 }];
  if (eye > hair) return [{ fieldId: 'eye_colour', weight: 0.8 }];
  return [
    { fieldId: 'eye_colour', weight: 0.5 },
    { fieldId: 'hair_colour', weight: 0.5 },
  ];
}

function countryHints(names: number, values: readonly string[]): OptionFieldHint[] {
  const codes = values.filter((value) => words.COUNTRY_CODE_SAMPLE.includes(value)).length;
  if (names < 2 && codes < 3) return [];
  return [
    { fieldId: 'nationalities', weight: 0.6 },
    { fieldId: 'country_of_birth', weight: 0.55 },
    { fieldId: 'id_document_country', weight: 0.5 },
  ];
}

/** First three letters of month names in the vocabulary's languages, folded. */
// prettier-ignore
const MONTH_PREFIXES = new Set([
  'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'gen',
  'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'dic', 'mai', 'okt', 'dez', 'fev', 'avr', 'jui',
  'aou', 'ene', 'abr', 'out', 'sty', 'lut', 'kwi', 'maj', 'cze', 'lip', 'sie', 'wrz', 'paz',
  'lis', 'gru', 'fra', 'mej', 'gun', 'lul', 'aww', 'яну', 'фев', 'мар', 'апр', 'май', 'юни',
  'юли', 'авг', 'сеп', 'окт', 'ное', 'дек',
]);

/**
 * Recognises 1-31 as days, 1-12, twelve month names or I-XII in order as
 * months, and four-digit years. One option that is not a number, such as "Giorno", is
 * taken for a prompt.
 */
function datePartRole(
  options: readonly OptionInfo[],
  texts: readonly string[],
): DatePartRole | undefined {
  const numeric = texts.filter((text) => /^\d{1,4}$/.test(text));
  // A year list may be short, as the last three years of a "last seen" date.
  if (numeric.length >= 2 && numeric.length >= options.length - 1) {
    const numbers = numeric.map((text) => Number.parseInt(text, 10));
    const min = Math.min(...numbers);
    const max = Math.max(...numbers);
    if (numbers.every((number) => number >= 1000 && number <= 2200)) return 'year';
    if (min === 1 && max >= 28 && max <= 31 && numbers.length >= 28) return 'day';
    if (min === 1 && max === 12 && numbers.length === 12) return 'month';
    return undefined;
  }

  if (options.length < 12 || options.length > 13) return undefined;
  const named = texts.filter((text) => MONTH_PREFIXES.has(text.slice(0, 3)));
  if (named.length >= 10 && named.length >= options.length - 1) return 'month';
  // A thirteenth option first is a prompt, such as "--".
  const offset = options.length - ROMAN_MONTHS.length;
  const inOrder = texts.every(
    (text, index) => index < offset || text === ROMAN_MONTHS[index - offset],
  );
  return inOrder ? 'month' : undefined;
}

/** Months in Roman numerals, as Bulgarian, Polish and Italian forms write them. */
// prettier-ignore
const ROMAN_MONTHS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

/** Returns a short summary of an option list for the evidence shown to the officer. */
export function optionSummary(options: readonly OptionInfo[]): string {
  const shown: string[] = [];
  for (const option of options) {
    if (shown.length === SUMMARY_OPTIONS) break;
    if (!isPromptOption(option)) shown.push(option.text || option.value);
  }
  const more = options.length > shown.length + 1;
  return more ? `${shown.join(', ')}, … (${options.length})` : shown.join(', ');
}

/** Form in which an option list names languages, when every real option is one. */
export type LanguageListing = 'own-names' | 'codes';

let languageWords: { ownNames: Set<string>; codes: Set<string> } | undefined;

function languageWordSets(): { ownNames: Set<string>; codes: Set<string> } {
  languageWords ??= {
    ownNames: new Set(words.LANGUAGE_OWN_NAMES.map(normalizeText)),
    codes: new Set(words.LANGUAGE_SWITCH_CODES),
  };
  return languageWords;
}

/**
 * Returns how one text names a language: `codes` for an ISO 639-1 code ("FR",
 * "pt-PT"), `own-names` for the language's name in that language ("Polski"),
 * or undefined for any other text.
 */
export function languageNaming(text: string): LanguageListing | undefined {
  const { ownNames, codes } = languageWordSets();
  if (ownNames.has(normalizeText(text))) return 'own-names';
  return codes.has(text.trim().toLowerCase().split(/[-_]/)[0]) ? 'codes' : undefined;
}

/**
 * Returns how a list of two or more real options names languages, or
 * undefined when some option is no language. It is `own-names` when each
 * option names a language in that language ("Italiano", "Deutsch"). It is
 * `codes` when each is an ISO 639-1 code ("LV", "EN", "de-DE"), in its text or
 * its value, or an own name.
 */
export function languageListing(options: readonly OptionInfo[]): LanguageListing | undefined {
  const { ownNames, codes } = languageWordSets();
  const real = options.filter((option) => !isPromptOption(option));
  if (real.length < 2) return undefined;

  const isCode = (text: string) => codes.has(text.trim().toLowerCase().split(/[-_]/)[0]);
  // A country in brackets qualifies the language: "English (UK)", "Português (Portugal)".
  const named = real.filter((option) =>
    ownNames.has(normalizeText(option.text.replace(/\s*\([^()]*\)\s*$/, ''))),
  );
  if (named.length === real.length) return 'own-names';
  // A switch may show its codes in the page's script ("БГ") and keep the ISO code as the value.
  const coded = real.filter(
    (option) => named.includes(option) || isCode(option.text) || isCode(option.value),
  );
  return coded.length === real.length ? 'codes' : undefined;
}
