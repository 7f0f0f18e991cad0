import {
  PANEL_PORT_NAME,
  type ContentMessage,
  type ForwardedContentMessage,
} from '@/utils/messaging/messages';
import type { Runtime } from 'webextension-polyfill';

/**
 * Whether the panel reads each type of message content scripts send. The
 * record lists every type of ContentMessage, so the compiler rejects a new
 * type until it is added here.
 */
const FORWARDED: Record<ContentMessage['type'], boolean> = {
  'frame-scan': true,
  'value-update': true,
  'mapping-picked': true,
  'mapping-cancelled': true,
  'submission-checked': true,
  // Only the top frame's content script uses the counts, which the background passes on.
  'field-count': false,
};
const FORWARDED_TYPES = new Set(
  Object.entries(FORWARDED).flatMap(([type, forwarded]) => (forwarded ? [type] : [])),
);

/** Open panel ports by tab id. */
const portsByTab = new Map<number, Set<Runtime.Port>>();

function isExtensionPage(url: string | undefined): boolean {
  return url?.startsWith(browser.runtime.getURL('/')) ?? false;
}

/**
 * Keeps the ports of panels that get no content-script messages of their
 * own: Firefox sends a content script's `runtime.sendMessage` to the
 * background but not to an extension page inside a portal's frame. Only a
 * page of this extension inside a tab may connect.
 *
 * NOTE: the ports live in memory, which suits Firefox's persistent Manifest
 * V2 background page; the Chromium panel receives the messages itself.
 */
export function watchPanelPorts(): void {
  browser.runtime.onConnect.addListener((port) => {
    const tabId = port.sender?.tab?.id;
    if (port.name !== PANEL_PORT_NAME || tabId === undefined) return;
    if (port.sender?.id !== browser.runtime.id || !isExtensionPage(port.sender?.url)) {
      port.disconnect();
      return;
    }

    const ports = portsByTab.get(tabId) ?? new Set();
    ports.add(port);
    portsByTab.set(tabId, ports);
    port.onDisconnect.addListener(() => {
      ports.delete(port);
      if (ports.size === 0) portsByTab.delete(tabId);
    });
  });
}

/** Sends a content script's message on to the panels open in its tab. */
export function forwardToPanels(
  raw: unknown,
  sender: { tab?: { id?: number }; frameId?: number; url?: string },
): void {
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId === undefined || isExtensionPage(sender.url)) return;
  const type = (raw as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !FORWARDED_TYPES.has(type)) return;

  const forwarded: ForwardedContentMessage = {
    message: raw,
    frameId: sender.frameId,
    url: sender.url ?? '',
  };
  for (const port of portsByTab.get(tabId) ?? []) port.postMessage(forwarded);
}
