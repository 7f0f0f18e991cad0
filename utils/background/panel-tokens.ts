import {
  PANEL_TOKEN_PATTERN,
  isPanelTokenValid,
  type ConfirmPanelTokenMessage,
  type PanelTokenResponse,
  type RegisterPanelTokenMessage,
} from '@/utils/messaging/panel-token-messages';

interface Sender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}

/**
 * Key of a tab's panel token in `storage.session`, which outlives a stopped
 * service worker and which content scripts cannot read.
 */
function tokenKey(tabId: number): string {
  return `panelToken:${tabId}`;
}

function isExtensionPage(url: string | undefined): boolean {
  return url?.startsWith(browser.runtime.getURL('/')) ?? false;
}

/**
 * Stores the panel token of a tab. Only the content script of the tab's top
 * frame may register one, because only that frame hosts the panel. A new
 * token replaces the tab's last one.
 */
export async function registerPanelToken(
  message: RegisterPanelTokenMessage,
  sender: Sender,
): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId !== 0 || isExtensionPage(sender.url)) return false;
  if (!PANEL_TOKEN_PATTERN.test(String(message.token))) return false;
  await browser.storage.session.set({ [tokenKey(tabId)]: message.token });
  return true;
}

/** Confirms a panel page's token against the one registered for the panel's own tab. */
export async function confirmPanelToken(
  message: ConfirmPanelTokenMessage,
  sender: Sender,
): Promise<PanelTokenResponse> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || !isExtensionPage(sender.url)) return { confirmed: false };
  const key = tokenKey(tabId);
  const stored = await browser.storage.session.get(key);
  return { confirmed: isPanelTokenValid(stored[key], message.token) };
}

/** Removes the panel token of a closed tab. */
export function forgetPanelToken(tabId: number): void {
  browser.storage.session.remove(tokenKey(tabId)).catch(() => {
    // The next registration for a tab with this id replaces the token anyway.
  });
}
