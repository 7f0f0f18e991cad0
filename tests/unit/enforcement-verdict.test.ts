import { describe, expect, it } from 'vitest';
import { DEFAULT_CHECKLIST, evaluate } from '@/utils/checklist';
import { buildVerdict, sameVerdict } from '@/utils/enforcement/verdict';

const NOW = new Date('2026-06-01T12:00:00');

/** Evaluates a child of 15 without a photo, on a page with a photo control. */
function childWithoutPhoto(surname?: string) {
  const values: Record<string, unknown> = {
    date_of_birth: '2011-03-04',
    alert_reason: 'Left the reception centre at night',
  };
  if (surname) values.surname = surname;
  return evaluate({
    values,
    fieldStatuses: {
      surname: surname ? 'present' : 'missing',
      date_of_birth: 'present',
      alert_reason: 'present',
      facial_image: 'missing',
    },
    checklist: DEFAULT_CHECKLIST,
    now: NOW,
  });
}

describe('verdict', () => {
  it('blocks on an empty required field', () => {
    const verdict = buildVerdict(childWithoutPhoto(), DEFAULT_CHECKLIST, true);
    expect(verdict.blocking).toBe(true);
    expect(verdict.missingFields).toEqual(['surname']);
  });

  it('lists only blocking rules when it blocks', () => {
    const evaluation = childWithoutPhoto();
    const verdict = buildVerdict(evaluation, DEFAULT_CHECKLIST, true);
    const failing = evaluation.ruleResults.filter((result) => result.status === 'fail');
    expect(failing.some((result) => result.severity !== 'blocking')).toBe(true);
    expect(verdict.failedRules).toEqual(
      failing.filter((result) => result.severity === 'blocking').map((result) => result.ruleId),
    );
    expect(verdict.failedRules).toContain('photo_present');
  });

  it('lists every failing rule when nothing blocks', () => {
    const evaluation = evaluate({
      values: { surname: 'Rahimzada', alert_reason: 'Left the centre' },
      fieldStatuses: { surname: 'present', alert_reason: 'present' },
      now: NOW,
    });
    const verdict = buildVerdict(evaluation, DEFAULT_CHECKLIST, true);
    expect(verdict.blocking).toBe(false);
    expect(verdict.failedRules).toEqual(
      evaluation.ruleResults
        .filter((result) => result.status === 'fail')
        .map((result) => result.ruleId),
    );
  });

  it('names the checklist and score', () => {
    const evaluation = childWithoutPhoto('Rahimzada');
    const verdict = buildVerdict(evaluation, { id: 'unit-7', version: 1 }, false);
    expect(verdict.enforcing).toBe(false);
    expect(verdict.checklistId).toBe('unit-7');
    expect(verdict.checklistVersion).toBe(1);
    expect(verdict.score).toBe(evaluation.score);
  });

  it('carries no value of the alert', () => {
    const text = JSON.stringify(
      buildVerdict(childWithoutPhoto('Rahimzada'), DEFAULT_CHECKLIST, true),
    );
    expect(text).not.toContain('Rahimzada');
    expect(text).not.toContain('2011');
    expect(text).not.toContain('reception centre');
  });

  it('compares equal verdicts as the same', () => {
    const first = buildVerdict(childWithoutPhoto(), DEFAULT_CHECKLIST, true);
    const second = buildVerdict(childWithoutPhoto(), DEFAULT_CHECKLIST, true);
    expect(second).not.toBe(first);
    expect(sameVerdict(first, second)).toBe(true);
  });

  it('tells verdicts with other missing fields apart', () => {
    const empty = buildVerdict(childWithoutPhoto(), DEFAULT_CHECKLIST, true);
    const filled = buildVerdict(childWithoutPhoto('Rossi'), DEFAULT_CHECKLIST, true);
    expect(sameVerdict(empty, filled)).toBe(false);
  });

  it('tells enforcing and advising verdicts apart', () => {
    const enforcing = buildVerdict(childWithoutPhoto(), DEFAULT_CHECKLIST, true);
    const advising = buildVerdict(childWithoutPhoto(), DEFAULT_CHECKLIST, false);
    expect(sameVerdict(enforcing, advising)).toBe(false);
  });
});
