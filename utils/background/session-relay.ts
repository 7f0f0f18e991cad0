import { RELAYED_SESSION_KEYS, type SessionAreaMessage } from '@/utils/store/session-area';

const ALLOWED = new Set<string>(RELAYED_SESSION_KEYS);

/**
 * Reads or writes the relayed entries of `storage.session` for an
 * extension page that has no `storage.session` of its own, as the panel in
 * Firefox. Content scripts, whose sender URL is the portal's, get nothing.
 */
export function relaySessionArea(
  message: SessionAreaMessage,
  sender: { url?: string },
): Promise<unknown> | undefined {
  const extensionRoot = browser.runtime.getURL('/');
  if (!sender.url?.startsWith(extensionRoot)) return undefined;

  const keys = (message.keys ?? []).filter((key) => ALLOWED.has(key));
  switch (message.operation) {
    case 'get':
      return browser.storage.session.get(keys);
    case 'remove':
      return browser.storage.session.remove(keys).then(() => true);
    case 'set': {
      const items = Object.fromEntries(
        Object.entries(message.items ?? {}).filter(([key]) => ALLOWED.has(key)),
      );
      return browser.storage.session.set(items).then(() => true);
    }
    default:
      return undefined;
  }
}
