/**
 * Reads the order of day, month and year from a date mask or example shown
 * near a control: "TT.MM.JJJJ", "jj/mm/aaaa", "gg/mm/aaaa", "dd-mm-rrrr",
 * "zz.ll.aaaa", "jj/xx/ssss", "ДД.ММ.ГГГГ", "yyyymmdd", "__/__/____", "31.12.2000".
 */

export type DateUnit = 'day' | 'month' | 'year';

/** The units of a time split over an hour and a minute control. */
export type ClockUnit = 'hour' | 'minute';

/** One group of a mask: its unit when the mask shows it, and its width. */
export interface MaskGroup {
  unit: DateUnit | 'unknown';
  width: number;
  /** A two-letter year such as "yy" or "aa". */
  shortYear?: boolean;
}

export interface DateMask {
  groups: MaskGroup[];
  separator: string;
  /** The mask goes on with a time of day, such as "hh:mm" or "__:__". */
  withTime: boolean;
}

const GROUP = '[\\p{L}\\p{N}_#*]{1,4}';
const SEPARATED = new RegExp(
  `(?<![\\p{L}\\p{N}_#*])(${GROUP})([./-])(${GROUP})\\2(${GROUP})(?![\\p{L}\\p{N}_#*])`,
  'u',
);
const PACKED = /(?<![\p{L}\p{N}])(\p{L}{8})(?![\p{L}\p{N}])/u;
// Hour letters: H, Cyrillic Ч, U, and S for Maltese "siegħa".
const TIME = /(?:[hHчЧuUsS]{1,2}\s*:\s*[mMмМ]{2}|_{2}\s*:\s*_{2}|\d{1,2}:\d{2})/u;

// Month letters: M in most languages, L for Romanian "luna", М in Cyrillic, X for Maltese "xahar".
const MONTH_LETTERS = new Set(['m', 'l', 'м', 'x']);
// Two-letter years: "yy", Spanish, French and Portuguese "aa", Polish "rr", Bulgarian "гг".
const SHORT_YEAR_LETTERS = new Set(['y', 'a', 'r', 'г']);

function isMaskFiller(group: string): boolean {
  return /^(?:[_#*]+|0+|9+)$/.test(group);
}

function classifyDigits(group: string): MaskGroup {
  const width = group.length;
  if (width === 4) return { unit: 'year', width };
  if (width > 2) return { unit: 'unknown', width: 0 };
  const value = Number(group);
  return { unit: value > 12 && value <= 31 ? 'day' : 'unknown', width };
}

function classifyLetters(group: string): MaskGroup | undefined {
  const letter = group[0].toLowerCase();
  if ([...group.toLowerCase()].some((char) => char !== letter)) return undefined;
  const width = group.length;
  if (width === 4) return { unit: 'year', width };
  if (width === 3) return undefined;
  if (MONTH_LETTERS.has(letter)) return { unit: 'month', width };
  if (width === 2 && SHORT_YEAR_LETTERS.has(letter)) {
    return { unit: 'year', width, shortYear: true };
  }
  return { unit: 'day', width };
}

function classifyGroup(group: string): MaskGroup | undefined {
  if (isMaskFiller(group)) {
    return group.length === 4 ? { unit: 'year', width: 4 } : { unit: 'unknown', width: 2 };
  }
  if (/^\d+$/.test(group)) return classifyDigits(group);
  if (/^\p{L}+$/u.test(group)) return classifyLetters(group);
  return undefined;
}

/** Splits eight letters such as "yyyymmdd" into runs of one letter. */
function letterRuns(text: string): string[] {
  return text.match(/(\p{L})\1*/giu)?.filter(Boolean) ?? [];
}

function splitPacked(text: string): string[] | undefined {
  const runs: string[] = [];
  for (const run of letterRuns(text)) {
    const previous = runs.at(-1);
    if (previous && previous[0].toLowerCase() === run[0].toLowerCase()) {
      runs[runs.length - 1] = previous + run;
    } else runs.push(run);
  }
  const widths = runs.map((run) => run.length).sort();
  return widths.join() === '2,2,4' ? runs : undefined;
}

function maskFrom(raw: string[], separator: string, rest: string): DateMask | undefined {
  const groups = raw.map(classifyGroup);
  if (groups.some((group) => group === undefined || group.width === 0)) return undefined;
  // A date shows exactly one year, so "Version 1.2.3" is no mask.
  if (groups.filter((group) => group?.unit === 'year').length !== 1) return undefined;
  return { groups: groups as MaskGroup[], separator, withTime: TIME.test(rest) };
}

/** Finds a date mask or example date in a text, or returns undefined. */
export function readDateMask(text: string): DateMask | undefined {
  const separated = SEPARATED.exec(text);
  if (separated) {
    const [whole, first, separator, second, third] = separated;
    const rest = text.slice(separated.index + whole.length);
    return maskFrom([first, second, third], separator, rest);
  }

  const packed = PACKED.exec(text);
  const runs = packed ? splitPacked(packed[1]) : undefined;
  if (!packed || !runs) return undefined;
  return maskFrom(runs, '', text.slice(packed.index + packed[1].length));
}

/**
 * Turns a control's `pattern` attribute into a mask, so that
 * "\d{2}\.\d{2}\.\d{4}" reads as "__.__.____". The pattern is only read as
 * text and never run, because it comes from the page.
 */
export function maskOfPattern(pattern: string): string {
  return pattern
    .replace(/(?:\\d|\[0-9\])\{(\d)\}/g, (_, count: string) => '_'.repeat(Number(count)))
    .replace(/\\d|\[0-9\]/g, '_')
    .replace(/\\(.)/g, '$1');
}
