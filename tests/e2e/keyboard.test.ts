import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  gotoExtensionPage,
  importDraftFile,
  launchWithExtension,
  openPanel,
  TEST_ONLY_PASSPHRASE,
  unlockDraftsPage,
  type ExtensionSession,
} from './support/browser';
import { draftPath, PORTALS_DIR } from './support/fixtures';
import { lockDrafts } from './support/lock';
import {
  hasVisibleFocus,
  pressKey,
  readFocus,
  tabThrough,
  tabTo,
  type FocusState,
} from './support/keyboard';
import { startServer, type StaticServer } from './support/server';

const DRAFT_ID = 'fixture-de-modern';
const TIMEOUT = 20_000;

let session: ExtensionSession;
let server: StaticServer;

/** Names the focused elements that showed no focus indicator. */
function withoutIndicator(visited: FocusState[]): string[] {
  return visited.filter((focus) => !hasVisibleFocus(focus)).map((focus) => focus.name);
}

/** Presses the Down arrow until the focused select of `target` has the value. */
async function chooseOption(page: Page, target: Frame | Page, value: string): Promise<void> {
  const count = await target.evaluate(
    () => (document.activeElement as HTMLSelectElement).options.length,
  );
  for (let press = 0; press < count; press += 1) {
    const current = await target.evaluate(
      () => (document.activeElement as HTMLSelectElement).value,
    );
    if (current === value) return;
    await pressKey(page, 'ArrowDown');
  }
  throw new Error(`No option with the value ${value} was reached with the arrow keys`);
}

async function valueOf(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (control) => (control as HTMLInputElement).value);
}

