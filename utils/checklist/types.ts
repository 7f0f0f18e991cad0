import type { AlertCategory, FieldStatus, Severity } from '../catalogue';
import type { Requirement, RuleId } from '../schema/checklist';

/** Facts about the alert that rules share, derived once per evaluation. */
export interface RuleContext {
  /** Catalogue values found on the page, by field id. A missing key means no value. */
  values: Readonly<Record<string, unknown>>;
  now: Date;
  majorityAge: number;
  majorityWarningMonths: number;
  category?: AlertCategory;
  /**
   * Latest possible day of birth at local midnight, over the date of birth and
   * every declared date, so that ages assume the youngest child.
   */
  youngestBirthDay?: Date;
  /** Under the majority age on `now`, or undefined when no date of birth is known. */
  minor?: boolean;
  /** A minor, or of unknown age but unaccompanied or in a category for children only. */
  child: boolean;
  /** `unaccompanied` is true or `case_type` is UNACCOMPANIED_MIGRANT. */
  unaccompanied: boolean;
  /** Unaccompanied and not known to be of age. */
  unaccompaniedMinor: boolean;
  /** A care centre, the time the child left it or the ABSCONDED warning flag is recorded. */
  leftCare: boolean;
  /**
   * Tells whether the page has a control for the field. Without field
   * statuses, as when a draft is checked, every field counts as on the page.
   */
  onPage(fieldId: string): boolean;
}

/** Outcome of one rule's check, to which evaluation adds the severity and a default message. */
export interface RuleOutcome {
  pass: boolean;
  /** Translated message. A failing outcome without one gets `rule_<id>_fail`. */
  message?: string;
  /** Fields the outcome points at, or the rule's fields when omitted. */
  fields?: string[];
  /** Highest severity for this outcome, for weaker variants of a rule. */
  severity?: Severity;
}

export interface Rule {
  id: RuleId;
  defaultSeverity: Severity;
  /** Fields the rule reads. */
  fields: readonly string[];
  check(context: RuleContext): RuleOutcome;
}

export interface FieldItem {
  fieldId: string;
  requirement: Requirement;
  status: FieldStatus;
  pass: boolean;
  weight: number;
  /** Whether the item enters the score. */
  counted: boolean;
}

export interface RuleResult {
  ruleId: RuleId;
  status: 'pass' | 'fail';
  severity: Severity;
  fields: string[];
  /** Translated message, or empty for a passing rule without a message. */
  message: string;
}

export interface Evaluation {
  /** Weighted share of counted items that pass, 0 to 100. */
  score: number;
  fieldItems: FieldItem[];
  ruleResults: RuleResult[];
  /** Failing blocking rules plus required fields that a control on the page leaves empty. */
  blockingOpen: number;
}
