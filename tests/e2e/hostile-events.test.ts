/**
 * A hostile portal page. In WXT 0.20.27, ContentScriptContext posts
 * `<extension id>:content:wxt:content-script-started` to the page, and stops
 * itself when the same event reaches the document with another message id.
 * The page here learns the extension id from the test, as a page can for an
 * extension whose id is published. It then tries to stop the content script,
 * embed the panel, fill the audit log and hide or remove the panel.
 */
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  extensionUrl,
  gotoExtensionPage,
  importDraftFile,
  inFirefox,
  launchWithExtension,
  openPanel,
  type ExtensionSession,
} from './support/browser';
import { makeTempFolder, writeDraft } from './support/cases';
import { startServer, type StaticServer } from './support/server';

const HOSTILE_DIR = fileURLToPath(new URL('../fixtures/hostile/', import.meta.url));
const PAGE = 'script-started.html';
const BLOCKING_VERDICT = '[data-testid="verdict"][data-enforcing="true"][data-blocking="true"]';

interface HostileWindow {
  __startedType(): string | null;
  __useExtensionId(id: string, panelUrl: string): void;
  __hidePanelWithCss(): void;
  __removePanelHost(): void;
  __replayStarted(): void;
  __embedPanel(): void;
  __forgeChecks(count: number): number;
}

let session: ExtensionSession;
let server: StaticServer;
let folder: Awaited<ReturnType<typeof makeTempFolder>>;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function setEnforcing(): Promise<void> {
  const page = await session.browser.newPage();
  await gotoExtensionPage(page, session.extensionId, 'options.html');
  // The choices are disabled until the stored mode is read.
  const choice = await page.waitForSelector(
    'fieldset.enforcement:not([disabled]) [data-testid="enforcement-enforce"]',
    { visible: true },
  );
  await choice?.click();
  await page.waitForSelector('[role="status"]');
  await page.close();
}

/** Counts the entries of the audit log in the extension's IndexedDB. */
async function countAuditEntries(): Promise<number> {
  return session.extensionContext.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('vigila');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const count = database.transaction('audit').objectStore('audit').count();
          count.onerror = () => reject(count.error);
          count.onsuccess = () => {
            database.close();
            resolve(count.result);
          };
        };
      }),
  );
}

/** Opens the page and waits for the panel's blocking verdict. */
async function openBlockedPortal(): Promise<{ page: Page; panel: Frame }> {
  const page = await session.browser.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  await page.goto(`${server.url}${PAGE}`, { waitUntil: 'load' });
  const panel = await openPanel(page, { extensionId: session.extensionId });
  await panel.waitForSelector(BLOCKING_VERDICT, { timeout: 10_000 });
  return { page, panel };
}

/** Gives the page the extension id, which it could know for a published extension. */
async function tellExtensionId(page: Page): Promise<void> {
  await page.evaluate(
    (id, url) => (window as unknown as HostileWindow).__useExtensionId(id, url),
    session.extensionId,
    panelUrl(),
  );
}

/** Waits until no frame of the page shows the panel any more. */
async function waitForNoPanel(page: Page): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (await hasPanel(page)) {
    if (Date.now() > deadline) throw new Error('The panel frame was not removed within 10 s');
    await pause(100);
  }
}

function panelUrl(): string {
  return extensionUrl(session.browser, session.extensionId, 'panel.html');
}

/**
 * Tells whether the page shows Vigila's panel: its host element is in the
 * document, and in Chromium its frame is among the page's frames. Firefox's
 * WebDriver BiDi does not list a frame inside a closed shadow root there.
 */
async function hasPanel(page: Page): Promise<boolean> {
  const hosted = await page.evaluate(() => document.querySelector('vigila-panel') !== null);
  if (!hosted || inFirefox) return hosted;
  return page.frames().some((frame) => frame.url().startsWith(panelUrl()));
}

beforeAll(async () => {
  folder = await makeTempFolder();
  server = await startServer({ root: HOSTILE_DIR });
  session = await launchWithExtension();
  await setEnforcing();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  await folder?.remove();
});

describe('a page that replays the start message', () => {
  it('gets no start message', async () => {
    const { page } = await openBlockedPortal();
    const type = await page.evaluate(() => (window as unknown as HostileWindow).__startedType());
    expect(type).toBeNull();
    await page.close();
  });

  it('keeps the panel after a replayed event', async () => {
    const { page } = await openBlockedPortal();
    await tellExtensionId(page);
    await page.evaluate(() => (window as unknown as HostileWindow).__replayStarted());
    await pause(1500);
    expect(await hasPanel(page)).toBe(true);
    await page.close();
  });

  it('stops a blocked submission after a replayed event', async () => {
    const { page } = await openBlockedPortal();
    await tellExtensionId(page);
    const submissions: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.endsWith('/received.html'))
        submissions.push(request.url());
    });

    await page.evaluate(() => (window as unknown as HostileWindow).__replayStarted());
    await pause(500);
    await page.click('#save');
    await pause(1500);
    expect(submissions).toEqual([]);
    await page.close();
  });
});

