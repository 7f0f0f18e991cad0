import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { getDraft, saveDraft } from '@/utils/store';
import { getDatabase } from '@/utils/store/db';
import { renderPage, setUpDraftsPage } from './support/drafts-page';

setUpDraftsPage();

async function openDraft(name: RegExp): Promise<void> {
  fireEvent.click(await screen.findByRole('button', { name }));
  await screen.findByTestId('draft-delete');
}

describe('drafts page delete', () => {
  it('asks for confirmation before deleting', async () => {
    await saveDraft({ id: 'd1', label: 'Case 1', fields: { surname: 'A' } });
    await renderPage();
    await openDraft(/Case 1/);
    fireEvent.click(screen.getByTestId('draft-delete'));

    expect(screen.getByTestId('draft-delete-confirm')).toBeTruthy();
    expect(await getDraft('d1')).toBeDefined();
  });

  it('deletes the draft once confirmed', async () => {
    await saveDraft({ id: 'd1', label: 'Case 1', fields: { surname: 'A' } });
    await renderPage();
    await openDraft(/Case 1/);
    fireEvent.click(screen.getByTestId('draft-delete'));
    fireEvent.click(screen.getByTestId('draft-delete-confirm'));

    await waitFor(() => expect(screen.queryAllByTestId('draft-item')).toHaveLength(0));
    expect(await getDraft('d1')).toBeUndefined();
  });

  it('keeps the draft when cancelled', async () => {
    await saveDraft({ id: 'd1', label: 'Case 1', fields: { surname: 'A' } });
    await renderPage();
    await openDraft(/Case 1/);
    fireEvent.click(screen.getByTestId('draft-delete'));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByTestId('draft-delete-confirm')).toBeNull();
    expect(await getDraft('d1')).toBeDefined();
  });

  it('deletes a damaged record', async () => {
    const database = await getDatabase();
    await database.put('drafts', { id: 'broken' } as never);
    await renderPage();
    await openDraft(/Untitled draft/);
    expect(screen.getByText(/Draft broken is damaged/)).toBeTruthy();
    fireEvent.click(screen.getByTestId('draft-delete'));
    fireEvent.click(screen.getByTestId('draft-delete-confirm'));

    await waitFor(() => expect(screen.queryAllByTestId('draft-item')).toHaveLength(0));
  });

  it('discards unsaved new draft', async () => {
    await saveDraft({ id: 'd1', label: 'Case 1', fields: { surname: 'A' } });
    await renderPage();
    await screen.findByTestId('draft-item');
    fireEvent.click(screen.getByTestId('draft-new'));
    fireEvent.click(screen.getByTestId('draft-delete'));
    fireEvent.click(screen.getByTestId('draft-delete-confirm'));

    await waitFor(() => expect(screen.queryByTestId('draft-save')).toBeNull());
    expect(await getDraft('d1')).toBeDefined();
  });

  it('opens a draft whose photo is damaged, and says so', async () => {
    const png =
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    const photo = {
      name: 'intake.png',
      type: 'image/png',
      dataUrl: `data:image/png;base64,${png}`,
    };
    await saveDraft({ id: 'd1', label: 'Case 1', fields: { surname: 'A', facial_image: photo } });
    await (await getDatabase()).delete('photos', 'd1');
    await renderPage();
    await openDraft(/Case 1/);
    const status = await screen.findByTestId('drafts-status');
    expect(status.textContent).toContain('The photo of draft “d1” is damaged');
    expect((screen.getByLabelText('Label') as HTMLInputElement).value).toBe('Case 1');
  });
});
