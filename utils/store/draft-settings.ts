import { applyDraftSettingsPolicy } from '../policy/apply';
import { readManagedPolicy } from '../policy/read';
import { z } from '../schema/zod';
import { IDLE_MINUTES_RANGE, RETENTION_DAYS_RANGE } from './draft-limits';

export { IDLE_MINUTES_RANGE, RETENTION_DAYS_RANGE } from './draft-limits';

/** How long drafts stay unlocked and how long they are kept, in `storage.local`. */
export interface DraftSettings {
  /** Minutes without activity in any Vigila page before the drafts lock. */
  idleMinutes: number;
  /** Days after a draft's last use (or last save) before it is deleted. */
  retentionDays: number;
}

export const DEFAULT_DRAFT_SETTINGS: DraftSettings = { idleMinutes: 15, retentionDays: 30 };

const SETTINGS_KEY = 'draftSettings';

const settingsSchema = z.object({
  idleMinutes: z.int().min(IDLE_MINUTES_RANGE.min).max(IDLE_MINUTES_RANGE.max),
  retentionDays: z.int().min(RETENTION_DAYS_RANGE.min).max(RETENTION_DAYS_RANGE.max),
});

/** Reads the user's own settings. A missing or invalid stored value gives the defaults. */
export async function readStoredDraftSettings(): Promise<DraftSettings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  const result = settingsSchema.safeParse(stored[SETTINGS_KEY]);
  return result.success ? result.data : { ...DEFAULT_DRAFT_SETTINGS };
}

/**
 * Reads the settings in force: the user's, with the organisation's
 * `autoLockMinutes` and `retentionDays` in their place where the policy sets them.
 */
export async function readDraftSettings(): Promise<DraftSettings> {
  const [stored, { policy }] = await Promise.all([readStoredDraftSettings(), readManagedPolicy()]);
  return applyDraftSettingsPolicy(stored, policy);
}

/** Stores the settings, or throws a RangeError naming the value out of range. */
export async function saveDraftSettings(settings: DraftSettings): Promise<void> {
  const result = settingsSchema.safeParse(settings);
  if (!result.success) {
    const path = result.error.issues[0]?.path.join('.') ?? 'settings';
    throw new RangeError(`Invalid draft setting ${path}: ${JSON.stringify(settings)}`);
  }
  await browser.storage.local.set({ [SETTINGS_KEY]: result.data });
}

/** Calls `listener` whenever the settings or the organisation's policy change. */
export function watchDraftSettings(listener: () => void): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if ((area === 'local' && SETTINGS_KEY in changes) || area === 'managed') listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
