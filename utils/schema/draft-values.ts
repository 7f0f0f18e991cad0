import { iso6393 } from 'iso-639-3';
import {
  CODE_LISTS,
  FIELDS,
  isCountryCode,
  type CodeList,
  type FieldDefinition,
  type FieldType,
} from '../catalogue';
import {
  base64ByteLength,
  checkText,
  MAX_LIST_ITEMS,
  MAX_PHOTO_BYTES,
  TEXT_KIND_BY_FIELD,
  type TextKind,
} from './draft-text';
import { isFullDate, isLocalDateTime, isPartialDate } from './iso-dates';
import { z } from './zod';

/**
 * Zod schemas for the value of each catalogue field in a draft, one per field
 * type. Each issue's message is a message key of the extension's catalogue, so
 * that pages can translate it and the command line can print its English text.
 */

export interface ImageValue {
  name: string;
  /** Media type, such as `image/jpeg`. */
  type: string;
  /** `data:<type>;base64,<data>` */
  dataUrl: string;
}

export interface Contact {
  name: string;
  /** ISO 3166-1 alpha-3 or ICAO special code. */
  country?: string;
  phone?: string;
}

export interface Destination {
  /** ISO 3166-1 alpha-3 or ICAO special code. */
  country?: string;
  place?: string;
}

export type FieldValue =
  string | string[] | boolean | number | ImageValue | Contact[] | Destination;

/** Values of a draft by catalogue field id. An absent key means no value. */
export type DraftFields = Record<string, FieldValue>;

const languageCodes = new Set(iso6393.map((language) => language.iso6393));

// At least one digit, with the separators people write in phone numbers. Whether
// a number is plausible for its country is the checker's rule, not the format's.
const PHONE = /^\+?(?=.*\d)[\d ()./-]+$/;
const IMAGE_TYPE = /^image\/[a-z0-9.+-]+$/;
const IMAGE_DATA_URL = /^data:(image\/[a-z0-9.+-]+);base64,[A-Za-z0-9+/]+={0,2}$/;

/**
 * Returns the schema of a text value. A checked schema also applies the
 * kind's maximum length and rejects hidden characters. Stored drafts are read
 * unchecked, so that a draft saved before these checks existed still opens.
 */
function textSchema(kind: TextKind, checked: boolean, required = false): z.ZodType<string> {
  const base = required
    ? z.string({ error: 'editor_error_text' }).min(1, { error: 'editor_error_text' })
    : z.string({ error: 'editor_error_text' });
  if (!checked) return base;
  return base.superRefine((value, context) => checkText(kind, value, context));
}

function phoneSchema(checked: boolean): z.ZodType<string> {
  const base = z.string({ error: 'editor_error_phone' });
  if (!checked) return base.regex(PHONE, { error: 'editor_error_phone' });
  return base
    .superRefine((value, context) => checkText('phone', value, context))
    .regex(PHONE, { error: 'editor_error_phone' });
}

const partialDate = z
  .string({ error: 'editor_error_partial_date' })
  .refine(isPartialDate, { error: 'editor_error_partial_date' });

const fullDate = z
  .string({ error: 'editor_error_date' })
  .refine(isFullDate, { error: 'editor_error_date' });

const localDateTime = z
  .string({ error: 'editor_error_datetime' })
  .refine(isLocalDateTime, { error: 'editor_error_datetime' });

const countryCode = z
  .string({ error: 'editor_error_country' })
  .refine(isCountryCode, { error: 'editor_error_country' });

const languageCode = z
  .string({ error: 'editor_error_language' })
  .refine((code) => languageCodes.has(code), { error: 'editor_error_language' });

function imageSchema(checked: boolean): z.ZodType {
  const name = checked
    ? z
        .string({ error: 'editor_error_image' })
        .superRefine((value, context) => checkText('fileName', value, context))
    : z.string({ error: 'editor_error_image' });
  const schema = z
    .strictObject(
      {
        name,
        type: z
          .string({ error: 'editor_error_image' })
          .regex(IMAGE_TYPE, { error: 'editor_error_image' }),
        dataUrl: z
          .string({ error: 'editor_error_image' })
          .regex(IMAGE_DATA_URL, { error: 'editor_error_image' }),
      },
      { error: 'editor_error_image' },
    )
    .refine((value) => value.dataUrl.startsWith(`data:${value.type};`), {
      error: 'editor_error_image_type',
      path: ['type'],
    });
  if (!checked) return schema;
  return schema.superRefine((value, context) => {
    const bytes = base64ByteLength(value.dataUrl.slice(value.dataUrl.indexOf(',') + 1));
    if (bytes <= MAX_PHOTO_BYTES) return;
    context.addIssue({
      code: 'custom',
      message: 'drafts_error_photo_size',
      path: ['dataUrl'],
      params: { substitutions: [String(bytes), String(MAX_PHOTO_BYTES)] },
      input: value.dataUrl,
    });
  });
}

