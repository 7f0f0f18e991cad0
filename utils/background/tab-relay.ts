import type { ToBackgroundMessage, ToContentMessage } from '@/utils/messaging/messages';

type RelayMessage = Extract<ToBackgroundMessage, { type: 'relay-to-tab' }>;

/**
 * Sends a panel's message on to the content scripts of the panel's own tab
 * and returns their reply. Only a page of this extension inside that tab may
 * ask, never a content script, so a portal page cannot send commands through
 * here. Firefox gives the panel, an extension page inside the portal's
 * frame, no `tabs` API of its own.
 */
export function relayToTab(
  message: RelayMessage,
  sender: { tab?: { id?: number }; url?: string },
): Promise<unknown> | undefined {
  const tabId = sender.tab?.id;
  const extensionRoot = browser.runtime.getURL('/');
  if (tabId === undefined || !sender.url?.startsWith(extensionRoot)) return undefined;

  const content: ToContentMessage = message.message;
  const options = message.frameId === undefined ? undefined : { frameId: message.frameId };
  return browser.tabs.sendMessage(tabId, content, options);
}
