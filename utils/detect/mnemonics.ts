/**
 * Mnemonics of terminal screens that no vocabulary lists, such as "RSN/",
 * "GRD/" or "GRT/": three capitals that shorten an English field word, or
 * the words of one field term. Known mnemonics ("NAM", "DOB", "SMT") are
 * vocabulary words and stay as they are.
 */
import { isStopWord } from './tokenize';
import { vocabularyIndex } from './vocabulary-index';
import { MNEMONIC_WORDS } from './vocabulary-words';

/**
 * A label that is one mnemonic with the slash a terminal writes after it
 * ("RSN/"), or with the field number that a screen writes before it
 * ("29 RSN"). Alone, three capitals are more often a national
 * abbreviation, such as the Italian postcode "CAP" or the Spanish "TLF" for
 * a phone.
 */
const MNEMONIC_LABEL = /^\s*(?:([A-Z]{3})\s*\/|\d{1,3}\s+([A-Z]{3}))\s*$/;

const VOWELS = /[aeiouy]/g;

/** Tests of whether a group of letters shortens a word, tried in this order. */
const SHORTENINGS: ReadonlyArray<(letters: string, word: string) => boolean> = [
  // "CAT" for "category", "ACT" for "action".
  (letters, word) => word.length > letters.length && word.startsWith(letters),
  // "RSN" for "reason", "GRD" for "guardian": the first letter, then the first consonants.
  (letters, word) => word[0] === letters[0] && consonants(word).startsWith(letters.slice(1)),
  // "CTR" for "centre", "RPT" for "reporter": as above, with one consonant left out.
  (letters, word) => word[0] === letters[0] && leavesOutOne(letters.slice(1), consonants(word)),
];

/** The ways of shortening that a part of a combination may use ("GR" in "GRT"). */
const STRICT_SHORTENINGS = SHORTENINGS.slice(0, 2);

const expansions = new Map<string, string>();

/**
 * Returns the words that a label of one unknown mnemonic stands for, or the
 * label as it is. A mnemonic is read as one word when the letters shorten
 * exactly one of MNEMONIC_WORDS, and otherwise as two or three words that
 * the letters shorten in turn and that one vocabulary term combines
 * ("GRT" is "guardian telephone", "LSL" is "last seen location"). Letters that
 * shorten several words, or several such combinations, stay as they are.
 */
export function expandMnemonic(text: string): string {
  const match = MNEMONIC_LABEL.exec(text);
  const letters = (match?.[1] ?? match?.[2])?.toLowerCase();
  if (!letters || vocabularyIndex().knownWords.has(letters) || isStopWord(letters)) return text;

  let expansion = expansions.get(letters);
  if (expansion === undefined) {
    const word = oneWord(letters);
    expansion = (word === undefined ? combination(letters) : word) ?? '';
    expansions.set(letters, expansion);
  }
  return expansion || text;
}

/**
 * Returns the one word that the letters shorten, at the first test that finds
 * any. Returns null when that test finds several words, because the letters
 * are then no combination either, and undefined when no test finds a word.
 */
function oneWord(letters: string): string | null | undefined {
  for (const shortens of SHORTENINGS) {
    const words = distinctWords(MNEMONIC_WORDS.filter((word) => shortens(letters, word)));
    if (words.length === 1) return words[0];
    if (words.length > 1) return null;
  }
  return undefined;
}

/**
 * Returns the words that the letters shorten in turn and that one vocabulary
 * term combines, when only one set of such words exists. Three words by their
 * initials ("LSL") come first. Then come two words, one of them shortened by
 * two letters ("GRT").
 */
