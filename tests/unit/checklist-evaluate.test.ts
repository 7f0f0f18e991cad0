import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { FIELD_STATUS, FIELDS, type FieldStatus } from '@/utils/catalogue';
import { evaluate, RULE_IDS, type Checklist } from '@/utils/checklist';
import { formatMessage, useEnglishMessages } from './support/messages';
import { NOW } from './support/rules';

beforeEach(useEnglishMessages);

function checklist(parts: Partial<Checklist>): Checklist {
  return {
    format: 'vigila-checklist',
    version: 1,
    id: 'test',
    name: 'Test',
    majorityAge: 18,
    majorityWarningMonths: 4,
    fields: {},
    rules: {},
    ...parts,
  };
}

describe('evaluate field items', () => {
  const fields: Checklist['fields'] = {
    surname: { requirement: 'required', weight: 3 },
    forenames: { requirement: 'recommended', weight: 1 },
  };

  it('scores an empty checklist 100', () => {
    expect(evaluate({ values: {}, fieldStatuses: {}, checklist: checklist({}) }).score).toBe(100);
  });

  it('weights passing fields', () => {
    const result = evaluate({
      values: { surname: 'AHMADI' },
      fieldStatuses: { surname: 'present', forenames: 'missing' },
      checklist: checklist({ fields }),
    });
    expect(result.score).toBe(75);
  });

  it('rounds the score', () => {
    const result = evaluate({
      values: {},
      fieldStatuses: { surname: 'missing', forenames: 'present' },
      checklist: checklist({
        fields: {
          surname: { requirement: 'required', weight: 2 },
          forenames: { requirement: 'recommended', weight: 1 },
        },
      }),
    });
    expect(result.score).toBe(33);
  });

  it('leaves an absent recommended field out', () => {
    const result = evaluate({
      values: { surname: 'AHMADI' },
      fieldStatuses: { surname: 'present', forenames: 'absent' },
      checklist: checklist({ fields }),
    });
    expect(result.score).toBe(100);
  });

  it('marks an absent recommended field not counted', () => {
    const result = evaluate({
      values: {},
      fieldStatuses: {},
      checklist: checklist({ fields }),
    });
    expect(result.fieldItems.find((item) => item.fieldId === 'forenames')?.counted).toBe(false);
  });

  it('counts an absent required field as failing', () => {
    const result = evaluate({
      values: {},
      fieldStatuses: { forenames: 'present' },
      checklist: checklist({ fields }),
    });
    expect(result.score).toBe(25);
  });

  it('treats a field without status as absent', () => {
    const result = evaluate({ values: {}, fieldStatuses: {}, checklist: checklist({ fields }) });
    expect(result.fieldItems.map((item) => item.status)).toEqual(['absent', 'absent']);
  });

  it('leaves off fields out', () => {
    const result = evaluate({
      values: { surname: 'AHMADI' },
      fieldStatuses: { surname: 'present', forenames: 'missing' },
      checklist: checklist({
        fields: { ...fields, forenames: { requirement: 'off', weight: 5 } },
      }),
    });
    expect(result.score).toBe(100);
  });

  it('scores zero weights as 100', () => {
    const result = evaluate({
      values: {},
      fieldStatuses: { surname: 'missing' },
      checklist: checklist({ fields: { surname: { requirement: 'required', weight: 0 } } }),
    });
    expect(result.score).toBe(100);
  });

  it('lists field items in catalogue order', () => {
    const result = evaluate({
      values: {},
      fieldStatuses: {},
      checklist: checklist({
        fields: {
          urgency_note: { requirement: 'recommended', weight: 1 },
          alert_category: { requirement: 'required', weight: 1 },
        },
      }),
    });
    const order = result.fieldItems.map((item) => item.fieldId);
    expect(order).toEqual(['alert_category', 'urgency_note']);
  });

  const passCases: [FieldStatus, unknown, boolean][] = [
    ['present', 'AHMADI', true],
    ['locked', 'AHMADI', true],
    ['locked', undefined, false],
    ['missing', undefined, false],
    ['invalid', undefined, false],
    ['ambiguous', 'AHMADI', false],
    ['lost', undefined, false],
    ['absent', undefined, false],
  ];

  it.each(passCases)('field %s with value %s passes: %s', (status, value, pass) => {
    const result = evaluate({
      values: value === undefined ? {} : { surname: value },
      fieldStatuses: { surname: status },
      checklist: checklist({ fields: { surname: { requirement: 'required', weight: 1 } } }),
    });
    expect(result.fieldItems[0].pass).toBe(pass);
  });
});

