/**
 * The portal profile format: which page controls hold which catalogue
 * fields on one portal, so that detection need not guess there.
 * `{ "format": "vigila-profile", "version": 1, "id", "name", "urlPattern", "fields" }`,
 * where each field maps to `{ frame?, selector, roles?, dateFormat?, codes? }`.
 */
import { FIELDS, type FieldDefinition } from '../catalogue';
import { isValidFramePattern, isValidMatchPattern } from '../profile/match-pattern';
import { PROFILE_ROLES, type ProfileRole } from '../profile/roles';
import { isValidSelector } from '../profile/selector';
import { fieldSchemaById } from './draft-values';
import { profileError, toProfileErrors, type ProfileError } from './profile-errors';
import { z } from './zod';

export * from './profile-errors';

export const PROFILE_FORMAT = 'vigila-profile';
export const PROFILE_VERSION = 1;

export { PROFILE_ROLES, type ProfileRole } from '../profile/roles';

/** A child frame of the portal page. Fields without a frame are in the top page. */
export interface ProfileFrame {
  /** Match pattern of the frame's URL, or `about:blank` or `about:srcdoc`. */
  urlPattern: string;
  /** Position of the frame among its parent's frames (`window.frames`), from 0. */
  index?: number;
}

/** The location of one catalogue field on the portal, and the portal's way of writing it. */
export interface ProfileField {
  frame?: ProfileFrame;
  /** CSS selector of the control, or one per control in order; ` >>> ` enters a shadow root. */
  selector: string | string[];
  roles?: ProfileRole[];
  /** date-fns pattern of a date typed into a text box, such as `dd.MM.yyyy`. */
  dateFormat?: string;
  /** Catalogue code to the portal's option value. */
  codes?: Record<string, string>;
}

export interface PortalProfile {
  format: typeof PROFILE_FORMAT;
  version: typeof PROFILE_VERSION;
  id: string;
  name: string;
  /** Match pattern of the top page's URL, such as `https://portal.example/alerts/*`. */
  urlPattern: string;
  fields: Record<string, ProfileField>;
}

/** A profile as the store keeps it. `updatedAt` is in milliseconds since the Unix epoch. */
export interface StoredProfile extends PortalProfile {
  updatedAt: number;
}

export type ProfileResult =
  { ok: true; profile: PortalProfile } | { ok: false; errors: ProfileError[] };

export type ProfileFileResult =
  { ok: true; profiles: PortalProfile[] } | { ok: false; errors: ProfileError[] };

const DATE_TYPES = new Set(['partial-date', 'partial-date-list', 'date', 'datetime']);
const CODE_TYPES = new Set(['code', 'code-list', 'boolean']);

/** Tells whether a date-fns pattern uses only the units a fill can write. */
export function isSupportedDateFormat(format: string): boolean {
  const unquoted = format.replace(/'[^']*'?/g, '');
  const letters = unquoted.match(/[A-Za-z]/g) ?? [];
  return letters.length > 0 && letters.every((letter) => 'yMdHms'.includes(letter));
}

const selectorText = z
  .string({ error: 'profile_error_selector' })
  .refine(isValidSelector, { error: 'profile_error_selector' });

const selectorSchema = z.union(
  [selectorText, z.array(selectorText, { error: 'profile_error_selector' }).min(1)],
  { error: 'profile_error_selector' },
);

const frameSchema = z.strictObject(
  {
    urlPattern: z
      .string({ error: 'profile_error_frame_url_pattern' })
      .refine(isValidFramePattern, { error: 'profile_error_frame_url_pattern' }),
    index: z
      .int({ error: 'profile_error_frame_index' })
      .min(0, { error: 'profile_error_frame_index' })
      .optional(),
  },
  { error: 'profile_error_frame' },
);

const rolesSchema = z.array(z.enum(PROFILE_ROLES, { error: 'profile_error_roles' }), {
  error: 'profile_error_roles',
});

/** Returns the message key and substitutions for a code the field's code list lacks. */
function unknownCodeMessage(field: FieldDefinition): { key: string; substitutions: string[] } {
  if (field.type === 'boolean') return { key: 'profile_error_code_boolean', substitutions: [] };
  if (field.codes === 'COUNTRY') return { key: 'profile_error_code_country', substitutions: [] };
  if (field.codes === 'LANGUAGE') return { key: 'profile_error_code_language', substitutions: [] };
  const example = fieldCodeExamples(field);
  return { key: 'profile_error_code', substitutions: [example] };
}

function fieldCodeExamples(field: FieldDefinition): string {
  const schema = fieldSchemaById(field.id);
  const probe = schema.safeParse(field.type === 'code-list' ? ['\u0000'] : '\u0000');
  const issue = probe.success ? undefined : probe.error.issues[0];
  return issue && 'values' in issue ? (issue.values as unknown[]).join(', ') : '';
}

function isFieldCode(field: FieldDefinition, code: string): boolean {
  if (field.type === 'boolean') return code === 'true' || code === 'false';
  const value = field.type === 'code-list' ? [code] : code;
  return fieldSchemaById(field.id).safeParse(value).success;
}

function codesSchema(field: FieldDefinition): z.ZodType {
  if (!CODE_TYPES.has(field.type)) {
    return z.unknown().refine(() => false, { error: 'profile_error_codes_field' });
  }
  const message = unknownCodeMessage(field);
  return z
    .record(z.string(), z.string({ error: 'profile_error_code_value' }), {
      error: 'profile_error_codes',
    })
    .superRefine((codes, context) => {
      for (const code of Object.keys(codes)) {
        if (isFieldCode(field, code)) continue;
        context.addIssue({
          code: 'custom',
          path: [code],
          message: message.key,
          params: { substitutions: message.substitutions },
          input: code,
        });
      }
    });
}

