import { iso6393 } from 'iso-639-3';
import {
  CODE_LISTS,
  FIELDS,
  isCountryCode,
  type CodeList,
  type FieldDefinition,
  type FieldType,
} from '../catalogue';
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
  | string
  | string[]
  | boolean
  | number
  | ImageValue
  | Contact[]
  | Destination;

/** Values of a draft by catalogue field id. An absent key means no value. */
export type DraftFields = Record<string, FieldValue>;

const languageCodes = new Set(iso6393.map((language) => language.iso6393));

// At least one digit, with the separators people write in phone numbers. Whether
// a number is plausible for its country is the checker's rule, not the format's.
const PHONE = /^\+?(?=.*\d)[\d ()./-]+$/;
const IMAGE_TYPE = /^image\/[a-z0-9.+-]+$/;
const IMAGE_DATA_URL = /^data:(image\/[a-z0-9.+-]+);base64,[A-Za-z0-9+/]+={0,2}$/;

const text = z.string({ error: 'editor_error_text' });

const requiredText = z
  .string({ error: 'editor_error_text' })
  .min(1, { error: 'editor_error_text' });

const phone = z
  .string({ error: 'editor_error_phone' })
  .regex(PHONE, { error: 'editor_error_phone' });

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

const image = z
  .strictObject(
    {
      name: z.string({ error: 'editor_error_image' }),
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

const contact = z.strictObject(
  {
    name: requiredText,
    country: countryCode.optional(),
    phone: phone.optional(),
  },
  { error: 'editor_error_contact' },
);

const destination = z
  .strictObject(
    {
      country: countryCode.optional(),
      place: requiredText.optional(),
    },
    { error: 'editor_error_destination' },
  )
  .refine((value) => value.country !== undefined || value.place !== undefined, {
    error: 'editor_error_destination',
  });

function listOf(item: z.ZodType): z.ZodType {
  return z.array(item, { error: 'editor_error_list' });
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

const SCHEMA_BY_TYPE: Record<FieldType, (field: FieldDefinition) => z.ZodType> = {
  text: () => text,
  'text-list': () => listOf(text),
  'partial-date': () => partialDate,
  'partial-date-list': () => listOf(partialDate),
  date: () => fullDate,
  datetime: () => localDateTime,
  boolean: () => z.boolean({ error: 'editor_error_boolean' }),
  integer: () =>
    z.int({ error: 'editor_error_integer' }).min(0, { error: 'editor_error_integer' }),
  phone: () => phone,
  code: (field) => codeSchema(codeListOf(field)),
  'code-list': (field) => listOf(codeSchema(codeListOf(field))),
  image: () => image,
  contacts: () => listOf(contact),
  destination: () => destination,
};

/** Returns the schema of a catalogue field's value in a draft. */
export function fieldValueSchema(field: FieldDefinition): z.ZodType<FieldValue> {
  return SCHEMA_BY_TYPE[field.type](field) as z.ZodType<FieldValue>;
}

const schemasById = new Map(FIELDS.map((field) => [field.id, fieldValueSchema(field)]));

/** Returns the schema of a field's value by field id, or throws for an unknown id. */
export function fieldSchemaById(id: string): z.ZodType<FieldValue> {
  const schema = schemasById.get(id);
  if (!schema) throw new Error(`Unknown catalogue field "${id}"`);
  return schema;
}

/**
 * Schema of a draft's `fields`, in which every catalogue field is optional and
 * no other key is allowed.
 */
export const draftFieldsSchema = z.strictObject(
  Object.fromEntries(FIELDS.map((field) => [field.id, fieldSchemaById(field.id).optional()])),
  { error: 'drafts_error_fields' },
) as unknown as z.ZodType<DraftFields>;
