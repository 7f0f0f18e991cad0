import { FIELDS, type FieldType } from '../../catalogue';
import { t } from '../../i18n';
import { isFullDate, isLocalDateTime, isPartialDate } from '../../schema/iso-dates';
import { fieldName } from '../messages';
import type { Rule } from '../types';
import { asText, isGiven, readRecords } from '../values';
import { isImei, isPlausiblePhone } from './phones';

type Values = Readonly<Record<string, unknown>>;

interface Failure {
  fieldId: string;
  message: string;
}

interface Range {
  min: number;
  max: number;
  messageKey: string;
}

// Wide enough for any child or adult, narrow enough to catch a height in
// metres or feet and a weight in grams or pounds.
const RANGES: Record<string, Range> = {
  height_cm: { min: 30, max: 250, messageKey: 'rule_format_valid_fail_height' },
  weight_kg: { min: 1, max: 300, messageKey: 'rule_format_valid_fail_weight' },
};

interface TextCheck {
  isValid: (text: string) => boolean;
  messageKey: string;
}

const TEXT_CHECKS: Partial<Record<FieldType, TextCheck>> = {
  'partial-date': { isValid: isPartialDate, messageKey: 'rule_format_valid_fail_partial_date' },
  'partial-date-list': {
    isValid: isPartialDate,
    messageKey: 'rule_format_valid_fail_partial_date',
  },
  date: { isValid: isFullDate, messageKey: 'rule_format_valid_fail_date' },
  datetime: { isValid: isLocalDateTime, messageKey: 'rule_format_valid_fail_datetime' },
  phone: { isValid: (text) => isPlausiblePhone(text), messageKey: 'rule_format_valid_fail_phone' },
};

function itemsOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

function textsValid(value: unknown, isValid: (text: string) => boolean): boolean {
  return itemsOf(value).every((item) => {
    if (!isGiven(item)) return true;
    return typeof item === 'string' && isValid(item.trim());
  });
}

function integerFailure(fieldId: string, value: unknown): Failure | undefined {
  if (!isGiven(value)) return undefined;
  const range = RANGES[fieldId];
  if (!range) {
    if (Number.isInteger(value)) return undefined;
    return { fieldId, message: t('rule_format_valid_fail_integer', fieldName(fieldId)) };
  }
  const number = value as number;
  if (Number.isInteger(number) && number >= range.min && number <= range.max) return undefined;
  const message = t(range.messageKey, [fieldName(fieldId), String(range.min), String(range.max)]);
  return { fieldId, message };
}

function typedFieldFailures(values: Values): Failure[] {
  const failures: Failure[] = [];
  for (const field of FIELDS) {
    const check = TEXT_CHECKS[field.type];
    // Untyped fields are skipped before their value is read, so that incremental
    // evaluation runs the rule again only when a typed field changes.
    if (!check && field.type !== 'integer') continue;
    const value = values[field.id];
    if (field.type === 'integer') {
      const failure = integerFailure(field.id, value);
      if (failure) failures.push(failure);
    } else if (check && !textsValid(value, check.isValid)) {
      failures.push({ fieldId: field.id, message: t(check.messageKey, fieldName(field.id)) });
    }
  }
  return failures;
}

function phoneNumbersValid(values: Values): boolean {
  return itemsOf(values.phone_numbers).every((item) => {
    const text = asText(item);
    return text === undefined || isImei(text) || isPlausiblePhone(text);
  });
}

function contactPhonesValid(values: Values): boolean {
  // A contact's own country sets how a number without a country code is read.
  return readRecords(values, 'contacts_abroad').every((contact) => {
    const phone = asText(contact.phone);
    return phone === undefined || isPlausiblePhone(phone, asText(contact.country));
  });
}

function guardianContactValid(values: Values): boolean {
  const contact = asText(values.guardian_contact);
  return contact === undefined || contact.includes('@') || isPlausiblePhone(contact);
}

/** Text fields whose items are phones, with the check of each. */
const PHONE_TEXT_CHECKS: [string, (values: Values) => boolean][] = [
  ['phone_numbers', phoneNumbersValid],
  ['contacts_abroad', contactPhonesValid],
  ['guardian_contact', guardianContactValid],
];

function phoneTextFailures(values: Values): Failure[] {
  return PHONE_TEXT_CHECKS.filter(([, isValid]) => !isValid(values)).map(([fieldId]) => ({
    fieldId,
    message: t('rule_format_valid_fail_phone', fieldName(fieldId)),
  }));
}

/**
 * Dates parse, phones are plausible, and heights and weights are whole numbers
 * in range. Good practice.
 */
export const formatValid: Rule = {
  id: 'format_valid',
  defaultSeverity: 'warning',
  fields: FIELDS.filter((field) => field.type in TEXT_CHECKS || field.type === 'integer')
    .map((field) => field.id)
    .concat(PHONE_TEXT_CHECKS.map(([fieldId]) => fieldId)),
  check({ values }) {
    const failures = [...typedFieldFailures(values), ...phoneTextFailures(values)];
    if (failures.length === 0) return { pass: true };
    return {
      pass: false,
      message: failures.map((failure) => failure.message).join(' '),
      fields: failures.map((failure) => failure.fieldId),
    };
  },
};
