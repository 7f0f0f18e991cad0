/**
 * The draft file format: one draft object, or an array of them, as
 * `{ "format": "vigila-draft", "version": 1, "id"?, "label"?, "fields" }`.
 */
import { FIELD_IDS } from '../catalogue';
import { MAX_DRAFTS_PER_FILE } from '../import/limits.mjs';
import { draftError, toDraftErrors, type DraftError } from './draft-errors';
import { checkText } from './draft-text';
import {
  draftFieldsSchema,
  fieldSchemaById,
  storedDraftFieldsSchema,
  type DraftFields,
} from './draft-values';
import { z } from './zod';

export * from './draft-errors';
export * from './draft-text';
export * from './draft-values';
export { MAX_DRAFTS_PER_FILE } from '../import/limits.mjs';

export const DRAFT_FORMAT = 'vigila-draft';
export const DRAFT_VERSION = 1;

/** A draft as files carry it. */
export interface Draft {
  id?: string;
  label?: string;
  fields: DraftFields;
}

/** A draft as the store keeps it. Times are milliseconds since the Unix epoch. */
export interface StoredDraft {
  id: string;
  label: string;
  fields: DraftFields;
  createdAt: number;
  updatedAt: number;
  lastUsedAt?: number;
}

export type DraftFileResult = { ok: true; drafts: Draft[] } | { ok: false; errors: DraftError[] };

/** Schema of a draft's label in a file or an edit, with the length limit of a name. */
export const labelSchema = z
  .string({ error: 'drafts_error_label' })
  .superRefine((value, context) => checkText('name', value, context));

const draftFileEntrySchema = z.strictObject(
  {
    format: z.literal(DRAFT_FORMAT, { error: 'drafts_error_format' }),
    version: z.literal(DRAFT_VERSION, { error: 'drafts_error_version' }),
    id: z
      .string({ error: 'drafts_error_id' })
      .min(1, { error: 'drafts_error_id' })
      .superRefine((value, context) => checkText('name', value, context))
      .optional(),
    label: labelSchema.optional(),
    fields: draftFieldsSchema,
  },
  { error: 'drafts_error_draft' },
);

const timestamp = z.number().int().nonnegative();

export const storedDraftSchema = z.strictObject({
  id: z.string().min(1),
  label: z.string(),
  fields: storedDraftFieldsSchema,
  createdAt: timestamp,
  updatedAt: timestamp,
  lastUsedAt: timestamp.optional(),
}) as unknown as z.ZodType<StoredDraft>;

/** Returns the 1-based line and column of a character offset. */
function lineAndColumn(text: string, offset: number): [number, number] {
  const before = text.slice(0, offset).split('\n');
  return [before.length, before[before.length - 1].length + 1];
}

/**
 * Finds where JSON.parse stopped. V8 names a character offset ("at position 42")
 * or the end of the text ("Unexpected end of JSON input"). Firefox names a line
 * and a column ("at line 3 column 5").
 */
function syntaxErrorPosition(text: string, error: SyntaxError): [number, number] | undefined {
  const lineColumn = /line (\d+) column (\d+)/.exec(error.message);
  if (lineColumn) return [Number(lineColumn[1]), Number(lineColumn[2])];

  const position = /position (\d+)/.exec(error.message);
  if (position) return lineAndColumn(text, Number(position[1]));
  if (/end of JSON input/.test(error.message)) return lineAndColumn(text, text.length);
  return undefined;
}

function jsonSyntaxError(text: string, error: SyntaxError): DraftError {
  const position = syntaxErrorPosition(text, error);
  if (!position) return draftError([], undefined, 'drafts_error_json');
  const [line, column] = position;
  const excerpt = text.split('\n')[line - 1]?.slice(Math.max(0, column - 20), column + 20);
  return draftError([], excerpt, 'drafts_error_json_position', [String(line), String(column)]);
}

function duplicateIdErrors(drafts: readonly Draft[], isArray: boolean): DraftError[] {
  const seen = new Set<string>();
  const errors: DraftError[] = [];
  drafts.forEach((draft, index) => {
    if (draft.id === undefined) return;
    if (seen.has(draft.id)) {
      const path = isArray ? [index, 'id'] : ['id'];
      errors.push(draftError(path, draft.id, 'drafts_error_duplicate_id'));
    }
    seen.add(draft.id);
  });
  return errors;
}

/**
 * Parses and validates a draft file. Any error rejects the whole file, so that
 * an import stores all of its drafts or none.
 */
export function parseDraftFile(text: string): DraftFileResult {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    return { ok: false, errors: [jsonSyntaxError(text, error)] };
  }

  const isArray = Array.isArray(input);
  const entries: unknown[] = isArray ? (input as unknown[]) : [input];
  if (entries.length === 0) {
    return { ok: false, errors: [draftError([], input, 'drafts_error_empty_file')] };
  }
  if (entries.length > MAX_DRAFTS_PER_FILE) {
    const substitutions = [String(entries.length), String(MAX_DRAFTS_PER_FILE)];
    return {
      ok: false,
      errors: [draftError([], undefined, 'drafts_error_too_many', substitutions)],
    };
  }

  const drafts: Draft[] = [];
  const errors: DraftError[] = [];
  entries.forEach((entry, index) => {
    const result = draftFileEntrySchema.safeParse(entry);
    if (result.success) {
      const { id, label, fields } = result.data;
      drafts.push({ id, label, fields });
    } else {
      errors.push(...toDraftErrors(result.error.issues, entry, isArray ? [index] : []));
    }
  });

  errors.push(...duplicateIdErrors(drafts, isArray));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, drafts };
}

/** Returns the fields in catalogue order, which keeps exported files easy to read. */
function inCatalogueOrder(fields: DraftFields): DraftFields {
  const ordered: DraftFields = {};
  for (const id of FIELD_IDS) {
    if (fields[id] !== undefined) ordered[id] = fields[id];
  }
  return ordered;
}

/** Writes drafts as a draft file: always an array, which `parseDraftFile` reads back. */
export function serializeDrafts(drafts: readonly Draft[]): string {
  const entries = drafts.map((draft) => ({
    format: DRAFT_FORMAT,
    version: DRAFT_VERSION,
    ...(draft.id === undefined ? {} : { id: draft.id }),
    ...(draft.label === undefined ? {} : { label: draft.label }),
    fields: inCatalogueOrder(draft.fields),
  }));
  return `${JSON.stringify(entries, null, 2)}\n`;
}

/** Validates a draft's label. Error paths start with `label`. */
export function validateLabel(label: string): DraftError[] {
  const result = labelSchema.safeParse(label);
  if (result.success) return [];
  return toDraftErrors(result.error.issues, label, ['label']);
}

/** Validates a draft's fields. Error paths start with `fields.`. */
export function validateDraftFields(fields: unknown): DraftError[] {
  const result = draftFieldsSchema.safeParse(fields);
  if (result.success) return [];
  return toDraftErrors(result.error.issues, fields, ['fields']);
}

/**
 * Validates one field's value. Error paths start with the field id. An
 * undefined value is valid because every field of a draft is optional.
 */
export function validateFieldValue(id: string, value: unknown): DraftError[] {
  if (value === undefined) return [];
  const result = fieldSchemaById(id).safeParse(value);
  if (result.success) return [];
  return toDraftErrors(result.error.issues, value, [id]);
}
