import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DetectedField, FrameReport } from '@/utils/messaging/page-model';
import {
  emptySnapshot,
  withFilled,
  withReport,
  withValue,
  type AlertSnapshot,
} from '@/utils/panel/alert-snapshot';
import { ambiguousControls, buildFieldViews } from '@/utils/panel/alert-state';
import { control, detected } from './support/fill-fields';

function text(value: string) {
  return { kind: 'text' as const, text: value };
}

function report(fields: DetectedField[], lostKeys: string[] = []): FrameReport {
  return { revision: 1, fields, lostKeys, closedRootsUnread: 0 };
}

/** Builds the snapshot of two frames with clear, ambiguous, split and repeated detections. */
function pageSnapshot(): AlertSnapshot {
  const top = report(
    [
      detected('surname', [control({ key: 'a' })], { value: text('Okafor') }),
      { ...detected('forenames', [control({ key: 'b' })]), ambiguousWith: ['name_at_birth'] },
      { ...detected('name_at_birth', [control({ key: 'b' })]), ambiguousWith: ['forenames'] },
      detected(
        'date_of_birth',
        [control({ key: 'd' }), control({ key: 'm' }), control({ key: 'y' })],
        {
          roles: ['day', 'month', 'year'],
          value: { kind: 'parts', parts: [text(''), text(''), text('')] },
        },
      ),
      detected('height_cm', [control({ key: 'h' })]),
    ],
    ['lost'],
  );
  const child = report([
    detected('surname', [control({ key: 'a' })]),
    { ...detected('alert_reason', [control({ key: 'r' })]), confidence: 0.5 },
  ]);
  const filled = new Map([['height_cm', [{ frameId: 0, key: 'lost' }]]]);
  let snapshot = withReport(emptySnapshot(), 0, 'http://127.0.0.1/top', top);
  snapshot = withReport(snapshot, 1, 'http://127.0.0.1/child', child);
  return withFilled(snapshot, filled);
}

function viewOf(snapshot: AlertSnapshot, fieldId: string) {
  return snapshot.views.find((view) => view.fieldId === fieldId);
}

describe('withValue', () => {
  it('matches a full rebuild after random keystrokes', () => {
    const keystroke = fc.record({
      frameId: fc.constantFrom(0, 1, 2),
      key: fc.constantFrom('a', 'b', 'd', 'm', 'y', 'h', 'r', 'unknown'),
      text: fc.constantFrom('', 'Okafor', '12', '04', '2010', 'tall', '150', 'Ахмади'),
    });
    fc.assert(
      fc.property(fc.array(keystroke, { maxLength: 30 }), (keystrokes) => {
        let snapshot = pageSnapshot();
        for (const { frameId, key, text: typed } of keystrokes) {
          snapshot = withValue(snapshot, frameId, key, text(typed));
          expect(snapshot.views).toEqual(buildFieldViews(snapshot.frames, snapshot.filled));
          expect(snapshot.ambiguous).toEqual(ambiguousControls(snapshot.frames));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the views of other fields', () => {
    const before = pageSnapshot();
    const after = withValue(before, 0, 'h', text('150'));

    expect(viewOf(after, 'height_cm')?.status).toBe('present');
    expect(viewOf(after, 'height_cm')?.value).toBe(150);
    const changed = after.views.filter((view, index) => view !== before.views[index]);
    expect(changed.map((view) => view.fieldId)).toEqual(['height_cm']);
    expect(after.ambiguous).toBe(before.ambiguous);
  });

  it('replaces only the entry of a changed ambiguous control', () => {
    const before = pageSnapshot();
    const after = withValue(before, 0, 'b', text('Amina'));

    expect(after.ambiguous).toHaveLength(before.ambiguous.length);
    expect(after.ambiguous[0].detection.field.value).toEqual(text('Amina'));
    expect(after.ambiguous).not.toBe(before.ambiguous);
  });

  it('writes one part of a split field', () => {
    const after = withValue(pageSnapshot(), 0, 'y', text('2010'));
    const field = after.frames.get(0)?.report.fields[3];
    expect(field?.value).toEqual({ kind: 'parts', parts: [text(''), text(''), text('2010')] });
  });

  it('returns the same snapshot for a control no field contains', () => {
    const before = pageSnapshot();
    expect(withValue(before, 0, 'unknown', text('x'))).toBe(before);
    expect(withValue(before, 7, 'a', text('x'))).toBe(before);
  });

  it('follows a report that replaced the frame', () => {
    const before = withValue(pageSnapshot(), 0, 'a', text('Ahmadi'));
    const fresh = report([detected('surname', [control({ key: 'z' })], { value: text('Rossi') })]);
    const after = withValue(
      withReport(before, 0, 'http://127.0.0.1/top', fresh),
      0,
      'z',
      text('Bianchi'),
    );

    expect(viewOf(after, 'surname')?.value).toBe('Bianchi');
    expect(after.views).toEqual(buildFieldViews(after.frames, after.filled));
  });
});
