import { PANEL_PATH } from '@/utils/messaging/messages';
import {
  VALUE_PORT_OFFER,
  VALUE_PORT_READY,
  type ValuePortOffer,
} from '@/utils/messaging/value-port';
import {
  createPanelToken,
  type RegisterPanelTokenMessage,
} from '@/utils/messaging/panel-token-messages';
import { PANEL_HOST_TAG } from './own-mutations';

/** Width of the open panel, in CSS pixels. */
export const PANEL_WIDTH = 380;
/** Width of the collapsed tab. */
const TAB_WIDTH = 36;

/** A page is never zoomed out further than this to make room for the panel. */
const MIN_ZOOM = 0.6;

/**
 * Returns the right edge of the page's content, in page coordinates. The
 * children of the body are measured rather than the body, because in quirks
 * mode, common in legacy portals, the body is as wide as the window. It reads
 * layout, so it is called only where the layout is up to date.
 */
function contentRight(body: HTMLElement): number {
  let right = body.scrollWidth > body.clientWidth ? body.scrollWidth : 0;
  for (const child of body.children) {
    right = Math.max(right, child.getBoundingClientRect().right + window.scrollX);
  }
  return right;
}

/** The panel shows by itself once the page contains this many catalogue fields. */
export const AUTO_SHOW_FIELD_COUNT = 3;

type PanelState = 'hidden' | 'open' | 'collapsed';

/**
 * Sets inline styles with `!important`, which outranks every rule of the
 * page's style sheets, `!important` ones included.
 */
function setImportant(element: HTMLElement, styles: Record<string, string>): void {
  for (const [name, value] of Object.entries(styles)) {
    element.style.setProperty(name, value, 'important');
  }
}

/**
 * Hosts the panel page in the top document: an iframe of the extension's
 * panel.html inside a closed shadow root, so page scripts reach neither the
 * frame nor its text. The page's own content moves left to make room.
 */
export class PanelHost {
  /**
   * @param onValuePort Receives the port to the panel once the panel listens
   *   on it, and undefined when the panel frame loads again and the old port
   *   has no listener.
   */
  constructor(private readonly onValuePort?: (port: MessagePort | undefined) => void) {}

  private host: HTMLElement | undefined;
  private frame: HTMLIFrameElement | undefined;
  private state: PanelState = 'hidden';
  /** Set once the officer hides the panel, so that it does not reappear by itself. */
  private dismissed = false;
  private savedMargin: string | undefined;
  private savedZoom: string | undefined;
  /** Observer of the page's next layout, after which `fit` measures the page. */
  private fitObserver: ResizeObserver | undefined;
  /** True while `fit` runs inside the observer's callback. */
  private fitting = false;

  get isShown(): boolean {
    return this.state !== 'hidden';
  }

  /** Shows the panel unless the officer has hidden it on this page. */
  showAutomatically(): void {
    if (this.state === 'hidden' && !this.dismissed) this.setState('open');
  }

  /** Opens the panel whatever its state, to show something that needs the officer's response. */
  reveal(): void {
    this.dismissed = false;
    this.setState('open');
  }

  /** Shows or hides the panel. A panel host that the page removed counts as hidden. */
  toggle(): void {
    if (this.state === 'hidden' || !this.host?.isConnected) {
      this.setState('open');
    } else {
      this.dismissed = true;
      this.setState('hidden');
    }
  }

  setCollapsed(collapsed: boolean): void {
    if (this.state === 'hidden') return;
    this.setState(collapsed ? 'collapsed' : 'open');
  }

  /** Fits the page beside the panel again, after the window changed size. */
  refit(): void {
    if (this.state === 'hidden') return;
    this.unzoom();
    this.scheduleFit();
  }

  destroy(): void {
    this.onValuePort?.(undefined);
    this.cancelFit();
    this.host?.remove();
    this.restoreMargin();
  }

  private setState(state: PanelState): void {
    this.state = state;
    if (state === 'hidden') {
      this.cancelFit();
      if (this.host) setImportant(this.host, { display: 'none' });
      this.restoreMargin();
      return;
    }
    this.mount();
    const width = state === 'open' ? PANEL_WIDTH : TAB_WIDTH;
    setImportant(this.host!, {
      display: 'block',
      width: `${width}px`,
      height: state === 'open' ? '100vh' : '160px',
    });
    this.makeRoom(width);
  }

  private mount(): void {
    if (this.host?.isConnected) return;
    this.host = document.createElement(PANEL_HOST_TAG);
    // `all: initial` first, so that no property of the page's style sheets
    // reaches the host, then the host's own properties.
    setImportant(this.host, {
      all: 'initial',
      position: 'fixed',
      top: '0',
      right: '0',
      'z-index': '2147483647',
      display: 'block',
      visibility: 'visible',
      opacity: '1',
    });
    const root = this.host.attachShadow({ mode: 'closed' });
    const frame = document.createElement('iframe');
    this.frame = frame;
    frame.title = browser.i18n.getMessage('extName');
    frame.style.cssText =
      'border:0;width:100%;height:100%;display:block;background:#fff;' +
      'box-shadow:-2px 0 6px rgba(0,0,0,.25);color-scheme:light';
    // The root element, not the body: the body may be a frameset, and it is
    // the part of the page that gets zoomed out.
    document.documentElement.append(this.host);
    void this.loadPanel(frame, root);
  }

