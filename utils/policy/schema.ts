/**
 * The organisation's settings for Vigila, as IT sets them in managed storage
 * (Chrome and Edge policy, Firefox `policies.json`). Each key is validated on
 * its own, so that one invalid key leaves the others in force.
 */
import { DEFAULT_CHECKLIST } from '../checklist/defaults';
import { checklistSchema, MAX_MAJORITY_AGE, type Checklist } from '../schema/checklist';
import { toChecklistErrors } from '../schema/checklist-errors';
import { shortenValue, valueAt } from '../schema/draft-errors';
import { parseProfile, parseProfileFile, type PortalProfile } from '../schema/profile';
import { IDLE_MINUTES_RANGE, RETENTION_DAYS_RANGE } from '../store/draft-limits';
import { findPrototypeKeys } from '../schema/reserved-keys';
import { z } from '../schema/zod';
import { normalizeAllowedOrigin } from './origins';

export const ENFORCEMENT_MODES = ['off', 'enforce'] as const;
export type EnforcementMode = (typeof ENFORCEMENT_MODES)[number];

/** The settings an organisation may set. A missing key leaves the user's own setting in force. */
export interface ManagedPolicy {
  /** Match patterns of the portal origins Vigila may run on, as `scheme://host/*`. */
  allowedOrigins?: string[];
  /** Portal profiles used beside the user's; one with the same id replaces the user's. */
  profiles?: PortalProfile[];
  checklists?: Checklist[];
  /** Id of the checklist every alert is checked against: one of `checklists`, or `default`. */
  enforcedChecklistId?: string;
  /** Whether submitting an alert with open blocking findings needs a reason. */
  enforcement?: EnforcementMode;
  /** Age in years at which a person is no longer a minor. */
  majorityAge?: number;
  /** Minutes without activity before the drafts lock. */
  autoLockMinutes?: number;
  /** Days after a draft's last use before it is deleted. */
  retentionDays?: number;
}

export type PolicyKey = keyof ManagedPolicy;

export const POLICY_KEYS: readonly PolicyKey[] = [
  'allowedOrigins',
  'profiles',
  'checklists',
  'enforcedChecklistId',
  'enforcement',
  'majorityAge',
  'autoLockMinutes',
  'retentionDays',
];

/** One invalid value of the policy, for the options page to show to IT. */
export interface PolicyError {
  /** The top-level policy key, such as `profiles`. */
  key: string;
  /** Location of the value, such as `profiles[1].fields.sex.codes.W`. */
  path: string;
  /** The offending value as JSON, shortened when long, or empty when it is missing. */
  value: string;
  messageKey: string;
  substitutions: string[];
}

export interface PolicyReading {
  policy: ManagedPolicy;
  errors: PolicyError[];
}

function policyError(
  key: string,
  path: string,
  value: unknown,
  messageKey: string,
  substitutions: string[] = [],
): PolicyError {
  return { key, path, value: shortenValue(value), messageKey, substitutions };
}

/** Joins a key and a path inside its value: `profiles` and `[1].id` give `profiles[1].id`. */
function joinPath(key: string, path: string): string {
  if (!path) return key;
  return path.startsWith('[') ? `${key}${path}` : `${key}.${path}`;
}

function wholeNumber(min: number, max: number) {
  return z.int().min(min).max(max);
}

const NUMBER_KEYS = {
  majorityAge: { schema: wholeNumber(0, MAX_MAJORITY_AGE), min: 0, max: MAX_MAJORITY_AGE },
  autoLockMinutes: {
    schema: wholeNumber(IDLE_MINUTES_RANGE.min, IDLE_MINUTES_RANGE.max),
    ...IDLE_MINUTES_RANGE,
  },
  retentionDays: {
    schema: wholeNumber(RETENTION_DAYS_RANGE.min, RETENTION_DAYS_RANGE.max),
    ...RETENTION_DAYS_RANGE,
  },
} as const;

type KeyResult<T> = { value?: T; errors: PolicyError[] };

function parseNumber(key: keyof typeof NUMBER_KEYS, input: unknown): KeyResult<number> {
  const { schema, min, max } = NUMBER_KEYS[key];
  const result = schema.safeParse(input);
  if (result.success) return { value: result.data, errors: [] };
  return {
    errors: [policyError(key, key, input, 'policy_error_number', [String(min), String(max)])],
  };
}

/**
 * Reads a list given as an array or, when `acceptText` is true, as JSON text:
 * the Chrome schema declares profiles and checklists as strings.
 */
function readList(key: string, input: unknown, acceptText = true): KeyResult<unknown[]> {
  if (Array.isArray(input)) return { value: input, errors: [] };
  if (typeof input === 'string' && acceptText) {
    try {
      const parsed: unknown = JSON.parse(input);
      return { value: Array.isArray(parsed) ? parsed : [parsed], errors: [] };
    } catch {
      return { errors: [policyError(key, key, input, 'policy_error_json')] };
    }
  }
  return { errors: [policyError(key, key, input, 'policy_error_list')] };
}

function parseAllowedOrigins(input: unknown): KeyResult<string[]> {
  const list = readList('allowedOrigins', input, false);
  if (!list.value) return { errors: list.errors };

  const origins: string[] = [];
  const errors: PolicyError[] = [];
  list.value.forEach((entry, index) => {
    const pattern = typeof entry === 'string' ? normalizeAllowedOrigin(entry) : undefined;
    if (pattern) origins.push(pattern);
    else {
      const path = `allowedOrigins[${index}]`;
      errors.push(policyError('allowedOrigins', path, entry, 'policy_error_origin'));
    }
  });
  return { value: [...new Set(origins)], errors };
}

