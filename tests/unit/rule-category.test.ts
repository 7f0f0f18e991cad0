import { beforeEach, describe, expect, it } from 'vitest';
import { formatMessage, useEnglishMessages } from './support/messages';
import { checkRule, type RuleCase } from './support/rules';

beforeEach(useEnglishMessages);

// At NOW (2025-06-15) a child born in 2012 is 13 and one born in 2000 is 25.
const CHILD = '2012-03-01';
const ADULT = '2000-01-01';

describe('category_fits_age', () => {
  const cases: RuleCase[] = [
    { name: 'no category', values: { date_of_birth: CHILD }, pass: true },
    { name: 'child in A_I', values: { alert_category: 'A_I', date_of_birth: CHILD }, pass: true },
    { name: 'child in D_I', values: { alert_category: 'D_I', date_of_birth: CHILD }, pass: true },
    { name: 'child in E', values: { alert_category: 'E', date_of_birth: CHILD }, pass: false },
    { name: 'adult in E', values: { alert_category: 'E', date_of_birth: ADULT }, pass: true },
    { name: 'adult in C', values: { alert_category: 'C', date_of_birth: ADULT }, pass: false },
    {
      name: 'adult in D_II',
      values: { alert_category: 'D_II', date_of_birth: ADULT },
      pass: false,
    },
    { name: 'adult in B', values: { alert_category: 'B', date_of_birth: ADULT }, pass: true },
    { name: 'unknown age in E', values: { alert_category: 'E' }, pass: true },
    {
      name: 'legacy 2A_I for a child',
      values: { alert_category: '2A_I', date_of_birth: CHILD },
      pass: true,
    },
    {
      name: 'accompanied child in B',
      values: { alert_category: 'B', date_of_birth: CHILD },
      pass: true,
    },
    {
      name: 'unaccompanied child in B',
      values: { alert_category: 'B', date_of_birth: CHILD, unaccompanied: true },
      pass: false,
    },
    {
      name: 'unaccompanied migrant case in B',
      values: { alert_category: 'B', case_type: 'UNACCOMPANIED_MIGRANT' },
      pass: false,
    },
    // Born in 2007: 17 if born on its last day, which the rule assumes.
    {
      name: 'year-only birth 2007 in E',
      values: { alert_category: 'E', date_of_birth: '2007' },
      pass: false,
    },
    {
      name: 'declared later date in E',
      values: { alert_category: 'E', date_of_birth: ADULT, declared_dates_of_birth: ['2009'] },
      pass: false,
    },
  ];

  it.each(cases)('$name', ({ values, pass }) => {
    expect(checkRule('category_fits_age', values).pass).toBe(pass);
  });

  it('caps unaccompanied category B at warning', () => {
    const outcome = checkRule('category_fits_age', { alert_category: 'B', unaccompanied: true });
    expect(outcome.severity).toBe('warning');
  });

  it('names the majority age for a child in E', () => {
    const outcome = checkRule(
      'category_fits_age',
      { alert_category: 'E', date_of_birth: '2008-01-01' },
      { majorityAge: 18, majorityWarningMonths: 4 },
    );
    expect(outcome.message).toBe(formatMessage('rule_category_fits_age_fail', '18'));
  });

  it('uses the checklist majority age', () => {
    const values = { alert_category: 'E', date_of_birth: '2008-01-01' };
    const settings = { majorityAge: 17, majorityWarningMonths: 4 };
    expect(checkRule('category_fits_age', values, settings).pass).toBe(true);
  });
});

describe('decision_for_travel_categories', () => {
  const cases: RuleCase[] = [
    { name: 'no category', values: {}, pass: true },
    { name: 'A_I without decision', values: { alert_category: 'A_I' }, pass: true },
    { name: 'B without decision', values: { alert_category: 'B' }, pass: true },
    { name: 'C without decision', values: { alert_category: 'C' }, pass: false },
    { name: 'D_III without decision', values: { alert_category: 'D_III' }, pass: false },
    { name: 'E without decision', values: { alert_category: 'E' }, pass: false },
    {
      name: 'C with blank decision',
      values: { alert_category: 'C', decision_reference: '  ' },
      pass: false,
    },
    {
      name: 'C with decision',
      values: { alert_category: 'C', decision_reference: 'Trib. Min. 123/2025' },
      pass: true,
    },
  ];

  it.each(cases)('$name', ({ values, pass }) => {
    expect(checkRule('decision_for_travel_categories', values).pass).toBe(pass);
  });

  it('names the category and the field', () => {
    const outcome = checkRule('decision_for_travel_categories', { alert_category: 'D_I' });
    expect(outcome.message).toBe(
      formatMessage('rule_decision_for_travel_categories_fail', [
        'D_I',
        formatMessage('field_decision_reference'),
      ]),
    );
  });
});

