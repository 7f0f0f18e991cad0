import { beforeEach, describe, expect, it } from 'vitest';
import { parseChecklist } from '@/utils/checklist';
import { suggestId } from '@/utils/schema/checklist-errors';
import { formatMessage, useEnglishMessages } from './support/messages';

beforeEach(useEnglishMessages);

const VALID = {
  format: 'vigila-checklist',
  version: 1,
  id: 'it-minors',
  name: 'Minori non accompagnati',
  majorityAge: 18,
  majorityWarningMonths: 6,
  fields: { surname: { requirement: 'required', weight: 5 } },
  rules: { photo_present: { severity: 'blocking', weight: 10 } },
};

function errorsOf(json: unknown) {
  const result = parseChecklist(json);
  if (result.ok) throw new Error('Expected the checklist to be invalid');
  return result.errors;
}

describe('parseChecklist valid files', () => {
  it('accepts a full checklist', () => {
    expect(parseChecklist(VALID).ok).toBe(true);
  });

  it('fills in the default settings', () => {
    const { majorityAge, majorityWarningMonths, ...rest } = VALID;
    const result = parseChecklist({ ...rest, fields: {}, rules: {} });
    const settings = result.ok && [
      result.checklist.majorityAge,
      result.checklist.majorityWarningMonths,
    ];
    expect(settings).toEqual([18, 4]);
  });

  it('fills in empty fields and rules', () => {
    const { fields, rules, ...rest } = VALID;
    const result = parseChecklist(rest);
    expect(result.ok && [result.checklist.fields, result.checklist.rules]).toEqual([{}, {}]);
  });

  it('accepts a later version', () => {
    const result = parseChecklist({ ...VALID, version: 7 });
    expect(result.ok).toBe(true);
    expect(result.ok && result.checklist.version).toBe(7);
  });

  it('fills in a default weight', () => {
    const result = parseChecklist({ ...VALID, fields: { surname: { requirement: 'off' } } });
    expect(result.ok && result.checklist.fields.surname?.weight).toBe(1);
  });
});

