import { beforeEach, describe, expect, it } from 'vitest';
import { findSupplementaryData } from '@/utils/checklist/rules/supplementary-data';
import { formatMessage, useEnglishMessages } from './support/messages';
import { checkRule, type RuleCase } from './support/rules';

beforeEach(useEnglishMessages);

describe('sis_payload_only', () => {
  const cases: RuleCase[] = [
    { name: 'no text', values: {}, pass: true },
    {
      name: 'plain reason',
      values: { alert_reason: 'Left the reception facility at night; risk of exploitation.' },
      pass: true,
    },
    {
      name: 'languages in reason',
      values: { alert_reason: 'Missing. Speaks Pashto and Dari.' },
      pass: false,
    },
    { name: 'phone in reason', values: { alert_reason: 'Call +39 333 123 4567' }, pass: false },
    { name: 'guardian in reason', values: { alert_reason: 'Guardian: Avv. Bianchi' }, pass: false },
    {
      name: 'centre in marks',
      values: { distinguishing_marks: 'Left the reception centre in Bari' },
      pass: false,
    },
    {
      name: 'centre of forehead in marks',
      values: { distinguishing_marks: 'Scar in the centre of the forehead' },
      pass: true,
    },
    { name: 'supplementary text elsewhere', values: { clothing: 'Speaks Tigrinya' }, pass: true },
  ];

  it.each(cases)('$name', ({ values, pass }) => {
    expect(checkRule('sis_payload_only', values).pass).toBe(pass);
  });

  it('names the field and what it found', () => {
    const outcome = checkRule('sis_payload_only', {
      alert_reason: 'Speaks Arabic, tel 0803456789',
    });
    const found = [
      formatMessage('rule_sis_payload_only_kind_language'),
      formatMessage('rule_sis_payload_only_kind_phone'),
    ].join(', ');
    expect(outcome.message).toBe(
      formatMessage('rule_sis_payload_only_fail', [formatMessage('field_alert_reason'), found]),
    );
  });

  it('points at each field with supplementary data', () => {
    const outcome = checkRule('sis_payload_only', {
      alert_reason: 'Guardian unknown',
      distinguishing_marks: 'Speaks Farsi',
    });
    expect(outcome.fields).toEqual(['alert_reason', 'distinguishing_marks']);
  });
});

describe('findSupplementaryData', () => {
  const cases: [string, string, string[]][] = [
    ['English language word', 'Languages: unknown', ['language']],
    ['Italian language word', 'Parla arabo', ['language']],
    ['ISO 639 name', 'Tigrinya only', ['language']],
    ['upper-case ISO 639 name', 'SPEAKS SOMALI', ['language']],
    ['nationality adjective', 'Albanian child', []],
    ['EU nationality adjective', 'Polish child', []],
    ['international phone', '+49 30 1234567', ['phone']],
    ['national phone with dashes', '080-345-6789', ['phone']],
    ['ISO date', 'Left on 2025-06-01', []],
    ['European date', 'Left on 01-06-2025', []],
    ['decision reference with slash', 'Decision 2024/12345', []],
    ['short number', 'Room 12', []],
    ['e-mail address', 'Write to tutor.bari@example.org', ['email', 'guardian']],
    ['German guardian', 'Vormund bestellt', ['guardian']],
    ['French care centre', "Fugue du centre d'accueil", ['care_centre']],
    ['Bulgarian care centre', 'Избягал от център за настаняване', ['care_centre']],
  ];

  it.each(cases)('%s', (_, text, kinds) => {
    expect(findSupplementaryData(text)).toEqual(kinds);
  });
});
