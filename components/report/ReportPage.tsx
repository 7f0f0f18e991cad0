import { useEffect, useState } from 'preact/hooks';
import { formatReportText, type AlertReport } from '@/utils/report/alert-report';
import { readReportForPage } from '@/utils/report/report-session';
import { t } from '@/utils/i18n';

type CopyState = 'idle' | 'copied' | 'failed';

function OpenItems({ items }: { items: AlertReport['items'] }) {
  if (items.length === 0) return <p data-testid="report-no-items">{t('report_no_open_items')}</p>;
  return (
    <table class="report-items">
      <thead>
        <tr>
          <th scope="col">{t('report_column_severity')}</th>
          <th scope="col">{t('report_column_item')}</th>
          <th scope="col">{t('report_column_message')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr
            key={`${item.kind}:${item.id}`}
            data-testid="report-item"
            data-kind={item.kind}
            data-id={item.id}
            data-severity={item.severity}
          >
            <td class={`report-severity report-severity--${item.severity}`}>
              {t(`severity_${item.severity}`)}
            </td>
            <td>
              {t(`report_kind_${item.kind}`)}: {item.title}
            </td>
            <td>{item.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ReportBody({ report }: { report: AlertReport }) {
  const text = formatReportText(report);
  const [copy, setCopy] = useState<CopyState>('idle');
  const copyText = () =>
    navigator.clipboard.writeText(text).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    );

  return (
    <>
      <div class="actions report-controls">
        <button
          type="button"
          class="button-primary"
          data-testid="report-print"
          onClick={() => window.print()}
        >
          {t('report_print')}
        </button>
        <button
          type="button"
          class="button-secondary"
          data-testid="report-copy"
          onClick={() => void copyText()}
        >
          {t('report_copy')}
        </button>
        {copy !== 'idle' && (
          <span role="status" data-testid="report-copy-status" data-state={copy}>
            {t(copy === 'copied' ? 'report_copied' : 'report_copy_failed')}
          </span>
        )}
      </div>
      <dl class="report-summary">
        <dt>{t('report_column_checklist')}</dt>
        <dd
          data-testid="report-checklist"
          data-checklist-id={report.checklist.id}
          data-checklist-version={report.checklist.version}
        >
          {t('report_checklist_value', [report.checklist.name, String(report.checklist.version)])}
        </dd>
        <dt>{t('report_column_score')}</dt>
        <dd data-testid="report-score" data-score={report.score}>
          {report.score}
        </dd>
        <dt>{t('report_column_blocking')}</dt>
        <dd>{report.blockingOpen}</dd>
        <dt>{t('report_column_created')}</dt>
        <dd>{new Date(report.createdAt).toLocaleString()}</dd>
      </dl>
      <h2>{t('report_open_items', String(report.items.length))}</h2>
      <OpenItems items={report.items} />
      {report.urgencyNote && (
        <section aria-labelledby="urgency-title" data-testid="report-urgency">
          <h2 id="urgency-title">{t('report_urgency_title')}</h2>
          <p class="report-urgency" data-testid="report-urgency-text">
            {report.urgencyNote.proposed}
          </p>
          <p class="hint">
            {t(
              report.urgencyNote.pageNoteConforms
                ? 'report_urgency_page_conforms'
                : 'report_urgency_page_differs',
            )}
          </p>
        </section>
      )}
      <section class="report-controls" aria-labelledby="text-title">
        <h2 id="text-title">{t('report_text_title')}</h2>
        <label for="report-text" class="hint">
          {t('report_text_hint')}
        </label>
        <textarea id="report-text" data-testid="report-text" readOnly rows={12} value={text} />
      </section>
    </>
  );
}

/** Renders the printable data-quality report that the panel stored last. */
export function ReportPage() {
  const [report, setReport] = useState<AlertReport | null>();

  useEffect(() => {
    readReportForPage()
      .then((stored) => setReport(stored ?? null))
      .catch(() => setReport(null));
  }, []);

  return (
    <main class="report" data-testid="report-page" data-ready={report !== undefined}>
      <h1>{t('report_title')}</h1>
      {report === null && (
        <p role="alert" data-testid="report-missing">
          {t('report_missing')}
        </p>
      )}
      {report && <ReportBody report={report} />}
    </main>
  );
}
