import type { ResumeResponse, SubmissionCheck } from '@/utils/messaging/enforcement-messages';
import type { Verdict } from '@/utils/enforcement/verdict';
import {
  PANEL_PORT_NAME,
  type ContentMessage,
  type ForwardedContentMessage,
  type FillResponse,
  type MappingPick,
  type ToBackgroundMessage,
  type ToContentMessage,
} from '@/utils/messaging/messages';
import type {
  FieldWrite,
  FrameReport,
  PageValue,
  WriteOutcome,
} from '@/utils/messaging/page-model';
import { parseContentMessage } from '@/utils/schema/messages';
import { classifyFrameReport } from '@/utils/detect/classify-report';
import { type FrameScanReport, ScanChunkJoiner } from '@/utils/messaging/scan-chunks';
import { sendToTab } from './tab-messaging';
import { listenToValuePort } from './value-port';

/**
 * Name of the performance measure of each classification of a frame scan in
 * the panel, read by `npm run bench` beside the page's `vigila-scan`.
 */
const CLASSIFY_MEASURE = 'vigila-classify';

type MessageSender = { tab?: { id?: number }; frameId?: number; url?: string; id?: string };

export interface PanelListener {
  onReport?(frameId: number, frameUrl: string, report: FrameReport): void;
  onValue?(frameId: number, key: string, value: PageValue): void;
  /** The officer clicked a control in mapping mode. */
  onMappingPick?(frameId: number, frameUrl: string, pick: MappingPick): void;
  /** The officer pressed Escape on the page in mapping mode. */
  onMappingCancelled?(): void;
  /** A frame checked a submission in enforcing mode. */
  onSubmissionChecked?(frameId: number, check: SubmissionCheck): void;
}

/** Classifies a frame scan into the frame report the panel shows, and measures how long it took. */
function classify(scanned: FrameScanReport): FrameReport {
  const started = performance.now();
  const { report } = classifyFrameReport(scanned);
  // The panel's timeline gets the duration only, for the benchmark; it carries no page data.
  performance.measure(CLASSIFY_MEASURE, { start: started, end: performance.now() });
  return report;
}

/**
 * The panel's link to the content scripts of the tab it sits in. Content
 * scripts broadcast to every extension page, so messages from other tabs are
 * dropped here, and each one is checked before use because page data arrives
 * through it. A frame sends its controls unclassified, and the panel
 * classifies them here, off the page's main thread.
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
    const joiner = new ScanChunkJoiner();
    const onMessage = (raw: unknown, sender: MessageSender): undefined => {
      if (sender.id !== browser.runtime.id || sender.tab?.id !== this.tabId) return undefined;
      const message: ContentMessage | undefined = parseContentMessage(raw);
      if (!message || sender.frameId === undefined) return undefined;
      if (message.type === 'frame-scan') {
        // A listener without onReport, such as the profile editor's, needs no classification.
        if (!listener.onReport) return undefined;
        const scanned = joiner.add(String(sender.frameId), message.chunk);
        if (scanned) listener.onReport(sender.frameId, sender.url ?? '', classify(scanned));
      } else if (message.type === 'value-update') {
        listener.onValue?.(sender.frameId, message.key, message.value);
      } else if (message.type === 'mapping-picked') {
        listener.onMappingPick?.(sender.frameId, sender.url ?? '', message.pick);
      } else if (message.type === 'submission-checked') {
        listener.onSubmissionChecked?.(sender.frameId, message.check);
      } else if (message.type === 'mapping-cancelled') {
        listener.onMappingCancelled?.();
      }
      return undefined;
    };
    const stopPort = listener.onValue ? this.listenToTopFramePort(onMessage) : undefined;
    if (!browser.tabs?.sendMessage) {
      const stopBackground = this.listenThroughBackground(onMessage);
      return () => {
        stopPort?.();
        stopBackground();
      };
    }
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      stopPort?.();
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }

  /**
   * Receives the value updates that the top frame's content script sends on
   * its direct port (see utils/messaging/value-port.ts). The port carries
   * nothing else, so any other message on it is dropped.
   */
  private listenToTopFramePort(
    onMessage: (raw: unknown, sender: MessageSender) => undefined,
  ): () => void {
    const sender: MessageSender = { id: browser.runtime.id, tab: { id: this.tabId }, frameId: 0 };
    return listenToValuePort((raw) => {
      if ((raw as { type?: unknown } | null)?.type !== 'value-update') return;
      onMessage(raw, sender);
    });
  }

  /**
   * Receives the content scripts' messages from the background through a
   * port. Firefox gives the panel, an extension page inside the portal's
   * frame, neither the `tabs` API nor the content scripts' messages.
   */
  private listenThroughBackground(
    onMessage: (raw: unknown, sender: MessageSender) => undefined,
  ): () => void {
    const port = browser.runtime.connect({ name: PANEL_PORT_NAME });
    port.onMessage.addListener((forwarded: unknown) => {
      const { message, frameId, url } = forwarded as ForwardedContentMessage;
      if (typeof frameId !== 'number' || typeof url !== 'string') return;
      // The background sends only this tab's messages, so the sender is rebuilt from the tab id.
      onMessage(message, { id: browser.runtime.id, tab: { id: this.tabId }, frameId, url });
    });
    return () => port.disconnect();
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

  /** Sends the verdict through the background, which passes it to every frame of this tab. */
  async sendVerdict(verdict: Verdict): Promise<void> {
    const message: ToBackgroundMessage = { type: 'submission-verdict', verdict };
    await browser.runtime.sendMessage(message);
  }

  /** Opens the panel on the page, even when the officer hid it. */
  showPanel(): void {
    this.send({ type: 'show-panel' }, 0);
  }

  /** Asks a frame to send its stopped submission on, once. */
  async resumeSubmission(frameId: number, id: string, reason: string): Promise<ResumeResponse> {
    const message: ToContentMessage = { type: 'resume-submission', id, reason };
    // sendToTab goes through the background in Firefox, whose panel has no `tabs` API.
    const response = (await sendToTab(this.tabId, message, frameId)) as ResumeResponse | undefined;
    return response ?? { resumed: false, reason: 'not-pending' };
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
