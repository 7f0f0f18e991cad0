import { isExists } from 'date-fns';

/** The parts of a draft's ISO 8601 date or local date-time. An absent part is unknown. */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?$/;

function numberOrUndefined(digits: string | undefined): number | undefined {
  return digits === undefined ? undefined : Number(digits);
}

/** Tells whether the parts name a real year, month, day and time of day. */
export function arePartsValid(parts: DateParts): boolean {
  const { year, month, day, hour, minute } = parts;
  if (year < 1 || year > 9999) return false;
  if (month !== undefined && (month < 1 || month > 12)) return false;
  if (day !== undefined && (month === undefined || !isExists(year, month - 1, day))) return false;
  if (hour !== undefined && (hour > 23 || minute === undefined || minute > 59)) return false;
  return true;
}

/** Splits `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, or returns undefined. */
export function parseIsoParts(text: string): DateParts | undefined {
  const match = ISO.exec(text.trim());
  if (!match) return undefined;

  const parts: DateParts = {
    year: Number(match[1]),
    month: numberOrUndefined(match[2]),
    day: numberOrUndefined(match[3]),
    hour: numberOrUndefined(match[4]),
    minute: numberOrUndefined(match[5]),
  };
  return arePartsValid(parts) ? parts : undefined;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Writes parts as an ISO 8601 partial date or local date-time, the draft's forms. */
export function formatIsoParts(parts: DateParts): string {
  let text = pad(parts.year, 4);
  if (parts.month === undefined) return text;
  text += `-${pad(parts.month, 2)}`;
  if (parts.day === undefined) return text;
  text += `-${pad(parts.day, 2)}`;
  if (parts.hour === undefined || parts.minute === undefined) return text;
  return `${text}T${pad(parts.hour, 2)}:${pad(parts.minute, 2)}`;
}
