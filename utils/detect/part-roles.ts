/**
 * The part of a date that one control of a split date holds: day, month or
 * year, from autocomplete tokens, option ranges, short labels ("Tag", "MM"),
 * placeholders, the empty option of a select ("gg") or the last word of the
 * name (`dob-day`, `ddlNascitaGG`).
 */
import type { ControlInfo, OptionInfo } from '../messaging/page-model';
import { autocompleteRole } from './autocomplete';
import { type EvidenceItem, isFormatMask } from './evidence';
import { normalizeText, splitWords } from './normalize';
import { type DatePartRole, analyzeOptions } from './options';
import { identifierWords, tokenizeText } from './tokenize';
import { DATE, PART_ROLE_WORDS, TIME, TIME_PART_WORDS } from './vocabulary-words';

/** The part of a time split over an hour control and a minute control. */
export type TimePartRole = 'hour' | 'minute';

let roleByWord: Map<string, DatePartRole> | undefined;

/** Returns the map from normalised day, month and year words to their role. */
export function partRoleWords(): Map<string, DatePartRole> {
  roleByWord ??= rolesByWord(PART_ROLE_WORDS);
  return roleByWord;
}

/** Returns a map from each normalised word of the lists to the role of its list. */
function rolesByWord<Role extends string>(
  lists: Record<Role, readonly string[]>,
): Map<string, Role> {
  const roles = new Map<string, Role>();
  for (const [role, list] of Object.entries(lists) as [Role, readonly string[]][]) {
    for (const word of list) roles.set(normalizeText(word), role);
  }
  return roles;
}

/** Labels this short can only be a part's name ("Tag", "Giorno (gg)"), not a field's. */
const MAX_PART_LABEL_WORDS = 2;

/** Returns the role of a control in a split date, if its markup names one. */
export function datePartRole(
  info: ControlInfo,
  evidence: readonly EvidenceItem[],
  options?: readonly OptionInfo[],
): DatePartRole | undefined {
  if (info.kind !== 'text' && info.kind !== 'select') return undefined;

  const fromAutocomplete = info.autocomplete ? autocompleteRole(info.autocomplete) : undefined;
  if (fromAutocomplete) return fromAutocomplete;

  if (options?.length) {
    const fromOptions = analyzeOptions(options).role;
    if (fromOptions) return fromOptions;
  }

  // The empty first option of a select often names the part: "gg", "Monat", "Year".
  const emptyOptions = (options ?? []).filter((option) => option.value.trim() === '');
  const shortTexts = evidence
    .filter((item) => item.form === 'label')
    .map((item) => item.text)
    .concat(info.placeholder ?? [])
    .concat(emptyOptions.map((option) => option.text));
  for (const text of shortTexts) {
    const role = roleOfShortText(text);
    if (role) return role;
  }

  for (const item of evidence) {
    if (item.form !== 'identifier') continue;
    const role = roleOfIdentifier(item.text);
    if (role) return role;
  }
  return undefined;
}

function roleOfShortText(text: string): DatePartRole | undefined {
  const words = splitWords(normalizeText(text));
  if (words.length === 0 || words.length > MAX_PART_LABEL_WORDS) return undefined;
  // The first box of a terminal's date may carry the date's prompt too: "DOB/ DAY/".
  const [first, last] = words;
  if (words.length === 2 && (first === 'dob' || partWords().date.has(first))) {
    return partRoleWords().get(last);
  }
  const roles = new Set(words.map((word) => partRoleWords().get(word)));
  return roles.size === 1 ? [...roles][0] : undefined;
}

/** Single letters (`dob_d`) count only after another word, so a name `d` alone is no day. */
function roleOfIdentifier(identifier: string): DatePartRole | undefined {
  const words = identifierWords(identifier);
  const last = words[words.length - 1];
  if (!last || (last.length === 1 && words.length < 2)) return undefined;
  return partRoleWords().get(last);
}

let timeRoleByWord: Map<string, TimePartRole> | undefined;

function timePartRoleWords(): Map<string, TimePartRole> {
  timeRoleByWord ??= rolesByWord(TIME_PART_WORDS);
  return timeRoleByWord;
}

/**
 * Returns the part of a date or a time that a control contains. A list of
 * hours or minutes is a clock's part even where its prompt reads as a date
 * part, as "mm" does. Otherwise a date part comes before a time part.
 */
export function partRole(
  info: ControlInfo,
  evidence: readonly EvidenceItem[],
): DatePartRole | TimePartRole | undefined {
  const clock =
    info.kind === 'select' && info.options ? timeRoleOfOptions(info.options) : undefined;
  return clock ?? datePartRole(info, evidence, info.options) ?? timePartRole(info, evidence);
}

/**
 * Returns the role of a control that contains the hour or the minutes of a
 * time, from its short label or placeholder or the last word of its name.
 */
