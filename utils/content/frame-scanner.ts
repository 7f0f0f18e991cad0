import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { LabelCache, readPageValue, scanSteps, type ScanResult } from '@/utils/detect';
import type { ContentMessage } from '@/utils/messaging/messages';
import type { ControlKind, FrameReport } from '@/utils/messaging/page-model';
import type { PortalProfile } from '@/utils/schema/profile';
import { closedShadowRootReader, currentFrameInfo } from './frame-info';
import { applyProfileToScan, selectorsForElement, type ShadowRootReader } from './profile-locate';
import { runInSlices } from './slices';

/**
 * Name of the performance measure of each scan, read by `npm run bench`. Its
 * duration is the time the scan ran, summed over its slices.
 */
const SCAN_MEASURE = 'vigila-scan';

/** Waits this long after the last DOM change before scanning again. */
const RESCAN_DELAY_MS = 150;
/** Scans at least this often while the page keeps changing. */
const RESCAN_MAX_WAIT_MS = 600;

/**
 * Scans one frame's document, keeps the scan current as the page changes,
 * and reports its catalogue fields to the extension.
 */
export class FrameScanner {
  private scan: ScanResult | undefined;
  /** Each element of the latest scan's controls to its control key. */
  private keyByElement = new Map<Element, string>();
  /** Set while a scan runs; a scan requested meanwhile runs once it ends. */
  private scanning = false;
  private readonly labelCache = new LabelCache();
  private scanRequested = false;
  private revision = 0;
  private timer: number | undefined;
  private firstPendingChange: number | undefined;
  /** Keys of controls that a fill wrote into, to notice when the page replaces them. */
  private readonly filledKeys = new Set<string>();
  private readonly kindByKey = new Map<string, ControlKind>();
  private profile: PortalProfile | undefined;
  /** Fields of the profile whose selector found nothing in the latest scan. */
  private profileMissing: string[] = [];

  constructor(private readonly ctx: ContentScriptContext) {}

  start(): void {
    this.rescan();
    const observer = new MutationObserver((records) => {
      for (const record of records) this.labelCache.noteMutation(record);
      this.scheduleRescan();
    });
    observer.observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['disabled', 'readonly', 'hidden', 'style', 'class', 'type'],
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

  /** Tells whether a form contains a control of a catalogue field from the latest scan. */
  holdsFieldIn(form: HTMLFormElement): boolean {
    for (const field of this.scan?.fields ?? []) {
      for (const control of field.controls) {
        for (const element of this.scan?.elements.get(control.key) ?? []) {
          if ((element as HTMLInputElement).form === form || form.contains(element)) return true;
        }
      }
    }
    return false;
  }

  get fieldCount(): number {
    return this.scan?.fields.length ?? 0;
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
    return selectorsForElement(element, this.scan);
  }

  /** Sends the whole report again, for a panel that opened late. */
  report(): void {
    if (!this.scan) return;
    const report: FrameReport = {
      revision: ++this.revision,
      fields: this.scan.fields,
      lostKeys: this.collectLostKeys(),
      closedRootsUnread: this.scan.closedRootsUnread,
      lang: this.scan.lang,
    };
    const frame = currentFrameInfo();
    if (frame.index !== undefined) report.frameIndex = frame.index;
    if (this.profile) {
      const { id, name, fields } = this.profile;
      report.profile = { id, name, fieldIds: Object.keys(fields), missing: this.profileMissing };
    }
    this.send({ type: 'frame-report', report });
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
    const steps = scanSteps(document, {
      openClosedShadowRoot: readShadowRoot,
      labelCache: this.labelCache,
    });
    const run = await runInSlices(steps, { signal: this.ctx.signal });
    if (!run) return;

    const profileStarted = performance.now();
    this.scan = this.withProfile(run.result, readShadowRoot);
    const busyMs = run.busyMs + performance.now() - profileStarted;
    // The page's timeline gets the duration only, for the benchmark; it carries no page data.
    performance.measure(SCAN_MEASURE, { start: started, duration: busyMs });
    this.indexControls(this.scan);
    this.report();
  }

  private indexControls(scan: ScanResult): void {
    this.kindByKey.clear();
    for (const field of scan.fields) {
      for (const control of field.controls) this.kindByKey.set(control.key, control.kind);
    }
    this.keyByElement = new Map();
    for (const [key, elements] of scan.elements) {
      for (const element of elements) this.keyByElement.set(element, key);
    }
  }

  /** Applies the portal profile to a scan and records the fields whose selector found nothing. */
  private withProfile(scan: ScanResult, readShadowRoot?: ShadowRootReader): ScanResult {
    this.profileMissing = [];
    if (!this.profile) return scan;
    const frame = currentFrameInfo();
    const applied = applyProfileToScan(scan, this.profile, frame, document, readShadowRoot);
    this.profileMissing = applied.missing;
    return applied.scan;
  }

  private scheduleRescan(): void {
    const now = Date.now();
    this.firstPendingChange ??= now;
    if (this.timer !== undefined) clearTimeout(this.timer);
    const waited = now - this.firstPendingChange;
    const delay = Math.max(0, Math.min(RESCAN_DELAY_MS, RESCAN_MAX_WAIT_MS - waited));
    this.timer = this.ctx.setTimeout(() => this.rescan(), delay);
  }

  /** Reports the new value of the one control the officer typed into. */
  private onValueEvent(event: Event): void {
    const target = event.composedPath()[0];
    if (!(target instanceof Element) || !this.scan) return;
    // A radio or checkbox of a group reports under its group's key.
    const key = this.keyByElement.get(target);
    const elements = key === undefined ? undefined : this.scan.elements.get(key);
    const kind = key === undefined ? undefined : this.kindByKey.get(key);
    if (!key || !elements || !kind) return;
    const value = readPageValue(elements, kind);
    this.send({ type: 'value-update', key, value });
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