describe('a page that forges submission checks', () => {
  it('adds at most one audit entry for a burst', async () => {
    const { page } = await openBlockedPortal();
    const before = await countAuditEntries();

    const cancelled = await page.evaluate(() =>
      (window as unknown as HostileWindow).__forgeChecks(50),
    );
    await pause(2000);
    const added = (await countAuditEntries()) - before;
    expect(cancelled).toBe(50);
    expect(added).toBeLessThanOrEqual(1);
    await page.close();
  });
});

describe('a page that embeds panel.html', () => {
  it('gets no working panel in its own frame', async () => {
    const draft = await writeDraft(folder.path, 'embedded', { surname: 'Osei-Brandt' });
    await importDraftFile(session.browser, session.extensionId, draft);
    const { page } = await openBlockedPortal();
    await tellExtensionId(page);

    await page.evaluate(() => (window as unknown as HostileWindow).__embedPanel());
    const handle = await page.waitForSelector('#page-made-panel');
    const frame = await handle!.contentFrame();
    const notice = await frame!.waitForSelector('[data-testid="panel-not-confirmed"]', {
      timeout: 10_000,
    });
    expect(notice).not.toBeNull();
    expect(await frame!.$('[data-testid="panel-ready"]')).toBeNull();
    expect(await frame!.$('[data-testid="score"]')).toBeNull();
    await page.close();
  });

  it('leaves the panel of Vigila working', async () => {
    const { page, panel } = await openBlockedPortal();
    await tellExtensionId(page);
    await page.evaluate(() => (window as unknown as HostileWindow).__embedPanel());
    await page.waitForSelector('#page-made-panel');
    expect(await panel.$('[data-testid="panel-ready"]')).not.toBeNull();
    expect(await panel.$('[data-testid="panel-not-confirmed"]')).toBeNull();
    await page.close();
  });
});

describe('a page that offers the panel a port', () => {
  it('gets no answer from a panel.html it embeds', async () => {
    const { page } = await openBlockedPortal();
    // The page cannot reach Vigila's panel frame, which is in a closed shadow
    // root and not in window.frames, so it embeds panel.html with a token of
    // its own choice and offers that frame a port with the same token.
    const answers = await page.evaluate(async (url) => {
      const token = '0123456789abcdef0123456789abcdef';
      const frame = document.createElement('iframe');
      frame.src = `${url}#${token}`;
      await new Promise((resolve) => {
        frame.onload = resolve;
        document.body.append(frame);
      });
      const received: unknown[] = [];
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => received.push(event.data);
      const offer = { type: 'vigila-value-port', token };
      frame.contentWindow!.postMessage(offer, '*', [channel.port2]);
      await new Promise((resolve) => setTimeout(resolve, 2000));
      return received;
    }, panelUrl());
    expect(answers).toEqual([]);
    await page.close();
  });
});

describe('a page that hides or removes the panel', () => {
  it('cannot hide the panel with !important rules', async () => {
    const { page } = await openBlockedPortal();
    await page.evaluate(() => (window as unknown as HostileWindow).__hidePanelWithCss());
    const box = await page.evaluate(() => {
      const host = document.querySelector('vigila-panel')!;
      const rect = host.getBoundingClientRect();
      return { display: getComputedStyle(host).display, width: rect.width, height: rect.height };
    });
    expect(box.display).toBe('block');
    expect(box.width).toBeGreaterThan(300);
    expect(box.height).toBeGreaterThan(300);
    await page.close();
  });

  // puppeteer 24 cannot press a Firefox toolbar button over WebDriver BiDi.
  it.skipIf(inFirefox)('shows the panel again on one toolbar press', async () => {
    const { page } = await openBlockedPortal();
    await page.evaluate(() => (window as unknown as HostileWindow).__removePanelHost());
    await waitForNoPanel(page);

    const extension = (await session.browser.extensions()).get(session.extensionId);
    expect(extension).toBeDefined();
    await page.triggerExtensionAction(extension!);
    const panel = await openPanel(page, {
      extensionId: session.extensionId,
      pressAction: false,
      timeoutMs: 10_000,
    });
    expect(await panel.$('[data-testid="panel-ready"]')).not.toBeNull();
    await page.close();
  });
});
