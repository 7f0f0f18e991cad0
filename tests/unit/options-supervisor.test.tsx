import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SupervisorSection } from '@/components/options/SupervisorSection';
import type { AuditEntry } from '@/utils/schema/audit';
import { appendAuditEntry } from '@/utils/store/audit';
import { resetStore } from './support/store';

const DAY = 86_400_000;

beforeEach(resetStore);
afterEach(cleanup);

function entry(extra: Partial<AuditEntry>): AuditEntry {
  return {
    at: Date.now() - DAY,
    origin: 'https://portal.example',
    checklistId: 'unit-7',
    checklistVersion: 2,
    score: 80,
    outcome: 'passed',
    failedRules: [],
    missingFields: [],
    ...extra,
  };
}

async function seed(): Promise<void> {
  await appendAuditEntry(entry({ score: 100 }));
  await appendAuditEntry(
    entry({
      outcome: 'overridden',
      score: 40,
      failedRules: ['photo_present'],
      missingFields: ['facial_image', 'guardian_name'],
      overrideReason: 'Photo held by the centre',
    }),
  );
  await appendAuditEntry(entry({ at: Date.now() - 200 * DAY, outcome: 'blocked', score: 10 }));
}

async function renderView(): Promise<HTMLElement> {
  render(<SupervisorSection />);
  return screen.findByTestId('supervisor-view');
}

describe('supervisor section', () => {
  it('counts the checks of the last 30 days', async () => {
    await seed();
    await renderView();
    expect(screen.getByTestId('supervisor-total').textContent).toBe('2');
    expect(screen.getByTestId('supervisor-average').textContent).toBe('70');
  });

  it('gives each chart a title and description', async () => {
    await seed();
    await renderView();
    const svg = screen.getByRole('img', { name: /Required fields most often missing/ });
    expect(svg.querySelector('desc')?.textContent).toBe(
      'Number of checks in which each required field was missing: Facial image: 1; Guardian: 1.',
    );
  });

  it('lists the missing fields in a table too', async () => {
    await seed();
    await renderView();
    const rows = screen.getByTestId('chart-missing').querySelectorAll('tbody tr');
    expect([...rows].map((row) => row.textContent)).toEqual(['Facial image1', 'Guardian1']);
  });

  it('shows the override reason', async () => {
    await seed();
    await renderView();
    expect(screen.getByTestId('override-reason').textContent).toBe('Photo held by the centre');
  });

  it('includes older checks for the whole log', async () => {
    await seed();
    await renderView();
    fireEvent.change(screen.getByTestId('supervisor-period'), { target: { value: 'all' } });
    await waitFor(() => expect(screen.getByTestId('supervisor-total').textContent).toBe('3'));
  });

  it('shows no chart for an empty log', async () => {
    await renderView();
    expect(screen.getByTestId('supervisor-total').textContent).toBe('0');
    expect(screen.queryByTestId('chart-scores')).toBeNull();
    expect((screen.getByTestId('supervisor-export-csv') as HTMLButtonElement).disabled).toBe(true);
  });
});
