import type {
  FillControlMessage,
  OptionsResponse,
  UndoOutcome,
} from '@/utils/messaging/fill-messages';
import type { ToContentMessage } from '@/utils/messaging/messages';
import { sendToTab } from './tab-messaging';
import type { FieldWrite, WriteOutcome } from '@/utils/messaging/page-model';
import {
  parseFillResponse,
  parseOptionsResponse,
  parsePickerResponse,
  parseUndoResponse,
} from '@/utils/schema/fill-messages';

/**
 * The panel's fill requests to the content script of one frame of its tab.
 * Each response is checked before use, because it carries page data.
 */
export class FillConnection {
  constructor(private readonly tabId: number) {}

  /** Writes fields in a frame. Writes with the same `fillId` are undone together. */
  async fill(frameId: number, writes: FieldWrite[], fillId: string): Promise<WriteOutcome[]> {
    const response = await this.send(frameId, { type: 'fill', writes, fillId });
    return parseFillResponse(response, frameId);
  }

  async undo(frameId: number, fillId: string): Promise<UndoOutcome[]> {
    const response = await this.send(frameId, { type: 'undo-fill', fillId });
    return parseUndoResponse(response, frameId);
  }

  /** Waits until a select's options differ from `known`, at most `timeoutMs`. */
  async awaitOptions(
    frameId: number,
    key: string,
    known: string,
    timeoutMs: number,
  ): Promise<OptionsResponse> {
    const message: FillControlMessage = { type: 'await-options', key, known, timeoutMs };
    return parseOptionsResponse(await this.send(frameId, message).catch(() => undefined));
  }

  /** Focuses the button of the page's own date picker beside a control, or returns false. */
  async focusPicker(frameId: number, key: string): Promise<boolean> {
    const response = await this.send(frameId, { type: 'focus-picker', key }).catch(() => undefined);
    return parsePickerResponse(response);
  }

  private send(frameId: number, message: ToContentMessage): Promise<unknown> {
    return sendToTab(this.tabId, message, frameId);
  }
}