function contactSchema(checked: boolean): z.ZodType {
  return z.strictObject(
    {
      name: textSchema('name', checked, true),
      country: countryCode.optional(),
      phone: phoneSchema(checked).optional(),
    },
    { error: 'editor_error_contact' },
  );
}

function destinationSchema(checked: boolean): z.ZodType {
  return z
    .strictObject(
      {
        country: countryCode.optional(),
        place: textSchema('place', checked, true).optional(),
      },
      { error: 'editor_error_destination' },
    )
    .refine((value) => value.country !== undefined || value.place !== undefined, {
      error: 'editor_error_destination',
    });
}

function listOf(item: z.ZodType, checked: boolean): z.ZodType {
  const list = z.array(item, { error: 'editor_error_list' });
  return checked ? list.max(MAX_LIST_ITEMS, { error: 'drafts_error_list_length' }) : list;
}

function codeSchema(list: CodeList): z.ZodType {
  if (list === 'COUNTRY') return countryCode;
  if (list === 'LANGUAGE') return languageCode;
  return z.enum(CODE_LISTS[list], { error: 'editor_error_code' });
}

function codeListOf(field: FieldDefinition): CodeList {
  if (!field.codes) throw new Error(`Catalogue field "${field.id}" has no code list`);
  return field.codes;
}

function textKindOf(field: FieldDefinition): TextKind {
  const kind = TEXT_KIND_BY_FIELD[field.id];
  if (!kind) throw new Error(`Catalogue text field "${field.id}" has no text kind`);
  return kind;
}

type SchemaBuilder = (field: FieldDefinition, checked: boolean) => z.ZodType;

const SCHEMA_BY_TYPE: Record<FieldType, SchemaBuilder> = {
  text: (field, checked) => textSchema(textKindOf(field), checked),
  'text-list': (field, checked) => listOf(textSchema(textKindOf(field), checked), checked),
  'partial-date': () => partialDate,
  'partial-date-list': (_, checked) => listOf(partialDate, checked),
  date: () => fullDate,
  datetime: () => localDateTime,
  boolean: () => z.boolean({ error: 'editor_error_boolean' }),
  integer: () => z.int({ error: 'editor_error_integer' }).min(0, { error: 'editor_error_integer' }),
  phone: (_, checked) => phoneSchema(checked),
  code: (field) => codeSchema(codeListOf(field)),
  'code-list': (field, checked) => listOf(codeSchema(codeListOf(field)), checked),
  image: (_, checked) => imageSchema(checked),
  contacts: (_, checked) => listOf(contactSchema(checked), checked),
  destination: (_, checked) => destinationSchema(checked),
};

/**
 * Returns the schema of a catalogue field's value in a draft. Unless
 * `checked` is false, it applies the length, size and character limits of
 * imports and edits.
 */
export function fieldValueSchema(field: FieldDefinition, checked = true): z.ZodType<FieldValue> {
  return SCHEMA_BY_TYPE[field.type](field, checked) as z.ZodType<FieldValue>;
}

const schemasById = new Map(FIELDS.map((field) => [field.id, fieldValueSchema(field)]));

/** Returns the schema of a field's value by field id, or throws for an unknown id. */
export function fieldSchemaById(id: string): z.ZodType<FieldValue> {
  const schema = schemasById.get(id);
  if (!schema) throw new Error(`Unknown catalogue field "${id}"`);
  return schema;
}

function fieldsSchema(checked: boolean): z.ZodType<DraftFields> {
  const shape = FIELDS.map((field) => [field.id, fieldValueSchema(field, checked).optional()]);
  return z.strictObject(Object.fromEntries(shape), {
    error: 'drafts_error_fields',
  }) as unknown as z.ZodType<DraftFields>;
}

/**
 * Schema of a draft's `fields` in a file or an edit, in which every catalogue
 * field is optional and no other key is allowed.
 */
export const draftFieldsSchema = fieldsSchema(true);

/**
 * Schema of the `fields` of a stored draft: the same, without the length,
 * size and character limits, which drafts saved by earlier versions may exceed.
 */
export const storedDraftFieldsSchema = fieldsSchema(false);
