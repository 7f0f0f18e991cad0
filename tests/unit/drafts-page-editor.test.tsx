import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { getDraft, listDrafts, saveDraft } from '@/utils/store';
import {
  fieldControl,
  fieldElement,
  renderPage,
  setUpDraftsPage,
} from './support/drafts-page';

setUpDraftsPage();

function type(element: HTMLElement, value: string): void {
  fireEvent.input(element, { target: { value } });
}

function choose(element: HTMLElement, value: string): void {
  fireEvent.change(element, { target: { value } });
}

function upload(input: HTMLInputElement, file: File): void {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('drafts page editor', () => {
  it('states that drafts are encrypted', async () => {
    await renderPage();
    expect(screen.getByTestId('drafts-encrypted').textContent).toContain(
      'Drafts are encrypted on this computer',
    );
  });

  it('creates a draft through the editor', async () => {
    await renderPage();
    fireEvent.click(screen.getByTestId('draft-new'));
    type(screen.getByLabelText('Label'), 'Case 12');
    type(fieldControl('surname'), 'AHMADI');
    type(document.getElementById('field-date_of_birth-year')!, '2011');
    choose(document.getElementById('field-date_of_birth-month')!, '03');
    choose(fieldControl<HTMLSelectElement>('sex'), 'M');
    fireEvent.click(screen.getByLabelText('Absconded'));
    fireEvent.click(screen.getByTestId('draft-save'));

    await waitFor(() => expect(screen.getAllByTestId('draft-item')).toHaveLength(1));
    const [summary] = await listDrafts();
    const draft = await getDraft(summary.id);
    expect(draft?.label).toBe('Case 12');
    expect(draft?.fields).toEqual({
      surname: 'AHMADI',
      date_of_birth: '2011-03',
      sex: 'M',
      warning_flags: ['ABSCONDED'],
    });
  });

  it('shows the saved draft in the list', async () => {
    await renderPage();
    fireEvent.click(screen.getByTestId('draft-new'));
    type(fieldControl('surname'), 'AHMADI');
    type(document.getElementById('field-date_of_birth-year')!, '2011');
    fireEvent.click(screen.getByTestId('draft-save'));

    const item = await screen.findByTestId('draft-item');
    expect(item.textContent).toContain('AHMADI');
    expect(item.textContent).toContain('Born 2011');
  });

  it('gives list items the draft id', async () => {
    const saved = await saveDraft({ id: 'd-1', fields: { surname: 'A' } });
    await renderPage();
    const item = await screen.findByTestId('draft-item');
    expect(item.dataset.draftId).toBe(saved.id);
  });

  it('shows an inline error with the field name', async () => {
    await renderPage();
    fireEvent.click(screen.getByTestId('draft-new'));
    choose(document.getElementById('field-date_of_birth-day')!, '05');
    fireEvent.focusOut(document.getElementById('field-date_of_birth-day')!);

    const error = fieldElement('date_of_birth').querySelector('.field-error');
    expect(error?.textContent).toContain('Date of birth: Enter a date that exists');
  });

  it('marks the invalid control as invalid', async () => {
    await renderPage();
    fireEvent.click(screen.getByTestId('draft-new'));
    type(fieldControl('care_centre_phone'), 'ask the office');
    fireEvent.focusOut(fieldControl('care_centre_phone'));
    expect(fieldControl('care_centre_phone').getAttribute('aria-invalid')).toBe('true');
  });

  it('rejects save with invalid field', async () => {
    await renderPage();
    fireEvent.click(screen.getByTestId('draft-new'));
    type(fieldControl('height_cm'), '1.5');
    fireEvent.click(screen.getByTestId('draft-save'));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Not saved. Correct these fields: Height (cm).');
    expect(await listDrafts()).toEqual([]);
  });

  it('names the list entry of an invalid row', async () => {
    await renderPage();
    fireEvent.click(screen.getByTestId('draft-new'));
    const languages = fieldElement('languages');
    const add = within(languages).getByRole('button', { name: 'Add an entry to Languages spoken' });
    fireEvent.click(add);
    type(fieldControl('languages-0'), 'klingon');
    fireEvent.focusOut(fieldControl('languages-0'));
    expect(languages.textContent).toContain('Languages spoken, entry 1: Choose a language');
  });

  it('keeps unsaved changes across drafts', async () => {
    await saveDraft({ id: 'first', label: 'First', fields: { surname: 'ONE' } });
    await saveDraft({ id: 'second', label: 'Second', fields: { surname: 'TWO' } });
    await renderPage();
    fireEvent.click(await screen.findByRole('button', { name: /First/ }));
    await waitFor(() => expect(fieldControl('surname').value).toBe('ONE'));
    type(fieldControl('surname'), 'CHANGED');

    fireEvent.click(screen.getByRole('button', { name: /Second/ }));
    await waitFor(() => expect(fieldControl('surname').value).toBe('TWO'));
    fireEvent.click(screen.getByRole('button', { name: /First/ }));
    await waitFor(() => expect(fieldControl('surname').value).toBe('CHANGED'));
  });

  it('marks unsaved draft in list', async () => {
    await saveDraft({ id: 'first', label: 'First', fields: { surname: 'ONE' } });
    await renderPage();
    fireEvent.click(await screen.findByRole('button', { name: /First/ }));
    await waitFor(() => fieldControl('surname'));
    type(fieldControl('surname'), 'CHANGED');
    expect(screen.getByTestId('draft-item').textContent).toContain('Unsaved changes');
  });

  it('groups fields by catalogue group', async () => {
    await renderPage();
    fireEvent.click(screen.getByTestId('draft-new'));
    const sis = screen.getByRole('region', { name: 'SIS alert' });
    const supplementary = screen.getByRole('region', { name: 'Supplementary record' });
    expect(sis.querySelector('[data-field-id="surname"]')).not.toBeNull();
    expect(supplementary.querySelector('[data-field-id="languages"]')).not.toBeNull();
  });

  it('labels every field control', async () => {
    await renderPage();
    fireEvent.click(screen.getByTestId('draft-new'));
    const controls = document.querySelectorAll<HTMLElement>(
      'form input:not([type="hidden"]), form select, form textarea',
    );
    const unlabelled = [...controls].filter(
      (control) => !document.querySelector(`label[for="${control.id}"]`),
    );
    expect(unlabelled.map((control) => control.id)).toEqual([]);
  });

  it('saves a contact abroad from its row', async () => {
    await renderPage();
    fireEvent.click(screen.getByTestId('draft-new'));
    fireEvent.click(screen.getByRole('button', { name: 'Add an entry to Contacts abroad' }));
    type(screen.getByLabelText('Name'), 'Uncle');
    choose(document.getElementById('field-contacts_abroad-0-country')!, 'DEU');
    fireEvent.click(screen.getByTestId('draft-save'));

    await screen.findByTestId('draft-item');
    const [summary] = await listDrafts();
    const draft = await getDraft(summary.id);
    expect(draft?.fields.contacts_abroad).toEqual([{ name: 'Uncle', country: 'DEU' }]);
  });

  it('converts a language name to code', async () => {
    await renderPage();
    fireEvent.click(screen.getByTestId('draft-new'));
    fireEvent.click(screen.getByRole('button', { name: 'Add an entry to Languages spoken' }));
    choose(fieldControl('languages-0'), 'Dari');
    expect(fieldControl('languages-0').value).toBe('prs');
  });

  it('previews a chosen photo', async () => {
    await renderPage();
    fireEvent.click(screen.getByTestId('draft-new'));
    const photo = new File([new Uint8Array([137, 80, 78, 71])], 'face.png', { type: 'image/png' });
    upload(fieldControl('facial_image'), photo);

    const preview = await screen.findByRole('img', { name: 'Preview of the facial image' });
    expect(preview.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
  });

  it('rejects a photo that is not an image', async () => {
    await renderPage();
    fireEvent.click(screen.getByTestId('draft-new'));
    const scan = new File(['%PDF'], 'scan.pdf', { type: 'application/pdf' });
    upload(fieldControl('facial_image'), scan);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('scan.pdf is not an image. Choose a JPEG or PNG file.');
  });
});
