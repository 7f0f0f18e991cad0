/**
 * What an option list reveals: the field it suits (sexes, countries, colours,
 * categories) and, for numeric lists, the part of a date it holds (1-31,
 * 1-12, years).
 */
import type { OptionInfo } from '../messaging/page-model';
import { normalizeText, splitWords } from './normalize';
import * as words from './option-vocabulary';
import { type PhraseSet, createPhraseSet } from './phrase-set';
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

/** Options such as "-- bitte wählen --" or "Seleziona" that only prompt for a choice. */
export function isPromptOption(option: OptionInfo): boolean {
  const value = option.value.trim();
  if (value === '' || value === '-1') return true;
  return !/[\p{L}\p{N}]/u.test(option.text) && (value === '0' || value === '');
}

interface OptionList {
  set: PhraseSet;
  fieldId: string;
  weight: number;
  minimum: number;
}

let lists: OptionList[] | undefined;

function optionLists(): OptionList[] {
  lists ??= [
    { set: createPhraseSet(words.SEX_OPTIONS), fieldId: 'sex', weight: 0.9, minimum: 2 },
    { set: createPhraseSet(words.ACTION_OPTIONS), fieldId: 'action_on_hit', weight: 0.8, minimum: 2 },
    { set: createPhraseSet(words.CASE_TYPE_OPTIONS), fieldId: 'case_type', weight: 0.8, minimum: 2 },
    { set: createPhraseSet(words.RISK_OPTIONS), fieldId: 'risk_indicators', weight: 0.8, minimum: 2 },
    { set: createPhraseSet(words.WARNING_OPTIONS), fieldId: 'warning_flags', weight: 0.75, minimum: 2 },
    { set: createPhraseSet(words.LANGUAGE_OPTIONS), fieldId: 'languages', weight: 0.8, minimum: 3 },
    { set: createPhraseSet(APPOINTED), fieldId: 'guardian_status', weight: 0.8, minimum: 1 },
  ];
  return lists;
}

let colourSets: { colour: PhraseSet; hair: PhraseSet; eye: PhraseSet; country: PhraseSet } | undefined;

function colourAndCountrySets() {
  colourSets ??= {
    colour: createPhraseSet(words.COLOUR_OPTIONS),
    hair: createPhraseSet(words.HAIR_ONLY_OPTIONS),
    eye: createPhraseSet(words.EYE_ONLY_OPTIONS),
    country: createPhraseSet(words.COUNTRY_OPTIONS),
  };
  return colourSets;
}

/**
 * Options read per list. The first 40 of a sorted country or year list still
 * show what it is, and a country list can hold 250 options.
 */
const MAX_ANALYSED_OPTIONS = 40;

const analyses = new WeakMap<readonly OptionInfo[], OptionAnalysis>();

/** Analyses an option list, once per list; prompt options are left out. */
export function analyzeOptions(options: readonly OptionInfo[]): OptionAnalysis {
  let analysis = analyses.get(options);
  if (!analysis) {
    analysis = analyzeSample(options.slice(0, MAX_ANALYSED_OPTIONS + 1));
    analyses.set(options, analysis);
  }
  return analysis;
}

function analyzeSample(options: readonly OptionInfo[]): OptionAnalysis {
  const real = options.filter((option) => !isPromptOption(option));
  const role = datePartRole(real);
  if (role) return { fields: [], role };
  if (real.length === 0) return { fields: [] };

  const optionWords = real.map((option) => splitWords(normalizeText(option.text)));
  // NCIC codes appear as values or as texts, so each option offers its upper-case text when short.
  const values = real.map((option) => {
    const text = option.text.trim().toUpperCase();
    return /^[A-Z]{3}$/.test(text) ? text : option.value.trim().toUpperCase();
  });
  const fields: OptionFieldHint[] = [];

  if (countMatching(real, (option) => /\+\s?\d{1,4}\b/.test(option.text)) >= 2) {
    return { fields: [{ fieldId: 'phone_numbers', weight: 0.8 }] };
  }
  for (const list of optionLists()) {
    const hits = optionWords.filter((text) => list.set.matches(text)).length;
    if (hits >= list.minimum) fields.push({ fieldId: list.fieldId, weight: list.weight });
  }
  if (isCategoryList(real)) fields.push({ fieldId: 'alert_category', weight: 0.85 });
  fields.push(...colourHints(optionWords, values));
  fields.push(...countryHints(optionWords, values));
  return { fields };
}

