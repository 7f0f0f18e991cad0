import { describe, expect, it } from 'vitest';
import type { DetectedField, FrameReport } from '@/utils/messaging/page-model';
import {
  ambiguousControls,
  applyValueUpdate,
  buildFieldViews,
  type FilledKeys,
  type FrameState,
} from '@/utils/panel/alert-state';
import { control, detected } from './support/fill-fields';

function text(value: string) {
  return { kind: 'text' as const, text: value };
}

function frames(...reports: { fields: DetectedField[]; lostKeys?: string[] }[]) {
  const map = new Map<number, FrameState>();
  reports.forEach((report, frameId) => {
    const full: FrameReport = {
      revision: 1,
      fields: report.fields,
      lostKeys: report.lostKeys ?? [],
      closedRootsUnread: 0,
    };
    map.set(frameId, { url: `http://127.0.0.1/frame${frameId}`, report: full });
  });
  return map;
}

function statusOf(state: Map<number, FrameState>, fieldId: string, filled: FilledKeys = new Map()) {
  return buildFieldViews(state, filled).find((view) => view.fieldId === fieldId)?.status;
}

describe('buildFieldViews', () => {
  it('marks a field without a control as absent', () => {
    expect(statusOf(frames({ fields: [] }), 'surname')).toBe('absent');
  });

  it('marks an empty editable control as missing', () => {
    const surname = detected('surname', [control({ key: 'a' })]);
    expect(statusOf(frames({ fields: [surname] }), 'surname')).toBe('missing');
  });

  it('marks a parsed value as present', () => {
    const surname = detected('surname', [control({ key: 'a' })], { value: text('Okafor') });
    const views = buildFieldViews(frames({ fields: [surname] }), new Map());
    const view = views.find((candidate) => candidate.fieldId === 'surname');
    expect(view?.status).toBe('present');
    expect(view?.value).toBe('Okafor');
  });

  it('marks an unparseable value as invalid', () => {
    const height = detected('height_cm', [control({ key: 'h' })], { value: text('tall') });
    expect(statusOf(frames({ fields: [height] }), 'height_cm')).toBe('invalid');
  });

  it('marks a readonly control as locked', () => {
    const number = detected('national_case_number', [control({ key: 'n', state: 'readonly' })], {
      value: text('ST-1'),
    });
    expect(statusOf(frames({ fields: [number] }), 'national_case_number')).toBe('locked');
  });

  it('marks a field claimed only ambiguously as ambiguous', () => {
    const surname = {
      ...detected('surname', [control({ key: 'a' })]),
      ambiguousWith: ['name_at_birth'],
    };
    expect(statusOf(frames({ fields: [surname] }), 'surname')).toBe('ambiguous');
  });

  it('marks a filled control that the page replaced as lost', () => {
    const fresh = detected('surname', [control({ key: 'new' })]);
    const filled: FilledKeys = new Map([['surname', [{ frameId: 0, key: 'old' }]]]);
    const state = frames({ fields: [fresh], lostKeys: ['old'] });
    expect(statusOf(state, 'surname', filled)).toBe('lost');
  });

  it('ends lost once the new control holds a value', () => {
    const fresh = detected('surname', [control({ key: 'new' })], { value: text('Okafor') });
    const filled: FilledKeys = new Map([['surname', [{ frameId: 0, key: 'old' }]]]);
    const state = frames({ fields: [fresh], lostKeys: ['old'] });
    expect(statusOf(state, 'surname', filled)).toBe('present');
  });

  it('merges the fields of several frames', () => {
    const top = detected('surname', [control({ key: 'a' })], { value: text('Okafor') });
    const child = detected('forenames', [control({ key: 'b' })]);
    const views = buildFieldViews(frames({ fields: [top] }, { fields: [child] }), new Map());
    const forenames = views.find((view) => view.fieldId === 'forenames');
    expect(forenames?.status).toBe('missing');
    expect(forenames?.primary?.frameId).toBe(1);
  });
});

describe('applyValueUpdate', () => {
  it('replaces the value of a single control', () => {
    const report = frames({ fields: [detected('surname', [control({ key: 'a' })])] }).get(
      0,
    )!.report;
    const updated = applyValueUpdate(report, 'a', text('Okafor'));
    expect(updated.fields[0].value).toEqual(text('Okafor'));
  });

  it('replaces one part of a split field', () => {
    const parts = { kind: 'parts' as const, parts: [text(''), text(''), text('')] };
    const date = detected(
      'date_of_birth',
      [control({ key: 'd' }), control({ key: 'm' }), control({ key: 'y' })],
      {
        roles: ['day', 'month', 'year'],
        value: parts,
      },
    );
    const report = frames({ fields: [date] }).get(0)!.report;
    const updated = applyValueUpdate(report, 'm', text('04'));
    expect(updated.fields[0].value).toEqual({
      kind: 'parts',
      parts: [text(''), text('04'), text('')],
    });
  });
});

describe('ambiguousControls', () => {
  it('lists a control once with every candidate field', () => {
    const first = {
      ...detected('surname', [control({ key: 'x' })]),
      ambiguousWith: ['name_at_birth'],
    };
    const second = {
      ...detected('name_at_birth', [control({ key: 'x' })]),
      ambiguousWith: ['surname'],
    };
    const controls = ambiguousControls(frames({ fields: [first, second] }));
    expect(controls).toHaveLength(1);
    expect(controls[0].candidates.sort()).toEqual(['name_at_birth', 'surname']);
  });
});
