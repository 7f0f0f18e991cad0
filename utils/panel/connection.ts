import type {
  ContentMessage,
  FillResponse,
  MappingPick,
  ToBackgroundMessage,
  ToContentMessage,
} from '@/utils/messaging/messages';
import type {
  FieldWrite,
  FrameReport,
  PageValue,
  WriteOutcome,
} from '@/utils/messaging/page-model';
import { parseContentMessage } from '@/utils/schema/messages';
import { sendToTab } from './tab-messaging';

export interface PanelListener {
  onReport(frameId: number, frameUrl: string, report: FrameReport): void;
  onValue(frameId: number, key: string, value: PageValue): void;
  /** The officer clicked a control in mapping mode. */
  onMappingPick?(frameId: number, frameUrl: string, pick: MappingPick): void;
  /** The officer pressed Escape on the page in mapping mode. */
  onMappingCancelled?(): void;
}

/**
 * The panel's link to the content scripts of the tab it sits in. Content
 * scripts broadcast to every extension page, so messages from other tabs are
 * dropped here, and each one is checked before use because page data arrives
 * through it.
 */
export class TabConnection {
  private constructor(readonly tabId: number) {}

  static async open(): Promise<TabConnection> {
    const request: ToBackgroundMessage = { type: 'get-tab-id' };
    const response = (await browser.runtime.sendMessage(request)) as { tabId: number | null };
    if (typeof response?.tabId !== 'number') {
      throw new Error('The panel is not inside a browser tab, so it has no page to check.');
    }
    return new TabConnection(response.tabId);
  }

  listen(listener: PanelListener): () => void {
    const onMessage = (
      raw: unknown,
      sender: { tab?: { id?: number }; frameId?: number; url?: string; id?: string },
    ) => {
      if (sender.id !== browser.runtime.id || sender.tab?.id !== this.tabId) return undefined;
      const message: ContentMessage | undefined = parseContentMessage(raw);
      if (!message || sender.frameId === undefined) return undefined;
      if (message.type === 'frame-report') {
        listener.onReport(sender.frameId, sender.url ?? '', message.report);
      } else if (message.type === 'value-update') {
        listener.onValue(sender.frameId, message.key, message.value);
      } else if (message.type === 'mapping-picked') {
        listener.onMappingPick?.(sender.frameId, sender.url ?? '', message.pick);
      } else {
        listener.onMappingCancelled?.();
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }

  requestReports(): void {
    this.send({ type: 'request-report' });
  }

  highlight(frameId: number, key: string): void {
    this.send({ type: 'highlight', key }, frameId);
  }

  setCollapsed(collapsed: boolean): void {
    this.send({ type: 'set-panel-collapsed', collapsed }, 0);
  }

  /** Starts or continues mapping mode in every frame; `fieldId` is the field to map next. */
  setMappingMode(fieldId: string | null): void {
    this.send({ type: 'mapping-mode', fieldId });
  }

  stopMapping(): void {
    this.send({ type: 'mapping-stop' });
  }

  /** Makes every frame fetch its portal profile again and scan with it. */
  reloadProfile(): void {
    this.send({ type: 'profile-changed' });
  }

  async fill(frameId: number, writes: FieldWrite[]): Promise<WriteOutcome[]> {
    const message: ToContentMessage = { type: 'fill', writes };
    const response = (await sendToTab(this.tabId, message, frameId)) as FillResponse | undefined;
    if (!response || !Array.isArray(response.outcomes)) {
      throw new Error(
        `The page frame ${frameId} did not respond to the fill request. Reload the portal page and fill again.`,
      );
    }
    return response.outcomes;
  }

  private send(message: ToContentMessage, frameId?: number): void {
    sendToTab(this.tabId, message, frameId).catch(() => {
      // The frame navigated away; its next report replaces what the panel holds.
    });
  }
}
