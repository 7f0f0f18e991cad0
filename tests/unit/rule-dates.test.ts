import { beforeEach, describe, expect, it } from 'vitest';
import { formatMessage, useEnglishMessages } from './support/messages';
import { checkRule, type RuleCase } from './support/rules';

beforeEach(useEnglishMessages);

// NOW is 2025-06-15T12:00 local time.

describe('dates_in_order', () => {
  const cases: RuleCase[] = [
    { name: 'no dates', values: {}, pass: true },
    {
      name: 'full chain in order',
      values: {
        date_of_birth: '2011-04-02',
        left_care_at: '2025-06-01T20:00',
        last_seen_at: '2025-06-01T21:30',
        reported_at: '2025-06-02T08:15',
      },
      pass: true,
    },
    {
      name: 'equal times',
      values: { last_seen_at: '2025-06-01T21:30', reported_at: '2025-06-01T21:30' },
      pass: true,
    },
    {
      name: 'reported before last seen',
      values: { last_seen_at: '2025-06-02T09:00', reported_at: '2025-06-02T08:15' },
      pass: false,
    },
    {
      name: 'left care after last seen',
      values: { left_care_at: '2025-06-03T10:00', last_seen_at: '2025-06-02T09:00' },
      pass: false,
    },
    {
      name: 'gap skips a missing value',
      values: { date_of_birth: '2011', reported_at: '2010-12-31T23:59' },
      pass: false,
    },
    // A year-only date counts as 1 January, so it never fails by guesswork.
    {
      name: 'year of birth before leaving care that year',
      values: { date_of_birth: '2025', left_care_at: '2025-01-01T00:00' },
      pass: true,
    },
    {
      name: 'month of birth on leaving day',
      values: { date_of_birth: '2024-05', left_care_at: '2024-05-01T08:00' },
      pass: true,
    },
    { name: 'reported in the future', values: { reported_at: '2025-06-15T12:01' }, pass: false },
    { name: 'reported at now', values: { reported_at: '2025-06-15T12:00' }, pass: true },
    { name: 'birth in the future', values: { date_of_birth: '2025-07-01' }, pass: false },
    {
      name: 'unparsable values skipped',
      values: { date_of_birth: 'soon', reported_at: '2025-02-30T10:00' },
      pass: true,
    },
  ];

  it.each(cases)('$name', ({ values, pass }) => {
    expect(checkRule('dates_in_order', values).pass).toBe(pass);
  });

  it('points at both fields of a pair', () => {
    const outcome = checkRule('dates_in_order', {
      last_seen_at: '2025-06-02T09:00',
      reported_at: '2025-06-02T08:15',
    });
    expect(outcome.fields).toEqual(['last_seen_at', 'reported_at']);
  });

  it('names the pair in its message', () => {
    const outcome = checkRule('dates_in_order', {
      last_seen_at: '2025-06-02T09:00',
      reported_at: '2025-06-02T08:15',
    });
    expect(outcome.message).toBe(
      formatMessage('rule_dates_in_order_fail', [
        formatMessage('field_last_seen_at'),
        formatMessage('field_reported_at'),
      ]),
    );
  });
});

describe('majority_near', () => {
  const cases: RuleCase[] = [
    { name: 'no date of birth', values: {}, pass: true },
    { name: 'young child', values: { date_of_birth: '2015-01-01' }, pass: true },
    { name: 'turns 18 in 6 weeks', values: { date_of_birth: '2007-08-01' }, pass: false },
    { name: 'turns 18 in exactly 4 months', values: { date_of_birth: '2007-10-15' }, pass: false },
    { name: 'turns 18 in 4 months and a day', values: { date_of_birth: '2007-10-16' }, pass: true },
    { name: 'already adult', values: { date_of_birth: '2007-01-01' }, pass: true },
    // 2007 counts as 2007-12-31 for age: majority then falls in December.
    { name: 'year-only birth 2007', values: { date_of_birth: '2007' }, pass: true },
    { name: 'month-only birth 2007-07', values: { date_of_birth: '2007-07' }, pass: false },
  ];

  it.each(cases)('$name', ({ values, pass }) => {
    expect(checkRule('majority_near', values).pass).toBe(pass);
  });

  it('uses the checklist warning period', () => {
    const settings = { majorityAge: 18, majorityWarningMonths: 8 };
    expect(checkRule('majority_near', { date_of_birth: '2007-12-01' }, settings).pass).toBe(false);
  });

  it('uses the checklist majority age', () => {
    const settings = { majorityAge: 16, majorityWarningMonths: 4 };
    expect(checkRule('majority_near', { date_of_birth: '2009-08-01' }, settings).pass).toBe(false);
  });

  it('names the age and months', () => {
    const outcome = checkRule('majority_near', { date_of_birth: '2007-08-01' });
    expect(outcome.message).toBe(formatMessage('rule_majority_near_fail', ['18', '4']));
  });
});