function timePartRole(
  info: ControlInfo,
  evidence: readonly EvidenceItem[],
): TimePartRole | undefined {
  if (info.kind !== 'text' && info.kind !== 'select') return undefined;
  const words = timePartRoleWords();
  // A mask placeholder ("HH") is no label evidence, so it is read from the control's facts.
  const placeholder: EvidenceItem[] = info.placeholder
    ? [{ source: 'placeholder', text: info.placeholder, form: 'label' }]
    : [];
  for (const item of [...evidence, ...placeholder]) {
    if (item.form === 'label') {
      const labelWords = splitWords(normalizeText(item.text));
      if (labelWords.length === 0 || labelWords.length > MAX_PART_LABEL_WORDS) continue;
      const roles = new Set(labelWords.map((word) => words.get(word)));
      const [role] = roles;
      if (roles.size === 1 && role) return role;
    } else if (item.form === 'identifier') {
      const last = identifierWords(item.text)
        .filter((word) => !/^\d+$/.test(word))
        .at(-1);
      const role = last === undefined ? undefined : words.get(last);
      if (role) return role;
    }
  }
  return undefined;
}

/** Minutes between two options of a minute select: every minute, every 5, 10 or 15. */
const MINUTE_STEPS = new Set([1, 5, 10, 15]);

/** Recognises the hours 0 to 23, and the minutes from 0 in MINUTE_STEPS up to the last step before 60. */
function timeRoleOfOptions(options: readonly OptionInfo[]): TimePartRole | undefined {
  const numbers: number[] = [];
  for (const option of options) {
    const text = option.text.trim();
    if (/^\d{1,2}$/.test(text)) numbers.push(Number(text));
  }
  // One option more may be a prompt, such as "--" or "hh".
  if (numbers.length < 4 || numbers.length < options.length - 1) return undefined;
  const step = numbers[1] - numbers[0];
  const inSteps = numbers.every((number, index) => number === numbers[0] + index * step);
  if (!inSteps || numbers[0] !== 0) return undefined;
  const last = numbers[numbers.length - 1];
  if (step === 1 && last === 23) return 'hour';
  if (MINUTE_STEPS.has(step) && last === 60 - step) return 'minute';
  return undefined;
}

let dateTimeWords: Record<'date' | 'time', Set<string>> | undefined;

function partWords(): Record<'date' | 'time', Set<string>> {
  dateTimeWords ??= {
    date: new Set([...DATE, 'dt'].map(normalizeText)),
    // A time control after a date may be labelled by its preposition alone: "Abgang am [date] um [time]".
    time: new Set(
      // "chas" is Bulgarian "час" in Latin letters, as in the name `signalChas`.
      [...TIME, 'hh', 'hhmm', 'hour', 'clock', 'um', 'at', 'alle', 'às', 'chas'].map(normalizeText),
    ),
  };
  return dateTimeWords;
}

/** Tells whether a normalised word names a date, a time, or a part of a date or a time. */
export function isPartWord(word: string): boolean {
  const { date, time } = partWords();
  return (
    date.has(word) || time.has(word) || partRoleWords().has(word) || timePartRoleWords().has(word)
  );
}

/**
 * Tells whether a text box's label starts or ends with a word of the date or
 * of the time: "Date last seen" and "Time last seen", or a terminal's "left
 * dt" and "left time", each before its own box.
 */
export function namesPartAtEdge(
  unit: { info: ControlInfo; evidence: readonly EvidenceItem[] },
  part: 'date' | 'time',
): boolean {
  if (unit.info.kind !== 'text') return false;
  const words = partWords()[part];
  return unit.evidence.some((item) => {
    if (item.form !== 'label') return false;
    const labelWords = wordsWithoutMasks(item.text);
    const last = labelWords[labelWords.length - 1];
    return last !== undefined && (words.has(labelWords[0]) || words.has(last));
  });
}

/** Returns a label's words without its format masks: "time" of "TIME (HHMM)". */
function wordsWithoutMasks(text: string): string[] {
  return tokenizeText(text).filter((word) => !(/\p{L}/u.test(word) && isFormatMask(word)));
}

/**
 * Tells whether a control's short label ("Ora", "Uhrzeit") or the last word of
 * its name (`txtData`, `dtAllontanamento$txtOra`) names the date or the time
 * half of a date and time pair. A date's name may also start with the word.
 */
export function namesPart(
  unit: { info: ControlInfo; evidence: readonly EvidenceItem[] },
  part: 'date' | 'time',
): boolean {
  const words = partWords()[part];

  for (const item of unit.evidence) {
    if (item.form === 'label') {
      const labelWords = wordsWithoutMasks(item.text);
      const short = labelWords.length > 0 && labelWords.length <= MAX_PART_LABEL_WORDS;
      if (short && labelWords.every((word) => words.has(word))) return true;
    } else if (item.form === 'identifier') {
      const identifier = identifierWords(item.text);
      const last = identifier.at(-1);
      if (last && words.has(last)) return true;
      // A date's name may lead with the word: `DATA_ALLONT`, `fechaSalida`.
      if (part === 'date' && identifier.length > 1 && words.has(identifier[0])) return true;
    }
  }
  return false;
}
