import type { z } from './zod';

/**
 * Errors found in a draft file or a draft's fields. Each carries a message key
 * of the extension's catalogue with its substitutions, for pages to translate,
 * and the English text, for the command line and for tests.
 */
export interface DraftError {
  /** Location of the error, such as `[2].fields.date_of_birth`, or empty for the whole file. */
  path: string;
  /** The offending value as JSON, shortened when long, or empty when the value is missing. */
  value: string;
  message: string;
  messageKey: DraftErrorKey;
  substitutions: string[];
}

/** English text of each draft error, in which `$1` and `$2` are the substitutions. */
export const DRAFT_ERROR_MESSAGES = {
  drafts_error_json_position:
    'Invalid JSON at line $1, column $2. Correct the file or export it again from Vigila.',
  drafts_error_json: 'Invalid JSON. Correct the file or export it again from Vigila.',
  drafts_error_empty_file: 'The file contains no drafts.',
  drafts_error_too_many:
    'The file contains $1 drafts, more than the maximum of $2 per file. ' +
    'Split it into smaller files.',
  drafts_error_text_length:
    'Text too long: $1 characters, more than the maximum of $2 for this field. Shorten it.',
  drafts_error_list_length:
    'Too many entries: $1, more than the maximum of $2 for this field. Remove some.',
  drafts_error_photo_size:
    'Photo too large: $1 bytes, more than the maximum of $2 bytes. Choose a smaller image.',
  drafts_error_character:
    'Remove the character $1 at position $2. Text may not contain control characters, ' +
    'unpaired surrogates, or bidirectional override or isolate characters.',
  drafts_error_number_too_large:
    'Number too large to read: it exceeds the largest number JSON can carry here. Correct it.',
  import_error_not_utf8:
    '$1 is not valid UTF-8: the byte at offset $2 does not start a valid UTF-8 character. ' +
    'Save the file as UTF-8 and import it again.',
  import_error_file_size:
    '$1 is $2 bytes, more than the maximum of $3 bytes. Split it into smaller files.',
  drafts_error_draft:
    'Expected a draft: an object with "format": "vigila-draft", "version": 1 and "fields".',
  drafts_error_format: 'Expected "vigila-draft" as the format.',
  drafts_error_version: 'Unsupported version. This version of Vigila reads version 1.',
  drafts_error_id: 'Enter the draft id as a non-empty text, or leave it out.',
  drafts_error_label: 'Enter the label as text.',
  drafts_error_duplicate_id: 'Duplicate draft id. Each draft in a file needs its own id.',
  drafts_error_unknown_key: 'Unknown key. Remove it: the draft format does not define it.',
  drafts_error_unknown_field:
    'Unknown field id. Remove it or correct its spelling: the catalogue does not define it.',
  drafts_error_fields: 'Expected "fields" as an object of catalogue field ids and values.',
  drafts_error_invalid: 'Invalid value.',
  editor_error_text: 'Enter text.',
  editor_error_list: 'Enter a list of values.',
  editor_error_partial_date:
    'Enter a date that exists as YYYY, YYYY-MM or YYYY-MM-DD, for example 2011 or 2011-03.',
  editor_error_date: 'Enter a date that exists as YYYY-MM-DD, for example 2024-03-15.',
  editor_error_datetime:
    'Enter a local date and time as YYYY-MM-DDTHH:MM, for example 2024-03-15T21:30.',
  editor_error_boolean: 'Enter true or false.',
  editor_error_integer: 'Enter a whole number, 0 or more.',
  editor_error_phone:
    'Enter a phone number: digits, spaces, brackets, dots, slashes, dashes ' +
    'and an optional leading +.',
  editor_error_code: 'Choose one of these codes: $1.',
  editor_error_country:
    'Choose a country: an ISO 3166-1 alpha-3 code such as DEU, or XXA, XXB, XXC or XXX.',
  editor_error_language: 'Choose a language: an ISO 639-3 code such as ara or prs.',
  editor_error_image:
    'Choose an image file. A stored image needs a name, an image type and an image data URL.',
  editor_error_image_type: 'The image type does not match the type in its data URL.',
  editor_error_contact: 'Enter each contact with a name, and a country code and phone if known.',
  editor_error_destination: 'Enter a country, a place or both.',
} as const;

