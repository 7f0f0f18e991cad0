/**
 * Fields split over several controls: a date in day, month and year parts (in
 * any order), or a date input followed by a time input or by an hour and a
 * minute control. Neighbouring units with distinct roles become one field unit.
 */
import type { PartRole } from '../messaging/page-model';
import {
  type EvidenceItem,
  TRANSLATION_SEPARATOR,
  formatMaskIn,
  isDateMask,
  isFormatMask,
} from './evidence';
import {
  type FieldPart,
  MAX_DATE_PART_DISTANCE,
  MAX_DATE_TIME_DISTANCE,
  type ScannedField,
  areNeighbours,
} from './frame-scan';
import type { DatePartRole } from './options';
import { endsInTimePreposition } from './label-reading';
import { type TimePartRole, isPartWord, namesPart, namesPartAtEdge } from './part-roles';
import { type Steps, runSteps } from './steps';
import { normalizeText } from './normalize';
import { identifierWords, tokenizeText } from './tokenize';
import { ESTIMATED, FORMAT } from './vocabulary-words';

let approximate: Set<string> | undefined;
let format: Set<string> | undefined;

/** Words of estimates and approximations, normalised like label words. */
function approximateWords(): Set<string> {
  approximate ??= new Set(ESTIMATED.map(normalizeText));
  return approximate;
}

/** Words that introduce a format mask, normalised like label words. */
function formatWords(): Set<string> {
  format ??= new Set(FORMAT.map(normalizeText));
  return format;
}

/** The units of a frame in document order, with the date part that each one's markup names. */
interface PartList {
  units: readonly FieldPart[];
  roles: readonly PartListRole[];
}

type PartListRole = DatePartRole | TimePartRole | undefined;

const DATE_PART_ROLES: ReadonlySet<PartListRole> = new Set(['day', 'month', 'year']);

/**
 * Groups the units, in document order, into fields, and most fields have one
 * part. `roles` contains each unit's date part at the unit's index.
 */
export function groupSplitFields(
  units: readonly FieldPart[],
  roles: readonly PartListRole[],
): ScannedField[] {
  return runSteps(splitFieldSteps(units, roles));
}

/** Runs `groupSplitFields` as steps, with a pause after each field. */
export function* splitFieldSteps(
  units: readonly FieldPart[],
  roles: readonly PartListRole[],
): Steps<ScannedField[]> {
  const list: PartList = { units, roles };
  const fields: ScannedField[] = [];
  let index = 0;
  while (index < units.length) {
    yield;
    const split =
      datePartsAt(list, index) ??
      dateHourMinuteAt(list, index) ??
      dateTimeAt(list, index) ??
      partsByLengthAt(list, index);
    if (split) {
      fields.push(split);
      index += split.parts.length;
    } else {
      fields.push({ parts: [units[index]] });
      index++;
    }
  }
  return fields;
}

function datePartsAt(list: PartList, start: number): ScannedField | null {
  const { units, roles } = list;
  const parts: FieldPart[] = [];
  const partRoles: PartRole[] = [];
  for (let index = start; index < units.length && parts.length < 3; index++) {
    const unit = units[index];
    const role = roles[index];
    if (!role || !DATE_PART_ROLES.has(role) || partRoles.includes(role)) break;
    // Parts that only widget wrappers keep apart must be named by part words alone.
    const previous = parts[parts.length - 1];
    if (previous && !areNeighbours(previous, unit)) {
      if (!areNeighbours(previous, unit, MAX_DATE_PART_DISTANCE) || hasOwnLabel(unit, parts[0])) {
        break;
      }
    }
    parts.push(unit);
    partRoles.push(role);
  }
  if (!partRoles.includes('year') || !partRoles.includes('month')) return null;
  const date = { ...parts[0], evidence: parts.flatMap((part) => part.evidence) };
  const clock = hourMinuteAt(list, start + parts.length, parts[parts.length - 1], date);
  if (clock) return { parts: [...parts, ...clock], roles: [...partRoles, 'hour', 'minute'] };
  const time = units[start + parts.length];
  if (time && isTimeOfParts(parts, time)) {
    return { parts: [...parts, time], roles: [...partRoles, 'time'] };
  }
  return { parts, roles: partRoles };
}

/**
 * Tells whether a control after a date's day, month and year parts takes
 * the time of that date, as "Time" after the GOV.UK date parts of "When was
 * the child last seen?" does.
 */
function isTimeOfParts(parts: readonly FieldPart[], time: FieldPart): boolean {
  if (!holdsTime(time) || !areNeighbours(parts[parts.length - 1], time, MAX_DATE_TIME_DISTANCE)) {
    return false;
  }
  const date = { ...parts[0], evidence: parts.flatMap((part) => part.evidence) };
  return labelsAgree(date, time);
}

/**
 * Returns the hour and minute controls at `start` when they take the time of
 * the date that ends with `last`: near it, with labels that name no other
 * thing than the date's. `date` carries the date's labels.
 */
