import { z } from './zod';

/**
 * Limits and character rules of the text in a draft. The lengths are
 * generous estimates of real values, not limits of any portal. They count
 * UTF-16 code units, as JavaScript does, so a character outside the Basic
 * Multilingual Plane counts twice.
 */
export const MAX_TEXT_LENGTH = {
  /** Names of people and the draft's label. */
  name: 200,
  /** Numbers and references of cases, documents and alerts. */
  reference: 100,
  phone: 50,
  /** Places, addresses, authorities, contact details and social media accounts. */
  place: 500,
  /** Descriptions that officers write, which may span several lines. */
  freeText: 10_000,
  /** The photo's file name. */
  fileName: 255,
} as const;

export type TextKind = keyof typeof MAX_TEXT_LENGTH;

/** Maximum number of entries in a list field, such as `aliases` or `nationalities`. */
export const MAX_LIST_ITEMS = 50;

/** Maximum size of the photo's decoded bytes: 5 MiB. */
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

/** Kind of each catalogue text field, which sets its maximum length. */
export const TEXT_KIND_BY_FIELD: Readonly<Record<string, TextKind>> = {
  surname: 'name',
  forenames: 'name',
  name_at_birth: 'name',
  aliases: 'name',
  place_of_birth: 'place',
  distinguishing_marks: 'freeText',
  alert_reason: 'freeText',
  issuing_authority: 'place',
  decision_reference: 'reference',
  linked_alerts: 'reference',
  national_register_number: 'reference',
  id_document_type: 'reference',
  id_document_number: 'reference',
  fingerprints_reference: 'reference',
  dna_profile_reference: 'reference',
  eurodac_reference: 'reference',
  last_seen_place: 'place',
  reported_by: 'name',
  care_centre_name: 'place',
  care_centre_address: 'place',
  care_centre_phone: 'phone',
  case_worker: 'name',
  guardian_name: 'name',
  guardian_contact: 'place',
  father_name: 'name',
  mother_name: 'name',
  phone_numbers: 'phone',
  social_media: 'place',
  clothing: 'freeText',
  health_needs: 'freeText',
  previous_disappearances: 'freeText',
  national_case_number: 'reference',
  interpol_notice_number: 'reference',
  urgency_note: 'freeText',
};

// Control characters (Unicode category Cc), unpaired surrogates (Cs with the
// u flag) and the bidirectional embedding, override and isolate characters
// U+202A to U+202E and U+2066 to U+2069, which reorder the text shown after them.
const FORBIDDEN = /[\p{Cc}\p{Cs}\u202A-\u202E\u2066-\u2069]/u;
const FORBIDDEN_EXCEPT_LINE_BREAKS = /(?![\t\n\r])[\p{Cc}\p{Cs}\u202A-\u202E\u2066-\u2069]/u;

/** A character that text in a draft must not contain, as `U+202E`, and its 1-based position. */
export interface ForbiddenCharacter {
  codePoint: string;
  position: number;
}

/** Finds the first character that draft text must not contain. Free text may contain tabs and line breaks. */
export function findForbiddenCharacter(
  text: string,
  kind: TextKind,
): ForbiddenCharacter | undefined {
  const pattern = kind === 'freeText' ? FORBIDDEN_EXCEPT_LINE_BREAKS : FORBIDDEN;
  const match = pattern.exec(text);
  if (!match) return undefined;
  const hex = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return { codePoint: `U+${hex}`, position: match.index + 1 };
}

/** Adds the issues of a text that is too long or contains a forbidden character. */
export function checkText(kind: TextKind, text: string, context: z.RefinementCtx): void {
  const max = MAX_TEXT_LENGTH[kind];
  if (text.length > max) {
    context.addIssue({
      code: 'custom',
      message: 'drafts_error_text_length',
      params: { substitutions: [String(text.length), String(max)] },
      input: text,
    });
    return;
  }
  const found = findForbiddenCharacter(text, kind);
  if (!found) return;
  context.addIssue({
    code: 'custom',
    message: 'drafts_error_character',
    params: { substitutions: [found.codePoint, String(found.position)] },
    input: text,
  });
}

/** Returns the number of bytes that a base64 text decodes to. */
export function base64ByteLength(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}
