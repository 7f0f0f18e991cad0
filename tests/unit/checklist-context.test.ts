import { describe, expect, it } from 'vitest';
import { createRuleContext } from '@/utils/checklist';
import { NOW } from './support/rules';

function contextOf(values: Record<string, unknown>) {
  return createRuleContext({ values, now: NOW });
}

describe('createRuleContext birth day', () => {
  const cases: [string, Record<string, unknown>, Date | undefined][] = [
    ['full date', { date_of_birth: '2011-04-02' }, new Date(2011, 3, 2)],
    ['year only', { date_of_birth: '2011' }, new Date(2011, 11, 31)],
    ['month only', { date_of_birth: '2012-02' }, new Date(2012, 1, 29)],
    [
      'later declared date',
      { date_of_birth: '2009', declared_dates_of_birth: ['2011-05'] },
      new Date(2011, 4, 31),
    ],
    [
      'earlier declared date',
      { date_of_birth: '2011-01-01', declared_dates_of_birth: ['2009'] },
      new Date(2011, 0, 1),
    ],
    ['declared dates alone', { declared_dates_of_birth: ['2010-06-01'] }, new Date(2010, 5, 1)],
    ['unparsable date', { date_of_birth: '02/04/2011' }, undefined],
    ['no date', {}, undefined],
  ];

  it.each(cases)('%s', (_, values, expected) => {
    expect(contextOf(values).youngestBirthDay).toEqual(expected);
  });
});

describe('createRuleContext age', () => {
  const cases: [string, Record<string, unknown>, boolean | undefined][] = [
    ['child', { date_of_birth: '2012-01-01' }, true],
    ['adult', { date_of_birth: '2000-01-01' }, false],
    ['18th birthday today', { date_of_birth: '2007-06-15' }, false],
    ['18th birthday tomorrow', { date_of_birth: '2007-06-16' }, true],
    ['year 2007, could be 17', { date_of_birth: '2007' }, true],
    ['no date', {}, undefined],
  ];

  it.each(cases)('%s', (_, values, minor) => {
    expect(contextOf(values).minor).toBe(minor);
  });

  it('uses the checklist majority age', () => {
    const context = createRuleContext({
      values: { date_of_birth: '2008-01-01' },
      checklist: { majorityAge: 17, majorityWarningMonths: 4 },
      now: NOW,
    });
    expect(context.minor).toBe(false);
  });
});

describe('createRuleContext unaccompanied', () => {
  const cases: [string, Record<string, unknown>, boolean][] = [
    ['flag set', { unaccompanied: true }, true],
    ['flag as text', { unaccompanied: 'true' }, false],
    ['migrant case type', { case_type: 'UNACCOMPANIED_MIGRANT' }, true],
    ['runaway case type', { case_type: 'RUNAWAY' }, false],
    ['adult with flag', { unaccompanied: true, date_of_birth: '2000-01-01' }, false],
  ];

  it.each(cases)('%s', (_, values, expected) => {
    expect(contextOf(values).unaccompaniedMinor).toBe(expected);
  });
});

describe('createRuleContext child', () => {
  const cases: [string, Record<string, unknown>, boolean][] = [
    ['minor by date', { date_of_birth: '2012-01-01' }, true],
    ['adult by date in category C', { date_of_birth: '2000-01-01', alert_category: 'C' }, false],
    ['unknown age in D_II', { alert_category: 'D_II' }, true],
    ['unknown age in A_I', { alert_category: 'A_I' }, false],
    ['unknown age, unaccompanied', { unaccompanied: true }, true],
  ];

  it.each(cases)('%s', (_, values, expected) => {
    expect(contextOf(values).child).toBe(expected);
  });
});
