import { describe, expect, it } from 'vitest';
import {
  missingFieldCounts,
  overriddenEntries,
  periodStart,
  summarizeOutcomes,
  weeklyScores,
} from '@/utils/report/supervisor';
import type { AuditEntry } from '@/utils/schema/audit';

/** Local noon of a day, so that week boundaries do not depend on the time zone. */
function day(year: number, month: number, date: number): number {
  return new Date(year, month - 1, date, 12).getTime();
}

function entry(extra: Partial<AuditEntry>): AuditEntry {
  return {
    at: day(2026, 11, 2),
    origin: 'https://portal.example',
    checklistId: 'default',
    checklistVersion: 1,
    score: 80,
    outcome: 'passed',
    failedRules: [],
    missingFields: [],
    ...extra,
  };
}

describe('summarizeOutcomes', () => {
  const summary = summarizeOutcomes([
    entry({ outcome: 'passed', score: 100 }),
    entry({ outcome: 'blocked', score: 50 }),
    entry({ outcome: 'overridden', score: 61, overrideReason: 'x' }),
    entry({ outcome: 'passed', score: 90 }),
  ]);

  it('counts every check', () => {
    expect(summary.total).toBe(4);
  });

  it('counts checks by outcome', () => {
    expect(summary.byOutcome).toEqual({ passed: 2, blocked: 1, overridden: 1 });
  });

  it('averages the scores', () => {
    expect(summary.averageScore).toBe(75);
  });

  it('has no average without checks', () => {
    expect(summarizeOutcomes([]).averageScore).toBeUndefined();
  });
});

describe('weeklyScores', () => {
  it('averages the checks of a week from Monday to Sunday', () => {
    // 2 November 2026 is a Monday and 8 November a Sunday.
    const weeks = weeklyScores([
      entry({ at: day(2026, 11, 2), score: 60 }),
      entry({ at: day(2026, 11, 8), score: 81 }),
    ]);
    expect(weeks).toEqual([{ weekStart: '2026-11-02', count: 2, averageScore: 71 }]);
  });

  it('starts a new week on Monday', () => {
    const weeks = weeklyScores([
      entry({ at: day(2026, 11, 8), score: 60 }),
      entry({ at: day(2026, 11, 9), score: 90 }),
    ]);
    expect(weeks.map((week) => week.weekStart)).toEqual(['2026-11-02', '2026-11-09']);
  });

  it('includes empty weeks between checks', () => {
    const weeks = weeklyScores([
      entry({ at: day(2026, 11, 4), score: 60 }),
      entry({ at: day(2026, 11, 25), score: 90 }),
    ]);
    expect(weeks).toEqual([
      { weekStart: '2026-11-02', count: 1, averageScore: 60 },
      { weekStart: '2026-11-09', count: 0 },
      { weekStart: '2026-11-16', count: 0 },
      { weekStart: '2026-11-23', count: 1, averageScore: 90 },
    ]);
  });

  it('keeps Mondays across the end of daylight saving time', () => {
    const weeks = weeklyScores([entry({ at: day(2026, 10, 20) }), entry({ at: day(2026, 11, 3) })]);
    expect(weeks.map((week) => week.weekStart)).toEqual(['2026-10-19', '2026-10-26', '2026-11-02']);
  });

  it('returns no weeks without checks', () => {
    expect(weeklyScores([])).toEqual([]);
  });
});

describe('missingFieldCounts', () => {
  const entries = [
    entry({ missingFields: ['facial_image', 'guardian_name'] }),
    entry({ missingFields: ['facial_image'] }),
    entry({ missingFields: ['surname', 'guardian_name', 'facial_image'] }),
  ];

  it('puts the most often missing field first', () => {
    expect(missingFieldCounts(entries)[0]).toEqual({ fieldId: 'facial_image', count: 3 });
  });

  it('orders equal counts by the catalogue', () => {
    const fieldIds = missingFieldCounts(entries).map((count) => count.fieldId);
    expect(fieldIds).toEqual(['facial_image', 'guardian_name', 'surname']);
  });

  it('limits the list', () => {
    expect(missingFieldCounts(entries, 1)).toHaveLength(1);
  });

  it('counts a field listed twice in one check once', () => {
    const counts = missingFieldCounts([entry({ missingFields: ['surname', 'surname'] })]);
    expect(counts).toEqual([{ fieldId: 'surname', count: 1 }]);
  });
});

describe('overriddenEntries', () => {
  it('lists only overrides, newest first', () => {
    const overrides = overriddenEntries([
      entry({ at: 1, outcome: 'overridden', overrideReason: 'first' }),
      entry({ at: 2, outcome: 'passed' }),
      entry({ at: 3, outcome: 'overridden', overrideReason: 'second' }),
    ]);
    expect(overrides.map((item) => item.overrideReason)).toEqual(['second', 'first']);
  });
});

describe('periodStart', () => {
  const now = day(2026, 12, 4);

  it('goes back seven days for a week', () => {
    expect(periodStart('week', now)).toBe(now - 7 * 86_400_000);
  });

  it('has no start for the whole log', () => {
    expect(periodStart('all', now)).toBeUndefined();
  });
});
