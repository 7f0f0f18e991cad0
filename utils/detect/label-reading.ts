/**
 * Reading a label or a control name into words for the matcher. Three
 * things in a label's form change which field it names. A final preposition
 * of place or time ("Zuletzt gesehen in", "Né(e) le") stands for a place or
 * a date word, a final preposition of agent ("Last seen by") names a person,
 * and a list in brackets only qualifies the words before it. A label that
 * starts with a search word ("Търсене по ЕГН", "Search by name") labels a
 * search box. Abbreviated words ("Data nasc.") are read as the words they
 * stand for.
 */
import { expandAbbreviations } from './abbreviations';
import { expandMnemonic } from './mnemonics';
import { normalizeText, splitWords } from './normalize';
import { identifierWords, tokenizeIdentifier, tokenizeText } from './tokenize';
import {
  AGENT_PREPOSITIONS,
  PLACE_PREPOSITIONS,
  SEARCH,
  TIME_PREPOSITIONS,
} from './vocabulary-words';

export interface LabelWords {
  /** Words to match: those outside brackets first, then those inside. */
  words: string[];
  /** Index in `words` of the first word of a bracketed list, or `words.length` when none. */
  bracketStart: number;
  /** The text ends in a preposition of agent, so it names a person's field or none. */
  namesAgent: boolean;
  /** The text starts with a search word and goes on, so it labels a search box. */
  namesSearch: boolean;
}

/** A place word and a date word of the vocabulary, standing for a final "in" and "le". */
const PLACE_WORD = 'place';
const DATE_WORD = 'date';

/**
 * "Vorname(n)", "Né(e)": a plural or feminine ending in brackets, which is no
 * qualifier. The endings are those that normalizeText joins to their word.
 */
const ENDING_IN_BRACKETS = /(\p{L})\((n|s|e|en|es|i)\)/gu;
/**
 * "minderjährige/r", "Ausländer/in", "Técnico/a": a gendered ending after a
 * slash, which is no second word. The word before the slash stays.
 */
const ENDING_AFTER_SLASH = /(\p{L})\/(?:r|in|innen|e|a|as|es|n)(?!\p{L})/gu;
const BRACKETS = /\(([^()]*)\)/g;
/**
 * Brackets that list items ("nome, paese, telefono") qualify the words before
 * them. Other brackets may give another name for the same thing, as in
 * "Familienname (Geburtsname)", so their words stay part of the label.
 */
const LIST_SEPARATOR = /[,;]|\s\/\s/;

let prepositions:
  { place: Set<string>; time: Set<string>; agent: Set<string>; search: Set<string> } | undefined;

function finalWords() {
  prepositions ??= {
    place: new Set(PLACE_PREPOSITIONS.map(normalizeText)),
    time: new Set(TIME_PREPOSITIONS.map(normalizeText)),
    agent: new Set(AGENT_PREPOSITIONS.map(normalizeText)),
    search: new Set(SEARCH.map(normalizeText).filter((word) => !word.includes(' '))),
  };
  return prepositions;
}

/**
 * The arrow of a terminal screen's command line, "COMMAND ===>" or
 * "ACTION ==>": the word before it names the command the operator types,
 * which is no data of the record.
 */
const COMMAND_ARROW = /={2,}>\s*$/;

/**
 * A function key's assignment, "F2=NEXT SCREEN" or "PF3=EXIT": a label with
 * one is a terminal's command line, where the operator types a line number
 * or a command.
 */
const FUNCTION_KEY = /(?<![\p{L}\p{N}])P?F\d{1,2}\s*=/iu;

/**
 * Reads a label text, leaving out the `ignored` words, such as day and month
 * words. For a control that requests a date, a final preposition of place
 * reads as a date word, because Portuguese "em" and French "à" precede either.
 */
