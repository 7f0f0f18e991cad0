import { getDaysInMonth } from 'date-fns';
import type { DateParts } from './iso-date';

/** Completes a partial date with its first possible day: 1 January, or the 1st of the month. */
export function firstPossibleDay(parts: DateParts): DateParts {
  return { year: parts.year, month: parts.month ?? 1, day: parts.day ?? 1 };
}

/**
 * Completes a partial date with its last possible day: 31 December, or the
 * month's last day. For a date of birth this assumes the younger age.
 */
export function lastPossibleDay(parts: DateParts): DateParts {
  const month = parts.month ?? 12;
  const date = new Date(2000, month - 1, 1);
  date.setFullYear(parts.year);
  return { year: parts.year, month, day: parts.day ?? getDaysInMonth(date) };
}

/** Keeps only the calendar date of a date-time. */
export function datePart(parts: DateParts): DateParts {
  return { year: parts.year, month: parts.month, day: parts.day };
}
