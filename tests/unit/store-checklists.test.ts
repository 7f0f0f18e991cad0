import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CHECKLIST, type Checklist } from '@/utils/checklist';
import { parseChecklistFile } from '@/utils/checklist/file';
import { getDatabase } from '@/utils/store/db';
import {
  deleteChecklist,
  exportChecklist,
  getChecklist,
  importChecklists,
  listChecklists,
  saveChecklist,
} from '@/utils/store/checklists';
import { failPutNumber, rejection, resetStore } from './support/store';

beforeEach(resetStore);

function checklist(id: string, extra: Partial<Checklist> = {}): Checklist {
  return {
    format: 'vigila-checklist',
    version: 1,
    id,
    name: `Unit ${id}`,
    majorityAge: 18,
    majorityWarningMonths: 4,
    fields: { surname: { requirement: 'required', weight: 3 } },
    rules: { photo_present: { severity: 'blocking', weight: 3 } },
    ...extra,
  };
}

describe('checklist store', () => {
  it('saves and reads a checklist', async () => {
    await saveChecklist(checklist('north', { version: 4 }));
    const stored = await getChecklist('north');
    expect(stored?.name).toBe('Unit north');
    expect(stored?.version).toBe(4);
    expect(typeof stored?.updatedAt).toBe('number');
  });

  it('returns undefined for an unknown id', async () => {
    expect(await getChecklist('nowhere')).toBeUndefined();
  });

  it('lists checklists by name', async () => {
    await saveChecklist(checklist('b', { name: 'Zeta' }));
    await saveChecklist(checklist('a', { name: 'Alpha' }));
    const names = (await listChecklists()).map((entry) => entry.checklist?.name);
    expect(names).toEqual(['Alpha', 'Zeta']);
  });

  it('rejects an invalid checklist naming its path', async () => {
    const invalid = checklist('bad', {
      fields: { surname: { requirement: 'required', weight: 500 } },
    });
    const error = await rejection(saveChecklist(invalid));
    expect(error.code).toBe('invalid');
    expect(error.message).toContain('fields.surname.weight');
    expect(await getChecklist('bad')).toBeUndefined();
  });

  it('deletes a checklist', async () => {
    await saveChecklist(checklist('gone'));
    await deleteChecklist('gone');
    expect(await getChecklist('gone')).toBeUndefined();
  });

  it('marks a damaged record in the list', async () => {
    const database = await getDatabase();
    await database.put('checklists', { id: 'broken', name: 3 } as never);
    const [entry] = await listChecklists();
    expect(entry.id).toBe('broken');
    expect(entry.checklist).toBeUndefined();
    expect(entry.error?.code).toBe('corrupt');
  });

  it('throws for a damaged record read by id', async () => {
    const database = await getDatabase();
    await database.put('checklists', { id: 'broken', name: 3 } as never);
    const error = await rejection(getChecklist('broken'));
    expect(error.message).toContain('Checklist "broken" is damaged');
  });

  it('exports a file without the store time', async () => {
    await saveChecklist(checklist('out', { version: 2 }));
    const parsed = JSON.parse(await exportChecklist('out'));
    expect(parsed.updatedAt).toBeUndefined();
    expect(parsed.version).toBe(2);
    expect(parseChecklistFile(JSON.stringify(parsed)).ok).toBe(true);
  });

  it('rejects exporting an unknown id', async () => {
    const error = await rejection(exportChecklist('nowhere'));
    expect(error.code).toBe('not-found');
  });

  it('exports the default checklist as a valid file', async () => {
    await saveChecklist({ ...DEFAULT_CHECKLIST, id: 'copy' });
    const parsed = parseChecklistFile(await exportChecklist('copy'));
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.checklists[0].name).toBe('Default checklist');
  });
});

describe('checklist import', () => {
  it('stores every checklist of a valid import', async () => {
    await importChecklists([checklist('one'), checklist('two')]);
    const ids = (await listChecklists()).map((entry) => entry.id);
    expect(ids).toEqual(['one', 'two']);
  });

  it('replaces a checklist with the same id', async () => {
    await saveChecklist(checklist('same', { name: 'Old' }));
    await importChecklists([checklist('same', { name: 'New', version: 3 })]);
    const stored = await getChecklist('same');
    expect(stored?.name).toBe('New');
    expect(stored?.version).toBe(3);
  });

  it('stores nothing when one item is invalid', async () => {
    const invalid = { ...checklist('two'), majorityAge: 99 };
    const error = await rejection(importChecklists([checklist('one'), invalid]));
    expect(error.code).toBe('invalid');
    expect(error.message).toContain('item 2');
    expect(error.message).toContain('majorityAge');
    expect(await listChecklists()).toEqual([]);
  });

  it('stores nothing when two items share an id', async () => {
    const error = await rejection(importChecklists([checklist('twin'), checklist('twin')]));
    expect(error.message).toContain('"twin" appears twice');
    expect(await listChecklists()).toEqual([]);
  });

  it('stores nothing when a write fails', async () => {
    await saveChecklist(checklist('kept', { name: 'Kept' }));
    failPutNumber(2);
    const error = await rejection(
      importChecklists([checklist('kept', { name: 'Changed' }), checklist('new')]),
    );
    expect(error.code).toBe('quota');
    expect((await getChecklist('kept'))?.name).toBe('Kept');
    expect(await getChecklist('new')).toBeUndefined();
  });
});

describe('parseChecklistFile', () => {
  it('reads one checklist', () => {
    const result = parseChecklistFile(JSON.stringify(checklist('single')));
    expect(result.ok && result.checklists.map((item) => item.id)).toEqual(['single']);
  });

  it('reads an array of checklists', () => {
    const result = parseChecklistFile(JSON.stringify([checklist('a'), checklist('b')]));
    expect(result.ok && result.checklists.map((item) => item.id)).toEqual(['a', 'b']);
  });

  it('names the path and value of an error in an array', () => {
    const bad = { ...checklist('b'), rules: { photo_present: { severity: 'fatal', weight: 1 } } };
    const result = parseChecklistFile(JSON.stringify([checklist('a'), bad]));
    if (result.ok) throw new Error('Expected the file to be invalid');
    expect(result.errors[0].path).toBe('1.rules.photo_present.severity');
    expect(result.errors[0].value).toBe('fatal');
    expect(result.errors[0].message).toBe(
      'Choose one of these severities: blocking, warning, info, off.',
    );
  });

  it('rejects invalid JSON', () => {
    const result = parseChecklistFile('{"format": ');
    if (result.ok) throw new Error('Expected the file to be invalid');
    expect(result.errors[0].message).toMatch(/^Invalid JSON/);
  });

  it('rejects an empty array', () => {
    const result = parseChecklistFile('[]');
    if (result.ok) throw new Error('Expected the file to be invalid');
    expect(result.errors[0].message).toBe('The file contains no checklists.');
  });

  it('rejects a repeated id', () => {
    const result = parseChecklistFile(JSON.stringify([checklist('a'), checklist('a')]));
    if (result.ok) throw new Error('Expected the file to be invalid');
    expect(result.errors[0].path).toBe('1.id');
  });
});
