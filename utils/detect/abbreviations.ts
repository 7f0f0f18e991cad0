/**
 * Abbreviated label words, cut at a full stop: "Data nasc.", "Miejsce ur.",
 * "Tgb.-Nr.", "Iestādes tālr.". Each is replaced by the vocabulary word it
 * stands for before the label is matched.
 */
import { foldLatin } from './normalize';
import { isStopWord } from './tokenize';
import { vocabularyIndex } from './vocabulary-index';
import { ABBREVIATIONS } from './vocabulary-words';

/**
 * Shortest abbreviation read as the start of a vocabulary word. Shorter ones
 * ("ur.", "dz.") start too many words, so they need an entry in ABBREVIATIONS.
 */
export const MIN_ABBREVIATION = 4;

/**
 * A word followed by a full stop and no letter. The letters of a dotted
 * acronym such as "D.O.B." or "n.º" do not count, as a letter or a full stop
 * touches them on one side.
 */
const ABBREVIATED_WORD = /(?<![\p{L}.])(\p{L}+)\.(?![\p{L}.])/gu;

/**
 * A word contracted to its first and last letters around a hyphen, as
 * Bulgarian and Polish forms write "Д-та" for "Дата", "М-то" for "Мястото" and
 * "m-ce" for "miejsce". Longer heads or tails, as in "e-mail" or "Tgb.-Nr.",
 * are compounds.
 */
const CONTRACTED_WORD = /(?<![\p{L}.-])(\p{L}{1,2})-(\p{L}{1,3})(?![\p{L}-])/gu;

