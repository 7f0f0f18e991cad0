import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  extensionUrl,
  fillFromPanel,
  gotoExtensionPage,
  importDraftFile,
  inFirefox,
  launchWithExtension,
  openPanel,
  TEST_ONLY_PASSPHRASE,
  unlockDraftsPage,
  type ExtensionSession,
} from './support/browser';
import { draftPath, PORTALS_DIR } from './support/fixtures';
import { describeViolations, runAxe } from './support/axe';
import { pressKey, tabTo } from './support/keyboard';
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

  it('passes axe-core when stacked', async () => {
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

/** Returns the computed value of a CSS system colour, such as Highlight, in a document. */
async function systemColor(target: Page | Frame, name: string): Promise<string> {
  return target.evaluate((color) => {
    const probe = document.createElement('span');
    probe.style.color = color;
    document.body.append(probe);
    const value = getComputedStyle(probe).color;
    probe.remove();
    return value;
  }, name);
}

/** Emulates `forced-colors: active` in a page and its panel frame, which has a target of its own. */
async function forceColors(page: Page): Promise<void> {
  const features = [{ name: 'forced-colors', value: 'active' }];
  const client = await page.createCDPSession();
  await client.send('Emulation.setEmulatedMedia', { features });
  const panelUrl = extensionUrl(session.browser, session.extensionId, 'panel.html');
  // The panel's URL carries its confirmation token after a `#`.
  const panels = session.browser
    .targets()
    .filter((target) => target.url().split('#')[0] === panelUrl);
  // A target does not tell which tab its frame is in, so only one panel may be open.
  if (panels.length !== 1) {
    throw new Error(`Expected one open panel to emulate forced colours in, found ${panels.length}`);
  }
  const panelClient = await panels[0].createCDPSession();
  await panelClient.send('Emulation.setEmulatedMedia', { features });
}

// Forced colours are emulated through the DevTools protocol. Firefox 153's
// WebDriver BiDi has no such emulation, because it rejects
// emulation.setForcedColorsModeThemeOverride as an unknown command.
describe.skipIf(inFirefox)('panel in forced-colours mode', () => {
  let page: Page;
  let panel: Frame;

  beforeAll(async () => {
    ({ page, panel } = await openPortalPanel());
    await forceColors(page);
  });

  afterAll(async () => {
    await page?.close();
  });

  it('applies the forced-colours media query', async () => {
    expect(await panel.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
  });

  it('tells statuses apart by their words', async () => {
    const badges = await panel.$$eval('[data-testid="check-item"]', (items) =>
      items.map((item) => {
        const badge = item.querySelector('.badge')!;
        return {
          status: (item as HTMLElement).dataset.status ?? '',
          word: badge.textContent?.trim() ?? '',
          color: getComputedStyle(badge).color,
        };
      }),
    );
    const statuses = new Set(badges.map((badge) => badge.status));
    const wordsByStatus = new Map(badges.map((badge) => [badge.status, badge.word]));
    // The page shows fields both present and missing, so there is something to tell apart.
    expect(statuses.size).toBeGreaterThan(1);
    expect(new Set(wordsByStatus.values()).size).toBe(statuses.size);
    // Forced colours paint the badges in system colours, never in the panel's own.
    const system = await Promise.all(
      ['ButtonText', 'GrayText', 'CanvasText'].map((name) => systemColor(panel, name)),
    );
    const foreign = badges.filter((badge) => !system.includes(badge.color));
    expect(foreign).toEqual([]);
  });

  it('shows the score as text', async () => {
    const text = await panel.$eval('[data-testid="score"]', (score) => score.textContent ?? '');
    const score = await panel.$eval(
      '[data-testid="score"]',
      (element) => (element as HTMLElement).dataset.score ?? '',
    );
    expect(text).toContain(score);
  });

  it('draws focus rings in Highlight', async () => {
    const controls = await page.$$('input, select, textarea, button');
    await controls[controls.length - 1].focus();
    const visited = await tabTo(page, panel, '[data-testid="panel-collapse"]');
    const focus = visited[visited.length - 1];
    expect(focus.focusVisible).toBe(true);
    expect(focus.outlineWidth).toBeGreaterThanOrEqual(2);
    expect(focus.outlineColor).toBe(await systemColor(panel, 'Highlight'));
  });

  it('borders the collapsed tab', async () => {
    await pressKey(page, 'Enter');
    const tab = await panel.waitForSelector('[data-testid="panel-expand"]', { timeout: TIMEOUT });
    const border = await tab!.evaluate((element) => {
      const style = getComputedStyle(element);
      return { width: parseFloat(style.borderTopWidth), color: style.borderTopColor };
    });
    expect(border.width).toBeGreaterThanOrEqual(1);
    expect(border.color).toBe(await systemColor(panel, 'ButtonText'));
  });
});

// Chromium only, for the reason given above the panel's forced-colours tests.
describe.skipIf(inFirefox)('drafts page in forced-colours mode', () => {
  it('draws focus rings in Highlight', async () => {
    const page = await session.browser.newPage();
    await gotoExtensionPage(page, session.extensionId, 'drafts.html');
    const client = await page.createCDPSession();
    await client.send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: 'active' }],
    });
    await unlockDraftsPage(page, TEST_ONLY_PASSPHRASE, TIMEOUT);

    const visited = await tabTo(page, page, '[data-testid="draft-new"]');
    const focus = visited[visited.length - 1];
    expect(focus.outlineWidth).toBeGreaterThanOrEqual(2);
    expect(focus.outlineColor).toBe(await systemColor(page, 'Highlight'));
    await page.close();
  });
});
