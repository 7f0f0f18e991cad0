import { auditEntrySchema, type AuditEntry, type StoredAuditEntry } from '../schema/audit';
import { getDatabase } from './db';
import { StoreError, toStoreError } from './errors';

/**
 * Appends one check at submission to the audit log. The entry is validated
 * first, so that a value outside the schema (a field value passed by mistake
 * as a reason, say) can never be written.
 */
export async function appendAuditEntry(entry: AuditEntry): Promise<StoredAuditEntry> {
  const result = auditEntrySchema.safeParse(entry);
  if (!result.success) {
    const paths = result.error.issues.map((issue) => issue.path.join('.') || 'the entry');
    throw new StoreError(
      'invalid',
      `The audit entry was not written: invalid ${paths.join(', ')}.`,
    );
  }
  try {
    const database = await getDatabase();
    // The store assigns `id` on insert.
    const id = await database.add('audit', result.data as StoredAuditEntry);
    return { ...result.data, id };
  } catch (error) {
    throw toStoreError(error, 'write the audit log');
  }
}

/** Lists the audit log, oldest first, optionally from `since` (epoch ms) on. */
export async function listAuditEntries(since?: number): Promise<StoredAuditEntry[]> {
  const database = await getDatabase();
  const range = since === undefined ? undefined : IDBKeyRange.lowerBound(since);
  const values = await database.getAllFromIndex('audit', 'at', range);
  return values.filter((value) => auditEntrySchema.safeParse(stripId(value)).success);
}

/** Deletes every entry of the audit log. */
export async function clearAuditLog(): Promise<void> {
  try {
    const database = await getDatabase();
    await database.clear('audit');
  } catch (error) {
    throw toStoreError(error, 'clear the audit log');
  }
}

function stripId(value: StoredAuditEntry): AuditEntry {
  const { id: _id, ...entry } = value;
  return entry;
}
