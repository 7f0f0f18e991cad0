import { useState } from 'preact/hooks';
import type { Checklist } from '@/utils/checklist';
import { t } from '@/utils/i18n';
import type { ToBackgroundMessage } from '@/utils/messaging/messages';
import { buildAlertReport } from '@/utils/report/alert-report';
import { storeReportForPage } from '@/utils/report/report-session';
import type { AlertModel } from './use-alert';

/**
 * Opens the report page in a new tab. Firefox gives the panel, an extension
 * page inside the portal's frame, no `tabs` API, so there the background
 * opens it.
 */
async function openReportTab(): Promise<void> {
  if (browser.tabs?.create) {
    await browser.tabs.create({ url: browser.runtime.getURL('/report.html') });
    return;
  }
  const request: ToBackgroundMessage = { type: 'open-report' };
  await browser.runtime.sendMessage(request);
}

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
      await openReportTab();
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