function dateFormatSchema(field: FieldDefinition): z.ZodType {
  if (!DATE_TYPES.has(field.type)) {
    return z.unknown().refine(() => false, { error: 'profile_error_date_format_field' });
  }
  return z
    .string({ error: 'profile_error_date_format' })
    .refine(isSupportedDateFormat, { error: 'profile_error_date_format' });
}

function fieldMappingSchema(field: FieldDefinition): z.ZodType<ProfileField> {
  return z
    .strictObject(
      {
        frame: frameSchema.optional(),
        selector: selectorSchema,
        roles: rolesSchema.optional(),
        dateFormat: dateFormatSchema(field).optional(),
        codes: codesSchema(field).optional(),
      },
      { error: 'profile_error_field' },
    )
    .superRefine((mapping, context) => {
      if (!mapping.roles) return;
      const count = Array.isArray(mapping.selector) ? mapping.selector.length : 1;
      if (mapping.roles.length === count) return;
      context.addIssue({
        code: 'custom',
        path: ['roles'],
        message: 'profile_error_roles_count',
        params: { substitutions: [String(count)] },
        input: mapping.roles,
      });
    }) as unknown as z.ZodType<ProfileField>;
}

const profileShape = {
  format: z.literal(PROFILE_FORMAT, { error: 'profile_error_format' }),
  version: z.literal(PROFILE_VERSION, { error: 'profile_error_version' }),
  id: z.string({ error: 'profile_error_id' }).trim().min(1, { error: 'profile_error_id' }),
  name: z.string({ error: 'profile_error_name' }).trim().min(1, { error: 'profile_error_name' }),
  urlPattern: z
    .string({ error: 'profile_error_url_pattern' })
    .refine(isValidMatchPattern, { error: 'profile_error_url_pattern' }),
  fields: z.strictObject(
    Object.fromEntries(FIELDS.map((field) => [field.id, fieldMappingSchema(field).optional()])),
    { error: 'profile_error_fields' },
  ),
};

export const profileSchema = z.strictObject(profileShape, {
  error: 'profile_error_profile',
}) as unknown as z.ZodType<PortalProfile>;

export const storedProfileSchema = z.strictObject({
  ...profileShape,
  updatedAt: z.number().int().nonnegative(),
}) as unknown as z.ZodType<StoredProfile>;

/** Validates one profile object, and returns every error with its path and value. */
export function parseProfile(input: unknown, prefix: PropertyKey[] = []): ProfileResult {
  const result = profileSchema.safeParse(input);
  if (result.success) return { ok: true, profile: result.data };
  return { ok: false, errors: toProfileErrors(result.error.issues, input, prefix) };
}

/** Finds where JSON.parse stopped: V8 names a character offset ("at position 42") or the end. */
function syntaxErrorOffset(text: string, error: SyntaxError): number | undefined {
  const position = /position (\d+)/.exec(error.message);
  if (position) return Number(position[1]);
  return /end of JSON input/.test(error.message) ? text.length : undefined;
}

function jsonError(text: string, error: SyntaxError): ProfileError {
  const offset = syntaxErrorOffset(text, error);
  if (offset === undefined) return profileError([], undefined, 'profile_error_json');
  const before = text.slice(0, offset).split('\n');
  const line = String(before.length);
  const column = String(before[before.length - 1].length + 1);
  return profileError([], undefined, 'profile_error_json_position', [line, column]);
}

function duplicateIdErrors(profiles: readonly PortalProfile[], isArray: boolean): ProfileError[] {
  const seen = new Set<string>();
  const errors: ProfileError[] = [];
  profiles.forEach((profile, index) => {
    if (seen.has(profile.id)) {
      const path = isArray ? [index, 'id'] : ['id'];
      errors.push(profileError(path, profile.id, 'profile_error_duplicate_id'));
    }
    seen.add(profile.id);
  });
  return errors;
}

/**
 * Parses a profile file: one profile object or an array of them. Any error
 * rejects the whole file, so that an import stores all of its profiles or none.
 */
export function parseProfileFile(text: string): ProfileFileResult {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    return { ok: false, errors: [jsonError(text, error)] };
  }

  const isArray = Array.isArray(input);
  const entries: unknown[] = isArray ? (input as unknown[]) : [input];
  if (entries.length === 0) {
    return { ok: false, errors: [profileError([], input, 'profile_error_empty_file')] };
  }

  const profiles: PortalProfile[] = [];
  const errors: ProfileError[] = [];
  entries.forEach((entry, index) => {
    const result = parseProfile(entry, isArray ? [index] : []);
    if (result.ok) profiles.push(result.profile);
    else errors.push(...result.errors);
  });
  errors.push(...duplicateIdErrors(profiles, isArray));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, profiles };
}

/** Returns the profile's fields in catalogue order, which keeps exported files easy to read. */
function inCatalogueOrder(fields: Record<string, ProfileField>): Record<string, ProfileField> {
  const ordered: Record<string, ProfileField> = {};
  for (const field of FIELDS) {
    const mapping = fields[field.id];
    if (mapping) ordered[field.id] = mapping;
  }
  return ordered;
}

/** Returns the profile without store bookkeeping, with its keys in file order. */
export function toProfileFileEntry(profile: PortalProfile): PortalProfile {
  const { format, version, id, name, urlPattern, fields } = profile;
  return { format, version, id, name, urlPattern, fields: inCatalogueOrder(fields) };
}

/** Writes profiles as a profile file: always an array, which `parseProfileFile` reads back. */
export function serializeProfiles(profiles: readonly PortalProfile[]): string {
  return `${JSON.stringify(profiles.map(toProfileFileEntry), null, 2)}\n`;
}
