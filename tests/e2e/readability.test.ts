import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fillFromPanel,
  importDraftFile,
  launchWithExtension,
  openPanel,
  TEST_ONLY_PASSPHRASE,
  type ExtensionSession,
} from './support/browser';
import { draftPath, PORTALS_DIR } from './support/fixtures';
import { describeViolations, runAxe } from './support/axe';
import { lockDrafts } from './support/lock';
import { startServer, type StaticServer } from './support/server';

const DRAFT_ID = 'fixture-de-modern';
const TIMEOUT = 20_000;

let session: ExtensionSession;
let server: StaticServer;

async function openPortalPanel(): Promise<{ page: Page; panel: Frame }> {
  const page = await session.browser.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  await page.goto(`${server.url}de-modern.html`, { waitUntil: 'load' });
  const panel = await openPanel(page, { extensionId: session.extensionId, pressAction: false });
  await panel.waitForSelector('[data-testid="check-item"]', { timeout: TIMEOUT });
  return { page, panel };
}

/** Reads the layout facts of the panel document that overflow or clipping would change. */
async function measureLayout(panel: Frame) {
  return panel.evaluate(() => {
    const root = document.documentElement;
    const clipped: string[] = [];
    const outside: string[] = [];
    const viewportWidth = window.innerWidth;
    // Text kept for screen readers only is clipped to 1 px on purpose.
    const forScreenReaders = (element: Element) => {
      for (let node: Element | null = element; node; node = node.parentElement) {
        if (getComputedStyle(node).clip !== 'auto') return true;
      }
      return false;
    };
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      if (element.closest('[hidden], select, option, datalist')) continue;
      if (forScreenReaders(element)) continue;
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      const name =
        element.dataset.testid ?? `${element.tagName.toLowerCase()}.${element.className}`;
      if (rect.right > viewportWidth + 1) outside.push(name);
      const style = getComputedStyle(element);
      const hidesOverflow = ['hidden', 'clip'].includes(style.overflowX);
      if (hidesOverflow && element.scrollWidth > element.clientWidth + 1) clipped.push(name);
      if (style.textOverflow === 'ellipsis' && element.scrollWidth > element.clientWidth) {
        clipped.push(name);
      }
    }
    return {
      scrollWidth: root.scrollWidth,
      clientWidth: root.clientWidth,
      bodyScrollWidth: document.body.scrollWidth,
      bodyClientWidth: document.body.clientWidth,
      outside,
      clipped,
    };
  });
}

/** Checks that nothing in the panel overflows it sideways and no text is cut off. */
async function expectFits(panel: Frame): Promise<void> {
  const layout = await measureLayout(panel);
  expect(layout.bodyScrollWidth).toBeLessThanOrEqual(layout.bodyClientWidth);
  expect(layout.outside).toEqual([]);
  expect(layout.clipped).toEqual([]);
}

beforeAll(async () => {
  server = await startServer({ root: PORTALS_DIR });
  session = await launchWithExtension();
  await importDraftFile(session.browser, session.extensionId, draftPath('de-modern'));
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/*
 * Zoom model: the panel's frame keeps its width in screen pixels while its
 * content is zoomed to 200%, so the 380 px panel has the room of 190 CSS px
 * and every text is twice as large. CSS `zoom: 2` on the panel document's
 * root element gives exactly that, in the real panel inside the portal page.
 */
describe('panel at 200% zoom', () => {
  let page: Page;
  let panel: Frame;

  beforeAll(async () => {
    await lockDrafts(session);
    ({ page, panel } = await openPortalPanel());
    await panel.evaluate(() => {
      document.documentElement.style.zoom = '2';
    });
  });

  afterAll(async () => {
    await page?.close();
  });

  it('fits the passphrase form and the checklist', async () => {
    await panel.waitForSelector('[data-testid="passphrase"]', { timeout: TIMEOUT });
    await expectFits(panel);
  });

  it('fits the fill preview', async () => {
    await panel.type('[data-testid="passphrase"]', TEST_ONLY_PASSPHRASE);
    await panel.click('[data-testid="unlock"]');
    await panel.waitForSelector(`option[value="${DRAFT_ID}"]`, { timeout: TIMEOUT });
    await panel.select('[data-testid="draft-select"]', DRAFT_ID);
    await panel.click('[data-testid="fill-preview"]');
    await panel.waitForSelector('[data-testid="preview-row"]', { timeout: TIMEOUT });
    await expectFits(panel);
  });

  it('keeps the stacked preview free of axe-core violations', async () => {
    const { violations } = await runAxe(panel);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('fits the fill results', async () => {
    await panel.$eval('[data-testid="fill-confirm"]', (button) => (button as HTMLElement).click());
    await panel.waitForSelector('[data-testid="fill-done"]', { timeout: TIMEOUT });
    await expectFits(panel);
  });

  it('keeps the text twice as large', async () => {
    const size = await panel.$eval('[data-testid="score"]', (score) => {
      const rect = score.getBoundingClientRect();
      return { height: rect.height, font: parseFloat(getComputedStyle(score).fontSize) };
    });
    // The score's font is 20 CSS px, so its line is at least 40 px high on screen.
    expect(size.height).toBeGreaterThanOrEqual(2 * size.font);
  });
});