describe('evaluate blocking items', () => {
  const required = checklist({ fields: { surname: { requirement: 'required', weight: 1 } } });
  const cases: [FieldStatus, number][] = [
    ['missing', 1],
    ['invalid', 1],
    ['present', 0],
    ['absent', 0],
    ['ambiguous', 0],
    ['lost', 0],
  ];

  it.each(cases)('required field %s gives %i', (status, open) => {
    const fieldStatuses = { surname: status };
    const result = evaluate({ values: {}, fieldStatuses, checklist: required });
    expect(result.blockingOpen).toBe(open);
  });

  it('does not block on a missing recommended field', () => {
    const result = evaluate({
      values: {},
      fieldStatuses: { forenames: 'missing' },
      checklist: checklist({ fields: { forenames: { requirement: 'recommended', weight: 1 } } }),
    });
    expect(result.blockingOpen).toBe(0);
  });

  it('adds failing blocking rules', () => {
    const result = evaluate({
      values: { alert_category: 'C' },
      fieldStatuses: { surname: 'missing' },
      checklist: checklist({
        fields: { surname: { requirement: 'required', weight: 1 } },
        rules: { decision_for_travel_categories: { severity: 'blocking', weight: 1 } },
      }),
    });
    expect(result.blockingOpen).toBe(2);
  });

  it('does not count a failing warning rule', () => {
    const result = evaluate({
      values: { alert_category: 'C' },
      fieldStatuses: {},
      checklist: checklist({
        rules: { decision_for_travel_categories: { severity: 'warning', weight: 1 } },
      }),
    });
    expect(result.blockingOpen).toBe(0);
  });
});

describe('evaluate rule results', () => {
  it('scores a rule that does not apply as passing', () => {
    const result = evaluate({
      values: {},
      fieldStatuses: {},
      checklist: checklist({ rules: { risk_for_category_d: { severity: 'warning', weight: 2 } } }),
    });
    expect(result.score).toBe(100);
  });

  it('weights rules with fields', () => {
    const result = evaluate({
      values: { alert_category: 'C' },
      fieldStatuses: { alert_category: 'present' },
      checklist: checklist({
        fields: { alert_category: { requirement: 'required', weight: 1 } },
        rules: { decision_for_travel_categories: { severity: 'blocking', weight: 3 } },
      }),
    });
    expect(result.score).toBe(25);
  });

  it('skips off rules', () => {
    const result = evaluate({
      values: { alert_category: 'C' },
      fieldStatuses: {},
      checklist: checklist({
        rules: { decision_for_travel_categories: { severity: 'off', weight: 3 } },
      }),
    });
    expect(result.ruleResults).toEqual([]);
  });

  it('runs only the rules the checklist lists', () => {
    const result = evaluate({
      values: {},
      fieldStatuses: {},
      checklist: checklist({ rules: { photo_present: { severity: 'blocking', weight: 1 } } }),
    });
    expect(result.ruleResults.map((rule) => rule.ruleId)).toEqual(['photo_present']);
  });

  it('takes the checklist severity', () => {
    const result = evaluate({
      values: { alert_category: 'C' },
      fieldStatuses: {},
      checklist: checklist({
        rules: { decision_for_travel_categories: { severity: 'info', weight: 1 } },
      }),
    });
    expect(result.ruleResults[0].severity).toBe('info');
  });

  it('caps the severity of a weaker variant', () => {
    const result = evaluate({
      values: { alert_category: 'B', unaccompanied: true },
      fieldStatuses: {},
      checklist: checklist({ rules: { category_fits_age: { severity: 'blocking', weight: 1 } } }),
    });
    expect(result.ruleResults[0].severity).toBe('warning');
  });

  it('keeps a lower checklist severity under a variant cap', () => {
    const result = evaluate({
      values: { alert_category: 'B', unaccompanied: true },
      fieldStatuses: {},
      checklist: checklist({ rules: { category_fits_age: { severity: 'info', weight: 1 } } }),
    });
    expect(result.ruleResults[0].severity).toBe('info');
  });

  it('gives the rule fields when the outcome names none', () => {
    const result = evaluate({
      values: { alert_category: 'C' },
      fieldStatuses: {},
      checklist: checklist({
        rules: { decision_for_travel_categories: { severity: 'blocking', weight: 1 } },
      }),
    });
    expect(result.ruleResults[0].fields).toEqual(['alert_category', 'decision_reference']);
  });

  it('gives a passing rule an empty message', () => {
    const result = evaluate({
      values: {},
      fieldStatuses: {},
      checklist: checklist({ rules: { dates_in_order: { severity: 'warning', weight: 1 } } }),
    });
    expect(result.ruleResults[0].message).toBe('');
  });

  it('translates the message', () => {
    const result = evaluate({
      values: { unaccompanied: true, left_care_at: '2025-06-01T20:00' },
      fieldStatuses: {},
      checklist: checklist({ rules: { case_type_known: { severity: 'warning', weight: 1 } } }),
      now: NOW,
    });
    expect(result.ruleResults[0].message).toBe(formatMessage('rule_case_type_known_fail'));
  });

  it('reads the majority settings from the checklist', () => {
    const result = evaluate({
      values: { date_of_birth: '2008-01-01', alert_category: 'E' },
      fieldStatuses: {},
      checklist: checklist({
        majorityAge: 17,
        rules: { category_fits_age: { severity: 'blocking', weight: 1 } },
      }),
      now: NOW,
    });
    expect(result.ruleResults[0].status).toBe('pass');
  });
});

