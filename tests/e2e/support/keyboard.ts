import type { Frame, KeyInput, Page } from 'puppeteer-core';

/** The element of a document that has the focus, with the styles that mark it. */
export interface FocusState {
  /** `data-testid`, id or tag name of the element, to name it in failures. */
  name: string;
  /** True when `:focus-visible` matches the element. */
  focusVisible: boolean;
  /** Width of the outline in CSS pixels, 0 when there is none. */
  outlineWidth: number;
  outlineColor: string;
  boxShadow: string;
}

/** Reads which element of the page or frame has the focus, or null when none of its controls has it. */
export async function readFocus(target: Page | Frame): Promise<FocusState | null> {
  return target.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!document.hasFocus() || !element || element === document.body) return null;
    const style = getComputedStyle(element);
    return {
      name: element.dataset.testid ?? (element.id || element.tagName.toLowerCase()),
      focusVisible: element.matches(':focus-visible'),
      outlineWidth: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth),
      outlineColor: style.outlineColor,
      boxShadow: style.boxShadow,
    };
  });
}

/**
 * Tells whether the focused element shows a focus ring: an outline of at
 * least 2 CSS pixels or a box shadow. The pages' style sheets draw them only
 * on `:focus-visible`, on a date input whose calendar button has the focus,
 * and on the field chosen in the panel's mapping mode. So on a control
 * reached with Tab, either one is the focus ring.
 */
export function hasVisibleFocus(focus: FocusState): boolean {
  return focus.outlineWidth >= 2 || focus.boxShadow !== 'none';
}

/**
 * Presses Tab (or Shift+Tab) until the focused element of `target` matches
 * `selector`, and returns every element of `target` that had the focus on
 * the way, the last one included. Throws after `maxPresses`.
 */
export async function tabTo(
  page: Page,
  target: Page | Frame,
  selector: string,
  options: { backwards?: boolean; maxPresses?: number } = {},
): Promise<FocusState[]> {
  const visited: FocusState[] = [];
  const maxPresses = options.maxPresses ?? 60;
  for (let press = 0; press < maxPresses; press += 1) {
    await pressKey(page, 'Tab', options.backwards ? ['Shift'] : []);
    const focus = await readFocus(target);
    if (!focus) continue;
    visited.push(focus);
    const matches = await target.evaluate(
      (wanted) => document.activeElement?.matches(wanted) ?? false,
      selector,
    );
    if (matches) return visited;
  }
  const path = visited.map((focus) => focus.name).join(' > ');
  throw new Error(`${selector} had no focus after ${maxPresses} presses of Tab (went ${path})`);
}

/**
 * Presses Tab until the focus leaves `target` or comes back to the first
 * element it reached there, and returns every element of `target` that had
 * the focus. Throws after `maxPresses`.
 */
export async function tabThrough(
  page: Page,
  target: Page | Frame,
  maxPresses = 400,
): Promise<FocusState[]> {
  const visited: FocusState[] = [];
  const first = () => target.evaluate(() => document.activeElement?.hasAttribute('data-tab-first'));
  for (let press = 0; press < maxPresses; press += 1) {
    await pressKey(page, 'Tab');
    const focus = await readFocus(target);
    if (!focus) {
      if (visited.length > 0) return visited;
      continue;
    }
    if (await first()) return visited;
    if (visited.length === 0) {
      await target.evaluate(() => document.activeElement?.setAttribute('data-tab-first', ''));
    }
    visited.push(focus);
  }
  throw new Error(`The focus was still in the page after ${maxPresses} presses of Tab`);
}

/** Presses a key with modifiers held down, as one chord. */
export async function pressKey(
  page: Page,
  key: KeyInput,
  modifiers: KeyInput[] = [],
): Promise<void> {
  for (const modifier of modifiers) await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  for (const modifier of [...modifiers].reverse()) await page.keyboard.up(modifier);
}
