/**
 * Terminal screens whose prompts carry no slash: "SURN", "BDTE" or the
 * hyphenated "GIV-NM" and "LFT-DT" before the boxes, some with a mark
 * before the box ("DOB ▸"), where a screen of the same kind elsewhere
 * writes "SURN/". Where most labelled controls of a frame have such a
 * prompt, the frame is a terminal screen and each prompt is read as its
 * mnemonic: the words it stands for ("date last seen" for "DLSN", "given
 * name" for "GIV-NM"), so that the steps that join a date and its time read
 * them too. On a web form, a few capitals alone are more often a national
 * abbreviation, such as the Italian postcode "CAP", and stay as they are.
 */
import { type EvidenceItem, isFormatMask } from './evidence';
import type { FrameScan, ScannedUnit } from './frame-scan';
import { conventionalWords, expandMnemonic, expandPromptPart } from './mnemonics';
import { vocabularyIndex } from './vocabulary-index';

/**
 * A prompt: groups of capitals joined by hyphens, dots or slashes, each with
 * the number of the box where a field has several ("WRN1", "OTH-NM2",
 * "ENT.AGCY", "CH/GVN"). A qualifier in brackets may follow ("BRTH(D)") or
 * stand alone ("(T)" for the time after a date). Any marks other than a
 * number sign may come last.
 */
