/**
 * Limits the audit entries that the content scripts of one tab can cause, so
 * that a page that dispatches the submission guard's check event in a loop
 * cannot fill the supervisor's view. Pure logic: the caller passes the time.
 */

/** Maximum audit entries written one by one per tab in one window. */
export const MAX_ENTRIES_PER_WINDOW = 10;
/** Length of a tab's counting window, in milliseconds. */
export const ENTRY_WINDOW_MS = 60_000;
/** Number of check keys remembered per tab to drop a check sent twice. */
const REMEMBERED_KEYS = 50;

/** The decision about one check from a tab. */
export type AuditDecision =
  /** The check was logged before under the same frame, id and outcome. */
  | 'duplicate'
  | 'write'
  /** The tab passed its limit: count the check instead of writing it. */
  | 'suppress';

interface TabWindow {
  start: number;
  written: number;
  suppressed: number;
  keys: string[];
}

export interface CheckKey {
  tabId: number;
  frameId: number;
  /** The content script's id of the submission. */
  id: string;
  outcome: string;
}

export class AuditRateLimiter {
  private readonly tabs = new Map<number, TabWindow>();

  constructor(
    private readonly maxEntries = MAX_ENTRIES_PER_WINDOW,
    private readonly windowMs = ENTRY_WINDOW_MS,
  ) {}

  /**
   * Decides about one check at `now` (epoch ms) and counts it. A new window
   * starts once the last one is `windowMs` old; checks suppressed in the old
   * window stay counted until `takeSuppressed` reads them.
   */
  decide(check: CheckKey, now: number): AuditDecision {
    const tab = this.tabs.get(check.tabId) ?? {
      start: now,
      written: 0,
      suppressed: 0,
      keys: [],
    };
    this.tabs.set(check.tabId, tab);

    const key = `${check.frameId}:${check.id}:${check.outcome}`;
    if (tab.keys.includes(key)) return 'duplicate';
    tab.keys.push(key);
    if (tab.keys.length > REMEMBERED_KEYS) tab.keys.shift();

    if (now - tab.start >= this.windowMs) {
      tab.start = now;
      tab.written = 0;
    }
    if (tab.written < this.maxEntries) {
      tab.written += 1;
      return 'write';
    }
    tab.suppressed += 1;
    return 'suppress';
  }

  /** Returns the number of checks suppressed in a tab since the last call, and resets it. */
  takeSuppressed(tabId: number): number {
    const tab = this.tabs.get(tabId);
    if (!tab) return 0;
    const count = tab.suppressed;
    tab.suppressed = 0;
    return count;
  }

  /** Forgets a closed tab. */
  forget(tabId: number): void {
    this.tabs.delete(tabId);
  }
}
