import type { FieldType } from '../catalogue';
import type { ControlInfo, PageValue, PartRole } from '../messaging/page-model';
import { dateFormatCandidates } from './date-infer';
import {
  dateFormatUnits,
  formatWithout,
  fullYear,
  parseDateText,
  type DateFormat,
} from './date-format';
import type { DateUnit } from './date-mask';
import { datePartOfText } from './date-part-options';
import { arePartsValid, formatIsoParts, parseIsoParts, type DateParts } from './iso-date';
import { CLOCK_ROLES, chosenOptions } from './page-text';

/** Formats to try on a page's text: the control's, and for a date-time each with a time. */
function formatsToTry(control: ControlInfo, type: FieldType, lang?: string): DateFormat[] {
  const formats = dateFormatCandidates(control, lang);
  if (type === 'partial-date' || type === 'partial-date-list') {
    const reduced = formats.flatMap((format) => [
      formatWithout(format, ['day']),
      formatWithout(format, ['day', 'month']),
    ]);
    return [...formats, ...reduced];
  }
  if (type !== 'datetime') return formats;
  const withTime = formats
    .filter((format) => !dateFormatUnits(format).has('hour'))
    .map((format) => `${format} HH:mm`);
  return [...formats, ...withTime];
}

/**
 * Tells whether parts are complete enough for a field of the type.
 * NOTE: a date-time field in a date-only control reads as `YYYY-MM-DD`,
 * because the page shows no time.
 */
function fitsType(parts: DateParts, type: FieldType): boolean {
  if (type === 'partial-date' || type === 'partial-date-list') return true;
  return parts.day !== undefined;
}

/**
 * Reads a date that a control shows as text into the draft's ISO form, in
 * the control's own format. Returns undefined when the text fits no format,
 * or fits two formats with different dates (such as 05/03 when the order of
 * day and month is unknown).
 */
export function parseDateOfControl(
  text: string,
  control: ControlInfo,
  type: FieldType,
  lang?: string,
): string | undefined {
  const found = new Set<string>();
  for (const format of formatsToTry(control, type, lang)) {
    const parts = parseDateText(text, format);
    if (parts && fitsType(parts, type)) found.add(formatIsoParts(parts));
  }
  return found.size === 1 ? [...found][0] : undefined;
}

function partNumber(
  value: PageValue,
  control: ControlInfo,
  unit: DateUnit,
  pageLang?: string,
): number | undefined {
  const lang = control.lang ?? pageLang;
  if (value.kind === 'text') return datePartOfText(value.text, unit, lang);
  if (value.kind !== 'options') return undefined;
  const [option] = chosenOptions(value.selected, control);
  if (!option) return undefined;
  return datePartOfText(option.text, unit, lang) ?? datePartOfText(option.value, unit);
}

function isBlank(value: PageValue, control: ControlInfo): boolean {
  if (value.kind === 'text') return value.text.trim() === '';
  if (value.kind === 'options') return chosenOptions(value.selected, control).length === 0;
  return false;
}

export type PartsReading =
  { status: 'empty' } | { status: 'valid'; iso: string } | { status: 'invalid' };

function readDayMonthYear(
  values: PageValue[],
  controls: ControlInfo[],
  roles: PartRole[],
  lang?: string,
): PartsReading {
  const numberOf = (unit: DateUnit): number | undefined => {
    const index = roles.indexOf(unit);
    return index === -1 ? undefined : partNumber(values[index], controls[index], unit, lang);
  };
  const pageYear = numberOf('year');
  if (pageYear === undefined) return { status: 'invalid' };

  const year = pageYear < 100 ? fullYear(pageYear, new Date()) : pageYear;
  const parts: DateParts = { year, month: numberOf('month'), day: numberOf('day') };
  if (!arePartsValid(parts)) return { status: 'invalid' };
  return { status: 'valid', iso: formatIsoParts(parts) };
}

const TIME = /^\s*(\d{1,2}):(\d{2})(?::\d{2})?\s*$/;

function readDateAndTime(
  values: PageValue[],
  controls: ControlInfo[],
  roles: PartRole[],
  type: FieldType,
  lang?: string,
): PartsReading {
  const dateIndex = roles.indexOf('date');
  const dateValue = values[dateIndex];
  if (dateValue?.kind !== 'text') return { status: 'invalid' };
  const date = parseDateOfControl(dateValue.text, controls[dateIndex], 'date', lang);
  if (!date) return { status: 'invalid' };

  return withTimePart(date, values, roles, type);
}

/**
 * Adds the time of the field's time control, or of its hour and minute
 * controls, to a date read from its other controls. A date-time field whose
 * time controls are empty or contain no time keeps the date alone.
 */
function withTimePart(
  date: string,
  values: PageValue[],
  roles: PartRole[],
  type: FieldType,
): PartsReading {
  const time = timeOf(values, roles);
  if (type !== 'datetime' || !time) return { status: 'valid', iso: date };

  const parts = parseIsoParts(date);
  const withTime = parts && { ...parts, ...time };
  if (!withTime || !arePartsValid(withTime)) return { status: 'invalid' };
  return { status: 'valid', iso: formatIsoParts(withTime) };
}

/** Returns the hour and minute of a field's time control, or of its hour and minute controls. */
function timeOf(
  values: PageValue[],
  roles: PartRole[],
): { hour: number; minute: number } | undefined {
  const timeValue = values[roles.indexOf('time')];
  if (timeValue) {
    const time = timeValue.kind === 'text' ? TIME.exec(timeValue.text) : null;
    return time ? { hour: Number(time[1]), minute: Number(time[2]) } : undefined;
  }
  const hour = clockNumber(values[roles.indexOf('hour')]);
  const minute = clockNumber(values[roles.indexOf('minute')]);
  return hour === undefined || minute === undefined ? undefined : { hour, minute };
}

const CLOCK_NUMBER = /^\s*(\d{1,2})\s*$/;

/** Reads the number in an hour or minute control: its text, or its selected option's value or text. */
function clockNumber(value: PageValue | undefined): number | undefined {
  const texts =
    value?.kind === 'text'
      ? [value.text]
      : value?.kind === 'options' && value.selected.length === 1
        ? [value.selected[0].value, value.selected[0].text]
        : [];
  for (const text of texts) {
    const match = CLOCK_NUMBER.exec(text);
    if (match) return Number(match[1]);
  }
  return undefined;
}

/** Reads a date split over day, month and year controls, or over date and time controls. */
export function parseDateParts(
  values: PageValue[],
  controls: ControlInfo[],
  roles: PartRole[],
  type: FieldType,
  lang?: string,
): PartsReading {
  // Hour and minute selects often have no empty option, so only the date's controls tell emptiness.
  const blank = values.every(
    (value, index) => CLOCK_ROLES.has(roles[index]) || isBlank(value, controls[index]),
  );
  if (blank) return { status: 'empty' };
  if (roles.includes('date')) return readDateAndTime(values, controls, roles, type, lang);

  const reading = readDayMonthYear(values, controls, roles, lang);
  if (reading.status !== 'valid') return reading;
  const complete = parseIsoParts(reading.iso)?.day !== undefined;
  if (!complete) return type === 'partial-date' ? reading : { status: 'invalid' };
  const timed = roles.includes('time') || roles.includes('hour');
  return timed ? withTimePart(reading.iso, values, roles, type) : reading;
}