export type DraftErrorKey = keyof typeof DRAFT_ERROR_MESSAGES;

const MAX_VALUE_LENGTH = 60;

function isErrorKey(message: string): message is DraftErrorKey {
  return Object.hasOwn(DRAFT_ERROR_MESSAGES, message);
}

/** Replaces `$1` to `$9` in a message template, as `browser.i18n.getMessage` does. */
export function substitute(template: string, substitutions: string[]): string {
  return template.replace(/\$(\d)/g, (_, index: string) => substitutions[Number(index) - 1] ?? '');
}

/** Returns the English text of a message key with its substitutions. */
function formatEnglish(key: DraftErrorKey, substitutions: string[]): string {
  return substitute(DRAFT_ERROR_MESSAGES[key], substitutions);
}

/** Writes a path as `[2].fields.date_of_birth`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, index) => {
      if (typeof segment === 'number') return `[${segment}]`;
      return index === 0 ? String(segment) : `.${String(segment)}`;
    })
    .join('');
}

// Bidirectional embedding, override and isolate characters, which JSON
// leaves unescaped, would reorder the text shown after the value.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

function escapeBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, (character) => `\\u${character.charCodeAt(0).toString(16)}`);
}

/** Tells whether a parsed JSON value is a number too large for a double, which JSON.parse reads as Infinity. */
function isOverflowedNumber(value: unknown): boolean {
  return typeof value === 'number' && !Number.isFinite(value);
}

/**
 * Returns the value as JSON, shortened to at most `MAX_VALUE_LENGTH`
 * characters, with bidirectional control characters escaped.
 */
export function shortenValue(value: unknown): string {
  if (value === undefined) return '';
  const json = escapeBidiControls(JSON.stringify(value) ?? String(value));
  if (json.length <= MAX_VALUE_LENGTH) return json;
  return `${json.slice(0, MAX_VALUE_LENGTH - 1)}…`;
}

/** Returns the value at a path inside a parsed JSON value, or undefined. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

/** Builds one error from its parts. */
export function draftError(
  path: readonly PropertyKey[],
  value: unknown,
  messageKey: DraftErrorKey,
  substitutions: string[] = [],
): DraftError {
  return {
    path: formatPath(path),
    value: shortenValue(value),
    message: formatEnglish(messageKey, substitutions),
    messageKey,
    substitutions,
  };
}

function unknownKeyErrors(
  issue: z.core.$ZodIssueUnrecognizedKeys,
  root: unknown,
  prefix: PropertyKey[],
): DraftError[] {
  const objectPath = [...prefix, ...issue.path];
  const inFields = objectPath.at(-1) === 'fields';
  const key = inFields ? 'drafts_error_unknown_field' : 'drafts_error_unknown_key';
  return issue.keys.map((name) => {
    const value = valueAt(root, [...issue.path, name]);
    return draftError([...objectPath, name], value, key);
  });
}

/** Returns the substitutions of an issue's message. */
function issueSubstitutions(issue: z.core.$ZodIssue, value: unknown): string[] {
  if (issue.code === 'invalid_value') return [issue.values.join(', ')];
  if (issue.code === 'too_big' && Array.isArray(value)) {
    return [String(value.length), String(issue.maximum)];
  }
  if (issue.code !== 'custom') return [];
  const substitutions = (issue.params as { substitutions?: unknown } | undefined)?.substitutions;
  return Array.isArray(substitutions) ? substitutions.map(String) : [];
}

/**
 * Converts zod issues to draft errors. `root` is the parsed input, `prefix` the
 * path of that input within the file.
 */
export function toDraftErrors(
  issues: readonly z.core.$ZodIssue[],
  root: unknown,
  prefix: PropertyKey[] = [],
): DraftError[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') return unknownKeyErrors(issue, root, prefix);

    const value = valueAt(root, issue.path);
    const path = [...prefix, ...issue.path];
    if (isOverflowedNumber(value)) {
      return [draftError(path, undefined, 'drafts_error_number_too_large')];
    }
    const key = isErrorKey(issue.message) ? issue.message : 'drafts_error_invalid';
    return [draftError(path, value, key, issueSubstitutions(issue, value))];
  });
}
