import { formatPath, shortenValue, substitute, valueAt } from './draft-errors';
import type { z } from './zod';

/**
 * Errors found in a portal profile file. Like draft errors, each carries a
 * message key of the extension's catalogue with its substitutions, for pages
 * to translate, and the English text, for the command line and for tests.
 */
export interface ProfileError {
  /** Location of the error, such as `[1].fields.sex.codes.W`, or empty for the whole file. */
  path: string;
  /** The offending value as JSON, shortened when long, or empty when the value is missing. */
  value: string;
  message: string;
  messageKey: ProfileErrorKey;
  substitutions: string[];
}

/** English text of each profile error, in which `$1` is the substitution. */
export const PROFILE_ERROR_MESSAGES = {
  profile_error_json_position:
    'Invalid JSON at line $1, column $2. Correct the file or export it again from Vigila.',
  profile_error_json: 'Invalid JSON. Correct the file or export it again from Vigila.',
  profile_error_empty_file: 'The file contains no portal profiles.',
  import_error_not_utf8:
    '$1 is not valid UTF-8: the byte at offset $2 does not start a valid UTF-8 character. ' +
    'Save the file as UTF-8 and import it again.',
  import_error_file_size:
    '$1 is $2 bytes, more than the maximum of $3 bytes. Split it into smaller files.',
  profile_error_profile:
    'Expected a portal profile: an object with "format": "vigila-profile", "version": 1, ' +
    '"id", "name", "urlPattern" and "fields".',
  profile_error_format: 'Expected "vigila-profile" as the format.',
  profile_error_version: 'Unsupported version. This version of Vigila reads version 1.',
  profile_error_id: 'Enter the profile id as a non-empty text.',
  profile_error_name: 'Enter the profile name as a non-empty text.',
  profile_error_url_pattern:
    'Enter a match pattern such as "https://portal.example/alerts/*": a scheme ' +
    '(http, https or *), "://", a host with an optional port, and a path that starts with "/".',
  profile_error_frame_url_pattern:
    'Enter the frame\'s match pattern, such as "https://portal.example/form/*", ' +
    'or "about:blank" or "about:srcdoc".',
  profile_error_frame_index: 'Enter the frame index as a whole number, 0 or more.',
  profile_error_frame: 'Expected "frame" as an object with "urlPattern" and an optional "index".',
  profile_error_fields:
    'Expected "fields" as an object of catalogue field ids and the controls that hold them.',
  profile_error_field:
    'Expected a field mapping: an object with "selector" and optional "frame", "roles", ' +
    '"dateFormat" and "codes".',
  profile_error_selector:
    'Enter a CSS selector, or a list of them for a field split over several controls. ' +
    'Use " >>> " to enter a shadow root.',
  profile_error_roles: 'Choose each role from day, month, year, date and time.',
  profile_error_roles_count: 'Give one role per selector: this field has $1 selectors.',
  profile_error_date_format:
    'Enter a date pattern with the letters yyyy, yy, MM, M, dd, d, HH, mm and ss, ' +
    "for example dd.MM.yyyy. Put other letters in single quotes, as in yyyy-MM-dd'T'HH:mm.",
  profile_error_date_format_field: 'Remove "dateFormat": this field holds no date.',
  profile_error_codes:
    'Expected "codes" as an object of catalogue codes and the portal\'s option values.',
  profile_error_codes_field: 'Remove "codes": this field holds no code.',
  profile_error_code_value: "Enter the portal's option value as text.",
  profile_error_code: 'Unknown code for this field. Use one of: $1.',
  profile_error_code_country:
    'Unknown country code. Use an ISO 3166-1 alpha-3 code such as DEU, or XXA, XXB, XXC or XXX.',
  profile_error_code_language: 'Unknown language code. Use an ISO 639-3 code such as ara.',
  profile_error_code_boolean: 'Use "true" or "false" as the codes of a yes-or-no field.',
  profile_error_unknown_key: 'Unknown key. Remove it: the profile format does not define it.',
  profile_error_unknown_field:
    'Unknown field id. Remove it or correct its spelling: the catalogue does not define it.',
  profile_error_duplicate_id: 'Duplicate profile id. Each profile of an import needs its own id.',
  profile_error_invalid: 'Invalid value.',
} as const;

export type ProfileErrorKey = keyof typeof PROFILE_ERROR_MESSAGES;

function isErrorKey(message: string): message is ProfileErrorKey {
  return Object.hasOwn(PROFILE_ERROR_MESSAGES, message);
}

function formatEnglish(key: ProfileErrorKey, substitutions: string[]): string {
  return substitute(PROFILE_ERROR_MESSAGES[key], substitutions);
}

/** Builds one error from its parts. */
export function profileError(
  path: readonly PropertyKey[],
  value: unknown,
  messageKey: ProfileErrorKey,
  substitutions: string[] = [],
): ProfileError {
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
): ProfileError[] {
  const inFields = issue.path.length === 1 && issue.path[0] === 'fields';
  const key = inFields ? 'profile_error_unknown_field' : 'profile_error_unknown_key';
  return issue.keys.map((name) =>
    profileError([...prefix, ...issue.path, name], valueAt(root, [...issue.path, name]), key),
  );
}

/** Reads the substitutions that a schema's custom check put in the issue's params. */
function issueSubstitutions(issue: z.core.$ZodIssue): string[] {
  if (issue.code !== 'custom') return [];
  const substitutions = (issue.params as { substitutions?: unknown } | undefined)?.substitutions;
  return Array.isArray(substitutions) ? substitutions.map(String) : [];
}

/**
 * Converts zod issues of the profile schema to errors. `root` is the parsed
 * input, `prefix` the path of that input within the file.
 */
export function toProfileErrors(
  issues: readonly z.core.$ZodIssue[],
  root: unknown,
  prefix: PropertyKey[] = [],
): ProfileError[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') return unknownKeyErrors(issue, root, prefix);

    const key = isErrorKey(issue.message) ? issue.message : 'profile_error_invalid';
    const value = valueAt(root, issue.path);
    return [profileError([...prefix, ...issue.path], value, key, issueSubstitutions(issue))];
  });
}
