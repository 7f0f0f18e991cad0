import { Fragment } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { downloadText, localDateStamp } from '@/components/common/download';
import { fieldName } from '@/utils/catalogue-labels';
import { t } from '@/utils/i18n';
import {
  auditEntriesToCsv,
  missingFieldCounts,
  overriddenEntries,
  periodStart,
  PERIODS,
  summarizeOutcomes,
  weeklyScores,
  type Period,
} from '@/utils/report/supervisor';
import { AUDIT_OUTCOME, type StoredAuditEntry } from '@/utils/schema/audit';
import { listAuditEntries } from '@/utils/store/audit';
import { BarChart, ColumnChart, type ChartBar } from './charts';

/** Number of fields the chart of missing fields shows, while the CSV contains every one. */
const TOP_MISSING_FIELDS = 10;

function Summary({ entries }: { entries: readonly StoredAuditEntry[] }) {
  const summary = summarizeOutcomes(entries);
  return (
    <dl class="supervisor-summary" data-testid="supervisor-summary" data-total={summary.total}>
      <dt>{t('supervisor_checked')}</dt>
      <dd data-testid="supervisor-total">{summary.total}</dd>
      {AUDIT_OUTCOME.map((outcome) => (
        <Fragment key={outcome}>
          <dt>{t(`supervisor_outcome_${outcome}`)}</dt>
          <dd data-testid="supervisor-outcome" data-outcome={outcome}>
            {summary.byOutcome[outcome]}
          </dd>
        </Fragment>
      ))}
      <dt>{t('supervisor_average_score')}</dt>
      <dd data-testid="supervisor-average">{summary.averageScore ?? '–'}</dd>
    </dl>
  );
}

function ScoreChart({ entries }: { entries: readonly StoredAuditEntry[] }) {
  const weeks = weeklyScores(entries);
  const bars: ChartBar[] = weeks.map((week) => ({
    key: week.weekStart,
    label: week.weekStart.slice(5),
    tableLabel: week.weekStart,
    value: week.averageScore ?? Number.NaN,
    valueText:
      week.averageScore === undefined
        ? t('supervisor_week_empty')
        : t('supervisor_week_value', [String(week.averageScore), String(week.count)]),
  }));
  const description = t('supervisor_score_chart_desc', [
    String(weeks.length),
    bars.map((bar) => `${bar.key}: ${bar.valueText}`).join('; '),
  ]);
  return (
    <ColumnChart
      title={t('supervisor_score_chart')}
      description={description}
      bars={bars}
      max={100}
      testId="chart-scores"
      labelHeader={t('supervisor_week_column')}
      valueHeader={t('supervisor_score_column')}
    />
  );
}

function MissingFieldsChart({ entries }: { entries: readonly StoredAuditEntry[] }) {
  const counts = missingFieldCounts(entries, TOP_MISSING_FIELDS);
  if (counts.length === 0)
    return <p data-testid="chart-missing-empty">{t('supervisor_no_missing')}</p>;
  const bars: ChartBar[] = counts.map(({ fieldId, count }) => ({
    key: fieldId,
    label: fieldName(fieldId),
    value: count,
  }));
  const description = t(
    'supervisor_missing_chart_desc',
    bars.map((bar) => `${bar.label}: ${bar.value}`).join('; '),
  );
  return (
    <BarChart
      title={t('supervisor_missing_chart')}
      description={description}
      bars={bars}
      testId="chart-missing"
      labelHeader={t('checklist_editor_field')}
      valueHeader={t('supervisor_missing_column')}
    />
  );
}

function OverrideTable({ entries }: { entries: readonly StoredAuditEntry[] }) {
  const overrides = overriddenEntries(entries);
  if (overrides.length === 0)
    return <p data-testid="overrides-empty">{t('supervisor_no_overrides')}</p>;
  return (
    <table class="overrides" data-testid="overrides">
      <caption>{t('supervisor_overrides')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('supervisor_override_when')}</th>
          <th scope="col">{t('supervisor_override_checklist')}</th>
          <th scope="col">{t('supervisor_score_column')}</th>
          <th scope="col">{t('supervisor_override_open')}</th>
          <th scope="col">{t('supervisor_override_reason')}</th>
        </tr>
      </thead>
      <tbody>
        {overrides.map((entry) => (
          <tr key={entry.id} data-testid="override-row" data-id={entry.id}>
            <td>{new Date(entry.at).toLocaleString()}</td>
            <td>
              {t('report_checklist_value', [entry.checklistId, String(entry.checklistVersion)])}
            </td>
            <td>{entry.score}</td>
            <td>
              {[
                ...entry.failedRules.map((id) => t(`rule_${id}_title`)),
                ...entry.missingFields.map(fieldName),
              ].join(', ')}
            </td>
            <td data-testid="override-reason">{entry.overrideReason ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Shows the supervisor's view of the audit log for a chosen period: checks by
 * outcome, the score per week, the fields most often missing and the
 * overrides with their reasons, with a CSV export. The log contains no values
 * of an alert.
 */
export function SupervisorSection() {
  const [period, setPeriod] = useState<Period>('month');
  const [entries, setEntries] = useState<StoredAuditEntry[]>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    let current = true;
    setError(undefined);
    listAuditEntries(periodStart(period, Date.now()))
      .then((listed) => current && setEntries(listed))
      .catch(
        (failure: unknown) =>
          current &&
          setError(
            t(
              'supervisor_load_failed',
              failure instanceof Error ? failure.message : String(failure),
            ),
          ),
      );
    return () => {
      current = false;
    };
  }, [period]);

  const csv = useMemo(() => (entries ? auditEntriesToCsv(entries) : ''), [entries]);

  return (
    <section aria-labelledby="supervisor-title" data-testid="supervisor-section">
      <h2 id="supervisor-title">{t('supervisor_title')}</h2>
      <p>{t('supervisor_intro')}</p>
      <div class="actions">
        <label>
          {t('supervisor_period')}{' '}
          <select
            data-testid="supervisor-period"
            value={period}
            onChange={(event) =>
              setPeriod((event.currentTarget as HTMLSelectElement).value as Period)
            }
          >
            {(Object.keys(PERIODS) as Period[]).map((key) => (
              <option key={key} value={key}>
                {t(`supervisor_period_${key}`)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          class="button-secondary"
          data-testid="supervisor-export-csv"
          disabled={!entries || entries.length === 0}
          onClick={() =>
            downloadText(`vigila-audit-${period}-${localDateStamp()}.csv`, csv, 'text/csv')
          }
        >
          {t('supervisor_export_csv')}
        </button>
      </div>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {entries && (
        <div data-testid="supervisor-view" data-period={period} data-entries={entries.length}>
          <Summary entries={entries} />
          {entries.length > 0 && (
            <>
              <ScoreChart entries={entries} />
              <MissingFieldsChart entries={entries} />
              <OverrideTable entries={entries} />
            </>
          )}
        </div>
      )}
    </section>
  );
}
