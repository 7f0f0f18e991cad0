import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { listDrafts, saveDraft } from '@/utils/store';
import { jsonFile, renderPage, setUpDraftsPage } from './support/drafts-page';

setUpDraftsPage();

function draftEntry(fields: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return { format: 'vigila-draft', version: 1, ...extra, fields };
}

function upload(...files: File[]): void {
  const input = screen.getByTestId('import-drafts') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  fireEvent.change(input);
}

describe('drafts page import', () => {
  it('keeps a file input for drafts in the page', async () => {
    await renderPage();
    const input = screen.getByTestId('import-drafts') as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(input.accept).toBe('.json,application/json');
    expect(input.multiple).toBe(true);
  });

  it('offers a visible import button', async () => {
    await renderPage();
    expect(screen.getByRole('button', { name: 'Import drafts…' })).toBeTruthy();
  });

  it('imports every draft of a valid file', async () => {
    await renderPage();
    upload(jsonFile('drafts.json', [draftEntry({ surname: 'A' }), draftEntry({ surname: 'B' })]));
    await waitFor(() => expect(screen.getAllByTestId('draft-item')).toHaveLength(2));
    expect(screen.getByTestId('drafts-status').textContent).toContain('Drafts imported: 2.');
  });

  it('shows the path and value of an error', async () => {
    await renderPage();
    const file = jsonFile('bad.json', [
      draftEntry({ surname: 'A' }),
      draftEntry({ date_of_birth: '2011-02-29' }),
    ]);
    upload(file);
    const [error] = await screen.findAllByTestId('import-error');
    expect(error.textContent).toContain('[1].fields.date_of_birth');
    expect(error.textContent).toContain('"2011-02-29"');
  });

  it('states that nothing was imported', async () => {
    await renderPage();
    upload(jsonFile('bad.json', [draftEntry({ surname: 'A' }), draftEntry({ sex: 'X' })]));
    await screen.findAllByTestId('import-error');
    expect(screen.getByRole('alert').textContent).toContain('Nothing was imported.');
  });

  it('stores nothing from a file with an error', async () => {
    await renderPage();
    upload(jsonFile('bad.json', [draftEntry({ surname: 'A' }), draftEntry({ shoe_size: 38 })]));
    await screen.findAllByTestId('import-error');
    expect(await listDrafts()).toEqual([]);
  });

  it('stores nothing if any file fails', async () => {
    await renderPage();
    upload(
      jsonFile('good.json', [draftEntry({ surname: 'A' })]),
      jsonFile('bad.json', '{ "format": '),
    );
    const [error] = await screen.findAllByTestId('import-error');
    expect(error.textContent).toContain('Invalid JSON at line 1');
    expect(await listDrafts()).toEqual([]);
  });

  it('names the file of each error', async () => {
    await renderPage();
    upload(jsonFile('case-7.json', draftEntry({ sex: 'X' })));
    await screen.findAllByTestId('import-error');
    expect(screen.getByRole('heading', { name: 'case-7.json: 1 errors' })).toBeTruthy();
  });

  it('replaces a draft with the same id when asked to', async () => {
    await saveDraft({ id: 'same', label: 'Old', fields: { surname: 'OLD' } });
    await renderPage();
    await screen.findByTestId('draft-item');
    upload(jsonFile('d.json', draftEntry({ surname: 'NEW' }, { id: 'same', label: 'New' })));
    fireEvent.click(await screen.findByTestId('import-replace'));
    await waitFor(() => expect(screen.getByTestId('draft-item').textContent).toContain('New'));
    expect((await listDrafts()).map((draft) => draft.fields.surname)).toEqual(['NEW']);
  });
});