  /**
   * Registers a new token for this tab with the background, then loads the
   * panel with the token in its URL's fragment. The panel works only once
   * the background confirms the token, so a panel.html that the page embeds
   * itself does not. The closed shadow root keeps the URL from page scripts.
   */
  private async loadPanel(frame: HTMLIFrameElement, root: ShadowRoot): Promise<void> {
    const token = createPanelToken();
    const message: RegisterPanelTokenMessage = { type: 'register-panel-token', token };
    await browser.runtime.sendMessage(message).catch((error: unknown) => {
      // The panel then shows its notice that it was opened outside Vigila.
      console.error(
        '[vigila] Registering the panel token failed, so the panel will not confirm it:',
        String(error),
      );
    });
    if (this.frame !== frame) return;
    frame.addEventListener('load', () => this.offerValuePort(frame, token));
    frame.src = `${browser.runtime.getURL(PANEL_PATH)}#${token}`;
    // The frame joins the document with its source set. A frame added without
    // one starts as about:blank of the page's origin, and the browser creates
    // script contexts there and runs both content scripts before the panel loads.
    root.append(frame);
  }

  /**
   * Posts a new port to the panel document that just loaded. The target
   * origin is the extension's, so the offer and its token reach no other
   * document that the frame might show.
   */
  private offerValuePort(frame: HTMLIFrameElement, token: string): void {
    this.onValuePort?.(undefined);
    const target = frame.contentWindow;
    if (!target || this.frame !== frame) return;

    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent) => {
      if ((event.data as { type?: unknown } | null)?.type !== VALUE_PORT_READY) return;
      if (this.frame === frame) this.onValuePort?.(channel.port1);
    };
    const offer: ValuePortOffer = { type: VALUE_PORT_OFFER, token };
    const origin = browser.runtime.getURL('/').replace(/\/$/, '');
    target.postMessage(offer, origin, [channel.port2]);
  }

  /**
   * Moves the page's content out from under the panel: a margin lets fluid
   * layouts reflow, and a page of fixed width that still overflows is zoomed
   * out until it fits beside the panel. Below the minimum zoom the panel
   * shrinks to its tab instead.
   */
  private makeRoom(width: number): void {
    const style = document.documentElement.style;
    this.savedMargin ??= style.getPropertyValue('margin-right');
    style.setProperty('margin-right', `${width}px`, 'important');
    this.unzoom();
    this.scheduleFit();
  }

  /** Removes the zoom that Vigila set, so that the next layout shows what the page needs. */
  private unzoom(): void {
    const body = document.body;
    if (!body) return;
    this.savedZoom ??= body.style.getPropertyValue('zoom');
    body.style.removeProperty('zoom');
  }

  /**
   * Measures the page in a ResizeObserver callback, which runs after the
   * browser has laid the page out with the new styles and before it paints.
   * Measuring right after writing the styles would force a synchronous
   * layout of the whole page in the same task. The first observation of an
   * element always reports, so the callback runs once per call, but only
   * while the page is shown: hidden tabs are measured when they show.
   */
  private scheduleFit(): void {
    if (this.fitObserver) return;
    const observer = new ResizeObserver(() => {
      this.cancelFit();
      this.fitting = true;
      try {
        if (this.state !== 'hidden') this.fit();
      } finally {
        this.fitting = false;
      }
    });
    this.fitObserver = observer;
    const observe = () => observer.observe(document.documentElement);
    // An observation started during the callback would wait for the next frame,
    // which the browser reports as a loop error, so it starts in the next frame.
    if (this.fitting) {
      requestAnimationFrame(() => {
        if (this.fitObserver === observer) observe();
      });
    } else {
      observe();
    }
  }

  private cancelFit(): void {
    this.fitObserver?.disconnect();
    this.fitObserver = undefined;
  }

  private fit(): void {
    const body = document.body;
    if (!body) return;
    const available = window.innerWidth - this.currentWidth();
    const needed = contentRight(body);
    if (needed <= available || available <= 0) {
      this.restoreZoom();
      return;
    }
    const zoom = available / needed;
    if (zoom < MIN_ZOOM && this.state === 'open') {
      this.setState('collapsed');
      return;
    }
    body.style.setProperty('zoom', zoom.toFixed(3), 'important');
  }

  private currentWidth(): number {
    return this.state === 'open' ? PANEL_WIDTH : TAB_WIDTH;
  }

  private restoreZoom(): void {
    if (this.savedZoom === undefined || !document.body) return;
    if (this.savedZoom) document.body.style.setProperty('zoom', this.savedZoom);
    else document.body.style.removeProperty('zoom');
    this.savedZoom = undefined;
  }

  private restoreMargin(): void {
    this.restoreZoom();
    if (this.savedMargin === undefined) return;
    const style = document.documentElement.style;
    if (this.savedMargin) style.setProperty('margin-right', this.savedMargin);
    else style.removeProperty('margin-right');
    this.savedMargin = undefined;
  }
}
