import { PANEL_PATH } from '@/utils/messaging/messages';

/** Width of the open panel, in CSS pixels. */
export const PANEL_WIDTH = 380;
/** Width of the collapsed tab. */
const TAB_WIDTH = 36;

/** The panel shows by itself once the page holds this many catalogue fields. */
export const AUTO_SHOW_FIELD_COUNT = 3;

type PanelState = 'hidden' | 'open' | 'collapsed';

/**
 * Hosts the panel page in the top document: an iframe of the extension's
 * panel.html inside a closed shadow root, so page scripts reach neither the
 * frame nor its text. The page's own content moves left to make room.
 */
export class PanelHost {
  private host: HTMLElement | undefined;
  private frame: HTMLIFrameElement | undefined;
  private state: PanelState = 'hidden';
  /** Set once the officer hides the panel, so that it does not reappear by itself. */
  private dismissed = false;
  private savedMargin: string | undefined;

  get isShown(): boolean {
    return this.state !== 'hidden';
  }

  /** Shows the panel unless the officer has hidden it on this page. */
  showAutomatically(): void {
    if (this.state === 'hidden' && !this.dismissed) this.setState('open');
  }

  toggle(): void {
    if (this.state === 'hidden') {
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

  destroy(): void {
    this.host?.remove();
    this.restoreMargin();
  }

  private setState(state: PanelState): void {
    this.state = state;
    if (state === 'hidden') {
      if (this.host) this.host.style.display = 'none';
      this.restoreMargin();
      return;
    }
    this.mount();
    const width = state === 'open' ? PANEL_WIDTH : TAB_WIDTH;
    this.host!.style.display = 'block';
    this.host!.style.width = `${width}px`;
    this.host!.style.height = state === 'open' ? '100vh' : '160px';
    this.makeRoom(width);
  }

  private mount(): void {
    if (this.host?.isConnected) return;
    this.host = document.createElement('vigila-panel');
    this.host.style.cssText = [
      'all:initial',
      'position:fixed',
      'top:0',
      'right:0',
      'z-index:2147483647',
      'display:block',
    ].join(';');
    const root = this.host.attachShadow({ mode: 'closed' });
    this.frame = document.createElement('iframe');
    this.frame.src = browser.runtime.getURL(PANEL_PATH);
    this.frame.title = browser.i18n.getMessage('extName');
    this.frame.style.cssText =
      'border:0;width:100%;height:100%;display:block;background:#fff;' +
      'box-shadow:-2px 0 6px rgba(0,0,0,.25);color-scheme:light';
    root.append(this.frame);
    // A frameset document has no body that can hold the panel.
    const parent = document.body instanceof HTMLBodyElement ? document.body : document.documentElement;
    parent.append(this.host);
  }

  /** Moves the page's content out from under the panel. */
  private makeRoom(width: number): void {
    const style = document.documentElement.style;
    this.savedMargin ??= style.getPropertyValue('margin-right');
    style.setProperty('margin-right', `${width}px`, 'important');
  }

  private restoreMargin(): void {
    if (this.savedMargin === undefined) return;
    const style = document.documentElement.style;
    if (this.savedMargin) style.setProperty('margin-right', this.savedMargin);
    else style.removeProperty('margin-right');
    this.savedMargin = undefined;
  }
}
