import type { FieldStatus } from '../catalogue';
import { CASE_TYPE, WARNING } from '../catalogue';
import {
  DEFAULT_MAJORITY_AGE,
  DEFAULT_MAJORITY_WARNING_MONTHS,
  type Checklist,
} from '../schema/checklist';
import { hasReachedAge } from './age';
import { isChildCategory, toAlertCategory } from './categories';
import { lastDay, parsePartialDate } from './dates';
import type { RuleContext } from './types';
import { isGiven, readCode, readCodes } from './values';

export interface ContextInput {
  values: Readonly<Record<string, unknown>>;
  /** Status of each field on the page; a field without one has no control here. */
  fieldStatuses?: Readonly<Record<string, FieldStatus>>;
  checklist?: Pick<Checklist, 'majorityAge' | 'majorityWarningMonths'>;
  now?: Date;
}

/**
 * Returns the latest day of birth over the date of birth and every declared
 * date. A partial or doubtful date counts as its latest possible day, so that
 * the child's younger possible age is assumed.
 */
function youngestBirthDay(values: ContextInput['values']): Date | undefined {
  const declared = values.declared_dates_of_birth;
  const texts = [values.date_of_birth, ...(Array.isArray(declared) ? declared : [])];
  let latest: Date | undefined;
  for (const text of texts) {
    const date = parsePartialDate(text);
    if (!date) continue;
    const day = lastDay(date);
    if (!latest || day > latest) latest = day;
  }
  return latest;
}

function isUnaccompanied(values: ContextInput['values']): boolean {
  return (
    values.unaccompanied === true ||
    readCode(values, 'case_type', CASE_TYPE) === 'UNACCOMPANIED_MIGRANT'
  );
}

const BIRTH_FIELDS = ['date_of_birth', 'declared_dates_of_birth'];
const UNACCOMPANIED_FIELDS = ['unaccompanied', 'case_type'];

/**
 * The catalogue fields whose values each derived fact of the rule context
 * reads, for incremental evaluation. A unit test changes every other field and
 * checks that the fact stays the same.
 */
export const FACT_READS = {
  category: ['alert_category'],
  youngestBirthDay: BIRTH_FIELDS,
  minor: BIRTH_FIELDS,
  child: [...BIRTH_FIELDS, ...UNACCOMPANIED_FIELDS, 'alert_category'],
  unaccompanied: UNACCOMPANIED_FIELDS,
  unaccompaniedMinor: [...BIRTH_FIELDS, ...UNACCOMPANIED_FIELDS],
  leftCare: ['left_care_at', 'care_centre_name', 'warning_flags'],
} as const satisfies Partial<Record<keyof RuleContext, readonly string[]>>;

/** Derives the facts that rules share from the alert's values and the checklist settings. */
export function createRuleContext({
  values,
  fieldStatuses,
  checklist,
  now = new Date(),
}: ContextInput): RuleContext {
  const majorityAge = checklist?.majorityAge ?? DEFAULT_MAJORITY_AGE;
  const category = toAlertCategory(values.alert_category);
  const birthDay = youngestBirthDay(values);
  const minor = birthDay ? !hasReachedAge(birthDay, majorityAge, now) : undefined;
  const unaccompanied = isUnaccompanied(values);
  const childCategory = category !== undefined && isChildCategory(category);
  const absconded = readCodes(values, 'warning_flags', WARNING).includes('ABSCONDED');

  return {
    values,
    now,
    majorityAge,
    majorityWarningMonths: checklist?.majorityWarningMonths ?? DEFAULT_MAJORITY_WARNING_MONTHS,
    category,
    youngestBirthDay: birthDay,
    minor,
    child: minor ?? (unaccompanied || childCategory),
    unaccompanied,
    unaccompaniedMinor: unaccompanied && minor !== false,
    leftCare: isGiven(values.left_care_at) || isGiven(values.care_centre_name) || absconded,
    onPage: (fieldId) =>
      fieldStatuses === undefined || (fieldStatuses[fieldId] ?? 'absent') !== 'absent',
  };
}
