import { lockIfIdle, restrictSessionStorage } from '@/utils/store/keyring';
import { deleteExpiredDrafts } from '@/utils/store/retention';

/**
 * Alarms of the drafts store. The service worker stops when idle, so the
 * checks run on `browser.alarms`, which wake it, and keep no state of their own.
 */

const LOCK_ALARM = 'drafts-lock-check';
const RETENTION_ALARM = 'drafts-retention';

/** Periods of the idle check and of the retention check, in minutes. */
const LOCK_CHECK_MINUTES = 1;
const RETENTION_CHECK_MINUTES = 60;

function warn(task: string, error: unknown): void {
  // The name only: a message could quote stored values.
  const name = error instanceof Error ? error.name : 'unknown error';
  console.warn(`[vigila] ${task} failed (${name})`);
}

function checkIdle(): void {
  lockIfIdle().catch((error: unknown) => warn('locking idle drafts', error));
}

function deleteExpired(): void {
  deleteExpiredDrafts().catch((error: unknown) => warn('deleting expired drafts', error));
}

async function ensureAlarm(name: string, periodInMinutes: number): Promise<void> {
  if (await browser.alarms.get(name)) return;
  browser.alarms.create(name, { delayInMinutes: periodInMinutes, periodInMinutes });
}

/**
 * Registers the listeners of the drafts alarms. Call it synchronously when the
 * service worker starts, because an alarm that wakes the worker is delivered
 * only to listeners added before the first await.
 */
export function watchDraftAlarms(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === LOCK_ALARM) checkIdle();
    if (alarm.name === RETENTION_ALARM) deleteExpired();
  });
  browser.runtime.onStartup.addListener(deleteExpired);
  browser.runtime.onInstalled.addListener(deleteExpired);

  Promise.all([
    ensureAlarm(LOCK_ALARM, LOCK_CHECK_MINUTES),
    ensureAlarm(RETENTION_ALARM, RETENTION_CHECK_MINUTES),
    restrictSessionStorage(),
  ]).catch((error: unknown) => warn('scheduling the drafts alarms', error));
  checkIdle();
}