function combination(letters: string): string | undefined {
  const [a, b, c] = letters;
  for (const cuts of [
    [[a, b, c]],
    [
      [a + b, c],
      [a, b + c],
    ],
  ]) {
    const found = new Map<string, string>();
    for (const parts of cuts) {
      for (const words of wordsFor(parts)) {
        if (new Set(words).size < words.length || !shareTerm(words)) continue;
        const key = [...words].sort().join(' ');
        if (!found.has(key)) found.set(key, words.join(' '));
      }
    }
    if (found.size === 1) return [...found.values()][0];
    if (found.size > 1) return undefined;
  }
  return undefined;
}

/** Lists every choice of one word per part, each part shortening its word. */
function wordsFor(parts: readonly string[]): string[][] {
  let choices: string[][] = [[]];
  for (const part of parts) {
    const words = MNEMONIC_WORDS.filter((word) =>
      part.length === 1
        ? word.startsWith(part)
        : STRICT_SHORTENINGS.some((shortens) => shortens(part, word)),
    );
    choices = choices.flatMap((chosen) => words.map((word) => [...chosen, word]));
  }
  return choices;
}

/**
 * Tells whether the words, in their order, make one vocabulary phrase or
 * name distinct word groups of one term. Two words of one phrase count as
 * one ("last seen" in "last seen location"). "Centre" and "phone" name two
 * groups, while "contact" and "phone", two words of one group, do not.
 */
function shareTerm(words: readonly string[]): boolean {
  if (isPhrase(words)) return true;
  const units =
    words.length === 3 && (isPhrase(words.slice(0, 2)) || isPhrase(words.slice(1)))
      ? 2
      : words.length;

  const groups = words.map(
    (word) => uses().groupsByWord.get(word) ?? new Map<number, Set<number>>(),
  );
  for (const term of groups[0].keys()) {
    const inTerm = groups.map((byTerm) => byTerm.get(term));
    if (inTerm.some((set) => !set)) continue;
    if (new Set(inTerm.flatMap((set) => [...(set ?? [])])).size >= units) return true;
  }
  return false;
}

/** Tells whether the words follow one another in a vocabulary phrase. */
function isPhrase(words: readonly string[]): boolean {
  const { phraseWords } = vocabularyIndex();
  return (uses().phrasesByWord.get(words[0]) ?? []).some((id) => {
    const start = phraseWords[id].indexOf(words[0]);
    return words.every((word, offset) => phraseWords[id][start + offset] === word);
  });
}

/** Phrases of each vocabulary word, and the groups it belongs to in each term. */
interface WordUses {
  phrasesByWord: Map<string, number[]>;
  groupsByWord: Map<string, Map<number, Set<number>>>;
}

let wordUses: WordUses | undefined;

function uses(): WordUses {
  if (wordUses) return wordUses;

  const index = vocabularyIndex();
  const built: WordUses = { phrasesByWord: new Map(), groupsByWord: new Map() };
  index.phraseWords.forEach((phrase, id) => {
    for (const part of phrase) {
      const phrases = built.phrasesByWord.get(part) ?? [];
      phrases.push(id);
      built.phrasesByWord.set(part, phrases);

      const byTerm = built.groupsByWord.get(part) ?? new Map<number, Set<number>>();
      for (const use of index.uses[id]) {
        const groups = byTerm.get(use.term) ?? new Set<number>();
        groups.add(use.group);
        byTerm.set(use.term, groups);
      }
      built.groupsByWord.set(part, byTerm);
    }
  });
  wordUses = built;
  return built;
}

/** Collapses a word and its longer forms ("report", "reported", "reporter") to the shortest. */
function distinctWords(words: readonly string[]): string[] {
  return words.filter((word) => !words.some((other) => other !== word && word.startsWith(other)));
}

function consonants(word: string): string {
  return word.slice(1).replace(VOWELS, '');
}

/** Tells whether the letters start the text once one of its letters before the last is left out. */
function leavesOutOne(letters: string, text: string): boolean {
  for (let skipped = 0; skipped < letters.length; skipped++) {
    if (text.slice(0, skipped) + text.slice(skipped + 1, letters.length + 1) === letters)
      return true;
  }
  return false;
}