describe('parseChecklist errors', () => {
  interface ErrorCase {
    name: string;
    json: unknown;
    path: string;
    value: unknown;
    messageKey: string;
    substitutions?: string[];
  }

  const item = { requirement: 'off', weight: 1 };
  const withFields = (fields: unknown) => ({ ...VALID, fields });
  const withRules = (rules: unknown) => ({ ...VALID, rules });

  const cases: ErrorCase[] = [
    {
      name: 'misspelt field id',
      json: withFields({ surnme: item }),
      path: 'fields.surnme',
      value: item,
      messageKey: 'checklist_error_unknown_field_suggestion',
      substitutions: ['surname'],
    },
    {
      name: 'unknown field id',
      json: withFields({ shoe_size: item }),
      path: 'fields.shoe_size',
      value: item,
      messageKey: 'checklist_error_unknown_field',
    },
    {
      name: 'unknown rule id',
      json: withRules({ photo: { severity: 'info', weight: 1 } }),
      path: 'rules.photo',
      value: { severity: 'info', weight: 1 },
      messageKey: 'checklist_error_unknown_rule',
    },
    {
      name: 'wrong requirement',
      json: withFields({ surname: { requirement: 'must', weight: 1 } }),
      path: 'fields.surname.requirement',
      value: 'must',
      messageKey: 'checklist_error_requirement',
      substitutions: ['required, recommended, off'],
    },
    {
      name: 'wrong severity',
      json: withRules({ photo_present: { severity: 'error', weight: 1 } }),
      path: 'rules.photo_present.severity',
      value: 'error',
      messageKey: 'checklist_error_severity',
      substitutions: ['blocking, warning, info, off'],
    },
    {
      name: 'weight over 100',
      json: withRules({ photo_present: { severity: 'info', weight: 101 } }),
      path: 'rules.photo_present.weight',
      value: 101,
      messageKey: 'checklist_error_weight',
      substitutions: ['100'],
    },
    {
      name: 'negative weight',
      json: withFields({ surname: { requirement: 'off', weight: -1 } }),
      path: 'fields.surname.weight',
      value: -1,
      messageKey: 'checklist_error_weight',
      substitutions: ['100'],
    },
    {
      name: 'majority age 30',
      json: { ...VALID, majorityAge: 30 },
      path: 'majorityAge',
      value: 30,
      messageKey: 'checklist_error_majority_age',
      substitutions: ['25'],
    },
    {
      name: 'fractional majority age',
      json: { ...VALID, majorityAge: 17.5 },
      path: 'majorityAge',
      value: 17.5,
      messageKey: 'checklist_error_majority_age',
      substitutions: ['25'],
    },
    {
      name: 'negative warning months',
      json: { ...VALID, majorityWarningMonths: -2 },
      path: 'majorityWarningMonths',
      value: -2,
      messageKey: 'checklist_error_majority_warning_months',
      substitutions: ['60'],
    },
    {
      name: 'wrong format',
      json: { ...VALID, format: 'vigila-draft' },
      path: 'format',
      value: 'vigila-draft',
      messageKey: 'checklist_error_format',
    },
    {
      name: 'version zero',
      json: { ...VALID, version: 0 },
      path: 'version',
      value: 0,
      messageKey: 'checklist_error_version',
    },
    {
      name: 'fractional version',
      json: { ...VALID, version: 2.5 },
      path: 'version',
      value: 2.5,
      messageKey: 'checklist_error_version',
    },
    {
      name: 'blank name',
      json: { ...VALID, name: '  ' },
      path: 'name',
      value: '  ',
      messageKey: 'checklist_error_name',
    },
    {
      name: 'missing id',
      json: { ...VALID, id: undefined },
      path: 'id',
      value: undefined,
      messageKey: 'checklist_error_id',
    },
    {
      name: 'unknown top-level key',
      json: { ...VALID, owner: 'x' },
      path: 'owner',
      value: 'x',
      messageKey: 'checklist_error_unknown_key',
    },
    {
      name: 'unknown key in an item',
      json: withFields({ surname: { ...item, note: 'x' } }),
      path: 'fields.surname.note',
      value: 'x',
      messageKey: 'checklist_error_unknown_key',
    },
    {
      name: 'fields as a list',
      json: withFields([]),
      path: 'fields',
      value: [],
      messageKey: 'checklist_error_fields',
    },
    {
      name: 'rule item as text',
      json: withRules({ photo_present: 'blocking' }),
      path: 'rules.photo_present',
      value: 'blocking',
      messageKey: 'checklist_error_rule_item',
    },
  ];

  describe.each(cases)('$name', ({ json, path, value, messageKey, substitutions }) => {
    it('has one error', () => {
      expect(errorsOf(json)).toHaveLength(1);
    });

    it('gives the path', () => {
      expect(errorsOf(json)[0].path).toBe(path);
    });

    it('gives the value', () => {
      expect(errorsOf(json)[0].value).toEqual(value);
    });

    it('gives the message', () => {
      expect(errorsOf(json)[0].message).toBe(formatMessage(messageKey, substitutions));
    });
  });

  it('reports every error of a file', () => {
    const errors = errorsOf({
      ...VALID,
      majorityAge: 40,
      fields: {
        surnme: { requirement: 'off', weight: 1 },
        forenames: { requirement: 'x', weight: 1 },
      },
    });
    expect(errors.map((error) => error.path).sort()).toEqual([
      'fields.forenames.requirement',
      'fields.surnme',
      'majorityAge',
    ]);
  });

  it('reports a non-object file at the root', () => {
    expect(errorsOf(null)[0].path).toBe('');
  });

  it.each([undefined, 42, 'text', [], true])('returns errors for %s without throwing', (json) => {
    expect(parseChecklist(json).ok).toBe(false);
  });
});

describe('suggestId', () => {
  it.each([
    ['swapped letters', 'surnmae', 'surname'],
    ['dropped letter', 'forenams', 'forenames'],
    ['rule id', 'photo_presnt', 'photo_present'],
  ])('%s', (_, unknown, expected) => {
    expect(suggestId(unknown, ['surname', 'forenames', 'photo_present'])).toBe(expected);
  });

  it('suggests nothing for a distant id', () => {
    expect(suggestId('shoe_size', ['surname', 'forenames'])).toBeUndefined();
  });
});
