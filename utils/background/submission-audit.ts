import type { AuditEntry } from '@/utils/schema/audit';
import { parseSubmissionCheck, parseVerdictMessage } from '@/utils/schema/enforcement';
import { appendAuditEntry } from '@/utils/store/audit';

interface Sender {
  tab?: { id?: number; url?: string };
  url?: string;
}

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
  try {
    await appendAuditEntry(entry);
  } catch (error) {
    // The store's message names the invalid paths, never their values.
    console.error(
      `[vigila] The audit log was not written for tab ${sender.tab?.id}:`,
      (error as Error).message,
    );
  }
}