function countMatching(options: readonly OptionInfo[], test: (option: OptionInfo) => boolean): number {
  return options.filter(test).length;
}

const CATEGORY_CODE = /^(?:(?:cat|category|categoria|kategorie|kategoria|categorie)\s*)?(?:2?a(?:\s*i{1,2})?|2?b|c|d(?:\s*i{1,3})?|e)$/;

function isCategoryList(options: readonly OptionInfo[]): boolean {
  const hits = options.filter((option) => {
    const value = normalizeText(option.value.replace(/_/g, ' '));
    const text = normalizeText(option.text.replace(/_/g, ' '));
    return CATEGORY_CODE.test(value) || CATEGORY_CODE.test(text);
  });
  return hits.length >= 3 && hits.length >= options.length - 1;
}

function colourHints(optionWords: string[][], values: string[]): OptionFieldHint[] {
  const sets = colourAndCountrySets();
  const count = (set: PhraseSet, codes: readonly string[]) =>
    optionWords.filter((text, index) => set.matches(text) || codes.includes(values[index])).length;
  const colours = count(sets.colour, words.SHARED_COLOUR_CODES);
  const hair = count(sets.hair, words.HAIR_ONLY_CODES);
  const eye = count(sets.eye, words.EYE_ONLY_CODES);
  if (colours + hair + eye < 3) return [];

  if (hair > eye) return [{ fieldId: 'hair_colour', weight: 0.8 }];
  if (eye > hair) return [{ fieldId: 'eye_colour', weight: 0.8 }];
  return [
    { fieldId: 'eye_colour', weight: 0.5 },
    { fieldId: 'hair_colour', weight: 0.5 },
  ];
}

function countryHints(optionWords: string[][], values: string[]): OptionFieldHint[] {
  const names = optionWords.filter((text) => colourAndCountrySets().country.matches(text)).length;
  const codes = values.filter((value) => words.COUNTRY_CODE_SAMPLE.includes(value)).length;
  if (names < 2 && codes < 3) return [];
  return [
    { fieldId: 'nationalities', weight: 0.6 },
    { fieldId: 'country_of_birth', weight: 0.55 },
    { fieldId: 'id_document_country', weight: 0.5 },
  ];
}

/** First three letters of month names in the vocabulary's languages, folded. */
const MONTH_PREFIXES = new Set([
  'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'gen',
  'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'dic', 'mai', 'okt', 'dez', 'fev', 'avr', 'jui',
  'aou', 'ene', 'abr', 'out', 'sty', 'lut', 'kwi', 'maj', 'cze', 'lip', 'sie', 'wrz', 'paz',
  'lis', 'gru', 'fra', 'mej', 'gun', 'lul', 'aww', 'яну', 'фев', 'мар', 'апр', 'май', 'юни',
  'юли', 'авг', 'сеп', 'окт', 'ное', 'дек',
]);

/**
 * Recognises 1-31 as days, 1-12 or twelve month names as months, and
 * four-digit years. One option that is not a number, such as "Giorno", is
 * taken for a prompt.
 */
function datePartRole(options: readonly OptionInfo[]): DatePartRole | undefined {
  const numeric = options.filter((option) => /^\d{1,4}$/.test(option.text.trim()));
  if (numeric.length >= 5 && numeric.length >= options.length - 1) {
    const numbers = numeric.map((option) => Number.parseInt(option.text.trim(), 10));
    const min = Math.min(...numbers);
    const max = Math.max(...numbers);
    if (numbers.every((number) => number >= 1000 && number <= 2200)) return 'year';
    if (min === 1 && max >= 28 && max <= 31 && numbers.length >= 28) return 'day';
    if (min === 1 && max === 12 && numbers.length === 12) return 'month';
    return undefined;
  }

  const named = options.filter((option) =>
    MONTH_PREFIXES.has(normalizeText(option.text).slice(0, 3)),
  );
  return named.length >= 10 && named.length >= options.length - 1 ? 'month' : undefined;
}

/** Returns a short summary of an option list for the evidence shown to the officer. */
export function optionSummary(options: readonly OptionInfo[]): string {
  const real = options.filter((option) => !isPromptOption(option));
  const shown = real.slice(0, 3).map((option) => option.text || option.value);
  return real.length > 3 ? `${shown.join(', ')}, … (${real.length})` : shown.join(', ');
}