describe('evaluate with the default checklist', () => {
  const everyStatus = Object.fromEntries(FIELDS.map((field) => [field.id, 'absent' as const]));

  it('runs every rule', () => {
    const result = evaluate({ values: {}, fieldStatuses: everyStatus, now: NOW });
    expect(result.ruleResults.map((rule) => rule.ruleId)).toEqual([...RULE_IDS]);
  });

  it('runs on values of the wrong types without throwing', () => {
    const values = Object.fromEntries(FIELDS.map((field) => [field.id, { unexpected: [1] }]));
    expect(() => evaluate({ values, fieldStatuses: {}, now: NOW })).not.toThrow();
  });

  it.each(FIELD_STATUS)('accepts every field %s', (status) => {
    const fieldStatuses = Object.fromEntries(FIELDS.map((field) => [field.id, status]));
    const result = evaluate({ values: {}, fieldStatuses, now: NOW });
    expect(result.fieldItems).toHaveLength(FIELDS.length);
  });

  it('uses only message keys the catalogue defines', () => {
    const getMessage = vi.mocked(fakeBrowser.i18n.getMessage);
    evaluate({ values: FAILING_ALERT, fieldStatuses: {}, now: NOW });
    const keys = getMessage.mock.calls
      .map(([key]) => key)
      .filter((key) => key.startsWith('rule_'));
    expect(keys.filter((key) => formatMessage(key) === '')).toEqual([]);
  });

  it('fails all but three rules on an alert built to fail', () => {
    const result = evaluate({ values: FAILING_ALERT, fieldStatuses: {}, now: NOW });
    const passing = result.ruleResults.filter((rule) => rule.status === 'pass');
    expect(passing.map((rule) => rule.ruleId)).toEqual([
      'category_fits_age',
      'majority_near',
      'action_fits_category',
    ]);
  });
});

// An unaccompanied 13-year-old in category D_I whose alert breaks 15 of the 18 rules.
const FAILING_ALERT: Record<string, unknown> = {
  alert_category: 'D_I',
  date_of_birth: '2012-03-01',
  declared_dates_of_birth: ['2008'],
  unaccompanied: true,
  case_type: 'PARENTAL_ABDUCTION',
  left_care_at: '2025-06-03T10:00',
  last_seen_at: '2025-06-02T09:00',
  eurodac_reference: 'EU-1',
  dna_profile_reference: 'DNA-1',
  action_on_hit: 'PROTECT',
  surname: 'أحمدي',
  country_of_birth: 'AF',
  alert_reason: 'Speaks Pashto',
  height_cm: 1.52,
};
