import type {
  ConfirmPanelTokenMessage,
  PanelTokenResponse,
} from '@/utils/messaging/panel-token-messages';

/** Returns the token in a URL fragment such as `#0f3a…`, or an empty string. */
export function readPanelToken(hash: string): string {
  return hash.startsWith('#') ? hash.slice(1) : hash;
}

/**
 * Asks the background whether this panel's token is the one Vigila's panel
 * host registered for this tab. Any failure counts as not confirmed.
 */
export async function confirmPanelToken(hash = location.hash): Promise<boolean> {
  const message: ConfirmPanelTokenMessage = {
    type: 'confirm-panel-token',
    token: readPanelToken(hash),
  };
  try {
    const response = (await browser.runtime.sendMessage(message)) as PanelTokenResponse | undefined;
    return response?.confirmed === true;
  } catch {
    return false;
  }
}
