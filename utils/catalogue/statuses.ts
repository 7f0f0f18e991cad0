/** Status tokens shared by the panel, the command line and the tests. */

export const FIELD_STATUS = [
  'present',
  'missing',
  'invalid',
  'absent',
  'ambiguous',
  'locked',
  'lost',
] as const;

export const RULE_STATUS = ['pass', 'fail'] as const;

export const SEVERITY = ['blocking', 'warning', 'info'] as const;

export const FILL_STATUS = [
  'filled',
  'skipped',
  'needs-choice',
  'locked',
  'rejected',
  'shortened',
  'waiting',
  'lost',
] as const;

export type FieldStatus = (typeof FIELD_STATUS)[number];
export type RuleStatus = (typeof RULE_STATUS)[number];
export type Severity = (typeof SEVERITY)[number];
export type FillStatus = (typeof FILL_STATUS)[number];
