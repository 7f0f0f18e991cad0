import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { controlKey, readPageValue, scanDocument, type ScanResult } from '@/utils/detect';
import type { ContentMessage } from '@/utils/messaging/messages';
import type { ControlKind, FrameReport } from '@/utils/messaging/page-model';
import type { FrameInfo } from '@/utils/profile/select';
import type { PortalProfile } from '@/utils/schema/profile';
import { applyProfileToScan, selectorsForElement, type ShadowRootReader } from './profile-locate';

/** Name of the performance measure of each scan, read by `npm run bench`. */
const SCAN_MEASURE = 'vigila-scan';

/** Waits this long after the last DOM change before scanning again. */
const RESCAN_DELAY_MS = 150;
/** Scans at least this often while the page keeps changing. */
const RESCAN_MAX_WAIT_MS = 600;

/** Reads a closed shadow root where the browser lets an extension do so. */
export function closedShadowRootReader(): ((host: Element) => ShadowRoot | null) | undefined {
  const chromeDom = (
    globalThis as {
      chrome?: { dom?: { openOrClosedShadowRoot?: (host: Element) => ShadowRoot | null } };
    }
  ).chrome?.dom;
  if (chromeDom?.openOrClosedShadowRoot) {
    return (host) => chromeDom.openOrClosedShadowRoot!(host);
  }
  // Firefox exposes `openOrClosedShadowRoot` to extensions as a read-only
  // property of Element, not as a method (Firefox ESR 153).
  return (host) => {
    const root = (host as { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
    return root ?? null;
  };
}

/** Returns this frame's URL, and its position among its parent's frames when it is a child. */
export function currentFrameInfo(): FrameInfo {
  if (window === window.top) return { isTop: true, url: location.href };
  const siblings = window.parent.frames;
  for (let index = 0; index < siblings.length; index++) {
    if (siblings[index] === window) return { isTop: false, url: location.href, index };
  }
  return { isTop: false, url: location.href };
}

/**
 * Scans one frame's document, keeps the scan current as the page changes,
 * and reports its catalogue fields to the extension.
 */
export class FrameScanner {
  private scan: ScanResult | undefined;
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
    const observer = new MutationObserver(() => this.scheduleRescan());
    observer.observe(document, {
      subtree: true,
      childList: true,
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

  /** Tells whether a form holds a control of a catalogue field from the latest scan. */
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
    const started = performance.now();
    const readShadowRoot = closedShadowRootReader();
    const scan = scanDocument(document, { openClosedShadowRoot: readShadowRoot });
    this.scan = this.withProfile(scan, readShadowRoot);
    // The page's timeline gets the duration only, for the benchmark; it carries no page data.
    performance.measure(SCAN_MEASURE, { start: started, end: performance.now() });
    this.kindByKey.clear();
    for (const field of this.scan.fields) {
      for (const control of field.controls) this.kindByKey.set(control.key, control.kind);
    }
    this.report();
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
    const key = controlKey(target);
    let elements = this.scan.elements.get(key);
    let reportedKey = key;
    if (!elements) {
      // A radio or checkbox of a group, or one part of a split field.
      for (const [groupKey, groupElements] of this.scan.elements) {
        if (groupElements.includes(target)) {
          elements = groupElements;
          reportedKey = groupKey;
          break;
        }
      }
    }
    const kind = this.kindByKey.get(reportedKey);
    if (!elements || !kind) return;
    const value = readPageValue(elements, kind);
    this.send({ type: 'value-update', key: reportedKey, value });
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
