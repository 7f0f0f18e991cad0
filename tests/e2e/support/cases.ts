import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { importDraftFile, openPanel, type ExtensionSession } from './browser';

/** Writes one draft file holding the given catalogue values and returns its path. */
export async function writeDraft(
  folder: string,
  name: string,
  fields: Record<string, unknown>,
): Promise<string> {
  const file = path.join(folder, `${name}.json`);
  const draft = { format: 'vigila-draft', version: 1, id: name, label: name, fields };
  await writeFile(file, JSON.stringify(draft));
  return file;
}

export async function makeTempFolder(): Promise<{ path: string; remove(): Promise<void> }> {
  const folder = await mkdtemp(path.join(tmpdir(), 'vigila-e2e-'));
  return { path: folder, remove: () => rm(folder, { recursive: true, force: true }) };
}

/**
 * Imports a draft, opens a page and returns its panel. A page with fewer than
 * three catalogue fields gets no panel by itself, so the officer presses the
 * toolbar button there (`pressAction`).
 */
export async function openWithDraft(
  session: ExtensionSession,
  url: string,
  draftFile: string,
  options: { pressAction?: boolean } = {},
): Promise<{ page: Page; panel: Frame }> {
  await importDraftFile(session.browser, session.extensionId, draftFile);
  const page = await session.browser.newPage();
  await page.setViewport({ width: 1600, height: 1000 });
  await page.goto(url, { waitUntil: 'load' });
  if (options.pressAction) await pressToolbarButton(session, page);
  const panel = await openPanel(page, { extensionId: session.extensionId, pressAction: false });
  return { page, panel };
}

export async function pressToolbarButton(session: ExtensionSession, page: Page): Promise<void> {
  if (session.browserName === 'firefox') {
    // puppeteer-core 24 cannot press a toolbar button over WebDriver BiDi, so
    // an extension page sends the tab the message the button's handler sends.
    await page.waitForFunction(() => document.readyState === 'complete');
    await session.extensionContext.evaluate(async (pageUrl: string) => {
      const api = (globalThis as unknown as { browser: typeof import('webextension-polyfill') })
        .browser;
      const tabs = await api.tabs.query({});
      const tab = tabs.find((candidate) => candidate.url === pageUrl);
      if (tab?.id === undefined) throw new Error(`No tab shows ${pageUrl}`);
      await api.tabs.sendMessage(tab.id, { type: 'toggle-panel' }, { frameId: 0 });
    }, page.url());
    return;
  }
  const extension = (await session.browser.extensions()).get(session.extensionId);
  if (!extension) throw new Error(`Extension ${session.extensionId} is not installed`);
  // The content script registers its listener at document_idle; wait for it.
  await page.waitForFunction(() => document.readyState === 'complete');
  await page.triggerExtensionAction(extension);
}

/** Reads `data-status` of each panel check item, by field id. */
export async function checkStatuses(panel: Frame): Promise<Record<string, string>> {
  return panel.$$eval('[data-testid="check-item"]', (items) =>
    Object.fromEntries(
      items.map((item) => [
        (item as HTMLElement).dataset.fieldId ?? '',
        (item as HTMLElement).dataset.status ?? '',
      ]),
    ),
  );
}

/** Waits until a panel check item shows the given status. */
export async function waitForStatus(panel: Frame, fieldId: string, status: string): Promise<void> {
  await panel.waitForSelector(
    `[data-testid="check-item"][data-field-id="${fieldId}"][data-status="${status}"]`,
    { timeout: 10_000 },
  );
}

/** Runs the page's own oracle, `window.__caseCheck()`. */
export async function caseCheck(page: Page): Promise<{ pass: boolean } & Record<string, unknown>> {
  return page.evaluate(() =>
    (window as unknown as { __caseCheck(): { pass: boolean } }).__caseCheck(),
  );
}
