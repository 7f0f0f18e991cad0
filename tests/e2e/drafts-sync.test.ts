/**
 * Two drafts pages of one browser editing the same draft: edits save as the
 * officer types, a page without changes follows the other's saves, and a
 * page with changes shows the conflict instead of overwriting.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  gotoExtensionPage,
  launchWithExtension,
  unlockDraftsPage,
  type ExtensionSession,
} from './support/browser';

const PASSPHRASE = 'two windows passphrase';
const TIMEOUT_MS = 20_000;
const SURNAME = '#field-surname';
const HEIGHT = '#field-height_cm';

let session: ExtensionSession;
let first: Page;
let second: Page;
let draftId: string;

beforeAll(async () => {
  session = await launchWithExtension();
  first = await session.browser.newPage();
  second = await session.browser.newPage();
});

afterAll(async () => {
  await session?.close();
});

async function valueOf(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (element) => (element as HTMLInputElement).value);
}

/** Replaces the text of an input by typing, as an officer does. */
async function retype(page: Page, selector: string, text: string): Promise<void> {
  await page.bringToFront();
  await page.click(selector, { count: 3 });
  await page.keyboard.press('Backspace');
  await page.type(selector, text);
}

async function openDraft(page: Page, id: string): Promise<void> {
  const item = `[data-testid="draft-item"][data-draft-id="${id}"] button`;
  await page.waitForSelector(item, { timeout: TIMEOUT_MS });
  await page.click(item);
  await page.waitForSelector(SURNAME, { timeout: TIMEOUT_MS });
}

async function waitForSaved(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="draft-save-state"]')?.textContent ===
      'No unsaved changes',
    // Interval polling, because a background tab runs no animation frames.
    { timeout: TIMEOUT_MS, polling: 100 },
  );
}

describe('drafts in two windows', () => {
  it('saves a new draft as the officer types', async () => {
    await first.bringToFront();
    await gotoExtensionPage(first, session.extensionId, 'drafts.html');
    await unlockDraftsPage(first, PASSPHRASE, TIMEOUT_MS);
    await first.click('[data-testid="draft-new"]');
    await first.waitForSelector(SURNAME, { timeout: TIMEOUT_MS });
    await first.type(SURNAME, 'AHMADI');
    await waitForSaved(first);
    const item = await first.waitForSelector('[data-testid="draft-item"]', { timeout: TIMEOUT_MS });
    draftId = await item!.evaluate((element) => (element as HTMLElement).dataset.draftId ?? '');
    expect(draftId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('lists the draft in the other window', async () => {
    await second.bringToFront();
    await gotoExtensionPage(second, session.extensionId, 'drafts.html');
    expect(await unlockDraftsPage(second, PASSPHRASE, TIMEOUT_MS)).toBe('unlocked');
    await openDraft(second, draftId);
    expect(await valueOf(second, SURNAME)).toBe('AHMADI');
  });

  it('shows the other window a saved edit', async () => {
    await first.bringToFront();
    await openDraft(first, draftId);
    await retype(first, SURNAME, 'AHMADY');
    await waitForSaved(first);
    await second.waitForFunction(
      (selector) => (document.querySelector(selector) as HTMLInputElement)?.value === 'AHMADY',
      { timeout: TIMEOUT_MS, polling: 100 },
      SURNAME,
    );
    expect(await second.$('[data-testid="draft-conflict"]')).toBeNull();
  });

  it('marks a conflict instead of overwriting', async () => {
    // A negative height is invalid, so the second window keeps it unsaved.
    await second.bringToFront();
    await second.type(HEIGHT, '-5');
    await retype(first, SURNAME, 'AHMEDI');
    await waitForSaved(first);
    await second.waitForSelector('[data-testid="draft-conflict"]', { timeout: TIMEOUT_MS });
    expect(await valueOf(second, SURNAME)).toBe('AHMADY');
    expect(await valueOf(second, HEIGHT)).toBe('-5');
  });

  it('loads the other version on request', async () => {
    await second.bringToFront();
    await second.click('[data-testid="draft-conflict-reload"]');
    await second.waitForFunction(
      (selector) => (document.querySelector(selector) as HTMLInputElement)?.value === 'AHMEDI',
      { timeout: TIMEOUT_MS, polling: 100 },
      SURNAME,
    );
    expect(await valueOf(second, HEIGHT)).toBe('');
    expect(await second.$('[data-testid="draft-conflict"]')).toBeNull();
  });

  it('keeps the officer version on request', async () => {
    await second.bringToFront();
    await second.type(HEIGHT, '-5');
    await retype(first, SURNAME, 'AHMADI');
    await waitForSaved(first);
    await second.waitForSelector('[data-testid="draft-conflict"]', { timeout: TIMEOUT_MS });
    await retype(second, HEIGHT, '151');
    await second.bringToFront();
    await second.click('[data-testid="draft-conflict-keep"]');
    await waitForSaved(second);
    await first.waitForFunction(
      (selector) => (document.querySelector(selector) as HTMLInputElement)?.value === '151',
      { timeout: TIMEOUT_MS, polling: 100 },
      HEIGHT,
    );
    expect(await valueOf(first, SURNAME)).toBe('AHMEDI');
  });
});