function hourMinuteAt(
  { units, roles }: PartList,
  start: number,
  last: FieldPart,
  date: FieldPart,
): FieldPart[] | null {
  const hour = units[start];
  const minute = units[start + 1];
  if (roles[start] !== 'hour' || roles[start + 1] !== 'minute' || !hour || !minute) return null;
  if (!areNeighbours(last, hour, MAX_DATE_TIME_DISTANCE)) return null;
  if (!areNeighbours(hour, minute, MAX_DATE_PART_DISTANCE)) return null;
  return labelsAgree(date, hour) && labelsAgree(date, minute) ? [hour, minute] : null;
}

/** Joins a date control and the hour and minute controls after it. */
function dateHourMinuteAt(list: PartList, start: number): ScannedField | null {
  const date = list.units[start];
  if (!date || !holdsDate(date, undefined)) return null;
  const clock = hourMinuteAt(list, start + 1, date, date);
  return clock ? { parts: [date, ...clock], roles: ['date', 'hour', 'minute'] } : null;
}

/**
 * Joins a date control and the time control after it. A hint that shows a
 * date and a time after the pair ("gg/mm/aaaa hh:mm") describes both, so the
 * date control takes its date mask ("gg/mm/aaaa") when it has no hint or
 * placeholder of its own. The whole hint would make a fill write the time
 * into the date control too.
 */
function dateTimeAt({ units }: PartList, start: number): ScannedField | null {
  const date = units[start];
  const time = units[start + 1];
  if (!date || !time) return null;
  // "Date last seen" and "Time last seen": each label names its half, and the rest agrees.
  const named = namesPartAtEdge(date, 'date') && namesPartAtEdge(time, 'time');
  if (!named && !holdsTime(time)) return null;
  if (!areNeighbours(date, time, MAX_DATE_TIME_DISTANCE)) return null;
  if (!labelsAgree(date, time) && !namesAgree(date, time)) return null;

  const shared = time.info.hint && isDateMask(time.info.hint) ? time.info.hint : undefined;
  if (!named && !holdsDate(date, shared)) return null;
  if (shared && !date.info.hint && !date.info.placeholder) {
    const info = { ...date.info, hint: dateMaskOf(shared) };
    return { parts: [{ ...date, info, dateLike: true }, time], roles: ['date', 'time'] };
  }
  return { parts: [date, time], roles: ['date', 'time'] };
}

/** Returns the date mask of a date and time hint: "gg/mm/aaaa" of "gg/mm/aaaa hh:mm". */
function dateMaskOf(hint: string): string {
  return hint.split(/\s+/).find((token) => isDateMask(token)) ?? hint;
}

const ROLES_BY_LENGTHS: Record<string, PartRole[]> = {
  '2,2,4': ['day', 'month', 'year'],
  '4,2,2': ['year', 'month', 'day'],
};

/**
 * Three neighbouring text inputs of 2, 2 and 4 characters, or 4, 2 and 2, with
 * no role words: day, month, year or year, month, day.
 * NOTE: 2, 2, 4 is taken as day first, as European portals order dates. A
 * month-first page must name its parts, or the roles come out wrong.
 */
function partsByLengthAt({ units, roles }: PartList, start: number): ScannedField | null {
  const parts = units.slice(start, start + 3);
  const named = roles.slice(start, start + 3).some((role) => role !== undefined);
  if (parts.length < 3 || named || parts.some((part) => part.info.kind !== 'text')) return null;
  if (!areNeighbours(parts[0], parts[1]) || !areNeighbours(parts[1], parts[2])) return null;
  // Boxes with labels of their own, as a terminal's "TRP/", "CAT/" and "TYP/", are three fields.
  if (parts.slice(1).some((part) => hasOwnLabel(part, parts[0]))) return null;

  const lengths = parts.map((part) => part.info.maxLength).join(',');
  const byLengths = ROLES_BY_LENGTHS[lengths];
  return byLengths ? { parts, roles: byLengths, tentative: true } : null;
}

/**
 * Tells whether a unit has a label with a word that names no date part, other
 * than a label it shares with the first part, such as the table cell to the
 * left of all three.
 */
function hasOwnLabel(unit: FieldPart, first: FieldPart): boolean {
  return unit.evidence.some(
    (item) =>
      item.form === 'label' &&
      !first.evidence.some((known) => known.source === item.source && known.text === item.text) &&
      tokenizeText(item.text).some((word) => !isPartWord(word) && !/^\d+$/.test(word)),
  );
}

/**
 * Tells whether the time control's own labels name the same thing as the date
 * control's. "Ora dell'allontanamento" after "Data dell'allontanamento" does,
 * but "Uhrzeit der Meldung" after "Geburtsdatum" does not. Labels that both
 * share, such as one table cell to their left, the date and time words and
 * numbers are left out, and one half of a label in two languages may agree alone.
 */
