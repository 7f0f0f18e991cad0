import { foldText } from './normalize';

const cache = new Map<string, Map<string, number>>();

function monthNamesOf(locale: string): Map<string, number> {
  const names = new Map<string, number>();
  const styles: Intl.DateTimeFormatOptions[] = [
    { month: 'long' },
    { month: 'short' },
    { month: 'long', day: 'numeric' },
    { month: 'short', day: 'numeric' },
  ];
  for (const style of styles) {
    let format: Intl.DateTimeFormat;
    try {
      format = new Intl.DateTimeFormat(locale, style);
    } catch {
      return names;
    }
    for (let month = 1; month <= 12; month += 1) {
      const parts = format.formatToParts(new Date(2000, month - 1, 15));
      const name = parts.find((part) => part.type === 'month')?.value ?? '';
      const folded = foldText(name.replace(/\.$/, ''));
      if (folded !== '' && !/^\d+$/.test(folded)) names.set(folded, month);
    }
  }
  return names;
}

/**
 * Reads a month name, long or abbreviated, standalone or in a date (Polish
 * "marzec" and "marca"), in the page language or in English, from the CLDR
 * data of Intl. Returns the month number, 1 to 12, or undefined.
 */
export function monthOfName(text: string, lang?: string): number | undefined {
  const folded = foldText(text.replace(/\.$/, ''));
  for (const locale of [lang, 'en']) {
    if (!locale) continue;
    let names = cache.get(locale);
    if (!names) {
      names = monthNamesOf(locale);
      cache.set(locale, names);
    }
    const month = names.get(folded);
    if (month !== undefined) return month;
  }
  return undefined;
}
