import { FIELD_IDS } from '../catalogue';
import { AUDIT_OUTCOME, type AuditEntry, type AuditOutcome } from '../schema/audit';
import { toCsv } from './csv';

const DAY_MS = 86_400_000;

/** Periods the supervisor view offers, in days back from now. `all` is the whole log. */
export const PERIODS = { week: 7, month: 30, quarter: 91, year: 365, all: undefined } as const;
export type Period = keyof typeof PERIODS;

/** Returns the first moment of a period as epoch ms, or undefined for the whole log. */
export function periodStart(period: Period, now: number): number | undefined {
  const days = PERIODS[period];
  return days === undefined ? undefined : now - days * DAY_MS;
}

export interface OutcomeSummary {
  total: number;
  byOutcome: Record<AuditOutcome, number>;
  /** Mean score of the entries, rounded to whole percent, or undefined for none. */
  averageScore?: number;
}

/** Counts the checks by outcome and averages their scores. */
export function summarizeOutcomes(entries: readonly AuditEntry[]): OutcomeSummary {
  const byOutcome = Object.fromEntries(AUDIT_OUTCOME.map((outcome) => [outcome, 0])) as Record<
    AuditOutcome,
    number
  >;
  let scoreSum = 0;
  for (const entry of entries) {
    byOutcome[entry.outcome] += 1;
    scoreSum += entry.score;
  }
  const total = entries.length;
  return {
    total,
    byOutcome,
    averageScore: total === 0 ? undefined : Math.round(scoreSum / total),
  };
}

export interface WeekScore {
  /** Monday that starts the week, as local YYYY-MM-DD. */
  weekStart: string;
  count: number;
  /** Mean score of the week's checks in whole percent, or undefined for a week without checks. */
  averageScore?: number;
}

function localDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Returns local midnight of the Monday of the week that contains `at`. */
function mondayOf(at: number): Date {
  const day = new Date(at);
  day.setHours(0, 0, 0, 0);
  // getDay() counts from Sunday = 0; ISO 8601 weeks start on Monday.
  day.setDate(day.getDate() - ((day.getDay() + 6) % 7));
  return day;
}

/**
 * Averages the scores per ISO 8601 week (Monday to Sunday, local time), from
 * the first week with a check to the last, with the weeks between included
 * as empty, so that a chart's time axis has no jumps.
 */
export function weeklyScores(entries: readonly AuditEntry[]): WeekScore[] {
  if (entries.length === 0) return [];
  const sums = new Map<string, { count: number; sum: number }>();
  let first = Infinity;
  let last = -Infinity;
  for (const entry of entries) {
    const monday = mondayOf(entry.at);
    first = Math.min(first, monday.getTime());
    last = Math.max(last, monday.getTime());
    const key = localDate(monday);
    const week = sums.get(key) ?? { count: 0, sum: 0 };
    week.count += 1;
    week.sum += entry.score;
    sums.set(key, week);
  }

  const weeks: WeekScore[] = [];
  // Stepping by calendar days, not by 7 * 24 h, keeps Mondays across daylight-saving changes.
  for (const day = new Date(first); day.getTime() <= last; day.setDate(day.getDate() + 7)) {
    const key = localDate(day);
    const week = sums.get(key);
    weeks.push(
      week
        ? { weekStart: key, count: week.count, averageScore: Math.round(week.sum / week.count) }
        : { weekStart: key, count: 0 },
    );
  }
  return weeks;
}

export interface FieldCount {
  fieldId: string;
  count: number;
}

/** Counts how often each required field was missing, most often first, then in catalogue order. */
export function missingFieldCounts(entries: readonly AuditEntry[], limit?: number): FieldCount[] {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    for (const fieldId of new Set(entry.missingFields)) {
      counts.set(fieldId, (counts.get(fieldId) ?? 0) + 1);
    }
  }
  const order = (fieldId: string) => FIELD_IDS.indexOf(fieldId);
  const sorted = [...counts]
    .map(([fieldId, count]) => ({ fieldId, count }))
    .sort((a, b) => b.count - a.count || order(a.fieldId) - order(b.fieldId));
  return limit === undefined ? sorted : sorted.slice(0, limit);
}

/** Returns the overridden checks, newest first. */
export function overriddenEntries<Entry extends AuditEntry>(entries: readonly Entry[]): Entry[] {
  return entries.filter((entry) => entry.outcome === 'overridden').sort((a, b) => b.at - a.at);
}

export const AUDIT_CSV_HEADER = [
  'checked_at',
  'origin',
  'checklist_id',
  'checklist_version',
  'score',
  'outcome',
  'failed_rules',
  'missing_fields',
  'override_reason',
  'unlogged_checks',
] as const;

/**
 * Builds a CSV of audit entries, one row per entry, oldest first. Times are
 * ISO 8601 in UTC, and rule and field ids are separated by spaces.
 * `unlogged_checks` counts the further checks that an entry stands for,
 * after its tab passed the limit of entries per minute.
 */
export function auditEntriesToCsv(entries: readonly AuditEntry[]): string {
  const rows = [...entries]
    .sort((a, b) => a.at - b.at)
    .map((entry) => [
      new Date(entry.at).toISOString(),
      entry.origin,
      entry.checklistId,
      entry.checklistVersion,
      entry.score,
      entry.outcome,
      entry.failedRules.join(' '),
      entry.missingFields.join(' '),
      entry.overrideReason ?? '',
      entry.unloggedChecks ?? '',
    ]);
  return toCsv(AUDIT_CSV_HEADER, rows);
}
