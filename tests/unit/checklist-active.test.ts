import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CHECKLIST, type Checklist } from '@/utils/checklist';
import {
  notifyChecklistsChanged,
  readActiveChecklistId,
  resolveActiveChecklist,
  setActiveChecklistId,
  watchActiveChecklist,
} from '@/utils/checklist/active';
import { getDatabase } from '@/utils/store/db';
import { saveChecklist } from '@/utils/store/checklists';
import { resetStore } from './support/store';

beforeEach(resetStore);

function checklist(id: string, version = 1): Checklist {
  return {
    format: 'vigila-checklist',
    version,
    id,
    name: `Unit ${id}`,
    majorityAge: 18,
    majorityWarningMonths: 4,
    fields: { surname: { requirement: 'required', weight: 1 } },
    rules: {},
  };
}

describe('resolveActiveChecklist', () => {
  it('returns the default checklist without a choice', async () => {
    const active = await resolveActiveChecklist();
    expect(active.checklist).toBe(DEFAULT_CHECKLIST);
    expect(active.source).toBe('default');
    expect(active.missingId).toBeUndefined();
  });

  it('returns the checklist the user chose', async () => {
    await saveChecklist(checklist('unit-7', 3));
    await setActiveChecklistId('unit-7');
    const active = await resolveActiveChecklist();
    expect(active.source).toBe('user');
    expect(active.checklist.id).toBe('unit-7');
    expect(active.checklist.version).toBe(3);
  });

  it('falls back when the chosen checklist is gone', async () => {
    await setActiveChecklistId('deleted');
    const active = await resolveActiveChecklist();
    expect(active.checklist).toBe(DEFAULT_CHECKLIST);
    expect(active.missingId).toBe('deleted');
  });

  it('falls back when the chosen checklist is damaged', async () => {
    const database = await getDatabase();
    await database.put('checklists', { id: 'broken' } as never);
    await setActiveChecklistId('broken');
    const active = await resolveActiveChecklist();
    expect(active.source).toBe('default');
    expect(active.missingId).toBe('broken');
  });

  it('applies a checklist the policy forces over the user choice', async () => {
    await saveChecklist(checklist('mine'));
    await setActiveChecklistId('mine');
    const policy = { checklists: [checklist('org', 5)], enforcedChecklistId: 'org' };
    const active = await resolveActiveChecklist(policy);
    expect(active.source).toBe('policy');
    expect(active.checklist.id).toBe('org');
    expect(active.checklist.version).toBe(5);
  });

  it('applies the default checklist when the policy forces it', async () => {
    await saveChecklist(checklist('mine'));
    await setActiveChecklistId('mine');
    const active = await resolveActiveChecklist({ enforcedChecklistId: 'default' });
    expect(active.source).toBe('policy');
    expect(active.checklist.id).toBe('default');
    expect(active.missingId).toBeUndefined();
  });

  it('finds a forced checklist in the store', async () => {
    await saveChecklist(checklist('stored-org'));
    const active = await resolveActiveChecklist({ enforcedChecklistId: 'stored-org' });
    expect(active.source).toBe('policy');
    expect(active.checklist.id).toBe('stored-org');
  });

  it('reports a forced checklist that is missing', async () => {
    await saveChecklist(checklist('mine'));
    await setActiveChecklistId('mine');
    const active = await resolveActiveChecklist({ enforcedChecklistId: 'absent' });
    expect(active.source).toBe('user');
    expect(active.checklist.id).toBe('mine');
    expect(active.missingId).toBe('absent');
  });

  it('skips an invalid policy checklist', async () => {
    const invalid = { ...checklist('org'), majorityAge: -1 };
    const active = await resolveActiveChecklist({
      checklists: [invalid],
      enforcedChecklistId: 'org',
    });
    expect(active.source).toBe('default');
    expect(active.missingId).toBe('org');
  });

  it('lets the user choose a policy checklist that is not forced', async () => {
    await setActiveChecklistId('offered');
    const active = await resolveActiveChecklist({ checklists: [checklist('offered')] });
    expect(active.source).toBe('user');
    expect(active.checklist.id).toBe('offered');
  });
});

describe('active checklist setting', () => {
  it('clears the choice', async () => {
    await setActiveChecklistId('x');
    await setActiveChecklistId(undefined);
    expect(await readActiveChecklistId()).toBeUndefined();
  });

  it('tells watchers of a new choice', async () => {
    const listener = vi.fn();
    const stop = watchActiveChecklist(listener);
    await setActiveChecklistId('x');
    stop();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('tells watchers of a changed store', async () => {
    const listener = vi.fn();
    const stop = watchActiveChecklist(listener);
    await notifyChecklistsChanged();
    stop();
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
