import { CODE_LISTS, LEGACY_ALERT_CATEGORY, LEGACY_HAIR, type ClosedCodeList } from '../catalogue';
import { alertCategoryOfText } from './alert-category-text';
import { CODE_KEYWORDS, codeOfKeywords } from './code-keywords';
import { foldText } from './normalize';
import { EYE_WORDS, GUARDIAN_ANSWERS, HAIR_WORDS, SEX_VALUES, SEX_WORDS } from './option-words';

/** Forms of one code list's codes in portal option values and texts. */
export interface CodeVocabulary {
  /** Forms of the code that a portal may use as an option value, matched exactly. */
  values(code: string): string[];
  /**
   * Returns the code that an option value or text stands for, or undefined
   * when it stands for none or for more than one. `lang` is the page language,
   * tried first where names differ by language.
   */
  codeOf(text: string, lang?: string): string | undefined;
}

const WORDS: Partial<Record<ClosedCodeList, Record<string, string[]>>> = {
  SEX: SEX_WORDS,
  EYE: EYE_WORDS,
  HAIR: HAIR_WORDS,
  GUARDIAN_STATUS: GUARDIAN_ANSWERS,
};

const LEGACY_CODES: Partial<Record<ClosedCodeList, Record<string, string>>> = {
  ALERT_CATEGORY: LEGACY_ALERT_CATEGORY,
  HAIR: LEGACY_HAIR,
};

function valuesFor(list: ClosedCodeList, code: string): string[] {
  if (list === 'SEX') return SEX_VALUES[code];
  const legacy = LEGACY_CODES[list] ?? {};
  return [code, ...Object.keys(legacy).filter((old) => legacy[old] === code)];
}

function foldedForms(list: ClosedCodeList, code: string): Set<string> {
  const words = WORDS[list]?.[code] ?? [];
  return new Set([...valuesFor(list, code), ...words].map(foldText));
}

/** Builds the vocabulary of a closed code list: catalogue codes, legacy codes and words. */
export function closedVocabulary(list: ClosedCodeList): CodeVocabulary {
  const codes: readonly string[] = CODE_LISTS[list];
  const forms = new Map(codes.map((code) => [code, foldedForms(list, code)]));

  const codeOf = (text: string): string | undefined => {
    if (list === 'ALERT_CATEGORY') return alertCategoryOfText(text);
    const folded = foldText(text);
    const found = codes.filter((code) => forms.get(code)?.has(folded));
    if (found.length === 1) return found[0];
    const keywords = CODE_KEYWORDS[list];
    return found.length === 0 && keywords ? codeOfKeywords(keywords, folded) : undefined;
  };

  return { values: (code) => valuesFor(list, code), codeOf };
}
