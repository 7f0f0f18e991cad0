import { getDatabase } from './db';
import { readDraftSettings } from './draft-settings';

/**
 * Retention of drafts. It reads only the times a record keeps in plain form,
 * so it runs while the drafts are locked, in the service worker too.
 */

const DAY_MS = 86_400_000;

/**
 * Time a draft marked "delete after the alert is entered" stays after it
 * fills an alert, so that the officer can fill again when the portal loses
 * the entry, in milliseconds.
 */
export const DELETE_AFTER_USE_DELAY_MS = 60 * 60_000;

/**
 * Returns when retention deletes a record: `retentionDays` after its last use
 * (`lastUsedAt`, or `updatedAt` for a draft never used), or at its `deleteAt`
 * when that is earlier. Returns undefined for a record without readable
 * times, which stays until the officer deletes it.
 */
export function expiryTime(value: unknown, retentionDays: number): number | undefined {
  const record = (value ?? {}) as { updatedAt?: unknown; lastUsedAt?: unknown; deleteAt?: unknown };
  const lastUse = typeof record.lastUsedAt === 'number' ? record.lastUsedAt : record.updatedAt;
  if (typeof lastUse !== 'number') return undefined;

  const byRetention = lastUse + retentionDays * DAY_MS;
  return typeof record.deleteAt === 'number' ? Math.min(record.deleteAt, byRetention) : byRetention;
}

/**
 * Deletes every draft whose expiry time has passed, with its photo, in one
 * transaction, and returns how many drafts it deleted.
 */
export async function deleteExpiredDrafts(now = Date.now()): Promise<number> {
  const { retentionDays } = await readDraftSettings();
  const database = await getDatabase();
  const transaction = database.transaction(['drafts', 'photos'], 'readwrite');
  const photos = transaction.objectStore('photos');

  let deleted = 0;
  let cursor = await transaction.objectStore('drafts').openCursor();
  while (cursor) {
    const expiry = expiryTime(cursor.value, retentionDays);
    if (expiry !== undefined && expiry <= now) {
      await photos.delete(cursor.primaryKey);
      await cursor.delete();
      deleted += 1;
    }
    cursor = await cursor.continue();
  }
  await transaction.done;
  return deleted;
}
