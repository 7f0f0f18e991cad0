/**
 * The `storage.session` area as the drafts key needs it. Firefox gives the
 * panel, an extension page inside the portal's frame, no `storage.session`,
 * so there the area is reached through the background, which serves
 * extension pages only (`utils/background/session-relay.ts`).
 */

/**
 * Keys of `storage.session` that a page may reach through the background: the
 * drafts key and its last activity, and the alert report the panel passes to
 * the report page.
 */
export const RELAYED_SESSION_KEYS = ['draftKey', 'draftActivity', 'alertReport'] as const;

export interface SessionAreaMessage {
  type: 'session-area';
  operation: 'get' | 'set' | 'remove';
  keys?: string[];
  items?: Record<string, unknown>;
}

export interface SessionArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

const relayedArea: SessionArea = {
  async get(keys) {
    const message: SessionAreaMessage = { type: 'session-area', operation: 'get', keys };
    const values = (await browser.runtime.sendMessage(message)) as unknown;
    return values !== null && typeof values === 'object' ? (values as Record<string, unknown>) : {};
  },
  async set(items) {
    const message: SessionAreaMessage = { type: 'session-area', operation: 'set', items };
    await browser.runtime.sendMessage(message);
  },
  async remove(keys) {
    const message: SessionAreaMessage = { type: 'session-area', operation: 'remove', keys };
    await browser.runtime.sendMessage(message);
  },
};

/** Tells whether this context has a `storage.session` area of its own. */
export function hasOwnSessionArea(): boolean {
  return Boolean((browser.storage as { session?: unknown }).session);
}

/** Returns this context's `storage.session`, or the background's when it has none. */
export function sessionArea(): SessionArea {
  if (!hasOwnSessionArea()) return relayedArea;
  return browser.storage.session as unknown as SessionArea;
}
