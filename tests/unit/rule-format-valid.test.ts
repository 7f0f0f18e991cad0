import { getCountries, Metadata } from 'libphonenumber-js';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  isImei,
  isPlausiblePhone,
  NATIONAL_DIGITS_MAX,
  NATIONAL_DIGITS_MIN,
} from '@/utils/checklist/rules/phones';
import { formatMessage, useEnglishMessages } from './support/messages';
import { checkRule, type RuleCase } from './support/rules';

beforeEach(useEnglishMessages);

describe('format_valid', () => {
  const cases: RuleCase[] = [
    { name: 'no values', values: {}, pass: true },
    { name: 'partial date of birth', values: { date_of_birth: '2011-03' }, pass: true },
    {
      name: 'date of birth in day-first order',
      values: { date_of_birth: '01/03/2011' },
      pass: false,
    },
    { name: '30 February', values: { date_of_birth: '2011-02-30' }, pass: false },
    {
      name: 'declared dates with one bad',
      values: { declared_dates_of_birth: ['2010', '2010-13'] },
      pass: false,
    },
    { name: 'full issue date', values: { id_document_issue_date: '2024-01-31' }, pass: true },
    { name: 'partial issue date', values: { id_document_issue_date: '2024-01' }, pass: false },
    { name: 'local date-time', values: { last_seen_at: '2025-06-01T21:30' }, pass: true },
    { name: 'date-time with hour 24', values: { reported_at: '2025-06-01T24:00' }, pass: false },
    { name: 'date-time without time', values: { left_care_at: '2025-06-01' }, pass: false },
    {
      name: 'international centre phone',
      values: { care_centre_phone: '+39 080 123 4567' },
      pass: true,
    },
    {
      name: '00 prefix centre phone',
      values: { care_centre_phone: '0039 080 123 4567' },
      pass: true,
    },
    { name: 'national centre phone', values: { care_centre_phone: '080 123 4567' }, pass: true },
    { name: 'too short centre phone', values: { care_centre_phone: '123' }, pass: false },
    { name: 'international phone too short', values: { care_centre_phone: '+39 12' }, pass: false },
    { name: 'phone with letters', values: { care_centre_phone: 'call the office' }, pass: false },
    {
      name: 'IMEI among phones',
      values: { phone_numbers: ['+32 470 12 34 56', '356938035643809'] },
      pass: true,
    },
    {
      name: 'bad phone among phones',
      values: { phone_numbers: ['+32 470 12 34 56', '12'] },
      pass: false,
    },
    {
      name: 'contact phone read with its country',
      values: { contacts_abroad: [{ name: 'Uncle', country: 'SWE', phone: '08 123 456 78' }] },
      pass: true,
    },
    {
      name: 'contact phone too short for its country',
      values: { contacts_abroad: [{ name: 'Aunt', country: 'FRA', phone: '12345' }] },
      pass: false,
    },
    { name: 'guardian e-mail', values: { guardian_contact: 'tutor@example.org' }, pass: true },
    { name: 'guardian phone', values: { guardian_contact: '+39 333 123 4567' }, pass: true },
    { name: 'guardian bad phone', values: { guardian_contact: '+39 3' }, pass: false },
    { name: 'height in centimetres', values: { height_cm: 152 }, pass: true },
    { name: 'height in metres', values: { height_cm: 1.52 }, pass: false },
    { name: 'height too tall', values: { height_cm: 320 }, pass: false },
    { name: 'weight in kilograms', values: { weight_kg: 41 }, pass: true },
    { name: 'weight in grams', values: { weight_kg: 41000 }, pass: false },
    { name: 'weight as text', values: { weight_kg: '41' }, pass: false },
  ];

  it.each(cases)('$name', ({ values, pass }) => {
    expect(checkRule('format_valid', values).pass).toBe(pass);
  });

  it('names the range for a height', () => {
    const outcome = checkRule('format_valid', { height_cm: 1.52 });
    expect(outcome.message).toBe(
      formatMessage('rule_format_valid_fail_height', [
        formatMessage('field_height_cm'),
        '30',
        '250',
      ]),
    );
  });

  it('points at every invalid field', () => {
    const outcome = checkRule('format_valid', {
      date_of_birth: '2011-13',
      weight_kg: 0,
      phone_numbers: ['1'],
    });
    expect(outcome.fields).toEqual(['date_of_birth', 'weight_kg', 'phone_numbers']);
  });
});

describe('isPlausiblePhone', () => {
  it('accepts a number of an unsupported country by length', () => {
    expect(isPlausiblePhone('123 4567', 'XXA')).toBe(true);
  });

  it('rejects a national number longer than any plan', () => {
    expect(isPlausiblePhone('1234567890123456789')).toBe(false);
  });
});

describe('isImei', () => {
  it.each([
    ['15 digits', '356938035643809', true],
    ['labelled', 'IMEI: 356938035643809', true],
    ['14 digits', '35693803564380', false],
  ])('%s', (_, text, expected) => {
    expect(isImei(text as string)).toBe(expected);
  });
});

describe('national phone length bounds', () => {
  const lengths = getCountries().flatMap((country) => {
    const metadata = new Metadata();
    metadata.selectNumberingPlan(country);
    return metadata.numberingPlan?.possibleLengths() ?? [];
  });

  it('minimum matches the metadata', () => {
    expect(NATIONAL_DIGITS_MIN).toBe(Math.min(...lengths));
  });

  it('maximum is the metadata maximum plus a trunk prefix', () => {
    expect(NATIONAL_DIGITS_MAX).toBe(Math.max(...lengths) + 1);
  });
});
