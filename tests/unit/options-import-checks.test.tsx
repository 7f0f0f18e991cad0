import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChecklistsSection } from '@/components/options/ChecklistsSection';
import { ProfilesSection } from '@/components/options/ProfilesSection';
import { parseManagedPolicy } from '@/utils/policy/schema';
import { listChecklists } from '@/utils/store/checklists';
import { listProfiles } from '@/utils/store';
import { closeDatabase } from '@/utils/store/db';
import { useEnglishMessages } from './support/messages';

beforeEach(async () => {
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
  useEnglishMessages();
});

afterEach(cleanup);

const CHECKLIST = {
  format: 'vigila-checklist',
  version: 1,
  id: 'unit-7',
  name: 'Unit 7',
  fields: { surname: { requirement: 'required' } },
};

/** Returns the bytes of a JSON text with "Müller" in Latin-1, and the offset of ü. */
function latin1(
  prefix: string,
  suffix: string,
): { bytes: Uint8Array<ArrayBuffer>; offset: number } {
  const head = new TextEncoder().encode(`${prefix}M`);
  const tail = new TextEncoder().encode(`ller${suffix}`);
  return { bytes: new Uint8Array([...head, 0xfc, ...tail]), offset: head.length };
}

function upload(testId: string, file: File): void {
  const input = screen.getByTestId(testId) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

function textFile(name: string, text: string): File {
  return new File([text], name, { type: 'application/json' });
}

describe('checklist import checks', () => {
  async function importChecklist(file: File): Promise<HTMLElement[]> {
    render(<ChecklistsSection />);
    await screen.findByRole('heading', { name: 'Checklists' });
    upload('import-checklists', file);
    return screen.findAllByTestId('checklist-import-error');
  }

  it('rejects the reserved id default', async () => {
    const [error] = await importChecklist(
      textFile('default.json', JSON.stringify({ ...CHECKLIST, id: 'default' })),
    );
    expect(error.dataset.path).toBe('id');
    expect(error.textContent).toContain('reserved for the built-in checklist');
    expect(await listChecklists()).toEqual([]);
  });

  it('rejects a __proto__ key with its path', async () => {
    const text =
      '{"format":"vigila-checklist","version":1,"id":"unit-7","name":"Unit 7",' +
      '"rules":{"__proto__":{"severity":"off"}}}';
    const [error] = await importChecklist(textFile('proto.json', text));
    expect(error.dataset.path).toBe('rules.__proto__');
    expect(error.textContent).toContain('Remove the key "__proto__"');
    expect(await listChecklists()).toEqual([]);
  });

  it('rejects a Latin-1 file naming file and offset', async () => {
    const { bytes, offset } = latin1(
      '{"format":"vigila-checklist","version":1,"id":"a","name":"',
      '"}',
    );
    const [error] = await importChecklist(new File([bytes], 'latin1.json'));
    expect(error.textContent).toContain(
      `latin1.json is not valid UTF-8: the byte at offset ${offset}`,
    );
    expect(await listChecklists()).toEqual([]);
  });
});

describe('profile import checks', () => {
  it('rejects a Latin-1 file naming file and offset', async () => {
    render(<ProfilesSection />);
    await screen.findByTestId('import-profiles');
    const { bytes, offset } = latin1(
      '{"format":"vigila-profile","version":1,"id":"a","name":"',
      '"}',
    );
    upload('import-profiles', new File([bytes], 'latin1.json'));
    const [error] = await screen.findAllByTestId('profile-import-error');
    expect(error.textContent).toContain(
      `latin1.json is not valid UTF-8: the byte at offset ${offset}`,
    );
    expect(await listProfiles()).toEqual([]);
  });
});

describe('policy checklists', () => {
  it('rejects the reserved id default', () => {
    const reading = parseManagedPolicy({ checklists: [{ ...CHECKLIST, id: 'default' }] });
    expect(reading.policy.checklists).toEqual([]);
    expect(reading.errors.map((error) => error.path)).toEqual(['checklists[0].id']);
    expect(reading.errors[0].messageKey).toBe('checklist_error_reserved_id');
  });

  it('rejects a __proto__ key with its path', () => {
    const entry = JSON.parse(
      '{"format":"vigila-checklist","version":1,"id":"a","name":"A","fields":{"__proto__":{}}}',
    );
    const reading = parseManagedPolicy({ checklists: [entry] });
    expect(reading.errors.map((error) => error.path)).toEqual(['checklists[0].fields.__proto__']);
    expect(reading.errors[0].messageKey).toBe('checklist_error_reserved_key');
  });
});
