import { useState } from 'preact/hooks';
import type { Checklist } from '@/utils/checklist';
import { t } from '@/utils/i18n';
import { buildAlertReport } from '@/utils/report/alert-report';
import { storeReportForPage } from '@/utils/report/report-session';
import type { AlertModel } from './use-alert';

/**
 * Opens the printable report of the alert in a new tab. The report travels
 * through `storage.session`, which only extension pages read.
 */
export function ReportButton({ alert, checklist }: { alert: AlertModel; checklist: Checklist }) {
  const [error, setError] = useState<string>();

  const open = async () => {
    setError(undefined);
    try {
      const report = buildAlertReport({
        evaluation: alert.evaluation,
        checklist,
        values: alert.values,
      });
      await storeReportForPage(report);
      await browser.tabs.create({ url: browser.runtime.getURL('/report.html') });
    } catch (failure) {
      setError(
        t('report_open_failed', failure instanceof Error ? failure.message : String(failure)),
      );
    }
  };

  return (
    <div class="report-open">
      <button
        type="button"
        class="button-secondary"
        data-testid="report-open"
        onClick={() => void open()}
      >
        {t('report_open')}
      </button>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </div>
  );
}
