/**
 * Mnemonics of terminal screens that no vocabulary lists, such as "RSN/",
 * "GRD/" or "GRT/": three capitals that shorten an English field word, or
 * the words of one field term. Known mnemonics ("NAM", "DOB", "SMT") are
 * vocabulary words and stay as they are.
 */
import { isStopWord } from './tokenize';
import { vocabularyIndex } from './vocabulary-index';
import { MNEMONIC_WORDS, PROMPT_ABBREVIATIONS } from './vocabulary-words';

/**
 * A label that is one mnemonic of three or four capitals with the slash a
 * terminal writes after it ("RSN/", "SURN/", "WRN1/" for the first of
 * several boxes), or with the field number that a screen writes before it
 * ("29 RSN"). Alone, three capitals are more often a national abbreviation,
 * such as the Italian postcode "CAP" or the Spanish "TLF" for a phone. A
 * screen of bare prompts gets its slashes from `terminal-prompts.ts`.
 */
const MNEMONIC_LABEL = /^\s*(?:([A-Z]{3,4})\d?\s*\/|\d{1,3}\s+([A-Z]{3,4}))\s*$/;

const VOWELS = /[aeiouy]/g;

/** Tests of whether a group of letters shortens a word, tried in this order. */
const SHORTENINGS: ReadonlyArray<(letters: string, word: string) => boolean> = [
  // "CAT" for "category", "ACT" for "action".
  (letters, word) => word.length > letters.length && word.startsWith(letters),
  // "RSN" for "reason", "GRD" for "guardian": the first letter, then the first consonants.
  (letters, word) => word[0] === letters[0] && consonants(word).startsWith(letters.slice(1)),
  // "CTR" for "centre", "RPT" for "reporter": as above, with one consonant left out.
  (letters, word) => word[0] === letters[0] && leavesOutOne(letters.slice(1), consonants(word)),
  // "NATL" for "nationality", "GIVN" for "given": four letters of the word in their order.
  (letters, word) => letters.length === 4 && inOrder(letters, word),
];

/**
 * The ways of shortening that a part of a hyphenated prompt may use: as a
 * mnemonic, with the letters of the word in their order for three letters
 * too.
 */
const PROMPT_PART_SHORTENINGS: ReadonlyArray<(letters: string, word: string) => boolean> = [
  SHORTENINGS[0],
  SHORTENINGS[1],
  // "GDN" for "guardian", "BRTH" for "birth".
  (letters, word) => letters.length >= 3 && inOrder(letters, word),
];

/**
 * The ways of shortening that a part of a combination may use: "GR" in
 * "GRT", and three letters of the word in their order, as "DTE" for "date"
 * in "BDTE".
 */
const PART_SHORTENINGS: ReadonlyArray<(letters: string, word: string) => boolean> = [
  ...SHORTENINGS.slice(0, 2),
  (letters, word) => letters.length === 3 && inOrder(letters, word),
];

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
 * Returns the words of one part of a hyphenated prompt: "GIV"
 * in "GIV-NM" is "given", "BRTH" in "BRTH-NM" is "birth". A conventional
 * abbreviation ("DT", "PH") reads as its words and a vocabulary word stays
 * as it is. Other letters must shorten one of MNEMONIC_WORDS; of several,
 * the one whose consonants the letters spell in full wins, as "NM" is
 * "name" rather than "number". Returns undefined for letters that shorten no
 * word or several.
 */
export function expandPromptPart(part: string): string | undefined {
  const letters = part.toLowerCase();
  return conventionalWords(letters) ?? partWord(letters) ?? joinedParts(letters);
}

/** Returns the words of a conventional abbreviation such as "DT" or "PH", if it is one. */
export function conventionalWords(letters: string): string | undefined {
  return Object.hasOwn(PROMPT_ABBREVIATIONS, letters) ? PROMPT_ABBREVIATIONS[letters] : undefined;
}

function partWord(letters: string): string | undefined {
  if (vocabularyIndex().knownWords.has(letters) || isStopWord(letters)) return letters;
  const words = firstWords(letters, PROMPT_PART_SHORTENINGS);
  if (words.length <= 1) return words[0];
  const spelled = words.filter((word) => consonants(word) === letters.slice(1));
  return spelled.length === 1 ? spelled[0] : undefined;
}

