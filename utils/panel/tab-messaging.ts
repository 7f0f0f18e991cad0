import type { ToBackgroundMessage, ToContentMessage } from '@/utils/messaging/messages';

/**
 * Sends a message to the content scripts of the panel's tab, or to one frame
 * of it. Firefox gives an extension page inside a portal's frame no `tabs`
 * API, so there the background sends the message on and returns the reply.
 */
export function sendToTab(
  tabId: number,
  message: ToContentMessage,
  frameId?: number,
): Promise<unknown> {
  if (browser.tabs?.sendMessage) {
    const options = frameId === undefined ? undefined : { frameId };
    return browser.tabs.sendMessage(tabId, message, options);
  }
  const relay: ToBackgroundMessage = { type: 'relay-to-tab', message, frameId };
  return browser.runtime.sendMessage(relay);
}
