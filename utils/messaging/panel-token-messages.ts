/**
 * Messages that let the panel prove it was created by Vigila's panel host.
 * The host in the top frame registers a random token for its tab and puts it
 * in the fragment of the panel frame's URL. The panel shows nothing until the
 * background confirms that token for the panel's own tab, so a panel.html
 * that a page embeds itself does not work.
 */

/** Sent by the content script of a tab's top frame before it creates the panel frame. */
export interface RegisterPanelTokenMessage {
  type: 'register-panel-token';
  token: string;
}

/** Sent by the panel page; the background returns a `PanelTokenResponse`. */
export interface ConfirmPanelTokenMessage {
  type: 'confirm-panel-token';
  token: string;
}

export interface PanelTokenResponse {
  confirmed: boolean;
}

/** A token is 128 random bits as 32 lowercase hexadecimal digits. */
export const PANEL_TOKEN_PATTERN = /^[0-9a-f]{32}$/;

/** Creates a panel token from the browser's cryptographic random source. */
export function createPanelToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Tells whether `offered` is a well-formed token equal to the tab's `registered` one. */
export function isPanelTokenValid(registered: unknown, offered: unknown): boolean {
  return (
    typeof registered === 'string' &&
    typeof offered === 'string' &&
    PANEL_TOKEN_PATTERN.test(offered) &&
    registered === offered
  );
}
