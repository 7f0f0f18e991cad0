/**
 * Matching of one label's words against the vocabulary: which fields the label
 * names, how much of the label each explains, and which readings a more
 * specific one replaces ("Nazwisko rodowe" is the name at birth, not the surname).
 */
import { isStopWord } from './tokenize';
import { MIN_WILDCARD_CORE, type VocabularyIndex, vocabularyIndex } from './vocabulary-index';

/** One field that a label names. */
export interface LabelMatch {
  fieldId: string;
  /** Weight of the best matching term times a factor for the share of the label it explains. */
  score: number;
  /** Share of the label's meaningful words that the field's terms explain, 0 to 1. */
  coverage: number;
  /** Positions of the label words that the field's terms explain. */
  covered: number[];
  /** Highest number of groups of a matching term; more groups is more specific. */
  specificity: number;
}

/** A label that explains half of its words still scores 0.7 of the term's weight. */
const BASE_SHARE = 0.4;
const MIN_COMPOUND_PART = 3;
const MAX_COMPOUND_CACHE = 10_000;

const MAX_MATCH_CACHE = 10_000;

const compoundCache = new Map<string, string[]>();
const matchCache = new Map<string, LabelMatch[]>();

/**
 * Matches label words against the vocabulary. Context words (section headings,
 * legends) may complete a term of two or more groups when the label itself
 * matches one group, so "Name" under "Guardian" is the guardian's name. They
 * never match a field on their own. Fields that `isPossible` rejects (a flag
 * for a date input) are dropped before they can replace other readings.
 */
export function matchWords(
  words: readonly string[],
  contextWords: readonly string[] = [],
  isPossible: (fieldId: string) => boolean = () => true,
): LabelMatch[] {
  return matchLabel(words, contextWords, isPossible).matches;
}

/** The fields a label names, and the fields it names only as part of a more specific one. */
export interface LabelReading {
  matches: LabelMatch[];
  /** Fields whose words a more specific match explains ("Telefono" in "Telefono del centro"). */
  subsumed: string[];
}

/** Matches label words like `matchWords`, and also returns the fields it dropped as subsumed. */
export function matchLabel(
  words: readonly string[],
  contextWords: readonly string[] = [],
  isPossible: (fieldId: string) => boolean = () => true,
): LabelReading {
  // Portals repeat labels ("Telefono", "Nome") under the same headings, so results are cached.
  const key = `${words.join(' ')}|${contextWords.join(' ')}`;
  let all = matchCache.get(key);
  if (!all) {
    all = matchUncached(words, contextWords);
    if (matchCache.size >= MAX_MATCH_CACHE) matchCache.clear();
    matchCache.set(key, all);
  }
  const possible = all.filter((match) => isPossible(match.fieldId));
  const matches = dropSubsumed(possible);
  const subsumed = possible
    .filter((match) => !matches.includes(match))
    .map((match) => match.fieldId);
  return { matches, subsumed };
}

function matchUncached(words: readonly string[], contextWords: readonly string[]): LabelMatch[] {
  const index = vocabularyIndex();
  const labelWords = splitCompounds(index, words);
  const countable = labelWords.filter((word) => !index.neutralWords.has(word)).length;
  if (countable === 0) return [];

  const inLabel = findPhrases(index, labelWords);
  const inContext = findPhrases(index, splitCompounds(index, contextWords));
  return evaluateTerms(index, inLabel, inContext, labelWords, countable);
}

/**
 * Replaces unknown words by known parts: `datanascita` becomes `data nascita`,
 * `преписката` becomes `преписка`, and `staatsburgerschaften` becomes `staatsburgerschaft`.
 */
function splitCompounds(index: VocabularyIndex, words: readonly string[]): string[] {
  return words.flatMap((word) => {
    if (index.knownWords.has(word)) return [word];
    const stem =
      withoutArticle(index, word) ??
      withoutUmlautSpelling(index, word) ??
      withoutPluralEnding(index, word);
    if (stem) return [stem];
    if (word.length < 2 * MIN_COMPOUND_PART) return [word];

    let parts = compoundCache.get(word);
    if (!parts) {
      const split = splitCompound(index, word, 0);
      parts = split ? split.filter((part) => !isStopWord(part)) : [word];
      if (compoundCache.size >= MAX_COMPOUND_CACHE) compoundCache.clear();
      compoundCache.set(word, parts);
    }
    return parts;
  });
}

