import { describe, expect, it } from 'vitest';
import { REQUIREMENT } from '@/utils/schema/checklist';
import { AUDIT_OUTCOME } from '@/utils/schema/audit';
import { PERIODS } from '@/utils/report/supervisor';
import messages from '../../public/_locales/en/messages.json';

const keys = new Set(Object.keys(messages));

describe('checklist and report messages', () => {
  it.each([
    ['requirements', REQUIREMENT.map((requirement) => `requirement_${requirement}`)],
    ['open field items', ['required', 'recommended'].map((name) => `report_field_${name}_open`)],
    ['item kinds', ['field', 'rule'].map((kind) => `report_kind_${kind}`)],
    ['audit outcomes', AUDIT_OUTCOME.map((outcome) => `supervisor_outcome_${outcome}`)],
    ['periods', Object.keys(PERIODS).map((period) => `supervisor_period_${period}`)],
  ])('has the %s built from data', (_, expected) => {
    expect(expected.filter((key) => !keys.has(key))).toEqual([]);
  });
});
