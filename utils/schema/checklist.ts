import { FIELD_IDS, SEVERITY } from '../catalogue';
import { z } from './zod';

// Extension pages forbid `eval`, so zod must not compile parsers with
// `new Function`. The shared `./zod` module sets this too, and repeating it
// here keeps the setting next to the schema that depends on it.
z.config({ jitless: true });

/**
 * Schema of a checklist file: which catalogue fields a supervisor requires or
 * recommends, and which rules run at which severity. Each issue's message is a
 * message key of the extension's catalogue, so that pages can translate it.
 */

export const CHECKLIST_FORMAT = 'vigila-checklist';
/** Id of the built-in checklist, which no imported or stored checklist may take. */
export const DEFAULT_CHECKLIST_ID = 'default';
/** Version of a new checklist. Each save in the options page raises it by one. */
export const FIRST_CHECKLIST_VERSION = 1;

/** Ids of the rules the checker enforces, in the catalogue's order. */
export const RULE_IDS = [
  'category_fits_age',
  'decision_for_travel_categories',
  'risk_for_category_d',
  'case_type_known',
  'dates_in_order',
  'majority_near',
  'estimated_birth_date',
  'photo_present',
  'fingerprints_expected',
  'dna_only_category_a',
  'left_care_details',
  'guardian_recorded',
  'action_fits_category',
  'names_latin_form',
  'country_codes_valid',
  'urgent_marking',
  'sis_payload_only',
  'format_valid',
] as const;

export const REQUIREMENT = ['required', 'recommended', 'off'] as const;

export type RuleId = (typeof RULE_IDS)[number];
export type Requirement = (typeof REQUIREMENT)[number];

export const DEFAULT_MAJORITY_AGE = 18;
export const DEFAULT_MAJORITY_WARNING_MONTHS = 4;

export const MAX_MAJORITY_AGE = 25;
// Alerts on persons in categories A and B are reviewed within five years
// (Regulation (EU) 2018/1862, Art. 53(2)), so a longer warning is never useful.
export const MAX_MAJORITY_WARNING_MONTHS = 60;
export const MAX_WEIGHT = 100;

const weight = z
  .number({ error: 'checklist_error_weight' })
  .min(0, { error: 'checklist_error_weight' })
  .max(MAX_WEIGHT, { error: 'checklist_error_weight' });

const fieldItem = z.strictObject(
  {
    requirement: z.enum(REQUIREMENT, { error: 'checklist_error_requirement' }),
    weight: weight.default(1),
  },
  { error: 'checklist_error_field_item' },
);

const ruleItem = z.strictObject(
  {
    severity: z.enum([...SEVERITY, 'off'], { error: 'checklist_error_severity' }),
    weight: weight.default(1),
  },
  { error: 'checklist_error_rule_item' },
);

const fieldIdSchema = z.enum(FIELD_IDS as [string, ...string[]]);

export const checklistSchema = z.strictObject(
  {
    format: z.literal(CHECKLIST_FORMAT, { error: 'checklist_error_format' }),
    // The checklist's own version, which the panel and the audit log show.
    // A change of the file format would change `format`.
    version: z
      .int({ error: 'checklist_error_version' })
      .min(FIRST_CHECKLIST_VERSION, { error: 'checklist_error_version' }),
    id: z
      .string({ error: 'checklist_error_id' })
      .trim()
      .min(1, { error: 'checklist_error_id' })
      .refine((id) => id !== DEFAULT_CHECKLIST_ID, { error: 'checklist_error_reserved_id' }),
    name: z
      .string({ error: 'checklist_error_name' })
      .trim()
      .min(1, { error: 'checklist_error_name' }),
    majorityAge: z
      .int({ error: 'checklist_error_majority_age' })
      .min(0, { error: 'checklist_error_majority_age' })
      .max(MAX_MAJORITY_AGE, { error: 'checklist_error_majority_age' })
      .default(DEFAULT_MAJORITY_AGE),
    majorityWarningMonths: z
      .int({ error: 'checklist_error_majority_warning_months' })
      .min(0, { error: 'checklist_error_majority_warning_months' })
      .max(MAX_MAJORITY_WARNING_MONTHS, { error: 'checklist_error_majority_warning_months' })
      .default(DEFAULT_MAJORITY_WARNING_MONTHS),
    fields: z
      .partialRecord(fieldIdSchema, fieldItem, { error: 'checklist_error_fields' })
      .default({}),
    rules: z
      .partialRecord(z.enum(RULE_IDS), ruleItem, { error: 'checklist_error_rules' })
      .default({}),
  },
  { error: 'checklist_error_file' },
);

export type Checklist = z.infer<typeof checklistSchema>;
export type ChecklistFieldItem = NonNullable<Checklist['fields'][string]>;
export type ChecklistRuleItem = NonNullable<Checklist['rules'][RuleId]>;
