import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '@/utils/schema/audit';
import { appendAuditEntry, clearAuditLog, listAuditEntries } from '@/utils/store/audit';
import { closeDatabase, MIGRATIONS, openDatabase } from '@/utils/store/db';
import { StoreError } from '@/utils/store/errors';

beforeEach(async () => {
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
});

function entry(extra: Partial<AuditEntry> = {}): AuditEntry {
  return {
    at: 1_700_000_000_000,
    origin: 'https://portal.example',
    checklistId: 'default',
    checklistVersion: 1,
    score: 72.5,
    outcome: 'overridden',
    failedRules: ['photo_present'],
    missingFields: ['facial_image'],
    overrideReason: 'Photo held by the centre, sent tomorrow',
    ...extra,
  };
}

describe('audit log', () => {
  it('lists entries oldest first', async () => {
    await appendAuditEntry(entry({ at: 3 }));
    await appendAuditEntry(entry({ at: 1, outcome: 'passed', overrideReason: undefined }));
    const entries = await listAuditEntries();
    expect(entries.map((item) => item.at)).toEqual([1, 3]);
    expect(entries.every((item) => typeof item.id === 'number')).toBe(true);
  });

  it('lists entries since a time', async () => {
    await appendAuditEntry(entry({ at: 10 }));
    await appendAuditEntry(entry({ at: 20 }));
    expect((await listAuditEntries(15)).map((item) => item.at)).toEqual([20]);
  });

  it('rejects unknown keys and writes nothing', async () => {
    const withValue = { ...entry(), surname: 'AHMADI' } as AuditEntry;
    await expect(appendAuditEntry(withValue)).rejects.toBeInstanceOf(StoreError);
    await expect(appendAuditEntry(withValue)).rejects.toThrow(/invalid/);
    expect(await listAuditEntries()).toEqual([]);
  });

  it('rejects an unknown rule id', async () => {
    const bad = entry({ failedRules: ['no_such_rule' as never] });
    await expect(appendAuditEntry(bad)).rejects.toThrow(/failedRules\.0/);
  });

  it('clears the log', async () => {
    await appendAuditEntry(entry());
    await clearAuditLog();
    expect(await listAuditEntries()).toEqual([]);
  });

  it('upgrades version 2 keeping drafts', async () => {
    const old = await openDatabase('vigila', MIGRATIONS.slice(0, 2));
    await old.put('drafts', { id: 'a', updatedAt: 1 } as never);
    old.close();
    await appendAuditEntry(entry());
    const upgraded = await openDatabase('vigila');
    expect(await upgraded.get('drafts', 'a')).toMatchObject({ id: 'a' });
    expect(await upgraded.count('audit')).toBe(1);
    upgraded.close();
  });
});
