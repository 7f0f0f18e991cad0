import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { parseDraftFile } from '@/utils/schema/draft';
import { saveDraft } from '@/utils/store';
import { renderPage, setUpDraftsPage } from './support/drafts-page';

setUpDraftsPage();

const FIELDS = {
  surname: 'AHMADI',
  forenames: 'Sami',
  date_of_birth: '2011-03',
  nationalities: ['AFG'],
  languages: ['prs'],
  height_cm: 150,
  unaccompanied: true,
  intended_destination: { country: 'GBR', place: 'London' },
};

/** Captures the Blob and file name of each download the page starts. */
function captureDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:vigila-test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    names.push(this.download);
  });
  return { blobs, names };
}

describe('drafts page export', () => {
  it('exports one draft with its fields', async () => {
    await saveDraft({ id: 'd1', label: 'Case 1', fields: FIELDS });
    const downloads = captureDownloads();
    await renderPage();
    fireEvent.click(await screen.findByRole('button', { name: /Case 1/ }));
    fireEvent.click(await screen.findByTestId('draft-export'));

    await waitFor(() => expect(downloads.blobs).toHaveLength(1));
    const result = parseDraftFile(await downloads.blobs[0].text());
    expect(result).toEqual({ ok: true, drafts: [{ id: 'd1', label: 'Case 1', fields: FIELDS }] });
  });

  it('exports all drafts', async () => {
    await saveDraft({ id: 'd1', fields: FIELDS });
    await saveDraft({ id: 'd2', fields: { surname: 'B' } });
    const downloads = captureDownloads();
    await renderPage();
    await waitFor(() => expect(screen.getAllByTestId('draft-item')).toHaveLength(2));
    fireEvent.click(screen.getByTestId('drafts-export-all'));

    await waitFor(() => expect(downloads.blobs).toHaveLength(1));
    const result = parseDraftFile(await downloads.blobs[0].text());
    expect(result.ok && result.drafts.map((draft) => draft.id).sort()).toEqual(['d1', 'd2']);
  });

  it("names file without child's name", async () => {
    await saveDraft({ id: 'd1', label: 'AHMADI', fields: FIELDS });
    const downloads = captureDownloads();
    await renderPage();
    await screen.findByTestId('draft-item');
    fireEvent.click(screen.getByTestId('drafts-export-all'));

    await waitFor(() => expect(downloads.names).toHaveLength(1));
    expect(downloads.names[0]).toMatch(/^vigila-drafts-\d{4}-\d{2}-\d{2}\.json$/);
  });

  it('gives the file the JSON media type', async () => {
    await saveDraft({ id: 'd1', fields: FIELDS });
    const downloads = captureDownloads();
    await renderPage();
    await screen.findByTestId('draft-item');
    fireEvent.click(screen.getByTestId('drafts-export-all'));

    await waitFor(() => expect(downloads.blobs).toHaveLength(1));
    expect(downloads.blobs[0].type).toBe('application/json');
  });

  it('disables export of a draft never saved', async () => {
    await renderPage();
    fireEvent.click(screen.getByTestId('draft-new'));
    expect((screen.getByTestId('draft-export') as HTMLButtonElement).disabled).toBe(true);
  });
});
