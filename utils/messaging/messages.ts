import type { FieldWrite, FrameReport, PageValue, WriteOutcome } from './page-model';

/** Messages a content script sends with `runtime.sendMessage`. */
export type ContentMessage =
  | { type: 'frame-report'; report: FrameReport }
  | { type: 'value-update'; key: string; value: PageValue };

/**
 * Sent by the top frame's content script when it starts, because child frames
 * may have reported before it could listen.
 */
export type TopFrameReadyMessage = { type: 'top-frame-ready' };

/** Messages extension pages send to content scripts with `tabs.sendMessage`. */
export type ToContentMessage =
  | { type: 'request-report' }
  | { type: 'highlight'; key: string }
  | { type: 'fill'; writes: FieldWrite[] }
  | { type: 'toggle-panel' }
  | { type: 'set-panel-collapsed'; collapsed: boolean }
  | { type: 'frame-field-count'; frameId: number; count: number };

/** Messages extension pages send to the background. */
export type ToBackgroundMessage = { type: 'get-tab-id' };

export type FillResponse = { outcomes: WriteOutcome[] };

export const PANEL_PATH = '/panel.html';

/** Tells whether a message sender is this extension itself (a page or the worker). */
export function isExtensionSender(sender: { id?: string; url?: string }): boolean {
  if (sender.id !== browser.runtime.id) return false;
  const origin = new URL(browser.runtime.getURL('/')).origin;
  return sender.url === undefined || sender.url.startsWith(origin);
}
