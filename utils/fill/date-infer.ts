import type { ControlInfo } from '../messaging/page-model';
import type { DateFormat } from './date-format';
import {
  maskOfPattern,
  readDateMask,
  type DateMask,
  type DateUnit,
  type MaskGroup,
} from './date-mask';

const NATIVE_FORMATS: Partial<Record<ControlInfo['kind'], DateFormat>> = {
  date: 'yyyy-MM-dd',
  'datetime-local': "yyyy-MM-dd'T'HH:mm",
  time: 'HH:mm',
};

/**
 * Returns the order of day, month and year in a language's numeric dates, from
 * the CLDR data of Intl. English is undefined because en-US and en-GB differ
 * and pages often declare `lang="en"` with no region, or a region by habit.
 */
function languageOrder(lang?: string): { order: DateUnit[]; separator: string } | undefined {
  if (!lang || lang.toLowerCase().startsWith('en')) return undefined;
  let parts: Intl.DateTimeFormatPart[];
  try {
    const options = { year: 'numeric', month: '2-digit', day: '2-digit' } as const;
    parts = new Intl.DateTimeFormat(lang, options).formatToParts(new Date(2000, 11, 31));
  } catch {
    return undefined;
  }
  const order = parts
    .map((part) => part.type)
    .filter((type): type is DateUnit => type === 'day' || type === 'month' || type === 'year');
  const literal = parts.find((part) => part.type === 'literal')?.value.trim();
  return { order, separator: literal || '.' };
}

function tokenOf(unit: DateUnit, group?: MaskGroup): string {
  if (unit === 'year') return group?.shortYear ? 'yy' : 'yyyy';
  const width = group && group.width === 1 ? 1 : 2;
  return (unit === 'day' ? 'd' : 'M').repeat(width);
}

function formatOf(order: DateUnit[], mask: DateMask): DateFormat {
  const tokens = order.map((unit, index) => tokenOf(unit, mask.groups[index]));
  const date = tokens.join(mask.separator);
  return mask.withTime ? `${date} HH:mm` : date;
}

/** Lists the orders of day, month and year that fit a mask and the page language. */
function ordersOfMask(mask: DateMask, lang?: string): DateUnit[][] {
  const units = mask.groups.map((group) => group.unit);
  const yearAt = units.indexOf('year');
  if (yearAt === -1 || units.lastIndexOf('year') !== yearAt || yearAt === 1) return [];

  const known = units.filter((unit) => unit === 'day' || unit === 'month');
  if (new Set(known).size !== known.length) return [];
  if (known.length > 0) {
    const missing: DateUnit = known[0] === 'day' ? 'month' : 'day';
    return [units.map((unit) => (unit === 'unknown' ? missing : unit))];
  }

  // Year first is always year-month-day, and dots with the year last are the
  // European day-month-year order. Slashes and hyphens are read by language.
  if (yearAt === 0) return [['year', 'month', 'day']];
  const dayFirst: DateUnit[] = ['day', 'month', 'year'];
  const monthFirst: DateUnit[] = ['month', 'day', 'year'];
  if (mask.separator === '.') return [dayFirst];
  const language = languageOrder(lang);
  if (language) return [language.order[0] === 'month' ? monthFirst : dayFirst];
  return [dayFirst, monthFirst];
}

function maskOf(control: ControlInfo): DateMask | undefined {
  const pattern = control.pattern && maskOfPattern(control.pattern);
  const texts = [control.placeholder, control.hint, pattern];
  for (const text of texts) {
    const mask = text ? readDateMask(text) : undefined;
    if (mask) return mask;
  }
  return undefined;
}

function formatsWithoutMask(control: ControlInfo, lang?: string): DateFormat[] {
  if (control.maxLength === 8) return ['yyyyMMdd', 'ddMMyyyy'];
  if (control.maxLength !== undefined && control.maxLength < 8) return [];
  const language = languageOrder(lang);
  if (!language) return ['dd/MM/yyyy', 'MM/dd/yyyy'];
  const tokens = language.order.map((unit) => tokenOf(unit));
  return [tokens.join(language.separator)];
}

/**
 * Lists the formats a date control may take: one when its type, mask, hint,
 * pattern or language decide it, two when only the order of day and month is
 * unknown, none when it cannot hold a full date.
 */
export function dateFormatCandidates(control: ControlInfo, pageLang?: string): DateFormat[] {
  const native = NATIVE_FORMATS[control.kind];
  if (native) return [native];

  const lang = control.lang ?? pageLang;
  const mask = maskOf(control);
  if (!mask) return formatsWithoutMask(control, lang);
  return ordersOfMask(mask, lang).map((order) => formatOf(order, mask));
}

/**
 * Infers the format of a date control from its type, placeholder, hint,
 * pattern, maximum length and language (the control's own `lang` first, then
 * the page's). Returns 'ambiguous' when the order of day and month is unknown,
 * as for "__/__/____" on an English page, or when no format fits.
 */
export function inferDateFormat(control: ControlInfo, pageLang?: string): DateFormat | 'ambiguous' {
  const candidates = dateFormatCandidates(control, pageLang);
  return candidates.length === 1 ? candidates[0] : 'ambiguous';
}