beforeAll(async () => {
  server = await startServer({ root: PORTALS_DIR });
  session = await launchWithExtension();
  await importDraftFile(session.browser, session.extensionId, draftPath('de-modern'));
  await lockDrafts(session);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('officer flow in the panel, keyboard only', () => {
  let page: Page;
  let panel: Frame;
  const visited: FocusState[] = [];

  beforeAll(async () => {
    page = await session.browser.newPage();
    await page.setViewport({ width: 1400, height: 900 });
    await page.goto(`${server.url}de-modern.html`, { waitUntil: 'load' });
    panel = await openPanel(page, { extensionId: session.extensionId, pressAction: false });
    await panel.waitForSelector('[data-testid="passphrase"]', { timeout: TIMEOUT });
    // The officer's focus starts in the portal's form, on its last control.
    const controls = await page.$$('input, select, textarea, button');
    await controls[controls.length - 1].focus();
  });

  afterAll(async () => {
    await page?.close();
  });

  it('unlocks the drafts', async () => {
    visited.push(...(await tabTo(page, panel, '[data-testid="passphrase"]')));
    await page.keyboard.type(TEST_ONLY_PASSPHRASE);
    await pressKey(page, 'Enter');
    await panel.waitForSelector('[data-testid="draft-select"]', { timeout: TIMEOUT });
    expect(await panel.$('[data-testid="passphrase"]')).toBeNull();
  });

  it('moves the focus to the unlocked note', async () => {
    expect((await readFocus(panel))?.name).toBe('lock-unlocked');
  });

  it('chooses a draft with the arrow keys', async () => {
    visited.push(...(await tabTo(page, panel, '[data-testid="draft-select"]')));
    await panel.waitForSelector(`option[value="${DRAFT_ID}"]`, { timeout: TIMEOUT });
    await chooseOption(page, panel, DRAFT_ID);
    expect(
      await panel.$eval(
        '[data-testid="draft-select"]',
        (select) => (select as HTMLSelectElement).value,
      ),
    ).toBe(DRAFT_ID);
  });

  it('opens the preview', async () => {
    visited.push(...(await tabTo(page, panel, '[data-testid="fill-preview"]')));
    await pressKey(page, 'Enter');
    await panel.waitForSelector('[data-testid="preview-row"]', { timeout: TIMEOUT });
    expect((await panel.$$('[data-testid="preview-row"]')).length).toBeGreaterThan(0);
  });

  it('unticks and ticks a row with Space', async () => {
    const checkbox = '[data-testid="preview-row"] input[type="checkbox"]:not(:disabled)';
    visited.push(...(await tabTo(page, panel, checkbox)));
    const isChecked = () =>
      panel.evaluate(() => (document.activeElement as HTMLInputElement).checked);
    const before = await isChecked();

    // The Space bar goes by its key value ' ', because puppeteer's WebDriver
    // BiDi input rejects the key name 'Space' of its DevTools protocol layout.
    await pressKey(page, ' ');
    expect(await isChecked()).toBe(!before);
    await pressKey(page, ' ');
    expect(await isChecked()).toBe(before);
  });

  it('confirms the fill', async () => {
    visited.push(...(await tabTo(page, panel, '[data-testid="fill-confirm"]')));
    await pressKey(page, 'Enter');
    await panel.waitForSelector('[data-testid="fill-done"]', { timeout: TIMEOUT });
    expect(await valueOf(page, '#familienname')).toBe('WELDEMICHAEL');
  });

  it('moves the focus to the outcome', async () => {
    expect((await readFocus(panel))?.name).toBe('fill-done');
  });

  it('undoes the fill', async () => {
    visited.push(...(await tabTo(page, panel, '[data-testid="fill-undo"]', { maxPresses: 1 })));
    await pressKey(page, 'Enter');
    await panel.waitForSelector('[data-testid="undo-done"]', { timeout: TIMEOUT });
    expect(await valueOf(page, '#familienname')).toBe('');
    expect((await readFocus(panel))?.name).toBe('undo-done');
  });

  it('shows a focus ring on each control', () => {
    expect(visited.length).toBeGreaterThan(5);
    expect(withoutIndicator(visited)).toEqual([]);
  });
});

describe('drafts page, keyboard only', () => {
  let page: Page;
  const visited: FocusState[] = [];

  beforeAll(async () => {
    page = await session.browser.newPage();
    await gotoExtensionPage(page, session.extensionId, 'drafts.html');
    await unlockDraftsPage(page, TEST_ONLY_PASSPHRASE, TIMEOUT);
  });

  afterAll(async () => {
    await page?.close();
  });

  it('creates a draft', async () => {
    visited.push(...(await tabTo(page, page, '[data-testid="draft-new"]')));
    await pressKey(page, 'Enter');
    await page.waitForSelector('#draft-label', { timeout: TIMEOUT });

    visited.push(...(await tabTo(page, page, '#draft-label')));
    await page.keyboard.type('Keyboard draft');
    visited.push(...(await tabTo(page, page, '#field-surname')));
    await page.keyboard.type('HADDAD');
    visited.push(...(await tabTo(page, page, '#field-date_of_birth-year')));
    await page.keyboard.type('2011');
    visited.push(...(await tabTo(page, page, '#field-date_of_birth-month')));
    await pressKey(page, 'ArrowDown');
    await pressKey(page, 'ArrowDown');
    visited.push(...(await tabTo(page, page, '[data-testid="draft-save"]', { backwards: true })));
    await pressKey(page, 'Enter');

    const text = await page.waitForFunction(
      () =>
        [...document.querySelectorAll('[data-testid="draft-item"]')]
          .map((row) => row.textContent ?? '')
          .find((rowText) => rowText.includes('Keyboard draft')),
      { timeout: TIMEOUT },
    );
    expect(await text.jsonValue()).toContain('HADDAD');
  });

  it('keeps a month chosen with the arrow keys', async () => {
    expect(await valueOf(page, '#field-date_of_birth-month')).toBe('02');
  });

  it('edits a draft', async () => {
    visited.push(...(await tabTo(page, page, '#field-forenames')));
    await page.keyboard.type('Amal');
    // Enter in a text input submits the editor's form, as Save does.
    await pressKey(page, 'Enter');
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('[data-testid="draft-item"]')].some((row) =>
          row.textContent?.includes('HADDAD, Amal'),
        ),
      { timeout: TIMEOUT },
    );
    expect(await valueOf(page, '#field-forenames')).toBe('Amal');
  });

  it('opens a draft from the list', async () => {
    visited.push(
      ...(await tabTo(page, page, `[data-draft-id="${DRAFT_ID}"] button`, { backwards: true })),
    );
    await pressKey(page, 'Enter');
    await page.waitForFunction(
      (id) => document.querySelector(`[data-draft-id="${id}"] button[aria-current="true"]`),
      { timeout: TIMEOUT },
      DRAFT_ID,
    );
    await page.waitForSelector('#field-surname', { timeout: TIMEOUT });
    expect(await valueOf(page, '#field-surname')).toBe('WELDEMICHAEL');
  });

  it('shows a focus ring on each control', async () => {
    visited.push(
      ...(await tabTo(page, page, '[data-testid="lock-settings"] summary', { backwards: true })),
    );
    await pressKey(page, 'Enter');
    visited.push(...(await tabTo(page, page, '#lock-idle-minutes')));
    expect(visited.length).toBeGreaterThan(10);
    expect(withoutIndicator(visited)).toEqual([]);
    expect(await readFocus(page)).not.toBeNull();
  });
});

