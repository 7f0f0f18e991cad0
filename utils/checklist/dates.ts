import { isFullDate, isLocalDateTime, isPartialDate } from '../schema/iso-dates';

/**
 * Dates of catalogue values. Date-times are local wall-clock times without a
 * zone, so comparisons use wall-clock minutes: the local fields counted as if
 * they were UTC, which no daylight-saving change can reorder.
 */

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

const MINUTE_MS = 60_000;

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or returns undefined for anything else. */
export function parsePartialDate(value: unknown): PartialDate | undefined {
  if (typeof value !== 'string' || !isPartialDate(value)) return undefined;
  const [year, month, day] = value.split('-').map(Number);
  return { year, month, day };
}

/** Parses `YYYY-MM-DD`, or returns undefined for anything else. */
export function parseFullDate(value: unknown): PartialDate | undefined {
  if (typeof value !== 'string' || !isFullDate(value)) return undefined;
  return parsePartialDate(value);
}

/** Parses `YYYY-MM-DDTHH:MM` to wall-clock minutes, or returns undefined for anything else. */
export function parseLocalDateTime(value: unknown): number | undefined {
  if (typeof value !== 'string' || !isLocalDateTime(value)) return undefined;
  const [date, time] = value.split('T');
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  return wallClockStamp(year, month, day, hour, minute);
}

/** Returns the first day a partial date can mean, at local midnight. */
export function firstDay(date: PartialDate): Date {
  return localDay(date.year, date.month ?? 1, date.day ?? 1);
}

/** Returns the last day a partial date can mean, at local midnight. */
export function lastDay(date: PartialDate): Date {
  if (date.day !== undefined) return localDay(date.year, date.month ?? 12, date.day);
  // Day 0 of the next month is the last day of this one.
  return localDay(date.year, (date.month ?? 12) + 1, 0);
}

/** Returns the wall-clock minutes of a local time. */
export function wallClockMinutes(time: Date): number {
  return wallClockStamp(
    time.getFullYear(),
    time.getMonth() + 1,
    time.getDate(),
    time.getHours(),
    time.getMinutes(),
  );
}

function localDay(year: number, month: number, day: number): Date {
  const date = new Date(0);
  // setFullYear, unlike the Date constructor, keeps years 0 to 99 as written.
  date.setFullYear(year, month - 1, day);
  date.setHours(0, 0, 0, 0);
  return date;
}

function wallClockStamp(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, 0, 0);
  return date.getTime() / MINUTE_MS;
}