function labelsAgree(date: FieldPart, time: FieldPart): boolean {
  const shared = (item: EvidenceItem) =>
    date.evidence.some((known) => known.source === item.source && known.text === item.text);
  const dateWords = new Set(
    date.evidence
      .filter((item) => item.form === 'label')
      .flatMap((item) => tokenizeText(item.text)),
  );

  // Numbers are examples ("for example 21:30"), not names, and a mask in brackets is a format,
  // as is one after "Formato". An approximate time ("Hora aproximada") names what its date names.
  const agrees = (text: string) =>
    tokenizeText(withoutBracketedMask(text))
      .filter(
        (word) =>
          !isPartWord(word) &&
          !/^\d+$/.test(word) &&
          !approximateWords().has(word) &&
          !formatWords().has(word),
      )
      .every((word) => dateWords.has(word));
  // A widget's placeholders differ only in the part they name: "Select date", "Select time".
  const placeholders = date.evidence
    .filter((item) => item.source === 'placeholder')
    .map((item) => withoutPartWords(item.text));
  return time.evidence.every((item) => {
    if (item.form !== 'label' || shared(item)) return true;
    if (item.source === 'placeholder' && placeholders.includes(withoutPartWords(item.text))) {
      return true;
    }
    // One half of a label in two languages may be enough: "Hora" in "Ordua / Hora".
    return agrees(item.text) || item.text.split(TRANSLATION_SEPARATOR).some(agrees);
  });
}

/**
 * Tells whether the date's and the time's names are the same words but for a
 * date or time word, as `signalData` and `signalChas` are, and their labels
 * share a word stem, as "Сигналът е приет на" and "Час на приемане" do.
 */
function namesAgree(date: FieldPart, time: FieldPart): boolean {
  const stem = (unit: FieldPart) =>
    unit.evidence
      .filter((item) => item.form === 'identifier')
      .map((item) =>
        identifierWords(item.text)
          .filter((word) => !isPartWord(word))
          .join(' '),
      )
      .filter((words) => words !== '');
  const dateStems = stem(date);
  if (!stem(time).some((words) => dateStems.includes(words))) return false;

  const dateWords = labelWords(date);
  return labelWords(time).some((word) =>
    dateWords.some((other) => word.slice(0, MIN_STEM) === other.slice(0, MIN_STEM)),
  );
}

/** Letters that two label words share at their start to count as one stem. */
const MIN_STEM = 4;

/** Returns a unit's label words of at least MIN_STEM letters that name no date part. */
function labelWords(unit: FieldPart): string[] {
  return unit.evidence
    .filter((item) => item.form === 'label')
    .flatMap((item) => tokenizeText(item.text))
    .filter((word) => word.length >= MIN_STEM && !isPartWord(word));
}

/**
 * Tells whether a unit takes a date: a date input, or a text box with a date
 * mask or name, or whose label ends in "le" or "am" ("Vu(e) pour la dernière fois le").
 */
function holdsDate(unit: FieldPart, sharedHint: string | undefined): boolean {
  if (unit.info.kind === 'date') return true;
  if (unit.info.kind !== 'text') return false;
  if (unit.dateLike || sharedHint !== undefined || namesPart(unit, 'date')) return true;
  if (unit.evidence.some((item) => item.form === 'identifier' && DATE_PICKER.test(item.text))) {
    return true;
  }
  return unit.evidence.some((item) => item.form === 'label' && endsInTimePreposition(item.text));
}

/** The id or name of a date picker's text box, such as `DTP35_DateTimePickerInput` or `rdpBirth_dateInput`. */
const DATE_PICKER = /date_?(?:time_?)?(?:picker|input|box)/i;

/** Returns a text's words that name no date, time or part of a date, joined by spaces. */
function withoutPartWords(text: string): string {
  return tokenizeText(text)
    .filter((word) => !isPartWord(word))
    .join(' ');
}

/**
 * Tells whether a unit takes a time: a time input, or a text box with a time
 * mask in its placeholder, hint or title ("hh:mm", "чч:мм") or a name of the time.
 */
function holdsTime(unit: FieldPart): boolean {
  if (unit.info.kind === 'time') return true;
  if (unit.info.kind !== 'text') return false;
  const titles = unit.evidence.filter((item) => item.source === 'title').map((item) => item.text);
  // A label may be the mask, or end in it: a terminal's "HHMM", "Hora Formato hh:mm".
  const labels = unit.evidence.filter((item) => item.form === 'label').map((item) => item.text);
  for (const text of [unit.info.placeholder, ...titles, ...labels]) {
    const mask = text ? formatMaskIn(text) : undefined;
    if (mask && !isDateMask(mask)) return true;
  }
  // A hint after the box is its mask, whole or in brackets; its last word may start the next prompt.
  const { hint } = unit.info;
  const hintMask = hint && (isFormatMask(hint) ? hint : BRACKETED.exec(hint)?.[1]);
  if (hintMask && isFormatMask(hintMask) && !isDateMask(hintMask)) return true;
  return namesPart(unit, 'time');
}

const BRACKETED = /\(([^()]*)\)/;

/** Returns the text without its first bracketed part when that part is a format mask. */
function withoutBracketedMask(text: string): string {
  return text.replace(BRACKETED, (whole, inner: string) => (isFormatMask(inner) ? ' ' : whole));
}
