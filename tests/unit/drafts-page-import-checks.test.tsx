import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { MAX_DRAFT_FILE_BYTES } from '@/utils/import/read-file';
import { getDraft, listDrafts, saveDraft } from '@/utils/store';
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

/** Returns a draft file whose surname is "Müller" in Latin-1, where ü is the byte 0xFC. */
function latin1File(name: string): { file: File; offset: number } {
  const before = '{"format":"vigila-draft","version":1,"fields":{"surname":"M';
  const bytes = new Uint8Array([
    ...new TextEncoder().encode(before),
    0xfc,
    ...new TextEncoder().encode('ller"}}'),
  ]);
  return { file: new File([bytes], name, { type: 'application/json' }), offset: before.length };
}

async function importOver(label: string, imported: Record<string, unknown>) {
  const stored = await saveDraft({ id: 'same', label, fields: { surname: 'OLD' } });
  await renderPage();
  await screen.findByTestId('draft-item');
  const file = jsonFile('case-7.json', draftEntry({ surname: 'NEW' }, imported));
  upload(file);
  await screen.findByTestId('import-conflicts');
  return stored;
}

describe('drafts page import encoding', () => {
  it('rejects a Latin-1 file naming file and offset', async () => {
    await renderPage();
    const { file, offset } = latin1File('latin1.json');
    upload(file);
    const [error] = await screen.findAllByTestId('import-error');
    expect(error.textContent).toContain('latin1.json is not valid UTF-8');
    expect(error.textContent).toContain(`offset ${offset}`);
    expect(error.textContent).toContain('Save the file as UTF-8');
    expect(await listDrafts()).toEqual([]);
  });

  it('reads a file with a byte order mark', async () => {
    await renderPage();
    const text = JSON.stringify(draftEntry({ surname: 'MÜLLER' }));
    upload(new File(['\uFEFF', text], 'bom.json', { type: 'application/json' }));
    await waitFor(() => expect(screen.getAllByTestId('draft-item')).toHaveLength(1));
    expect((await listDrafts())[0].fields.surname).toBe('MÜLLER');
  });
});

describe('drafts page import limits', () => {
  it('rejects a file above the size limit unread', async () => {
    await renderPage();
    const file = jsonFile('huge.json', draftEntry({ surname: 'A' }));
    Object.defineProperty(file, 'size', { value: MAX_DRAFT_FILE_BYTES + 1 });
    const read = vi.spyOn(file, 'arrayBuffer');
    upload(file);
    const [error] = await screen.findAllByTestId('import-error');
    expect(error.textContent).toContain(`huge.json is ${MAX_DRAFT_FILE_BYTES + 1} bytes`);
    expect(error.textContent).toContain(`maximum of ${MAX_DRAFT_FILE_BYTES} bytes`);
    expect(read).not.toHaveBeenCalled();
  });

  it('names the field of a text over its limit', async () => {
    await renderPage();
    upload(jsonFile('long.json', draftEntry({ surname: 'A'.repeat(201) })));
    const [error] = await screen.findAllByTestId('import-error');
    expect(error.textContent).toContain('fields.surname');
    expect(error.textContent).toContain('201 characters, more than the maximum of 200');
  });

  it('rejects an id two files share', async () => {
    await renderPage();
    upload(
      jsonFile('a.json', draftEntry({ surname: 'A' }, { id: 'same' })),
      jsonFile('b.json', draftEntry({ surname: 'B' }, { id: 'same' })),
    );
    await screen.findAllByTestId('import-error');
    expect(screen.getByRole('heading', { name: 'b.json: 1 errors' })).toBeTruthy();
    expect(await listDrafts()).toEqual([]);
  });

  it('names the code point of a bidi override in a label', async () => {
    await renderPage();
    upload(jsonFile('bidi.json', draftEntry({ surname: 'A' }, { label: 'Ali\u202Ereh' })));
    const [error] = await screen.findAllByTestId('import-error');
    expect(error.textContent).toContain('label');
    expect(error.textContent).toContain('U+202E at position 4');
  });
});

describe('drafts page import of existing ids', () => {
  it('lists both versions and writes nothing', async () => {
    await importOver('Stored label', { id: 'same', label: 'Imported label' });
    const conflict = screen.getByTestId('import-conflict');
    expect(conflict.dataset.draftId).toBe('same');
    const stored = within(conflict).getByTestId('import-conflict-stored').textContent;
    expect(stored).toMatch(/^Stored: Stored label, updated .+/);
    const imported = within(conflict).getByTestId('import-conflict-imported').textContent;
    expect(imported).toMatch(/^In case-7\.json: Imported label, file saved .+/);
    expect((await getDraft('same'))?.fields.surname).toBe('OLD');
    expect(screen.queryByTestId('drafts-status')).toBeNull();
  });

  it('imports a copy under a new id', async () => {
    await importOver('Stored', { id: 'same', label: 'Imported' });
    fireEvent.click(screen.getByTestId('import-copy'));
    await waitFor(() => expect(screen.getAllByTestId('draft-item')).toHaveLength(2));
    const drafts = await listDrafts();
    expect((await getDraft('same'))?.fields.surname).toBe('OLD');
    const copy = drafts.find((draft) => draft.id !== 'same');
    expect(copy?.fields.surname).toBe('NEW');
    expect(copy?.label).toBe('Imported');
  });

  it('replaces the stored draft', async () => {
    await importOver('Stored', { id: 'same', label: 'Imported' });
    fireEvent.click(screen.getByTestId('import-replace'));
    await waitFor(() => expect(screen.getByTestId('drafts-status').textContent).toContain('1'));
    expect((await getDraft('same'))?.fields.surname).toBe('NEW');
    expect(await listDrafts()).toHaveLength(1);
  });

  it('cancels without writing', async () => {
    await importOver('Stored', { id: 'same', label: 'Imported' });
    fireEvent.click(screen.getByTestId('import-cancel'));
    await waitFor(() => expect(screen.queryByTestId('import-conflicts')).toBeNull());
    expect(screen.getByTestId('drafts-status').textContent).toContain('Nothing was imported.');
    expect((await getDraft('same'))?.fields.surname).toBe('OLD');
    expect(await listDrafts()).toHaveLength(1);
  });

  it('imports drafts with new ids without asking', async () => {
    await saveDraft({ id: 'same', label: 'Stored', fields: { surname: 'OLD' } });
    await renderPage();
    await screen.findByTestId('draft-item');
    upload(jsonFile('new.json', draftEntry({ surname: 'NEW' }, { id: 'other' })));
    await waitFor(() => expect(screen.getAllByTestId('draft-item')).toHaveLength(2));
    expect(screen.queryByTestId('import-conflicts')).toBeNull();
  });
});
