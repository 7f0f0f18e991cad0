import { beforeEach, describe, expect, it } from 'vitest';
import { mentionsUnaccompaniedMinor } from '@/utils/checklist/rules/unaccompanied-terms';
import { formatMessage, useEnglishMessages } from './support/messages';
import { checkRule, type RuleCase } from './support/rules';

beforeEach(useEnglishMessages);

describe('urgent_marking', () => {
  const cases: RuleCase[] = [
    { name: 'no trigger', values: { alert_category: 'A_I' }, pass: true },
    { name: 'category D without note', values: { alert_category: 'D_I' }, pass: false },
    {
      name: 'category D with URGENT note',
      values: { alert_category: 'D_I', urgency_note: 'URGENT: risk of trafficking' },
      pass: true,
    },
    {
      name: 'URGENT not at the start',
      values: { alert_category: 'D_II', urgency_note: 'Case is URGENT' },
      pass: false,
    },
    {
      name: 'lower-case urgent',
      values: { alert_category: 'D_III', urgency_note: 'urgent: armed groups' },
      pass: false,
    },
    {
      name: 'leading spaces before URGENT',
      values: { alert_category: 'D_I', urgency_note: '  URGENT - forced marriage' },
      pass: true,
    },
    {
      name: 'trafficking risk without note',
      values: { risk_indicators: ['TRAFFICKING'] },
      pass: false,
    },
    { name: 'suicide risk without note', values: { risk_indicators: ['SUICIDE'] }, pass: false },
    {
      name: 'suicide warning flag without note',
      values: { warning_flags: ['SUICIDE_RISK'] },
      pass: false,
    },
    { name: 'other risk without note', values: { risk_indicators: ['MEDICAL'] }, pass: true },
    {
      name: 'unaccompanied minor not named',
      values: {
        alert_category: 'D_I',
        unaccompanied: true,
        urgency_note: 'URGENT: trafficking risk',
      },
      pass: false,
    },
    {
      name: 'unaccompanied minor named in English',
      values: {
        alert_category: 'D_I',
        unaccompanied: true,
        urgency_note: 'URGENT: unaccompanied minor at risk of trafficking',
      },
      pass: true,
    },
    {
      name: 'unaccompanied minor named in Italian',
      values: {
        risk_indicators: ['TRAFFICKING'],
        case_type: 'UNACCOMPANIED_MIGRANT',
        urgency_note: 'URGENT: minore straniero non accompagnato, rischio di tratta',
      },
      pass: true,
    },
    {
      name: 'unaccompanied adult not named',
      values: {
        alert_category: 'E',
        risk_indicators: ['TRAFFICKING'],
        unaccompanied: true,
        date_of_birth: '2000-01-01',
        urgency_note: 'URGENT: trafficking risk',
      },
      pass: true,
    },
  ];

  it.each(cases)('$name', ({ values, pass }) => {
    expect(checkRule('urgent_marking', values).pass).toBe(pass);
  });

  it('names every trigger in its message', () => {
    const outcome = checkRule('urgent_marking', {
      alert_category: 'D_I',
      risk_indicators: ['TRAFFICKING'],
      warning_flags: ['SUICIDE_RISK'],
    });
    const reasons = [
      formatMessage('rule_urgent_marking_trigger_category_d'),
      formatMessage('rule_urgent_marking_trigger_trafficking'),
      formatMessage('rule_urgent_marking_trigger_suicide'),
    ].join(', ');
    expect(outcome.message).toBe(
      formatMessage('rule_urgent_marking_fail', [formatMessage('field_urgency_note'), reasons]),
    );
  });

  it('asks only for the mention when URGENT is there', () => {
    const outcome = checkRule('urgent_marking', {
      alert_category: 'D_I',
      unaccompanied: true,
      urgency_note: 'URGENT: trafficking risk',
    });
    expect(outcome.message).toBe(
      formatMessage('rule_urgent_marking_fail_unaccompanied', formatMessage('field_urgency_note')),
    );
  });
});

describe('mentionsUnaccompaniedMinor', () => {
  const mentions = [
    ['English', 'URGENT: Unaccompanied  Minor missing'],
    ['Italian plural', 'minori stranieri non accompagnati'],
    ['Latvian', 'nepavadīts nepilngadīgais'],
    ['Maltese', 'minuri mhux akkumpanjat'],
    ['Bulgarian', 'непридружен непълнолетен'],
    ['Portuguese', 'menor não acompanhado'],
    ['German', 'unbegleiteter Minderjähriger'],
    ['French', 'mineur non accompagné'],
    ['Spanish', 'menor no acompañado'],
    ['Dutch', 'alleenstaande minderjarige vreemdeling'],
    ['Romanian', 'minor neînsoțit'],
    ['Polish', 'małoletni cudzoziemiec bez opieki'],
  ];

  it.each(mentions)('finds %s', (_, text) => {
    expect(mentionsUnaccompaniedMinor(text)).toBe(true);
  });

  it.each([
    ['accompanied minor', 'minor travelling with mother'],
    ['unaccompanied luggage', 'unaccompanied luggage found'],
    ['empty text', ''],
  ])('ignores %s', (_, text) => {
    expect(mentionsUnaccompaniedMinor(text)).toBe(false);
  });
});