/** Bulgarian definite articles, longest first: "преписката" is "преписка" with "-та". */
const DEFINITE_ENDINGS = ['та', 'то', 'те', 'ът', 'ят', 'а', 'я'];
const CYRILLIC_WORD = /^[\u0400-\u04ff]+$/;
/** Shortest stem left after removing an article. */
const MIN_STEM = 3;

/** Returns the known stem of a Cyrillic word that carries a suffixed article, if any. */
function withoutArticle(index: VocabularyIndex, word: string): string | undefined {
  if (!CYRILLIC_WORD.test(word)) return undefined;
  return knownStem(index, word, DEFINITE_ENDINGS, MIN_STEM);
}

/**
 * Plural endings of Spanish and Portuguese ("-es") and of German ("-en"). A
 * final "-s" alone is no plural often enough: Latvian nouns end in it, as
 * "meklēšanas" in "Meklēšanas pamatojums" does.
 */
const PLURAL_ENDINGS = ['es', 'en'];
const LATIN_WORD = /^[a-z]+$/;
/** Shortest singular left after removing a plural ending. */
const MIN_SINGULAR = 4;

/**
 * Returns the known singular of a plural that the vocabulary lacks, if any:
 * "Staatsbürgerschaft(en)" reads as `staatsburgerschaften`, whose singular
 * is known.
 */
function withoutPluralEnding(index: VocabularyIndex, word: string): string | undefined {
  if (!LATIN_WORD.test(word)) return undefined;
  return knownStem(index, word, PLURAL_ENDINGS, MIN_SINGULAR);
}

/**
 * Returns the known word left after removing the first of `endings` that
 * the word ends with and that leaves at least `minLength` letters, if any.
 */
function knownStem(
  index: VocabularyIndex,
  word: string,
  endings: readonly string[],
  minLength: number,
): string | undefined {
  for (const ending of endings) {
    if (!word.endsWith(ending) || word.length - ending.length < minLength) continue;
    const stem = word.slice(0, -ending.length);
    if (index.knownWords.has(stem)) return stem;
  }
  return undefined;
}

/** German umlauts written as two letters in names and ids: `groesse`, `staatsangehoerigkeit`. */
const UMLAUT_SPELLING = /([aou])e/g;

/**
 * Returns the known word that a word spells with "ae", "oe" or "ue" for an
 * umlaut, as `person.staatsangehoerigkeit` does, if any. Folded vocabulary
 * words have lost their umlauts, so "größe" is `grosse`.
 */
function withoutUmlautSpelling(index: VocabularyIndex, word: string): string | undefined {
  const folded = word.replace(UMLAUT_SPELLING, '$1');
  return folded !== word && index.knownWords.has(folded) ? folded : undefined;
}

/** Splits a word into two or three known words, longest first part first, or returns null. */
function splitCompound(index: VocabularyIndex, word: string, depth: number): string[] | null {
  if (depth > 2) return null;

  for (let cut = word.length - MIN_COMPOUND_PART; cut >= 2; cut--) {
    const head = word.slice(0, cut);
    const headKnown = head.length >= MIN_COMPOUND_PART && index.knownWords.has(head);
    // A stop word may join two known parts, as `di` in `datadinascita`.
    if (!headKnown && !(depth > 0 && isStopWord(head))) continue;

    const tail = word.slice(cut);
    if (tail.length >= MIN_COMPOUND_PART && index.knownWords.has(tail)) return [head, tail];

    const rest = splitCompound(index, tail, depth + 1);
    if (rest) return [head, ...rest];
  }
  return null;
}

/** Positions of each phrase found in the words, by phrase id. */
type Occurrences = Map<number, number[]>;

/**
 * Finds the vocabulary phrases in the words: whole phrases, `core*` and
 * `*core` words. A word that a phrase contains takes no wildcard, so
 * "Muttersprache" is the language and not the mother (`mutter*`).
 */
