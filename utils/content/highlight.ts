import { OUTLINE_TAG } from './own-mutations';

const OUTLINE_MS = 2500;

let overlay: HTMLElement | undefined;
let hideTimer: number | undefined;

/**
 * Scrolls a control into view and draws an outline box over it. The box is
 * an element of this frame's document, so it sits at the frame's offset in
 * the top page by construction; it carries no page or draft data.
 */
export function highlightElements(elements: Element[]): void {
  const first = elements[0];
  if (!first) return;
  first.scrollIntoView({ block: 'center', inline: 'nearest' });
  (first as HTMLElement).focus?.({ preventScroll: true });

  const rects = elements.map((element) => element.getBoundingClientRect());
  const left = Math.min(...rects.map((rect) => rect.left));
  const top = Math.min(...rects.map((rect) => rect.top));
  const right = Math.max(...rects.map((rect) => rect.right));
  const bottom = Math.max(...rects.map((rect) => rect.bottom));

  overlay ??= document.createElement(OUTLINE_TAG);
  overlay.setAttribute('aria-hidden', 'true');
  overlay.style.cssText = [
    'position:fixed',
    `left:${left - 4}px`,
    `top:${top - 4}px`,
    `width:${right - left + 8}px`,
    `height:${bottom - top + 8}px`,
    'border:3px solid #d4351c',
    'outline:2px solid #ffffff',
    'border-radius:4px',
    'pointer-events:none',
    'z-index:2147483646',
    'box-sizing:border-box',
  ].join(';');
  // Outside the body, which may be zoomed out to make room for the panel.
  document.documentElement.append(overlay);

  if (hideTimer !== undefined) clearTimeout(hideTimer);
  hideTimer = window.setTimeout(() => overlay?.remove(), OUTLINE_MS);
}
