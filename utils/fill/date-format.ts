import { arePartsValid, parseIsoParts, type DateParts } from './iso-date';

/**
 * A date pattern in date-fns (Unicode) tokens: `yyyy`, `yy`, `MM`, `M`, `dd`,
 * `d`, `HH`, `mm` and `ss`. Other characters and text in single quotes are
 * literal. Examples: `dd.MM.yyyy`, `yyyyMMdd`, `yyyy-MM-dd'T'HH:mm`, `HH:mm`.
 */
export type DateFormat = string;

export type Unit = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second';

type Token = { unit: Unit; width: number } | { literal: string };

const UNIT_OF_LETTER: Record<string, Unit> = {
  y: 'year',
  M: 'month',
  d: 'day',
  H: 'hour',
  m: 'minute',
  s: 'second',
};

/** Splits a pattern into units and literal text. */
function tokenize(format: DateFormat): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < format.length) {
    const char = format[index];
    if (char === "'") {
      const end = format.indexOf("'", index + 1);
      const stop = end === -1 ? format.length : end;
      tokens.push({ literal: format.slice(index + 1, stop) });
      index = stop + 1;
      continue;
    }
    let end = index + 1;
    while (format[end] === char) end += 1;
    const unit = UNIT_OF_LETTER[char];
    tokens.push(unit ? { unit, width: end - index } : { literal: format.slice(index, end) });
    index = end;
  }
  return tokens;
}

/** Lists the date and time units a pattern shows, such as year, month and day. */
export function dateFormatUnits(format: DateFormat): Set<Unit> {
  const units = new Set<Unit>();
  for (const token of tokenize(format)) if ('unit' in token) units.add(token.unit);
  return units;
}

/**
 * Drops the units a date does not have from a pattern, with the separator
 * beside each, so "dd.MM.yyyy" without the day becomes "MM.yyyy".
 */
export function formatWithout(format: DateFormat, missing: Unit[]): DateFormat {
  const tokens = tokenize(format);
  const remaining: Token[] = [];
  let skipLiteral = false;
  for (const token of tokens) {
    if ('literal' in token && skipLiteral) {
      skipLiteral = false;
      continue;
    }
    skipLiteral = false;
    if ('unit' in token && missing.includes(token.unit)) {
      const previous = remaining.at(-1);
      if (previous && 'literal' in previous) remaining.pop();
      else skipLiteral = true;
      continue;
    }
    remaining.push(token);
  }
  const texts = remaining.map((token) =>
    'unit' in token ? tokenText(token) : `'${token.literal}'`,
  );
  return texts.join('');
}

function tokenText(token: { unit: Unit; width: number }): string {
  const letter = Object.keys(UNIT_OF_LETTER).find((key) => UNIT_OF_LETTER[key] === token.unit);
  return (letter ?? '').repeat(token.width);
}

function unitText(parts: DateParts, unit: Unit, width: number): string {
  if (unit === 'second') return '00';
  const value = parts[unit];
  if (value === undefined) {
    throw new RangeError(`The date format needs the ${unit}, which the date does not have`);
  }
  if (unit === 'year' && width === 2) return String(value % 100).padStart(2, '0');
  return String(value).padStart(unit === 'year' ? 4 : width, '0');
}

/**
 * Formats a draft date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`)
 * in a control's pattern. Throws a RangeError when the date is not valid ISO
 * 8601 or lacks a unit the pattern shows, so a day or a time is never invented.
 */
export function formatDate(isoPartial: string, format: DateFormat): string {
  const parts = parseIsoParts(isoPartial);
  if (!parts) throw new RangeError('The date is not a valid ISO 8601 date or date-time');
  return formatDateParts(parts, format);
}

/**
 * Formats date parts without checking them against the calendar, so that a
 * day or month of 0 is written as "00", the convention for an unknown part.
 */
export function formatDateParts(parts: DateParts, format: DateFormat): string {
  return tokenize(format)
    .map((token) => ('unit' in token ? unitText(parts, token.unit, token.width) : token.literal))
    .join('');
}

/** Writes a pattern the way forms show it to people, such as "DD/MM/YYYY hh:mm". */
export function describeDateFormat(format: DateFormat): string {
  return tokenize(format)
    .map((token) => {
      if ('literal' in token) return token.literal;
      const letter = { year: 'Y', month: 'M', day: 'D', hour: 'h', minute: 'm', second: 's' };
      return letter[token.unit].repeat(token.width);
    })
    .join('');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function unitPattern(token: { unit: Unit; width: number }, packed: boolean): string {
  if (token.unit === 'year') return token.width === 2 ? '(\\d{2})' : '(\\d{4})';
  return packed || token.width > 2 ? '(\\d{2})' : '(\\d{1,2})';
}

function literalPattern(text: string): string {
  return text.trim() === '' ? '\\s+' : `\\s*${escapeRegExp(text.trim())}\\s*`;
}

/** Builds a regular expression that reads a pattern's units from a text. */
function patternRegExp(tokens: Token[]): RegExp {
  const source = tokens.map((token, index) => {
    if ('literal' in token) return literalPattern(token.literal);
    const packed = [tokens[index - 1], tokens[index + 1]].some((next) => next && 'unit' in next);
    return unitPattern(token, packed);
  });
  return new RegExp(`^\\s*${source.join('')}\\s*$`);
}

/** Reads a two-digit year as the latest year that is not in the future. */
export function fullYear(twoDigits: number, today: Date): number {
  const century = Math.floor(today.getFullYear() / 100) * 100;
  const year = century + twoDigits;
  return year > today.getFullYear() ? year - 100 : year;
}

/**
 * Reads a date written in a pattern back into its parts. A day of 00, or a
 * day and month of 00, is the convention for an unknown day or month and
 * yields a partial date. Returns undefined when the text does not fit the
 * pattern or names no real date.
 */
export function parseDateText(
  text: string,
  format: DateFormat,
  today = new Date(),
): DateParts | undefined {
  const tokens = tokenize(format);
  const match = patternRegExp(tokens).exec(text);
  if (!match) return undefined;

  const parts: Partial<Record<Unit, number>> = {};
  const units = tokens.filter((token): token is { unit: Unit; width: number } => 'unit' in token);
  units.forEach((token, index) => {
    const value = Number(match[index + 1]);
    const twoDigitYear = token.unit === 'year' && token.width === 2;
    parts[token.unit] = twoDigitYear ? fullYear(value, today) : value;
  });
  if (parts.year === undefined) return undefined;

  if (parts.day === 0) delete parts.day;
  if (parts.month === 0 && parts.day === undefined) delete parts.month;
  const { year, month, day, hour, minute } = parts;
  const result: DateParts = { year, month, day, hour, minute };
  if (hour !== undefined && minute === undefined) return undefined;
  return arePartsValid(result) ? result : undefined;
}
