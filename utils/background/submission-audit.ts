import type { AuditEntry } from '@/utils/schema/audit';
import { parseSubmissionCheck, parseVerdictMessage } from '@/utils/schema/enforcement';
import { appendAuditEntry } from '@/utils/store/audit';
import { AuditRateLimiter } from './audit-limit';

interface Sender {
  tab?: { id?: number; url?: string };
  frameId?: number;
  url?: string;
}

/**
 * Delay from a tab's first suppressed check to the entry that counts the
 * suppressed checks, in milliseconds. It is shorter than the 30 seconds a
 * Chromium service worker stays alive after its last event, so that the
 * entry is written before the worker stops.
 * NOTE: a worker stopped before the timer fires loses the count.
 */
const SUMMARY_DELAY_MS = 20_000;

const limiter = new AuditRateLimiter();
/** The last suppressed check of each tab, written with the count of the others. */
const lastSuppressed = new Map<number, AuditEntry>();
const summaryTimers = new Map<number, ReturnType<typeof setTimeout>>();

/**
 * Passes the panel's verdict on to every frame of the panel's tab. The
 * content scripts send no response, so the promise settles once every
 * frame's listener has returned.
 * NOTE: observed with Chromium 156, not checked in Firefox.
 */
export async function forwardVerdict(raw: unknown, sender: Sender): Promise<void> {
  const message = parseVerdictMessage(raw);
  const tabId = sender.tab?.id;
  if (!message || tabId === undefined) return;
  await browser.tabs.sendMessage(tabId, message).catch(() => {
    // The tab navigated away; the next page's panel sends its own verdict.
  });
}

/**
 * Returns the origin of the portal page: the tab's top page, else the
 * sending frame. Only the origin goes into the log, never a path or query.
 */
export function portalOrigin(sender: Sender): string | undefined {
  for (const url of [sender.tab?.url, sender.url]) {
    if (!url) continue;
    try {
      const parsed = new URL(url);
      if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.origin;
    } catch {
      // Not a URL; try the next one.
    }
  }
  return undefined;
}

/** Writes a content script's check at submission to the audit log. */
export async function recordSubmissionCheck(
  raw: unknown,
  sender: Sender,
  now = Date.now(),
): Promise<void> {
  const check = parseSubmissionCheck(raw);
  const origin = portalOrigin(sender);
  if (!check || !origin) {
    console.error(
      `[vigila] A submission check from tab ${sender.tab?.id} was not logged: ` +
        (check ? 'the page has no http(s) origin.' : 'the message is invalid.'),
    );
    return;
  }
  const { verdict } = check;
  const entry: AuditEntry = {
    at: now,
    origin,
    checklistId: verdict.checklistId,
    checklistVersion: verdict.checklistVersion,
    score: verdict.score,
    outcome: check.outcome,
    failedRules: verdict.failedRules as AuditEntry['failedRules'],
    missingFields: verdict.missingFields,
    ...(check.outcome === 'overridden' ? { overrideReason: check.overrideReason } : {}),
  };

  // A content script without a tab, as under test, counts as tab -1.
  const tabId = sender.tab?.id ?? -1;
  const key = { tabId, frameId: sender.frameId ?? 0, id: check.id, outcome: check.outcome };
  const decision = limiter.decide(key, now);
  if (decision === 'duplicate') return;
  if (decision === 'suppress') {
    lastSuppressed.set(tabId, entry);
    if (!summaryTimers.has(tabId)) {
      summaryTimers.set(
        tabId,
        setTimeout(() => void writeSuppressedSummary(tabId), SUMMARY_DELAY_MS),
      );
    }
    return;
  }
  await writeEntry(entry, tabId);
}

/** Writes the last suppressed check of a tab, with the number of the others. */
async function writeSuppressedSummary(tabId: number): Promise<void> {
  summaryTimers.delete(tabId);
  const entry = lastSuppressed.get(tabId);
  lastSuppressed.delete(tabId);
  const count = limiter.takeSuppressed(tabId);
  if (!entry || count === 0) return;
  console.warn(`[vigila] Tab ${tabId} passed the audit entry limit: ${count} checks in one entry.`);
  await writeEntry({ ...entry, ...(count > 1 ? { unloggedChecks: count - 1 } : {}) }, tabId);
}

/** Forgets the audit counts of a closed tab, after writing its suppressed checks. */
export function forgetAuditTab(tabId: number): void {
  const timer = summaryTimers.get(tabId);
  if (timer !== undefined) {
    clearTimeout(timer);
    void writeSuppressedSummary(tabId);
  }
  limiter.forget(tabId);
}

async function writeEntry(entry: AuditEntry, tabId: number): Promise<void> {
  try {
    await appendAuditEntry(entry);
  } catch (error) {
    // The store's message names the invalid paths, never their values.
    console.error(
      `[vigila] The audit log was not written for tab ${tabId}:`,
      (error as Error).message,
    );
  }
}
