import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { LabelCache } from '@/utils/detect/label-cache';
import { type PageScan, pageScanSteps } from '@/utils/detect/page-scan';
import { readPageValue } from '@/utils/detect/page-value';
import type { ContentMessage, FieldControls, FrameFieldsMessage } from '@/utils/messaging/messages';
import type { ControlKind, FrameScanSummary } from '@/utils/messaging/page-model';
import { chunkFrameScan } from '@/utils/messaging/scan-chunks';
import type { LocatedProfile } from '@/utils/profile/located';
import type { PortalProfile } from '@/utils/schema/profile';
import { closedShadowRootReader, currentFrameInfo } from './frame-info';
import { isOwnMutation } from './own-mutations';
import {
  locateProfile,
  selectorsForElement,
  type MappedControls,
  type ShadowRootReader,
} from './profile-locate';
import { runInSlices, yieldToPage } from './slices';

/**
 * Name of the performance measure of each scan, read by `npm run bench`. Its
 * duration is the time the scan ran, summed over its slices.
 */
const SCAN_MEASURE = 'vigila-scan';

/**
 * Name of the performance measure of each report's sends. Its duration is
 * the time `runtime.sendMessage` took to serialize the chunks, summed.
 */
const SEND_MEASURE = 'vigila-send';

/** Waits this long after the last DOM change before scanning again. */
const RESCAN_DELAY_MS = 150;
/** Scans at least this often while the page keeps changing. */
const RESCAN_MAX_WAIT_MS = 600;

/**
 * Attributes whose change may show, hide or lock a control, and so start a
 * rescan. `aria-disabled` locks an ARIA widget. Web components show their
 * content through their own styles when `opened` or `expanded` is set, as
 * Vaadin's `vaadin-details` does.
 */
const RESCAN_ATTRIBUTES = [
  'disabled',
  'readonly',
  'hidden',
  'style',
  'class',
  'type',
  'open',
  'opened',
  'expanded',
  'aria-disabled',
];

/**
 * Attributes that hold an ARIA widget's state. A change sends the widget's
 * value, as an `input` event does for a form control, and starts no rescan.
 */
const STATE_ATTRIBUTES = ['aria-checked', 'aria-pressed'];

function isStateMutation(record: MutationRecord): boolean {
  return record.type === 'attributes' && STATE_ATTRIBUTES.includes(record.attributeName ?? '');
}

/**
 * Scans one frame's document, keeps the scan current as the page changes,
 * and sends its controls to the extension, which classifies them. The
 * background sends back which controls hold catalogue fields.
 */
export class FrameScanner {
  private scan: PageScan | undefined;
  /** The portal profile's selectors, looked up in the latest scan's document. */
  private located: LocatedProfile | undefined;
  /** Each element of the latest scan's controls to its control key. */
  private keyByElement = new Map<Element, string>();
  /** Set while a scan runs; a scan requested meanwhile runs once it ends. */
  private scanning = false;
  private readonly labelCache = new LabelCache();
  private scanRequested = false;
  private revision = 0;
  /** The sends of earlier reports, which the next report's chunks wait for. */
  private sending: Promise<void> = Promise.resolve();
  private timer: number | undefined;
  private firstPendingChange: number | undefined;
  /** Keys of controls that a fill wrote into, to notice when the page replaces them. */
  private readonly filledKeys = new Set<string>();
  private readonly kindByKey = new Map<string, ControlKind>();
  private profile: PortalProfile | undefined;
  /** The classified entries of the latest scan that the background sent back. */
  private classified: FrameFieldsMessage | undefined;
  /** Keys of the controls of catalogue fields, from `classified`. */
  private fieldKeys = new Set<string>();
  /** The panel's direct port for value updates, in the top frame once the panel listens on it. */
  private panelPort: MessagePort | undefined;

  constructor(private readonly ctx: ContentScriptContext) {}

