import { describe, expect, it } from 'vitest';
import {
  MAX_DRAFTS_PER_FILE,
  MAX_LIST_ITEMS,
  MAX_PHOTO_BYTES,
  MAX_TEXT_LENGTH,
  parseDraftFile,
  storedDraftSchema,
  TEXT_KIND_BY_FIELD,
  validateFieldValue,
  type DraftError,
} from '@/utils/schema/draft';
import { FIELDS } from '@/utils/catalogue';

function entry(fields: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return { format: 'vigila-draft', version: 1, ...extra, fields };
}

function errorsOf(text: string): DraftError[] {
  const result = parseDraftFile(text);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.errors;
}

describe('draft text limits', () => {
  it('gives every text field a kind', () => {
    const textFields = FIELDS.filter((field) =>
      ['text', 'text-list', 'phone'].includes(field.type),
    );
    const missing = textFields.filter((field) => !TEXT_KIND_BY_FIELD[field.id]);
    expect(missing.map((field) => field.id)).toEqual([]);
  });

  it.each([
    ['surname', MAX_TEXT_LENGTH.name],
    ['national_case_number', MAX_TEXT_LENGTH.reference],
    ['care_centre_address', MAX_TEXT_LENGTH.place],
    ['health_needs', MAX_TEXT_LENGTH.freeText],
    ['care_centre_phone', MAX_TEXT_LENGTH.phone],
  ])('limits %s to %i characters', (id, max) => {
    const text = id === 'care_centre_phone' ? '1'.repeat(max) : 'a'.repeat(max);
    expect(validateFieldValue(id, text)).toEqual([]);
    const [error] = validateFieldValue(id, `${text}1`);
    expect(error.path).toBe(id);
    expect(error.messageKey).toBe('drafts_error_text_length');
    expect(error.substitutions).toEqual([String(max + 1), String(max)]);
  });

  it('limits each item of a text list', () => {
    const [error] = validateFieldValue('aliases', ['A', 'b'.repeat(MAX_TEXT_LENGTH.name + 1)]);
    expect(error.path).toBe('aliases[1]');
    expect(error.messageKey).toBe('drafts_error_text_length');
  });

  it('limits the entries of a list', () => {
    const countries = Array.from({ length: MAX_LIST_ITEMS + 1 }, () => 'AFG');
    const [error] = validateFieldValue('nationalities', countries);
    expect(error.messageKey).toBe('drafts_error_list_length');
    expect(error.substitutions).toEqual([String(MAX_LIST_ITEMS + 1), String(MAX_LIST_ITEMS)]);
  });

  it('limits the photo by its decoded bytes', () => {
    const base64 = 'A'.repeat(Math.ceil(((MAX_PHOTO_BYTES + 3) * 4) / 3 / 4) * 4);
    const image = { name: 'a.png', type: 'image/png', dataUrl: `data:image/png;base64,${base64}` };
    const [error] = validateFieldValue('facial_image', image);
    expect(error.path).toBe('facial_image.dataUrl');
    expect(error.messageKey).toBe('drafts_error_photo_size');
    expect(error.substitutions[1]).toBe(String(MAX_PHOTO_BYTES));
  });

  it('limits the name of a contact', () => {
    const contacts = [{ name: 'n'.repeat(MAX_TEXT_LENGTH.name + 1) }];
    const [error] = validateFieldValue('contacts_abroad', contacts);
    expect(error.path).toBe('contacts_abroad[0].name');
  });

  it('rejects a file with too many drafts', () => {
    const drafts = Array.from({ length: MAX_DRAFTS_PER_FILE + 1 }, () => entry({}));
    const [error] = errorsOf(JSON.stringify(drafts));
    expect(error.path).toBe('');
    expect(error.message).toBe(
      `The file contains ${MAX_DRAFTS_PER_FILE + 1} drafts, more than the maximum of ` +
        `${MAX_DRAFTS_PER_FILE} per file. Split it into smaller files.`,
    );
  });

  it('limits the label', () => {
    const [error] = errorsOf(JSON.stringify(entry({}, { label: 'l'.repeat(201) })));
    expect(error.path).toBe('label');
    expect(error.messageKey).toBe('drafts_error_text_length');
  });
});

describe('draft text characters', () => {
  it.each([
    ['NUL', 'Ali\u0000', 'U+0000', '4'],
    ['lone high surrogate', 'Ali\uD83D', 'U+D83D', '4'],
    ['lone low surrogate', '\uDE00Ali', 'U+DE00', '1'],
    ['right-to-left override', 'Al\u202Ei', 'U+202E', '3'],
    ['first strong isolate', '\u2068Ali', 'U+2068', '1'],
    ['line break in a name', 'Ali\nReza', 'U+000A', '4'],
    ['C1 control', 'Ali\u0085', 'U+0085', '4'],
  ])('rejects a %s', (_, text, codePoint, position) => {
    const [error] = validateFieldValue('surname', text);
    expect(error.path).toBe('surname');
    expect(error.messageKey).toBe('drafts_error_character');
    expect(error.substitutions).toEqual([codePoint, position]);
  });

  it('allows line breaks and tabs in free text', () => {
    expect(validateFieldValue('health_needs', 'Asthma.\r\n\tInhaler daily.')).toEqual([]);
  });

  it('allows paired surrogates and bidi marks', () => {
    expect(validateFieldValue('surname', 'Ali 😀 \u200Fاحمد')).toEqual([]);
  });

  it('escapes a bidi override in the value shown', () => {
    const [error] = validateFieldValue('surname', 'Al\u202Ei');
    expect(error.value).toBe('"Al\\u202ei"');
  });

  it('names the path in an aliases list', () => {
    const [error] = validateFieldValue('aliases', ['Ali', 'Re\u0000za']);
    expect(error.path).toBe('aliases[1]');
    expect(error.message).toContain('U+0000 at position 3');
  });

  it('checks the label and the id of a file', () => {
    const text = JSON.stringify(entry({}, { id: 'a\u202Eb', label: 'x\u0007' }));
    const errors = errorsOf(text);
    expect(errors.map((error) => error.path)).toEqual(['id', 'label']);
    expect(errors.map((error) => error.substitutions[0])).toEqual(['U+202E', 'U+0007']);
  });
});

describe('draft numbers too large', () => {
  it('reports 1e400 without the value null', () => {
    const [error] = errorsOf('{"format":"vigila-draft","version":1,"fields":{"height_cm":1e400}}');
    expect(error.path).toBe('fields.height_cm');
    expect(error.messageKey).toBe('drafts_error_number_too_large');
    expect(error.value).toBe('');
    expect(error.message).toContain('Number too large');
  });
});

describe('stored drafts', () => {
  it('still open with text over the limits', () => {
    const draft = {
      id: 'old',
      label: 'Old\u202E',
      fields: { surname: 's'.repeat(MAX_TEXT_LENGTH.name + 1) },
      createdAt: 1,
      updatedAt: 2,
    };
    expect(storedDraftSchema.safeParse(draft).success).toBe(true);
  });
});