/** Shortest head of a part written without its hyphen, as "KEY" in "KEYWRK". */
const MIN_JOINED_HEAD = 3;

/**
 * Returns the words of a part that joins a vocabulary word and a conventional
 * abbreviation without a hyphen: "KEYWRK" is "key worker". Only one way of
 * cutting the letters may give words.
 */
function joinedParts(letters: string): string | undefined {
  const found: string[] = [];
  for (let cut = MIN_JOINED_HEAD; cut <= letters.length - 2; cut++) {
    const head = letters.slice(0, cut);
    const tail = conventionalWords(letters.slice(cut));
    if (tail && vocabularyIndex().knownWords.has(head)) found.push(`${head} ${tail}`);
  }
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Returns the one word that the letters shorten, at the first test that finds
 * any. Returns null when that test finds several words, because the letters
 * are then no combination either, and undefined when no test finds a word.
 */
function oneWord(letters: string): string | null | undefined {
  const words = firstWords(letters, SHORTENINGS);
  if (words.length > 1) return null;
  return words[0];
}

/** Returns the distinct words of MNEMONIC_WORDS that the first test finding any finds. */
function firstWords(
  letters: string,
  tests: ReadonlyArray<(letters: string, word: string) => boolean>,
): string[] {
  for (const shortens of tests) {
    const words = distinctWords(MNEMONIC_WORDS.filter((word) => shortens(letters, word)));
    if (words.length > 0) return words;
  }
  return [];
}

/** Ways to cut three letters into words, the shortest words first. */
const CUTS_OF_THREE: readonly (readonly (readonly number[])[])[] = [
  [[1, 1, 1]],
  [
    [2, 1],
    [1, 2],
  ],
];

/**
 * Ways to cut four letters into words, two words first ("BPLC" is "birth
 * place"). A last word of one letter would be any of too many words.
 */
const CUTS_OF_FOUR: readonly (readonly (readonly number[])[])[] = [
  [
    [1, 3],
    [2, 2],
  ],
  [
    [1, 1, 2],
    [1, 2, 1],
    [2, 1, 1],
  ],
];

/**
 * Returns the words that the letters shorten in turn and that one vocabulary
 * term combines, when only one set of such words exists. Three words by their
 * initials ("LSL") come first. Then come two words, one of them shortened by
 * two letters ("GRT"). Four letters are two words first ("BSUR" for "birth
 * surname", "PTEL" for "placement telephone"), then three words, one of
 * them shortened by two letters ("DLSN" for "date last seen").
 */
function combination(letters: string): string | undefined {
  for (const cuts of letters.length === 3 ? CUTS_OF_THREE : CUTS_OF_FOUR) {
    const found = new Map<string, string>();
    for (const lengths of cuts) {
      const parts = cutLetters(letters, lengths);
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

/** Cuts the letters into parts of the given lengths. */
function cutLetters(letters: string, lengths: readonly number[]): string[] {
  let start = 0;
  return lengths.map((length) => letters.slice(start, (start += length)));
}

/** Lists every choice of one word per part, each part shortening its word. */
function wordsFor(parts: readonly string[]): string[][] {
  let choices: string[][] = [[]];
  for (const part of parts) {
    const words = MNEMONIC_WORDS.filter((word) =>
      part.length === 1
        ? word.startsWith(part)
        : PART_SHORTENINGS.some((shortens) => shortens(part, word)),
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

/**
 * Tells whether the word starts with the first letter and contains the others
 * in their order, with any letters between.
 */
function inOrder(letters: string, word: string): boolean {
  if (word[0] !== letters[0] || word.length <= letters.length) return false;
  let at = 1;
  for (const letter of letters.slice(1)) {
    at = word.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** Tells whether the letters start the text once one of its letters before the last is left out. */
function leavesOutOne(letters: string, text: string): boolean {
  for (let skipped = 0; skipped < letters.length; skipped++) {
    if (text.slice(0, skipped) + text.slice(skipped + 1, letters.length + 1) === letters)
      return true;
  }
  return false;
}
