import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentMessage, MappingPick } from '@/utils/messaging/messages';
import { ARIA_WIDGET_SELECTOR, isAriaWidget } from '@/utils/detect/aria-widgets';
import { isProfileRole } from '@/utils/profile/roles';
import { closedShadowRootReader, currentFrameInfo } from './frame-info';
import type { FrameScanner } from './frame-scanner';

/** Input types that hold no alert data, so a click on them is left to the page. */
const SKIPPED_INPUT_TYPES = new Set(['hidden', 'button', 'submit', 'reset', 'image']);
const FORM_CONTROLS = 'input, select, textarea';
/** Events before a click that could open a select or move focus, suppressed with the click. */
const PRESS_EVENTS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup'] as const;

/**
 * Returns the form control under a mouse event: the element itself, the
 * ARIA widget around it (`role="switch"`, a toggle button), the control of a
 * clicked label, or the control inside a closed shadow root that the event's
 * path cannot show.
 */
function controlAt(event: MouseEvent, readShadowRoot = closedShadowRootReader()): Element | null {
  const first = event.composedPath()[0];
  if (!(first instanceof Element)) return null;
  let target = first;
  for (let depth = 0; depth < 10 && !target.shadowRoot; depth++) {
    const root = readShadowRoot?.(target);
    const inner = root?.elementFromPoint(event.clientX, event.clientY);
    if (!inner || inner === target) break;
    target = inner;
  }

  // A form control inside a widget is the scan's control, so it stays the target.
  const widget = target.matches(FORM_CONTROLS) ? null : target.closest(ARIA_WIDGET_SELECTOR);
  if (widget && isAriaWidget(widget)) return widget;
  const label = target.closest('label');
  const control = label ? (label.control ?? labelledWidget(label)) : target;
  if (control && isAriaWidget(control)) return control;
  if (!control || !control.matches(FORM_CONTROLS)) return null;
  const type = (control.getAttribute('type') ?? '').toLowerCase();
  return SKIPPED_INPUT_TYPES.has(type) ? null : control;
}

/** Returns the ARIA widget that a label's `for` names, which `label.control` leaves out. */
function labelledWidget(label: HTMLLabelElement): Element | null {
  if (!label.htmlFor) return null;
  const root = label.getRootNode() as Document | ShadowRoot;
  return root.getElementById?.(label.htmlFor) ?? null;
}

/**
 * Point-and-click mapping in one frame. While the panel is in mapping mode
 * and the officer has chosen a catalogue field there, the next click on a
 * form control reports that control's selectors to the panel. The listeners
 * run in the capture phase on the window, so page handlers registered on the
 * document or the control see neither that click nor the presses before it.
 * Escape ends the mode. No draft data is involved.
 * NOTE: a page listener registered on the window in the capture phase before
 * this one still sees the click.
 */
export class MappingMode {
  private fieldId: string | null = null;
  private listeners: AbortController | undefined;
  private outline: HTMLElement | undefined;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly scanner: FrameScanner,
  ) {
    ctx.onInvalidated(() => this.stop());
  }

  /** Enters mapping mode, or sets the field that the next click maps; null waits for one. */
  set(fieldId: string | null): void {
    this.fieldId = fieldId;
    if (!fieldId) this.hideOutline();
    if (!this.listeners) this.listen();
  }

  stop(): void {
    this.listeners?.abort();
    this.listeners = undefined;
    this.fieldId = null;
    this.hideOutline();
  }

  private listen(): void {
    this.listeners = new AbortController();
    const options = { capture: true, signal: this.listeners.signal };
    window.addEventListener('click', (event) => this.onClick(event), options);
    for (const type of PRESS_EVENTS) {
      window.addEventListener(type, (event) => this.onPress(event as MouseEvent), options);
    }
    window.addEventListener('mouseover', (event) => this.onHover(event), options);
    window.addEventListener('keydown', (event) => this.onKey(event), options);
  }

  /** Returns the control under the event while a field waits for its control. */
  private armedTarget(event: MouseEvent): Element | null {
    return this.fieldId ? controlAt(event) : null;
  }

  private onPress(event: MouseEvent): void {
    if (!this.armedTarget(event)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  }

  private onClick(event: MouseEvent): void {
    const control = this.armedTarget(event);
    if (!control || !this.fieldId) return;
    event.preventDefault();
    event.stopImmediatePropagation();

    const { selectors, roles } = this.scanner.selectorsFor(control);
    const pick: MappingPick = { fieldId: this.fieldId, selectors };
    if (roles && roles.every(isProfileRole)) pick.roles = roles;
    const { index } = currentFrameInfo();
    if (index !== undefined) pick.frameIndex = index;

    this.fieldId = null;
    this.hideOutline();
    this.send({ type: 'mapping-picked', pick });
  }

  private onHover(event: MouseEvent): void {
    const control = this.armedTarget(event);
    if (control) this.showOutline(control);
    else this.hideOutline();
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopImmediatePropagation();
    this.stop();
    this.send({ type: 'mapping-cancelled' });
  }

  /** Draws a dashed box over the control that a click would map. */
  private showOutline(control: Element): void {
    const rect = control.getBoundingClientRect();
    this.outline ??= document.createElement('vigila-mapping-outline');
    this.outline.setAttribute('aria-hidden', 'true');
    this.outline.style.cssText = [
      'position:fixed',
      `left:${rect.left - 3}px`,
      `top:${rect.top - 3}px`,
      `width:${rect.width + 6}px`,
      `height:${rect.height + 6}px`,
      'border:3px dashed #1d70b8',
      'outline:2px solid #ffffff',
      'pointer-events:none',
      'z-index:2147483646',
      'box-sizing:border-box',
    ].join(';');
    // Outside the body, which may be zoomed out to make room for the panel.
    if (!this.outline.isConnected) document.documentElement.append(this.outline);
  }

  private hideOutline(): void {
    this.outline?.remove();
  }

  private send(message: ContentMessage): void {
    browser.runtime.sendMessage(message).catch(() => {
      // The panel closed, so nothing waits for the pick.
    });
  }
}
