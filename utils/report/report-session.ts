import { sessionArea } from '../store/session-area';
import { alertReportSchema, type AlertReport } from './alert-report';

/**
 * `storage.session` key of the report the report page shows. Only extension
 * pages read `storage.session`, and the browser clears it when it closes.
 * A new report replaces the previous one.
 */
const REPORT_KEY = 'alertReport';

/** Stores a report for the report page. */
export async function storeReportForPage(report: AlertReport): Promise<void> {
  // The panel in Firefox has no storage.session, so it writes through the background.
  await sessionArea().set({ [REPORT_KEY]: report });
}

/** Reads the stored report, or undefined when there is none or it fails the schema. */
export async function readReportForPage(): Promise<AlertReport | undefined> {
  const stored = (await sessionArea().get([REPORT_KEY]))[REPORT_KEY];
  const result = alertReportSchema.safeParse(stored);
  return result.success ? result.data : undefined;
}
