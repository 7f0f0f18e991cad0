/** Checks of ISO 8601 calendar dates in the forms a draft stores. */

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Tells whether year, month and day (month and day optional) name a real day. */
function isCalendarDate(year: string, month?: string, day?: string): boolean {
  const yearNumber = Number(year);
  if (yearNumber < 1) return false;
  if (month === undefined) return true;

  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return false;
  if (day === undefined) return true;

  const dayNumber = Number(day);
  return dayNumber >= 1 && dayNumber <= daysInMonth(yearNumber, monthNumber);
}

/** Tells whether a text is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and exists in the calendar. */
export function isPartialDate(text: string): boolean {
  const match = PARTIAL_DATE.exec(text);
  return match !== null && isCalendarDate(match[1], match[2], match[3]);
}

/** Tells whether a text is `YYYY-MM-DD` and exists in the calendar. */
export function isFullDate(text: string): boolean {
  const match = FULL_DATE.exec(text);
  return match !== null && isCalendarDate(match[1], match[2], match[3]);
}

/** Tells whether a text is a local date and time `YYYY-MM-DDTHH:MM` that exists. */
export function isLocalDateTime(text: string): boolean {
  const match = LOCAL_DATE_TIME.exec(text);
  if (match === null || !isCalendarDate(match[1], match[2], match[3])) return false;
  return Number(match[4]) <= 23 && Number(match[5]) <= 59;
}