describe('estimated_birth_date', () => {
  const cases: RuleCase[] = [
    { name: 'one date', values: { date_of_birth: '2010-05-01' }, pass: true },
    {
      name: 'declared date equal to date of birth',
      values: { date_of_birth: '2010-05-01', declared_dates_of_birth: ['2010-05-01'] },
      pass: true,
    },
    {
      name: 'two dates without flag',
      values: { date_of_birth: '2010-05-01', declared_dates_of_birth: ['2008'] },
      pass: false,
    },
    {
      name: 'two dates with flag false',
      values: {
        date_of_birth: '2010-05-01',
        declared_dates_of_birth: ['2008'],
        date_of_birth_estimated: false,
      },
      pass: false,
    },
    {
      name: 'two dates with flag',
      values: {
        date_of_birth: '2010-05-01',
        declared_dates_of_birth: ['2008'],
        date_of_birth_estimated: true,
      },
      pass: true,
    },
    {
      name: 'two declared dates only',
      values: { declared_dates_of_birth: ['2008', '2009-02'] },
      pass: false,
    },
    {
      name: 'unparsable declared date ignored',
      values: { date_of_birth: '2010', declared_dates_of_birth: ['unknown'] },
      pass: true,
    },
  ];

  it.each(cases)('$name', ({ values, pass }) => {
    expect(checkRule('estimated_birth_date', values).pass).toBe(pass);
  });
});

describe('fingerprints_expected', () => {
  const cases: RuleCase[] = [
    { name: 'no Eurodac reference', values: { date_of_birth: '2010-01-01' }, pass: true },
    {
      name: 'Eurodac at 15 without fingerprints',
      values: { eurodac_reference: 'EU-1', date_of_birth: '2010-01-01' },
      pass: false,
    },
    {
      name: 'Eurodac at 15 with fingerprints',
      values: {
        eurodac_reference: 'EU-1',
        date_of_birth: '2010-01-01',
        fingerprints_reference: 'FP-9',
      },
      pass: true,
    },
    {
      name: 'Eurodac at 5',
      values: { eurodac_reference: 'EU-1', date_of_birth: '2020-01-01' },
      pass: true,
    },
    {
      name: 'Eurodac on sixth birthday',
      values: { eurodac_reference: 'EU-1', date_of_birth: '2019-06-15' },
      pass: false,
    },
    // 2019 counts as 2019-12-31 for age, so the child may still be 5.
    {
      name: 'Eurodac with year-only birth 2019',
      values: { eurodac_reference: 'EU-1', date_of_birth: '2019' },
      pass: true,
    },
    { name: 'Eurodac with unknown age', values: { eurodac_reference: 'EU-1' }, pass: true },
  ];

  it.each(cases)('$name', ({ values, pass }) => {
    expect(checkRule('fingerprints_expected', values).pass).toBe(pass);
  });

  it('names the age and the field', () => {
    const outcome = checkRule('fingerprints_expected', {
      eurodac_reference: 'EU-1',
      date_of_birth: '2010-01-01',
    });
    expect(outcome.message).toBe(
      formatMessage('rule_fingerprints_expected_fail', [
        '6',
        formatMessage('field_fingerprints_reference'),
      ]),
    );
  });
});
