import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CHECKLIST, evaluate, type Checklist } from '@/utils/checklist';
import {
  alertReportSchema,
  buildAlertReport,
  formatReportText,
  proposeUrgencyNote,
} from '@/utils/report/alert-report';
import type { AlertReport } from '@/utils/report/alert-report';
import { NOW } from './support/rules';

const CHECKLIST: Checklist = {
  format: 'vigila-checklist',
  version: 6,
  id: 'unit-7',
  name: 'Unit 7',
  majorityAge: 18,
  majorityWarningMonths: 4,
  fields: {
    surname: { requirement: 'required', weight: 3 },
    forenames: { requirement: 'recommended', weight: 1 },
    facial_image: { requirement: 'required', weight: 2 },
  },
  rules: { photo_present: { severity: 'blocking', weight: 3 } },
};

function reportOf(
  values: Record<string, unknown>,
  statuses: Record<string, 'present' | 'missing'>,
) {
  const evaluation = evaluate({ values, fieldStatuses: statuses, checklist: CHECKLIST, now: NOW });
  return buildAlertReport({ evaluation, checklist: CHECKLIST, values, now: NOW });
}

describe('buildAlertReport', () => {
  const values = { surname: 'HAIDARI', date_of_birth: '2011' };
  let report: AlertReport;
  beforeEach(() => {
    report = reportOf(values, {
      surname: 'present',
      forenames: 'missing',
      facial_image: 'missing',
    });
  });

  it('names the checklist and its version', () => {
    expect(report.checklist).toEqual({ id: 'unit-7', name: 'Unit 7', version: 6 });
  });

  it('carries the score of the evaluation', () => {
    expect(report.score).toBe(Math.round((100 * 3) / 9));
  });

  it('lists every open item, most severe first', () => {
    const items = report.items.map((item) => `${item.kind}:${item.id}:${item.severity}`);
    expect(items).toEqual([
      'rule:photo_present:blocking',
      'field:facial_image:blocking',
      'field:forenames:info',
    ]);
  });

  it('states what to do for a field', () => {
    const forenames = report.items.find((item) => item.id === 'forenames');
    expect(forenames?.title).toBe('Forenames');
    expect(forenames?.message).toBe('Recommended field, missing.');
  });

  it('leaves passing items out', () => {
    expect(report.items.some((item) => item.id === 'surname')).toBe(false);
  });

  it('contains no value of the alert', () => {
    expect(JSON.stringify(report)).not.toContain('HAIDARI');
  });

  it('passes its own schema', () => {
    expect(alertReportSchema.safeParse(report).success).toBe(true);
  });

  it('has no urgency note for a case without triggers', () => {
    expect(report.urgencyNote).toBeUndefined();
  });
});

describe('proposeUrgencyNote', () => {
  it('names the unaccompanied minor and the risks', () => {
    const note = proposeUrgencyNote(
      {
        date_of_birth: '2011-04-01',
        unaccompanied: true,
        alert_category: 'D_I',
        risk_indicators: ['TRAFFICKING'],
      },
      DEFAULT_CHECKLIST,
      NOW,
    );
    expect(note?.proposed).toBe(
      'URGENT: unaccompanied minor, high risk (category D, a trafficking risk)',
    );
  });

  it('leaves out the minor for an accompanied child', () => {
    const note = proposeUrgencyNote(
      { date_of_birth: '2011-04-01', warning_flags: ['SUICIDE_RISK'] },
      DEFAULT_CHECKLIST,
      NOW,
    );
    expect(note?.proposed).toBe('URGENT: high risk (a suicide risk)');
  });

  it('tells when the page note already conforms', () => {
    const values = {
      unaccompanied: true,
      risk_indicators: ['TRAFFICKING'],
      urgency_note: 'URGENT: unaccompanied minor, trafficking risk',
    };
    expect(proposeUrgencyNote(values, DEFAULT_CHECKLIST, NOW)?.pageNoteConforms).toBe(true);
  });

  it('tells when the page note lacks URGENT', () => {
    const values = { risk_indicators: ['TRAFFICKING'], urgency_note: 'Trafficking risk' };
    expect(proposeUrgencyNote(values, DEFAULT_CHECKLIST, NOW)?.pageNoteConforms).toBe(false);
  });

  it('proposes nothing without a trigger', () => {
    expect(proposeUrgencyNote({ alert_category: 'A_I' }, DEFAULT_CHECKLIST, NOW)).toBeUndefined();
  });
});

describe('formatReportText', () => {
  const values = { unaccompanied: true, risk_indicators: ['TRAFFICKING'] };
  let report: AlertReport;
  let text: string;
  beforeEach(() => {
    report = reportOf(values, { surname: 'missing', facial_image: 'missing' });
    text = formatReportText(report);
  });

  it('names the checklist and score', () => {
    expect(text).toContain('Checklist: Unit 7, version 6');
    expect(text).toContain(`Score: ${report.score} of 100`);
  });

  it('writes one line per open item', () => {
    const itemLines = text.split('\n').filter((line) => line.startsWith('- ['));
    expect(itemLines).toHaveLength(report.items.length);
    expect(itemLines[0]).toBe(
      '- [blocking] Rule: Photograph of the child. ' + report.items[0].message,
    );
  });

  it('ends with the proposed field 311 text', () => {
    expect(
      text.trimEnd().endsWith('URGENT: unaccompanied minor, high risk (a trafficking risk)'),
    ).toBe(true);
  });
});