  start(): void {
    this.rescan();
    const observer = new MutationObserver((records) => {
      let changed = false;
      // A click on an ARIA radio changes two radios of the group, which report once.
      const stateTargets = new Set<Element>();
      for (const record of records) {
        if (isOwnMutation(record)) continue;
        if (isStateMutation(record)) {
          stateTargets.add(record.target as Element);
          continue;
        }
        this.labelCache.noteMutation(record);
        changed = true;
      }
      this.reportValues(stateTargets);
      if (changed) this.scheduleRescan();
    });
    observer.observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeOldValue: true,
      attributeFilter: [...RESCAN_ATTRIBUTES, ...STATE_ATTRIBUTES],
    });
    this.ctx.onInvalidated(() => observer.disconnect());

    const onValueEvent = (event: Event) => this.onValueEvent(event);
    const options = { capture: true, signal: this.ctx.signal };
    document.addEventListener('input', onValueEvent, options);
    document.addEventListener('change', onValueEvent, options);
  }

  /** Returns the elements of a control key from the latest scan. */
  elementsOf(key: string): Element[] | undefined {
    return this.scan?.elements.get(key);
  }

  /** Tells whether a form contains a control of a catalogue field from the latest classification. */
  holdsFieldIn(form: HTMLFormElement): boolean {
    for (const key of this.fieldKeys) {
      for (const element of this.scan?.elements.get(key) ?? []) {
        if ((element as HTMLInputElement).form === form || form.contains(element)) return true;
      }
    }
    return false;
  }

  /** Takes the background's classification of a scan, unless it is older than one it sent before. */
  setClassified(message: FrameFieldsMessage): void {
    if (this.classified && this.classified.revision > message.revision) return;
    this.classified = message;
    const fields = message.entries.filter((entry) => entry.isField);
    this.fieldKeys = new Set(fields.flatMap((entry) => entry.keys));
  }

  /**
   * Sends value updates on `port` from now on, or again with
   * `runtime.sendMessage` when `port` is undefined.
   */
  usePanelPort(port: MessagePort | undefined): void {
    if (this.panelPort !== port) this.panelPort?.close();
    this.panelPort = port;
  }

  markFilled(key: string): void {
    this.filledKeys.add(key);
  }

  /** Sets the portal profile that overrides detection, and scans again if scanning started. */
  setProfile(profile: PortalProfile | undefined): void {
    if (!profile && !this.profile) return;
    this.profile = profile;
    if (this.scan) this.rescan();
  }

  /** Returns the selectors of a control the officer clicked in mapping mode. */
  selectorsFor(element: Element): ReturnType<typeof selectorsForElement> {
    return selectorsForElement(element, this.mappedControls());
  }

  /**
   * Sends the whole scan again, for a panel that opened late. The scan goes
   * in chunks, each sent in its own task, after the chunks of earlier reports.
   */
  report(): void {
    if (!this.scan) return;
    const summary: FrameScanSummary = {
      lostKeys: this.collectLostKeys(),
      closedRootsUnread: this.scan.scan.closedRootsUnread,
    };
    if (this.scan.scan.lang !== undefined) summary.lang = this.scan.scan.lang;
    const frame = currentFrameInfo();
    if (frame.index !== undefined) summary.frameIndex = frame.index;
    if (this.located) summary.profile = this.located;

    const chunks = chunkFrameScan(++this.revision, this.scan.scan.units, summary);
    this.sending = this.sending.then(async () => {
      const started = performance.now();
      let busyMs = 0;
      for (const chunk of chunks) {
        // Each chunk is serialised in a task of its own, apart from the scan's indexing.
        await yieldToPage();
        if (this.ctx.isInvalid) return;
        const sendStarted = performance.now();
        this.send({ type: 'frame-scan', chunk });
        busyMs += performance.now() - sendStarted;
      }
      performance.measure(SEND_MEASURE, { start: started, duration: busyMs });
    });
  }

  /**
   * Sends the number of catalogue fields in the latest classified scan, for
   * a top frame that started listening after the classification arrived.
   * A scan that was sent but not classified is sent again, in case the
   * background lost it, as a restarted service worker does.
   */
  reportFieldCount(): void {
    if (!this.scan) return;
    if (this.classified?.revision !== this.revision) {
      this.report();
      return;
    }
    const count = this.classified.entries.filter((entry) => entry.isField).length;
    this.send({ type: 'field-count', count });
  }

  private rescan(): void {
    this.timer = undefined;
    this.firstPendingChange = undefined;
    if (this.scanning) {
      this.scanRequested = true;
      return;
    }
    this.scanning = true;
    void this.scanInSlices().finally(() => {
      this.scanning = false;
      if (this.scanRequested && !this.ctx.isInvalid) {
        this.scanRequested = false;
        this.rescan();
      }
    });
  }

  /**
   * Scans the document in slices that yield to the page, then reports. The
   * page may change between slices, and the MutationObserver then requests
   * another scan, which runs after this one.
   */
  private async scanInSlices(): Promise<void> {
    const started = performance.now();
    const readShadowRoot = closedShadowRootReader();
    const steps = pageScanSteps(document, {
      openClosedShadowRoot: readShadowRoot,
      labelCache: this.labelCache,
    });
    const run = await runInSlices(steps, { signal: this.ctx.signal });
    if (!run) return;
    // The last slice used up its task's share, so indexing the scan starts a new task.
    await yieldToPage();
    if (this.ctx.isInvalid) return;

    const profileStarted = performance.now();
    this.scan = run.result;
    this.located = this.locateProfile(run.result, readShadowRoot);
    const busyMs = run.busyMs + performance.now() - profileStarted;
    // The page's timeline gets the duration only, for the benchmark; it carries no page data.
    performance.measure(SCAN_MEASURE, { start: started, duration: busyMs });
    this.indexControls(this.scan, this.located);
    this.report();
  }

  /** Looks up the portal profile's selectors, adding the controls the scan skipped to its elements. */
  private locateProfile(
    scan: PageScan,
    readShadowRoot?: ShadowRootReader,
  ): LocatedProfile | undefined {
    if (!this.profile) return undefined;
    return locateProfile(this.profile, currentFrameInfo(), document, scan.elements, readShadowRoot);
  }

  private indexControls(scan: PageScan, located: LocatedProfile | undefined): void {
    this.kindByKey.clear();
    for (const unit of scan.scan.units) this.kindByKey.set(unit.info.key, unit.info.kind);
    for (const location of Object.values(located?.locations ?? {})) {
      const control = location.unscanned?.control;
      if (control) this.kindByKey.set(control.key, control.kind);
    }
    this.keyByElement = new Map();
    for (const [key, elements] of scan.elements) {
      for (const element of elements) this.keyByElement.set(element, key);
    }
  }

  /**
   * Returns the controls as the latest classification grouped them, then
   * every scanned unit on its own, so that a control the background has not
   * classified yet still has its selector.
   */
  private mappedControls(): MappedControls | undefined {
    if (!this.scan) return undefined;
    const toEntry = (entry: FieldControls) => ({
      controls: entry.keys.map((key) => ({ key })),
      selectors: entry.selectors,
      roles: entry.roles,
    });
    const classified = (this.classified?.entries ?? []).map(toEntry);
    const units = this.scan.scan.units.map((unit) => ({
      controls: [unit.info],
      selectors: [unit.selector],
    }));
    return { elements: this.scan.elements, fields: classified, unclassified: units };
  }

  private scheduleRescan(): void {
    const now = Date.now();
    this.firstPendingChange ??= now;
    if (this.timer !== undefined) clearTimeout(this.timer);
    const waited = now - this.firstPendingChange;
    const delay = Math.max(0, Math.min(RESCAN_DELAY_MS, RESCAN_MAX_WAIT_MS - waited));
    this.timer = this.ctx.setTimeout(() => this.rescan(), delay);
  }

  /**
   * Reports the new value of the one control the officer typed into. Every
   * scanned control reports, because the page does not know which of them
   * the extension classified; the panel ignores the others.
   */
  private onValueEvent(event: Event): void {
    const target = event.composedPath()[0];
    const key = target instanceof Element ? this.keyByElement.get(target) : undefined;
    if (key) this.reportValue(key);
  }

  /** Sends the values of the scanned controls among `targets`, once per control key. */
  private reportValues(targets: ReadonlySet<Element>): void {
    const keys = new Set<string>();
    for (const target of targets) {
      const key = this.keyByElement.get(target);
      if (key) keys.add(key);
    }
    for (const key of keys) this.reportValue(key);
  }

  /** Sends the value of one scanned control; a radio or checkbox of a group has its group's key. */
  private reportValue(key: string): void {
    const elements = this.scan?.elements.get(key);
    const kind = this.kindByKey.get(key);
    if (!elements || !kind) return;
    const message: ContentMessage = {
      type: 'value-update',
      key,
      value: readPageValue(elements, kind),
    };
    if (this.panelPort && !this.ctx.isInvalid) this.panelPort.postMessage(message);
    else this.send(message);
  }

  private collectLostKeys(): string[] {
    const lost: string[] = [];
    for (const key of this.filledKeys) {
      const elements = this.scan?.elements.get(key);
      if (!elements || elements.some((element) => !element.isConnected)) lost.push(key);
    }
    return lost;
  }

  private send(message: ContentMessage): void {
    browser.runtime.sendMessage(message).catch(() => {
      // No listener yet (the panel is not open) or the extension was updated.
    });
  }
}
