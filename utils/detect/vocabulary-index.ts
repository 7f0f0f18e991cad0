/**
 * Lookup structures over the vocabulary, built once per page on first use so
 * that matching a label costs a few map lookups per word.
 */
import { normalizeText, splitWords } from './normalize';
import { isStopWord } from './tokenize';
import { FIELD_TERMS, NEUTRAL_WORDS, NON_FIELD_TERMS, NOT_A_FIELD } from './vocabulary';

/** Minimum length of the fixed part of a `vormund*` or `*vater` word. */
export const MIN_WILDCARD_CORE = 4;

export interface IndexedTerm {
  /** Catalogue field id, or NOT_A_FIELD for the terms of controls that contain no field. */
  fieldId: string;
  weight: number;
  /** Phrase ids per group; the term matches when each group has one phrase. */
  groups: number[][];
}

export interface PhraseUse {
  term: number;
  group: number;
}

export interface VocabularyIndex {
  terms: IndexedTerm[];
  /** Words of each phrase, normalised and without stop words. */
  phraseWords: string[][];
  /** Phrase ids by their first word. */
  byFirstWord: Map<string, number[]>;
  /** One-word phrases written `core*`, by core. */
  byPrefix: Map<string, number[]>;
  /** One-word phrases written `*core`, by core. */
  bySuffix: Map<string, number[]>;
  /** Terms and groups in which each phrase occurs, by phrase id. */
  uses: PhraseUse[][];
  /** Every word of every phrase, for splitting compounds such as `datanascita`. */
  knownWords: Set<string>;
  neutralWords: Set<string>;
}

let cached: VocabularyIndex | undefined;

/** Returns the vocabulary index, building it on the first call. */
export function vocabularyIndex(): VocabularyIndex {
  cached ??= buildIndex();
  return cached;
}

function buildIndex(): VocabularyIndex {
  const index: VocabularyIndex = {
    terms: [],
    phraseWords: [],
    byFirstWord: new Map(),
    byPrefix: new Map(),
    bySuffix: new Map(),
    uses: [],
    knownWords: new Set(),
    neutralWords: new Set(NEUTRAL_WORDS.flatMap((word) => splitWords(normalizeText(word)))),
  };
  const phraseIds = new Map<string, number>();

  const entries = [...Object.entries(FIELD_TERMS), [NOT_A_FIELD, NON_FIELD_TERMS] as const];
  for (const [fieldId, terms] of entries) {
    for (const term of terms) {
      const termId = index.terms.length;
      const groups = term.groups.map((group, groupId) =>
        group
          .map((phrase) => internPhrase(index, phraseIds, phrase))
          .filter((id): id is number => id !== undefined)
          .map((id) => {
            index.uses[id].push({ term: termId, group: groupId });
            return id;
          }),
      );
      index.terms.push({ fieldId, weight: term.weight, groups });
    }
  }
  return index;
}

/** Adds a phrase to the index once and returns its id; empty phrases get none. */
function internPhrase(
  index: VocabularyIndex,
  phraseIds: Map<string, number>,
  phrase: string,
): number | undefined {
  const wildcard = phrase.startsWith('*') ? 'suffix' : phrase.endsWith('*') ? 'prefix' : null;
  const words = splitWords(normalizeText(phrase)).filter((word) => !isStopWord(word));
  if (words.length === 0) return undefined;

  const key = `${wildcard ?? ''}:${words.join(' ')}`;
  const known = phraseIds.get(key);
  if (known !== undefined) return known;

  const id = index.phraseWords.length;
  phraseIds.set(key, id);
  index.phraseWords.push(words);
  index.uses.push([]);

  if (wildcard && words.length === 1 && words[0].length >= MIN_WILDCARD_CORE) {
    const map = wildcard === 'prefix' ? index.byPrefix : index.bySuffix;
    append(map, words[0], id);
  } else {
    append(index.byFirstWord, words[0], id);
    for (const word of words) index.knownWords.add(word);
  }
  return id;
}

function append(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}
