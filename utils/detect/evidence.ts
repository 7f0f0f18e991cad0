/** Evidence as the detection steps keep it, and the hints that are not label text. */
import type { Evidence } from '../messaging/page-model';

/** Reading form of an evidence text for the classifier. */
export type EvidenceForm = 'label' | 'identifier' | 'autocomplete' | 'options';

export interface EvidenceItem extends Evidence {
  form: EvidenceForm;
}

/** Separates the halves of a label given in two languages: "Color de ojos / Color d'ulls". */
export const TRANSLATION_SEPARATOR = /\s\/\s/;

/**
 * One part of a date or time mask: "TT", "jj", "aaaa", "rrrr", "__", "31", "дд", "гггг", "чч",
 * Oracle's minutes "MI" ("HH:MI", "HH24:MI"), Maltese "xx" (xahar), "ssss" (sena) and
 * "ss" (siegħa), as in "jj/xx/ssss" and "ss:mm", or the century "CC" of terminal masks
 * such as "DDMMCCYY".
 */
const MASK_PART = String.raw`(?:[dtgjmh]{1,2}|hh24|mi|x{2}|s{2,4}|y{2,4}|j{4}|a{2,4}|r{2,4}|g{4}|c{2}|_{1,4}|\d{1,4}|дд|мм|гггг|чч)`;

/**
 * Date and time masks such as "TT.MM.JJJJ", "jj/mm/aaaa", "dd-mm-rrrr",
 * "__/__/____", "31.12.2000" or "hh:mm": format hints, not labels.
 */
const FORMAT_MASK = new RegExp(String.raw`^\s*(?:${MASK_PART}[\s.\-/:]*){2,}\s*$`, 'i');

/** Tells whether a text is a date or time mask rather than a label. */
export function isFormatMask(text: string): boolean {
  return FORMAT_MASK.test(text);
}

/** A mask that starts with the hour is a time, as "HH:mm:ss" is, however many parts follow. */
const HOUR_FIRST = /^\s*(?:h{1,2}(?:24)?|чч)[\s.:]/i;

/** Tells whether a mask is a date: day, month and year, or month and a four-digit year. */
export function isDateMask(text: string): boolean {
  if (!isFormatMask(text) || HOUR_FIRST.test(text)) return false;
  const split = text
    .trim()
    .split(/[\s.\-/:]+/)
    .filter(Boolean);
  // A terminal writes its mask without separators: "DDMMYY", "DDMMCCYY".
  const parts = split.length === 1 ? (split[0].match(/(\p{L})\1*/giu) ?? split) : split;
  return parts.length >= 3 || (parts.length === 2 && parts.some((part) => part.length === 4));
}

const BRACKETED = /\(([^()]*)\)/;

/** A text in brackets at the start of a text, as a hint right after its box. */
export const LEADING_BRACKET = /^\(([^()]*)\)/;

/**
 * Returns the date or time mask of a text: the whole text, its part in
 * brackets ("Hora (hh:mm)", "Introduza a data (dd/MM/aaaa)") or its last
 * word ("Formato hh:mm").
 */
export function formatMaskIn(text: string): string | undefined {
  if (isFormatMask(text)) return text;
  const inner = BRACKETED.exec(text)?.[1];
  if (inner && isFormatMask(inner)) return inner;
  const last = /\s(\S+)\s*$/.exec(text)?.[1];
  return last && isFormatMask(last) ? last : undefined;
}

/** Adds evidence unless the same source already gave the same text. */
export function addEvidence(list: EvidenceItem[], item: EvidenceItem): void {
  if (!item.text) return;
  if (list.some((known) => known.source === item.source && known.text === item.text)) return;
  list.push(item);
}