export function readLabel(
  text: string,
  ignored?: ReadonlySet<string>,
  asksForDate = false,
): LabelWords {
  if (COMMAND_ARROW.test(text) || FUNCTION_KEY.test(text))
    return { words: [], bracketStart: 0, namesAgent: false, namesSearch: false };
  const inner: string[] = [];
  const ungendered = text.includes('/') ? text.replace(ENDING_AFTER_SLASH, '$1') : text;
  const outer = ungendered.includes('(') ? withoutListBrackets(ungendered, inner) : ungendered;

  const keep = (word: string) => !ignored?.has(word);
  const words = tokenizeText(expandAbbreviations(expandMnemonic(outer))).filter(keep);
  // A final preposition counts before a bracket: "Nato il (gg mm aaaa)" requests a date.
  const last = lastWord(outer.includes('(') ? outer.replace(BRACKETS, ' ') : outer);
  const { place, time, agent, search } = finalWords();
  const hasLead = words.length > 0;
  if (last && hasLead && place.has(last)) words.push(asksForDate ? DATE_WORD : PLACE_WORD);
  else if (last && hasLead && time.has(last)) words.push(DATE_WORD);

  const bracketStart = words.length;
  const innerWords = inner.flatMap((content) => tokenizeText(expandAbbreviations(content)));
  words.push(...innerWords.filter(keep));
  const first = outer.match(LETTERS)?.[0];
  return {
    words,
    bracketStart,
    namesAgent: Boolean(last && hasLead && agent.has(last)),
    namesSearch: words.length > 1 && first !== undefined && search.has(normalizeText(first)),
  };
}

/** Removes the bracketed lists of a text and collects their contents in `lists`. */
function withoutListBrackets(text: string, lists: string[]): string {
  const joined = text.replace(ENDING_IN_BRACKETS, '$1$2');
  return joined.replace(BRACKETS, (whole: string, content: string) => {
    if (!LIST_SEPARATOR.test(content)) return whole;
    lists.push(content);
    return ' ';
  });
}

const LETTERS = /\p{L}+/gu;

/** Tells whether a label ends in a preposition that requests a date, as "Né(e) le" does. */
export function endsInTimePreposition(text: string): boolean {
  const last = lastWord(text.includes('(') ? text.replace(BRACKETS, ' ') : text);
  return last !== undefined && finalWords().time.has(last);
}

/** Returns a text's last word, normalised. Normalising one word keeps many labels cheap. */
function lastWord(text: string): string | undefined {
  const word = text.match(LETTERS)?.at(-1);
  return word === undefined ? undefined : normalizeText(word);
}

/** The word of a name or id that only marks it as an identifier. */
const GENERIC_ID = 'id';

/** Reads a control's name or id, such as `lastSeenBy` or `ctl00$Main$txtCognome`. */
export function readIdentifier(text: string, ignored?: ReadonlySet<string>): LabelWords {
  let words = tokenizeIdentifier(text).filter((word) => !ignored?.has(word));
  // A framework's generated id, such as Element Plus's "el-id-5302-20", has no word but "id".
  if (words.length === 1 && words[0] === GENERIC_ID) words = [];
  const last = identifierWords(text).at(-1);
  const namesAgent = Boolean(last && words.length > 0 && finalWords().agent.has(last));
  return { words, bracketStart: words.length, namesAgent, namesSearch: false };
}

/** Maximum length of a preposition of place or time, in letters ("presso"). */
const MAX_PREPOSITION_LENGTH = 6;

/** Tells whether a label's words are a single preposition of place or time ("à", "am"). */
export function isLonePreposition(text: string): boolean {
  // Most labels are longer, so this check spares them the normalisation. The two
  // more characters leave room for a colon or spaces, as in "à :".
  if (text.length > MAX_PREPOSITION_LENGTH + 2) return false;
  const words = splitWords(normalizeText(text));
  if (words.length !== 1) return false;
  const { place, time } = finalWords();
  return place.has(words[0]) || time.has(words[0]);
}
