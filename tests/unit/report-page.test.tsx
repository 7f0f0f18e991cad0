import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReportPage } from '@/components/report/ReportPage';
import type { AlertReport } from '@/utils/report/alert-report';
import { storeReportForPage } from '@/utils/report/report-session';
import { resetStore } from './support/store';

beforeEach(resetStore);
afterEach(cleanup);

const REPORT: AlertReport = {
  createdAt: Date.UTC(2026, 11, 4, 2, 0),
  score: 64,
  blockingOpen: 1,
  checklist: { id: 'unit-7', name: 'Unit 7', version: 5 },
  items: [
    {
      kind: 'rule',
      id: 'photo_present',
      title: 'Photograph of the child',
      severity: 'blocking',
      message: 'Add a photograph of the child in Facial image.',
    },
    {
      kind: 'field',
      id: 'forenames',
      title: 'Forenames',
      severity: 'info',
      message: 'Recommended field, missing.',
    },
  ],
  urgencyNote: {
    proposed: 'URGENT: unaccompanied minor, high risk (a trafficking risk)',
    pageNoteConforms: false,
  },
};

describe('report page', () => {
  it('lists every open item', async () => {
    await storeReportForPage(REPORT);
    render(<ReportPage />);
    const rows = await screen.findAllByTestId('report-item');
    expect(rows.map((row) => row.dataset.id)).toEqual(['photo_present', 'forenames']);
  });

  it('names the checklist and version', async () => {
    await storeReportForPage(REPORT);
    render(<ReportPage />);
    const checklist = await screen.findByTestId('report-checklist');
    expect(checklist.textContent).toBe('Unit 7, version 5');
  });

  it('shows the proposed field 311 text', async () => {
    await storeReportForPage(REPORT);
    render(<ReportPage />);
    const text = await screen.findByTestId('report-urgency-text');
    expect(text.textContent).toBe('URGENT: unaccompanied minor, high risk (a trafficking risk)');
  });

  it('offers the same report as text', async () => {
    await storeReportForPage(REPORT);
    render(<ReportPage />);
    const textarea = (await screen.findByTestId('report-text')) as HTMLTextAreaElement;
    expect(textarea.value).toContain('- [info] Field: Forenames. Recommended field, missing.');
  });

  it('says when there is no report', async () => {
    render(<ReportPage />);
    const missing = await screen.findByTestId('report-missing');
    expect(missing.textContent).toBe(
      'No report to show. Open the report again from the panel beside the alert form.',
    );
  });

  it('ignores a stored report that fails the schema', async () => {
    await browser.storage.session.set({ alertReport: { ...REPORT, score: 'high' } });
    render(<ReportPage />);
    expect(await screen.findByTestId('report-missing')).toBeDefined();
  });
});
