import type { ClosedCodeList, CodeList } from '../catalogue';
import { closedVocabulary, type CodeVocabulary } from './code-vocabulary';
import { countryVocabulary } from './country-vocabulary';
import { languageVocabulary } from './language-vocabulary';

const closed = new Map<ClosedCodeList, CodeVocabulary>();

/** Returns the vocabulary of a code list, building a closed list's once. */
export function vocabularyOf(list: CodeList): CodeVocabulary {
  if (list === 'COUNTRY') return countryVocabulary;
  if (list === 'LANGUAGE') return languageVocabulary;

  let vocabulary = closed.get(list);
  if (!vocabulary) {
    vocabulary = closedVocabulary(list);
    closed.set(list, vocabulary);
  }
  return vocabulary;
}
