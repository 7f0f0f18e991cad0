import { z } from '../schema/zod';

/** How long drafts stay unlocked and how long they are kept, in `storage.local`. */
export interface DraftSettings {
  /** Minutes without activity in any Vigila page before the drafts lock. */
  idleMinutes: number;
  /** Days after a draft's last use (or last save) before it is deleted. */
  retentionDays: number;
}

export const DEFAULT_DRAFT_SETTINGS: DraftSettings = { idleMinutes: 15, retentionDays: 30 };

export const IDLE_MINUTES_RANGE = { min: 1, max: 480 } as const;
export const RETENTION_DAYS_RANGE = { min: 1, max: 365 } as const;

const SETTINGS_KEY = 'draftSettings';

const settingsSchema = z.object({
  idleMinutes: z.int().min(IDLE_MINUTES_RANGE.min).max(IDLE_MINUTES_RANGE.max),
  retentionDays: z.int().min(RETENTION_DAYS_RANGE.min).max(RETENTION_DAYS_RANGE.max),
});

/** Reads the settings. A missing or invalid stored value gives the defaults. */
export async function readDraftSettings(): Promise<DraftSettings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  const result = settingsSchema.safeParse(stored[SETTINGS_KEY]);
  return result.success ? result.data : { ...DEFAULT_DRAFT_SETTINGS };
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

/** Calls `listener` whenever the settings change in any extension context. */
export function watchDraftSettings(listener: () => void): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