/** "№" and "#" stand for "number", as in "Рег. №" or "Case #". */
const NUMBER_SIGN = /[№#]/g;

/** Bound on each cache of expansions, by abbreviation or by contraction. */
const MAX_CACHED_ABBREVIATIONS = 10_000;

let explicit: Map<string, string> | undefined;
let links: VocabularyLinks | undefined;
const startedWords = new Map<string, string[]>();
/** Expansion of each contraction by its folded head and tail, empty when it has none. */
const contractions = new Map<string, string>();

/**
 * Replaces each abbreviated or contracted word of a label by the vocabulary
 * word it stands for, and a number sign by the word "no".
 */
export function expandAbbreviations(label: string): string {
  let text = label.replace(NUMBER_SIGN, ' no ');
  if (text.includes('-')) text = text.replace(CONTRACTED_WORD, expandContraction);
  if (!text.includes('.')) return text;
  // Other short abbreviations count as their words: "fisc." in "Cod. fisc." meets "codice".
  const folded = text.split(/[^\p{L}]+/u).map(foldLatin);
  const labelWords = new Set(folded.map((word) => explicitEntries().get(word) ?? word));
  return text.replace(ABBREVIATED_WORD, (whole: string, word: string) => {
    const expansion = expansionOf(foldLatin(word), labelWords);
    return expansion ? `${expansion} ` : whole;
  });
}

/**
 * Returns the vocabulary word that an abbreviation stands for: its entry in
 * ABBREVIATIONS, else the vocabulary word it starts. Words that form a
 * phrase with another of the label's words come first ("partic." in "Segni
 * partic." is "particolari", "fisc." in "Cod. fisc." is "fiscale"). Several
 * words must be alternatives in one term group, as "nascita" and "nascimento"
 * are. A known word, a stop word and a start of words of different meanings
 * stay as they are.
 */
export function expansionOf(
  folded: string,
  labelWords: ReadonlySet<string> = new Set(),
): string | undefined {
  const entry = explicitEntries().get(folded);
  if (entry) return entry;
  if (folded.length < MIN_ABBREVIATION || isStopWord(folded)) return undefined;

  const candidates = wordsStartedBy(folded);
  const inPhrase = candidates.filter((word) => formsPhrase(word, labelWords));
  if (inPhrase.length > 0 && shareTermGroup(inPhrase)) return preferred(inPhrase);
  if (candidates.length > 0 && shareTermGroup(candidates)) return preferred(candidates);
  return undefined;
}

/**
 * Returns the vocabulary word that a contraction such as "Д-та" stands for:
 * the words that start with its head and end with its tail, when they are
 * alternatives in one term group. Otherwise the text stays as it is.
 */
function expandContraction(whole: string, head: string, tail: string): string {
  const start = foldLatin(head);
  const end = foldLatin(tail);
  const key = `${start}-${end}`;
  let expansion = contractions.get(key);
  if (expansion === undefined) {
    const candidates = [...vocabularyIndex().knownWords].filter(
      (word) =>
        word.length > start.length + end.length && word.startsWith(start) && word.endsWith(end),
    );
    expansion = candidates.length > 0 && shareTermGroup(candidates) ? preferred(candidates) : '';
    if (contractions.size >= MAX_CACHED_ABBREVIATIONS) contractions.clear();
    contractions.set(key, expansion);
  }
  return expansion || whole;
}

/** Returns the entries of ABBREVIATIONS, folded like label words. */
function explicitEntries(): Map<string, string> {
  explicit ??= new Map(
    Object.entries(ABBREVIATIONS).map(([short, word]) => [foldLatin(short), foldLatin(word)]),
  );
  return explicit;
}

/** Returns the vocabulary words that start with `start` and are longer; none for a known word. */
function wordsStartedBy(start: string): string[] {
  let words = startedWords.get(start);
  if (!words) {
    const index = vocabularyIndex();
    words = index.knownWords.has(start)
      ? []
      : [...index.knownWords].filter(
          (word) => word.length > start.length && word.startsWith(start),
        );
    if (startedWords.size >= MAX_CACHED_ABBREVIATIONS) startedWords.clear();
    startedWords.set(start, words);
  }
  return words;
}

/** Tells whether all the words are alternatives in at least one term group. */
function shareTermGroup(words: readonly string[]): boolean {
  const groups = vocabularyLinks().groupsByWord;
  const shared = words
    .map((word) => groups.get(word) ?? new Set<string>())
    .reduce((common, next) => new Set([...common].filter((group) => next.has(group))));
  return shared.size > 0;
}

/** Tells whether a vocabulary phrase contains the word and another word of the label. */
function formsPhrase(word: string, labelWords: ReadonlySet<string>): boolean {
  const { phraseWords } = vocabularyIndex();
  const phrases = vocabularyLinks().phrasesByWord.get(word) ?? [];
  return phrases.some((id) =>
    phraseWords[id].some((other) => other !== word && labelWords.has(other)),
  );
}

/** Picks a word that is a phrase on its own, then the shortest. */
function preferred(words: readonly string[]): string {
  const { byFirstWord, phraseWords } = vocabularyIndex();
  const alone = words.filter((word) =>
    (byFirstWord.get(word) ?? []).some((id) => phraseWords[id].length === 1),
  );
  const pool = alone.length > 0 ? alone : words;
  return pool.reduce((shortest, word) => (word.length < shortest.length ? word : shortest));
}

/** For each vocabulary word, the term groups and the phrases that contain it. */
interface VocabularyLinks {
  groupsByWord: Map<string, Set<string>>;
  phrasesByWord: Map<string, number[]>;
}

function vocabularyLinks(): VocabularyLinks {
  if (links) return links;

  const index = vocabularyIndex();
  const built: VocabularyLinks = { groupsByWord: new Map(), phrasesByWord: new Map() };
  index.phraseWords.forEach((words, phraseId) => {
    for (const word of words) {
      const phrases = built.phrasesByWord.get(word) ?? [];
      phrases.push(phraseId);
      built.phrasesByWord.set(word, phrases);

      const groups = built.groupsByWord.get(word) ?? new Set<string>();
      for (const use of index.uses[phraseId]) groups.add(`${use.term}:${use.group}`);
      built.groupsByWord.set(word, groups);
    }
  });
  links = built;
  return built;
}
