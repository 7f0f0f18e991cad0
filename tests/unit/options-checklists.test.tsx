import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChecklistsSection } from '@/components/options/ChecklistsSection';
import { readActiveChecklistId } from '@/utils/checklist/active';
import type { Checklist } from '@/utils/checklist';
import { getChecklist, listChecklists, saveChecklist } from '@/utils/store/checklists';
import { resetStore } from './support/store';

beforeEach(resetStore);
afterEach(cleanup);

const UNIT: Checklist = {
  format: 'vigila-checklist',
  version: 4,
  id: 'unit-7',
  name: 'Unit 7',
  majorityAge: 18,
  majorityWarningMonths: 4,
  fields: { surname: { requirement: 'required', weight: 3 } },
  rules: { photo_present: { severity: 'blocking', weight: 3 } },
};

async function renderSection(): Promise<void> {
  render(<ChecklistsSection />);
  await screen.findByRole('heading', { name: 'Checklists' });
}

function item(id: string): HTMLElement {
  const found = screen
    .getAllByTestId('checklist-item')
    .find((element) => element.dataset.checklistId === id);
  if (!found) throw new Error(`No checklist item "${id}" is listed`);
  return found;
}

function upload(content: unknown): void {
  const file = new File([JSON.stringify(content)], 'unit.json', { type: 'application/json' });
  const input = screen.getByTestId('import-checklists') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

function fieldRow(fieldId: string): HTMLElement {
  return screen
    .getAllByTestId('checklist-field-row')
    .find((row) => row.dataset.fieldId === fieldId)!;
}

describe('options checklists section', () => {
  it('marks the default checklist active at first', async () => {
    await renderSection();
    expect(item('default').dataset.active).toBe('true');
  });

  it('saves an edit as the next version', async () => {
    await saveChecklist(UNIT);
    await renderSection();
    await waitFor(() => item('unit-7'));
    fireEvent.click(within(item('unit-7')).getByTestId('checklist-edit'));
    const requirement = within(fieldRow('forenames')).getByTestId('checklist-field-requirement');
    fireEvent.change(requirement, { target: { value: 'required' } });
    fireEvent.click(screen.getByTestId('checklist-save'));

    await screen.findByText('Saved “Unit 7” as version 5.');
    const stored = await getChecklist('unit-7');
    expect(stored?.version).toBe(5);
    expect(stored?.fields.forenames?.requirement).toBe('required');
  });

  it('keeps an invalid weight out of the store', async () => {
    await saveChecklist(UNIT);
    await renderSection();
    await waitFor(() => item('unit-7'));
    fireEvent.click(within(item('unit-7')).getByTestId('checklist-edit'));
    const weight = within(fieldRow('surname')).getByTestId('checklist-field-weight');
    fireEvent.input(weight, { target: { value: '250' } });
    fireEvent.click(screen.getByTestId('checklist-save'));

    const error = await screen.findByTestId('checklist-edit-error');
    expect(error.dataset.path).toBe('fields.surname.weight');
    expect(error.textContent).toContain('Enter the weight as a number from 0 to 100.');
    expect((await getChecklist('unit-7'))?.version).toBe(4);
  });

  it('creates a checklist from the default', async () => {
    await renderSection();
    fireEvent.click(within(item('default')).getByTestId('checklist-duplicate'));
    await screen.findByTestId('checklist-editor');
    const [entry] = await listChecklists();
    expect(entry.checklist?.name).toBe('New checklist');
    expect(entry.checklist?.version).toBe(1);
    expect(entry.checklist?.fields.surname?.requirement).toBe('required');
  });

  it('makes a checklist active', async () => {
    await saveChecklist(UNIT);
    await renderSection();
    await waitFor(() => item('unit-7'));
    fireEvent.click(within(item('unit-7')).getByTestId('checklist-activate'));
    await waitFor(() => expect(item('unit-7').dataset.active).toBe('true'));
    expect(await readActiveChecklistId()).toBe('unit-7');
  });

  it('deletes only after confirmation', async () => {
    await saveChecklist(UNIT);
    await renderSection();
    await waitFor(() => item('unit-7'));
    fireEvent.click(within(item('unit-7')).getByTestId('checklist-delete'));
    expect(await getChecklist('unit-7')).toBeDefined();
    fireEvent.click(screen.getByTestId('checklist-delete-confirm'));
    await screen.findByText('Deleted the checklist “Unit 7”.');
    expect(await getChecklist('unit-7')).toBeUndefined();
  });

  it('imports a valid file', async () => {
    await renderSection();
    upload(UNIT);
    await screen.findByText('Imported 1 checklists.');
    expect((await getChecklist('unit-7'))?.name).toBe('Unit 7');
  });

  it('lists import errors with path and value and stores nothing', async () => {
    await renderSection();
    upload([UNIT, { ...UNIT, id: 'unit-8', majorityAge: 40 }]);
    const error = await screen.findByTestId('checklist-import-error');
    expect(error.dataset.path).toBe('1.majorityAge');
    expect(error.dataset.value).toBe('40');
    expect(error.textContent).toContain(
      'Enter the age of majority as a whole number from 0 to 25.',
    );
    expect(await listChecklists()).toEqual([]);
  });

  it('shows the checklist a policy forces, and no Make active', async () => {
    await saveChecklist(UNIT);
    const org = { ...UNIT, id: 'org', name: 'National standard', version: 2 };
    render(<ChecklistsSection policy={{ checklists: [org], enforcedChecklistId: 'org' }} />);
    await waitFor(() => item('unit-7'));
    expect(screen.getByTestId('managed-lock').dataset.setting).toBe('enforcedChecklistId');
    expect(screen.getByTestId('checklist-policy-enforced').textContent).toContain(
      'National standard',
    );
    expect(item('org').dataset.active).toBe('true');
    expect(item('default').dataset.active).toBe('false');
    expect(screen.queryAllByTestId('checklist-activate')).toEqual([]);
    expect(within(item('org')).queryByTestId('checklist-edit')).toBeNull();
    expect(within(item('org')).queryByTestId('checklist-delete')).toBeNull();
  });

  it('lets the user activate a policy checklist that is not forced', async () => {
    const org = { ...UNIT, id: 'org', name: 'National standard' };
    render(<ChecklistsSection policy={{ checklists: [org] }} />);
    await waitFor(() => item('org'));
    expect(screen.queryByTestId('managed-lock')).toBeNull();
    fireEvent.click(within(item('org')).getByTestId('checklist-activate'));
    await waitFor(async () => expect(await readActiveChecklistId()).toBe('org'));
    await waitFor(() => expect(item('org').dataset.active).toBe('true'));
  });
});