const PROMPT =
  /^((?:[A-Z]{1,6}\d?(?:[-./][A-Z]{1,6}\d?)*)?(?:\([A-Z]{1,4}\))?)\s*[^\p{L}\p{N}\s#]*$/u;

/** The hyphen, dot, slash or bracket between the parts of a prompt. */
const PART_SEPARATOR = /[-./()]/;

/**
 * One-letter qualifiers in brackets and the words they stand for: "BRTH(D)"
 * is the date of birth, "BRTH(P)" the place, "LEFT(T)" the time.
 */
const QUALIFIERS: Readonly<Record<string, string>> = {
  d: 'date',
  t: 'time',
  p: 'place',
  c: 'country',
  e: 'estimated',
  b: 'birth',
};

/** A prompt of three or four capitals, which may be a mnemonic of its own. */
const MNEMONIC = /^[A-Z]{3,4}\d?$/;

/** Minimum number of prompts on a terminal screen. */
const MIN_PROMPTS = 8;

/** Smallest share of the labelled controls with a prompt on a terminal screen. */
const MIN_PROMPT_SHARE = 0.5;

/** Returns the scan with each prompt read as a mnemonic when the frame is a terminal screen. */
export function withTerminalPrompts(scan: FrameScan): FrameScan {
  let labelled = 0;
  let prompted = 0;
  let capitals = 0;
  for (const unit of scan.units) {
    const text = unit.evidence.find((item) => item.form === 'label')?.text;
    if (text === undefined) continue;
    const label = withoutFieldMarks(text);
    labelled++;
    if (promptOf(label) || LEADER_PROMPT.test(label)) prompted++;
    if (CAPITALS_LABEL.test(label)) capitals++;
  }
  if (prompted < MIN_PROMPTS) return scan;
  const inCapitals = capitals >= labelled * MIN_CAPITALS_SHARE;
  if (!inCapitals && prompted < labelled * MIN_PROMPT_SHARE) return scan;
  return { ...scan, units: scan.units.map(withMnemonics) };
}

/**
 * Returns a label without the marks a screen draws around its boxes and the
 * number before a prompt: "] 13 DOB DD [" is "DOB DD" on a Unisys T27 screen,
 * whose boxes are bracketed and whose prompts are numbered.
 */
function withoutFieldMarks(text: string): string {
  return text.replace(/^[\s[\]]*(?:\d{1,3}\s+(?=\p{Lu}))?/u, '').replace(/[\s[\]]+$/, '');
}

/** A label in capitals, without small letters: "SIS CAT", "PREV MISSING EPISODES". */
const CAPITALS_LABEL = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

/**
 * Smallest share of labels in capitals on a screen that writes prompts of
 * several words, as HP 3000 VPLUS screens do: their one-word prompts alone
 * are fewer than half the labels.
 */
const MIN_CAPITALS_SHARE = 0.8;

/**
 * A prompt of words in capitals that ends in a colon, most often after dot
 * leaders, as VME and AS/400 screens write them: "GDN NAME . . . :",
 * "EST (Y/N) :".
 */
const LEADER_PROMPT = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*:\s*$/u;

/** A bracketed part of a label: a legend, a list of codes or a mask. */
const BRACKETED = /\(([^()]*)\)/g;

/** Minimum number of codes in a bracketed list: "(TR EX FM)", "(NAME/CTRY/TEL)". */
const MIN_LISTED_CODES = 3;

/**
 * Tells whether a bracketed part of a terminal's label names no field: a
 * legend of codes ("A=APPTD N=NOT YET"), a list of three or more codes
 * ("AI AII B C", "NAME/CTRY/TEL") or a format mask ("DDMMCCYY").
 */
function isCodeHint(inner: string): boolean {
  if (inner.includes('=') || isFormatMask(inner)) return true;
  const codes = inner.split(/[\s/,]+/).filter(Boolean);
  return codes.length >= MIN_LISTED_CODES && codes.every((code) => /^[A-Z\d]{1,4}$/.test(code));
}

/** A word of capitals that may be a conventional abbreviation: "GDN", "RPTD", "L/S". */
const CAPITALS_WORD = /^[A-Z]{1,6}(?:\/[A-Z])?$/;

/**
 * Returns a label of words in capitals with each conventional abbreviation
 * replaced by its words ("GDN TEL/EMAIL" is "guardian telephone EMAIL"),
 * without its dot leaders and bracketed hints. Returns undefined for a
 * label with small letters, or with neither such an abbreviation nor a hint.
 */
function readCapitals(text: string): string | undefined {
  if (/\p{Ll}/u.test(text)) return undefined;
  let changed = false;
  const words = text
    .replace(BRACKETED, (whole, inner: string) => {
      if (!isCodeHint(inner)) return whole;
      changed = true;
      return ' ';
    })
    .replace(/[\s.:]+$/, '')
    .split(/\s+/)
    // "L/S" is one abbreviation, while "TEL/EMAIL" is two words.
    .flatMap((word) => (conventionalWords(word.toLowerCase()) ? [word] : word.split('/')))
    .map((word) => {
      const own = CAPITALS_WORD.test(word) ? conventionalWords(word.toLowerCase()) : undefined;
      if (own) changed = true;
      return own ?? word;
    });
  return changed ? words.join(' ') : undefined;
}

/**
 * Returns the capitals of a label that is one prompt, without its marks: two
 * letters or more, or a bracketed qualifier alone such as "(T)".
 */
function promptOf(text: string): string | undefined {
  const prompt = PROMPT.exec(text)?.[1];
  if (!prompt) return undefined;
  const letters = prompt.replace(/[^A-Z]/g, '');
  return letters.length >= 2 || prompt.startsWith('(') ? prompt : undefined;
}

/**
 * Returns the prompt that ends a label on a terminal screen. A screen in
 * one `pre` has no element around each prompt, so the text before a box
 * starts with the hint of the box before it on the same line ("Y/N ALT-DOB").
 */
function lastPromptOf(text: string): string | undefined {
  const words = text.trim().split(/\s+/);
  const marks = words.length > 1 && /^[^\p{L}\p{N}#]+$/u.test(words[words.length - 1]);
  return promptOf(words.slice(marks ? -2 : -1).join(' '));
}

function withMnemonics(unit: ScannedUnit): ScannedUnit {
  let changed = false;
  const evidence = unit.evidence.map((item): EvidenceItem => {
    if (item.form !== 'label') return item;
    const words = readTerminalLabel(withoutFieldMarks(item.text));
    if (words === item.text) return item;
    changed = true;
    return { ...item, text: words };
  });
  return changed ? { ...unit, evidence } : unit;
}

/**
 * Reads the text before a box on a terminal screen, or returns it without
 * its hints when no reading applies. A screen in one `pre` has no element
 * around each prompt, so the text may start with the hint of the box before
 * it on the same line: a legend in brackets ("(A=APPTD N=NOT YET) GDN
 * NAME"), choices ("Y/N ALT-DOB") or a mask. Without them, one word is read
 * as a prompt, and several words in capitals each as its abbreviation
 * ("CASE REF", "GDN TEL/EMAIL"), or else by their last word.
 */
function readTerminalLabel(text: string): string {
  const own = withoutLeadingHints(text);
  const prompt = lastPromptOf(own);
  const words = own.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  // A prompt that points at its box ("CMD>") is read alone, without the text of the line above.
  const pointing = /\p{L}>\s*$/u.test(own);
  let read: string | undefined;
  if (prompt && words.length <= 1) read = readPrompt(prompt) ?? readCapitals(own);
  else if (prompt && pointing) read = readPrompt(prompt) ?? prompt;
  else read = readWords(own, prompt);
  return read ?? own;
}

/**
 * Reads a label of several words in capitals word by word, or else by the
 * prompt that ends it, after the words before that prompt: "ISSUING" stays
 * before "FORCE/UNIT". A word that is no prompt of its own may end such a
 * label: "DEST PLACE :".
 */
function readWords(label: string, prompt: string | undefined): string | undefined {
  const capitals = readCapitals(label);
  if (capitals !== undefined || !prompt) return capitals;
  const read = readPrompt(prompt);
  const before = label.slice(0, label.lastIndexOf(prompt)).trim();
  return read && before ? `${before} ${read}` : read;
}

/** Tells whether a word is a hint of the box before: "(ISO3)", "Y/N", "A=APPTD", "DDMMYY". */
function isHintWord(word: string): boolean {
  if (/^\(.*\)$/.test(word) || word.includes('=')) return true;
  // "HGT" has the letters of a mask, but it is the prompt of the height.
  if (isFormatMask(word)) return !vocabularyIndex().knownWords.has(word.toLowerCase());
  // A unit after the box before ("CM", "KG") or the number of the next prompt ("18 SEX").
  if (UNIT_WORDS.has(word) || /^\d{1,3}$/.test(word)) return true;
  // "Y/N" offers choices, while "L/S" is the abbreviation of "last seen".
  return /^[A-Z](?:\/[A-Z])+$/.test(word) && !conventionalWords(word.toLowerCase());
}

/** Units that a screen writes after a box: "HGT [   ] CM". */
const UNIT_WORDS = new Set(['CM', 'KG', 'KGS', 'LB', 'LBS', 'FT', 'IN', 'YRS']);

/** Returns a label without the hints of the box before it at its start. */
function withoutLeadingHints(text: string): string {
  let rest = text.trim();
  const bracket = /^\([^()]*\)\s*/.exec(rest);
  // A qualifier alone, as "(T)" before a time, is the prompt itself.
  if (bracket && /\p{L}/u.test(rest.slice(bracket[0].length))) rest = rest.slice(bracket[0].length);
  let [word] = rest.split(/\s+/, 1);
  while (word && isHintWord(word) && rest.includes(' ')) {
    rest = rest.slice(word.length).trim();
    [word] = rest.split(/\s+/, 1);
  }
  return rest;
}

/**
 * Returns the words of a prompt: each hyphenated or dotted part's word, the
 * words of a conventional abbreviation ("AKA1"), the mnemonic's words, or
 * the word that a longer prompt starts. Returns
 * undefined when no part expands to a word.
 */
function readPrompt(prompt: string): string | undefined {
  if (PART_SEPARATOR.test(prompt)) {
    const parts = prompt
      .split(PART_SEPARATOR)
      .filter((part) => part !== '')
      .map((part) => part.replace(/\d$/, ''));
    const words = parts.map((part) =>
      part.length === 1 ? QUALIFIERS[part.toLowerCase()] : expandPromptPart(part),
    );
    if (words.every((word) => word === undefined)) return undefined;
    return words.map((word, index) => word ?? parts[index]).join(' ');
  }
  // A mnemonic's own reading comes first ("RPT" is the reporter), unless the
  // conventional one starts with it and adds words ("GIVN" is "given name").
  const own = conventionalWords(prompt.replace(/\d$/, '').toLowerCase());
  if (MNEMONIC.test(prompt)) {
    const slashed = `${prompt}/`;
    const expanded = expandMnemonic(slashed);
    if (expanded === slashed) return own;
    return own?.startsWith(`${expanded} `) ? own : expanded;
  }
  if (own) return own;
  // Longer prompts start their word, as "CLOTH" and "UNACC" do.
  const word = expandPromptPart(prompt.replace(/\d$/, ''));
  return word === prompt.toLowerCase() ? undefined : word;
}