function findPhrases(index: VocabularyIndex, words: readonly string[]): Occurrences {
  const found: Occurrences = new Map();
  const add = (id: number, positions: number[]) => {
    const known = found.get(id);
    if (known) known.push(...positions);
    else found.set(id, positions);
  };

  words.forEach((word, position) => {
    for (const id of index.byFirstWord.get(word) ?? []) {
      const phrase = index.phraseWords[id];
      if (phrase.every((part, offset) => words[position + offset] === part)) {
        add(
          id,
          phrase.map((_, offset) => position + offset),
        );
      }
    }
    if (index.knownWords.has(word)) return;
    for (let end = word.length; end >= MIN_WILDCARD_CORE; end--) {
      for (const id of index.byPrefix.get(word.slice(0, end)) ?? []) add(id, [position]);
    }
    for (let start = 0; start <= word.length - MIN_WILDCARD_CORE; start++) {
      for (const id of index.bySuffix.get(word.slice(start)) ?? []) add(id, [position]);
    }
  });
  return found;
}

/** Progress of one term: groups found in the label or the context, and label words explained. */
interface TermProgress {
  inLabel: Set<number>;
  inContext: Set<number>;
  covered: number[];
}

/** Scores each field whose terms are complete, with the label words its terms explain. */
function evaluateTerms(
  index: VocabularyIndex,
  inLabel: Occurrences,
  inContext: Occurrences,
  labelWords: readonly string[],
  countable: number,
): LabelMatch[] {
  const progress = new Map<number, TermProgress>();
  for (const [phrase, positions] of inLabel) {
    for (const use of index.uses[phrase]) {
      let entry = progress.get(use.term);
      if (!entry) {
        entry = { inLabel: new Set(), inContext: new Set(), covered: [] };
        progress.set(use.term, entry);
      }
      entry.inLabel.add(use.group);
      entry.covered.push(...positions);
    }
  }
  for (const phrase of inContext.keys()) {
    for (const use of index.uses[phrase]) progress.get(use.term)?.inContext.add(use.group);
  }

  const byField = new Map<string, { weight: number; covered: Set<number>; specificity: number }>();
  for (const [termId, entry] of progress) {
    const term = index.terms[termId];
    if (!isComplete(term.groups.length, entry)) continue;

    const field = byField.get(term.fieldId) ?? { weight: 0, covered: new Set(), specificity: 0 };
    field.weight = Math.max(field.weight, term.weight);
    field.specificity = Math.max(field.specificity, term.groups.length);
    for (const position of entry.covered) field.covered.add(position);
    byField.set(term.fieldId, field);
  }

  return [...byField].map(([fieldId, entry]) => {
    const covered = [...entry.covered].sort((a, b) => a - b);
    const countedCover = covered.filter(
      (position) => !index.neutralWords.has(labelWords[position]),
    );
    const coverage = Math.min(1, countedCover.length / countable);
    const score = entry.weight * (BASE_SHARE + (1 - BASE_SHARE) * coverage);
    return { fieldId, score, coverage, covered, specificity: entry.specificity };
  });
}

/** Tells whether all groups of a term occur; context counts only in terms of two or more. */
function isComplete(groupCount: number, entry: TermProgress): boolean {
  if (entry.inLabel.size === groupCount) return true;
  if (groupCount < 2) return false;
  for (let group = 0; group < groupCount; group++) {
    if (!entry.inLabel.has(group) && !entry.inContext.has(group)) return false;
  }
  return true;
}

/**
 * Drops a field whose explained words are a subset of another field's, unless
 * both explain the same words equally specifically (then the label is ambiguous).
 */
function dropSubsumed(matches: LabelMatch[]): LabelMatch[] {
  return matches.filter(
    (match) => !matches.some((other) => other !== match && subsumes(other, match)),
  );
}

function subsumes(wider: LabelMatch, narrower: LabelMatch): boolean {
  const wide = new Set(wider.covered);
  if (!narrower.covered.every((position) => wide.has(position))) return false;
  return wide.size > narrower.covered.length || wider.specificity > narrower.specificity;
}
