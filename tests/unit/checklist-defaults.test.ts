import { beforeEach, describe, expect, it } from 'vitest';
import { FIELDS, isFieldId } from '@/utils/catalogue';
import { DEFAULT_CHECKLIST, parseChecklist, RULE_IDS, RULES } from '@/utils/checklist';
import messages from '../../public/_locales/en/messages.json';
import { formatMessage, useEnglishMessages } from './support/messages';

beforeEach(useEnglishMessages);

const messageKeys = Object.keys(messages);

describe('RULES', () => {
  it('has the catalogue rule ids in order', () => {
    expect(RULES.map((rule) => rule.id)).toEqual([...RULE_IDS]);
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))(
    '%s points at catalogue fields',
    (_, rule) => {
      expect(rule.fields.filter((fieldId) => !isFieldId(fieldId))).toEqual([]);
    },
  );

  it.each(RULE_IDS)('%s has a title', (ruleId) => {
    expect(messageKeys).toContain(`rule_${ruleId}_title`);
  });

  it.each(RULE_IDS)('%s has a failure message', (ruleId) => {
    const failKeys = messageKeys.filter((key) => key.startsWith(`rule_${ruleId}_fail`));
    expect(failKeys.length).toBeGreaterThan(0);
  });
});

describe('DEFAULT_CHECKLIST', () => {
  it.each(FIELDS.map((field) => [field.id, field.level] as const))(
    '%s of level %s has its requirement',
    (fieldId, level) => {
      const expected = level === 'M' ? 'required' : 'recommended';
      expect(DEFAULT_CHECKLIST.fields[fieldId]?.requirement).toBe(expected);
    },
  );

  it.each(RULES.map((rule) => [rule.id, rule.defaultSeverity] as const))(
    '%s runs at %s',
    (ruleId, severity) => {
      expect(DEFAULT_CHECKLIST.rules[ruleId]?.severity).toBe(severity);
    },
  );

  it('passes its own schema under another id', () => {
    const json = { ...JSON.parse(JSON.stringify(DEFAULT_CHECKLIST)), id: 'unit-default' };
    expect(parseChecklist(json).ok).toBe(true);
  });

  it('keeps its id from files', () => {
    const result = parseChecklist(JSON.parse(JSON.stringify(DEFAULT_CHECKLIST)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.path)).toEqual(['id']);
  });

  it('reads its name from the messages', () => {
    expect(DEFAULT_CHECKLIST.name).toBe(formatMessage('checklist_default_name'));
  });

  it.each([
    ['photo_present', 'blocking'],
    ['action_fits_category', 'blocking'],
    ['dna_only_category_a', 'blocking'],
    ['decision_for_travel_categories', 'blocking'],
    ['sis_payload_only', 'warning'],
    ['majority_near', 'warning'],
  ] as const)('%s defaults to %s', (ruleId, severity) => {
    expect(RULES.find((rule) => rule.id === ruleId)?.defaultSeverity).toBe(severity);
  });
});