function parseProfiles(input: unknown): KeyResult<PortalProfile[]> {
  if (typeof input === 'string') {
    const file = parseProfileFile(input);
    if (file.ok) return { value: file.profiles, errors: [] };
    // An import rejects a file with an invalid profile. A policy keeps its
    // valid profiles instead, so the entries are checked one by one below.
  }
  const list = readList('profiles', input);
  if (!list.value) return { errors: list.errors };

  const profiles: PortalProfile[] = [];
  const errors: PolicyError[] = [];
  const seen = new Set<string>();
  list.value.forEach((entry, index) => {
    const result = parseProfile(entry, [index]);
    if (!result.ok) {
      for (const error of result.errors) {
        const path = joinPath('profiles', error.path);
        errors.push({
          ...policyError('profiles', path, undefined, error.messageKey, error.substitutions),
          value: error.value,
        });
      }
      return;
    }
    if (seen.has(result.profile.id)) {
      const path = `profiles[${index}].id`;
      errors.push(policyError('profiles', path, result.profile.id, 'profile_error_duplicate_id'));
      return;
    }
    seen.add(result.profile.id);
    profiles.push(result.profile);
  });
  return { value: profiles, errors };
}

function parseChecklists(input: unknown): KeyResult<Checklist[]> {
  const list = readList('checklists', input);
  if (!list.value) return { errors: list.errors };

  const checklists: Checklist[] = [];
  const errors: PolicyError[] = [];
  const seen = new Set<string>();
  list.value.forEach((entry, index) => {
    const prefix = `checklists[${index}]`;
    const prototypeKeys = findPrototypeKeys(entry);
    if (prototypeKeys.length > 0) {
      for (const keyPath of prototypeKeys) {
        const path = joinPath(prefix, keyPath.map(String).join('.'));
        const value = valueAt(entry, keyPath);
        errors.push(policyError('checklists', path, value, 'checklist_error_reserved_key'));
      }
      return;
    }
    const result = checklistSchema.safeParse(entry);
    if (!result.success) {
      for (const error of toChecklistErrors(result.error.issues, entry)) {
        const path = joinPath(prefix, error.path);
        errors.push(
          policyError('checklists', path, error.value, error.messageKey, error.substitutions),
        );
      }
      return;
    }
    if (seen.has(result.data.id)) {
      const path = `${prefix}.id`;
      errors.push(
        policyError('checklists', path, result.data.id, 'policy_error_duplicate_checklist'),
      );
      return;
    }
    seen.add(result.data.id);
    checklists.push(result.data);
  });
  return { value: checklists, errors };
}

function parseEnforcedChecklistId(
  input: unknown,
  checklists: Checklist[] | undefined,
): KeyResult<string> {
  const key = 'enforcedChecklistId';
  if (typeof input !== 'string' || input.trim() === '') {
    return { errors: [policyError(key, key, input, 'policy_error_checklist_id')] };
  }
  const id = input.trim();
  const known = [DEFAULT_CHECKLIST.id, ...(checklists ?? []).map((checklist) => checklist.id)];
  if (!known.includes(id)) {
    return {
      errors: [policyError(key, key, input, 'policy_error_checklist_unknown', [known.join(', ')])],
    };
  }
  return { value: id, errors: [] };
}

function parseEnforcement(input: unknown): KeyResult<EnforcementMode> {
  const result = z.enum(ENFORCEMENT_MODES).safeParse(input);
  if (result.success) return { value: result.data, errors: [] };
  const substitutions = [ENFORCEMENT_MODES.join(', ')];
  return {
    errors: [
      policyError('enforcement', 'enforcement', input, 'policy_error_enforcement', substitutions),
    ],
  };
}

/**
 * Validates what managed storage returned. Returns the valid keys as the
 * policy and, for each invalid value, an error with its path and value.
 * An invalid entry of a list (an origin, a profile, a checklist) is left
 * out and the list's valid entries stay in force.
 */
export function parseManagedPolicy(raw: Readonly<Record<string, unknown>>): PolicyReading {
  const policy: ManagedPolicy = {};
  const errors: PolicyError[] = [];
  const take = <T>(result: KeyResult<T>, assign: (value: T) => void) => {
    errors.push(...result.errors);
    if (result.value !== undefined) assign(result.value);
  };
  const has = (key: string) => Object.hasOwn(raw, key) && raw[key] !== undefined;

  if (has('allowedOrigins')) {
    take(parseAllowedOrigins(raw.allowedOrigins), (value) => (policy.allowedOrigins = value));
  }
  if (has('profiles')) take(parseProfiles(raw.profiles), (value) => (policy.profiles = value));
  if (has('checklists'))
    take(parseChecklists(raw.checklists), (value) => (policy.checklists = value));
  if (has('enforcedChecklistId')) {
    const result = parseEnforcedChecklistId(raw.enforcedChecklistId, policy.checklists);
    take(result, (value) => (policy.enforcedChecklistId = value));
  }
  if (has('enforcement'))
    take(parseEnforcement(raw.enforcement), (value) => (policy.enforcement = value));
  for (const key of Object.keys(NUMBER_KEYS) as (keyof typeof NUMBER_KEYS)[]) {
    if (has(key)) take(parseNumber(key, raw[key]), (value) => (policy[key] = value));
  }

  for (const key of Object.keys(raw)) {
    if ((POLICY_KEYS as readonly string[]).includes(key)) continue;
    errors.push(
      policyError(key, key, valueAt(raw, [key]), 'policy_error_unknown_key', [
        POLICY_KEYS.join(', '),
      ]),
    );
  }
  return { policy, errors };
}