describe('risk_for_category_d', () => {
  const cases: RuleCase[] = [
    { name: 'category A without risk', values: { alert_category: 'A_I' }, pass: true },
    { name: 'D_I without risk', values: { alert_category: 'D_I' }, pass: false },
    {
      name: 'D_I with trafficking',
      values: { alert_category: 'D_I', risk_indicators: ['TRAFFICKING'] },
      pass: true,
    },
    {
      name: 'D_I with FGM',
      values: { alert_category: 'D_I', risk_indicators: ['FGM'] },
      pass: true,
    },
    {
      name: 'D_I with a risk of another kind',
      values: { alert_category: 'D_I', risk_indicators: ['MEDICAL'] },
      pass: false,
    },
    {
      name: 'D_II with terrorism',
      values: { alert_category: 'D_II', risk_indicators: ['TERRORISM'] },
      pass: true,
    },
    {
      name: 'D_II with trafficking only',
      values: { alert_category: 'D_II', risk_indicators: ['TRAFFICKING'] },
      pass: false,
    },
    {
      name: 'D_III with armed groups',
      values: { alert_category: 'D_III', risk_indicators: ['ARMED_GROUPS', 'SELF_HARM'] },
      pass: true,
    },
    {
      name: 'D_I with a non-list value',
      values: { alert_category: 'D_I', risk_indicators: 'FGM' },
      pass: false,
    },
  ];

  it.each(cases)('$name', ({ values, pass }) => {
    expect(checkRule('risk_for_category_d', values).pass).toBe(pass);
  });

  it.each(['D_I', 'D_II', 'D_III'])('has a message for %s', (category) => {
    const outcome = checkRule('risk_for_category_d', { alert_category: category });
    expect(outcome.message).toBe(
      formatMessage(`rule_risk_for_category_d_fail_${category.toLowerCase()}`),
    );
  });
});

describe('action_fits_category', () => {
  const cases: RuleCase[] = [
    { name: 'no action', values: { alert_category: 'A_I' }, pass: true },
    { name: 'no category', values: { action_on_hit: 'PROTECT' }, pass: true },
    {
      name: 'A_I with protect',
      values: { alert_category: 'A_I', action_on_hit: 'PROTECT' },
      pass: true,
    },
    {
      name: 'A_II with report whereabouts',
      values: { alert_category: 'A_II', action_on_hit: 'REPORT_WHEREABOUTS' },
      pass: false,
    },
    {
      name: 'C with prevent travel',
      values: { alert_category: 'C', action_on_hit: 'PREVENT_TRAVEL' },
      pass: true,
    },
    {
      name: 'D_I with protect',
      values: { alert_category: 'D_I', action_on_hit: 'PROTECT' },
      pass: true,
    },
    {
      name: 'E with report whereabouts',
      values: { alert_category: 'E', action_on_hit: 'REPORT_WHEREABOUTS' },
      pass: false,
    },
    {
      name: 'B with report whereabouts',
      values: { alert_category: 'B', action_on_hit: 'REPORT_WHEREABOUTS' },
      pass: true,
    },
    {
      name: 'B with protect',
      values: { alert_category: 'B', action_on_hit: 'PROTECT' },
      pass: false,
    },
  ];

  it.each(cases)('$name', ({ values, pass }) => {
    expect(checkRule('action_fits_category', values).pass).toBe(pass);
  });

  it('tells the action for category B', () => {
    const outcome = checkRule('action_fits_category', {
      alert_category: 'B',
      action_on_hit: 'PROTECT',
    });
    expect(outcome.message).toBe(formatMessage('rule_action_fits_category_fail_b', 'B'));
  });

  it('reminds of the 12 hours for a child', () => {
    const outcome = checkRule('action_fits_category', {
      alert_category: 'A_I',
      action_on_hit: 'PROTECT',
      date_of_birth: CHILD,
    });
    expect(outcome.message).toBe(formatMessage('rule_action_fits_category_pass_child', '12'));
  });

  it('has no reminder for an adult', () => {
    const outcome = checkRule('action_fits_category', {
      alert_category: 'A_I',
      action_on_hit: 'PROTECT',
      date_of_birth: ADULT,
    });
    expect(outcome.message).toBeUndefined();
  });
});

describe('dna_only_category_a', () => {
  const cases: RuleCase[] = [
    { name: 'no DNA in B', values: { alert_category: 'B' }, pass: true },
    { name: 'DNA without category', values: { dna_profile_reference: 'DNA-1' }, pass: true },
    {
      name: 'DNA in A_I alone',
      values: { alert_category: 'A_I', dna_profile_reference: 'DNA-1' },
      pass: true,
    },
    {
      name: 'DNA in B',
      values: { alert_category: 'B', dna_profile_reference: 'DNA-1' },
      pass: false,
    },
    {
      name: 'DNA in D_I',
      values: { alert_category: 'D_I', dna_profile_reference: 'DNA-1' },
      pass: false,
    },
    {
      name: 'DNA in A_II with fingerprints',
      values: {
        alert_category: 'A_II',
        dna_profile_reference: 'DNA-1',
        fingerprints_reference: 'FP-1',
      },
      pass: false,
    },
    {
      name: 'DNA in A_I with a photograph',
      values: {
        alert_category: 'A_I',
        dna_profile_reference: 'DNA-1',
        facial_image: { name: 'a.jpg', type: 'image/jpeg', dataUrl: 'data:image/jpeg;base64,AA==' },
      },
      pass: false,
    },
  ];

  it.each(cases)('$name', ({ values, pass }) => {
    expect(checkRule('dna_only_category_a', values).pass).toBe(pass);
  });

  it('keeps DNA outside category A at full severity', () => {
    const outcome = checkRule('dna_only_category_a', {
      alert_category: 'C',
      dna_profile_reference: 'X',
    });
    expect(outcome.severity).toBeUndefined();
  });

  it('caps DNA beside fingerprints at info', () => {
    const outcome = checkRule('dna_only_category_a', {
      alert_category: 'A_I',
      dna_profile_reference: 'X',
      fingerprints_reference: 'FP-1',
    });
    expect(outcome.severity).toBe('info');
  });
});