describe('focus ring on every control', () => {
  beforeAll(async () => {
    const page = await session.browser.newPage();
    await gotoExtensionPage(page, session.extensionId, 'drafts.html');
    await unlockDraftsPage(page, TEST_ONLY_PASSPHRASE, TIMEOUT);
    await page.close();
  });

  it('marks each control of the panel with its fill preview', async () => {
    const page = await session.browser.newPage();
    await page.setViewport({ width: 1400, height: 900 });
    await page.goto(`${server.url}de-modern.html`, { waitUntil: 'load' });
    const panel = await openPanel(page, { extensionId: session.extensionId, pressAction: false });
    await panel.waitForSelector(`option[value="${DRAFT_ID}"]`, { timeout: TIMEOUT });
    await panel.select('[data-testid="draft-select"]', DRAFT_ID);
    await panel.$eval('[data-testid="fill-preview"]', (button) => (button as HTMLElement).click());
    await panel.waitForSelector('[data-testid="preview-row"]', { timeout: TIMEOUT });
    const controls = await page.$$('input, select, textarea, button');
    await controls[controls.length - 1].focus();

    const visited = await tabThrough(page, panel);
    expect(visited.length).toBeGreaterThan(40);
    expect(withoutIndicator(visited)).toEqual([]);
    await page.close();
  });

  it('marks each control of the drafts page with a draft open', async () => {
    const page = await session.browser.newPage();
    await gotoExtensionPage(page, session.extensionId, 'drafts.html');
    await unlockDraftsPage(page, TEST_ONLY_PASSPHRASE, TIMEOUT);
    await page.waitForSelector(`[data-draft-id="${DRAFT_ID}"] button`, { timeout: TIMEOUT });
    await page.click(`[data-draft-id="${DRAFT_ID}"] button`);
    await page.waitForSelector('#field-surname', { timeout: TIMEOUT });
    await page.click('[data-testid="lock-settings"] summary');

    const visited = await tabThrough(page, page);
    expect(visited.length).toBeGreaterThan(60);
    expect(withoutIndicator(visited)).toEqual([]);
    await page.close();
  });

  it('marks each control of the options page', async () => {
    const page = await session.browser.newPage();
    await gotoExtensionPage(page, session.extensionId, 'options.html');
    await page.waitForSelector('[data-testid="origin-item"]', { timeout: TIMEOUT });

    const visited = await tabThrough(page, page);
    expect(visited.length).toBeGreaterThan(4);
    expect(withoutIndicator(visited)).toEqual([]);
    await page.close();
  });
});
