/**
 * The organisation's policy through Firefox's real managed storage. Firefox
 * reads a managed storage manifest per user from
 * `$HOME/.mozilla/managed-storage/<add-on id>.json`, so this test gives
 * Firefox a temporary HOME with such a file and changes nothing outside it.
 * The test runs only where Firefox ESR is installed (FIREFOX_PATH, else
 * /usr/bin/firefox-esr).
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempFolder } from './support/cases';
import { defaultExtensionDir } from './support/browser';
import { startServer, type StaticServer } from './support/server';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_ID = 'vigila@vigila.invalid';
// A fixed internal UUID gives the extension's pages a known moz-extension: origin.
const UUID = '5f0c7a7e-2d4b-4c51-9a63-7e1d2b9c0f41';
const EXTENSION_DIR = path.join(path.dirname(defaultExtensionDir()), 'firefox-mv2');

const POLICY = { majorityAge: 17, autoLockMinutes: 5, retentionDay: 3 };

let folder: Awaited<ReturnType<typeof makeTempFolder>>;
let server: StaticServer;
let browser: Browser;

async function poll<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`Timed out after 20000 ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Opens a page that embeds the web-accessible panel page, and returns that extension frame. */
async function openExtensionFrame(): Promise<{ page: Page; frame: Frame }> {
  const page = await browser.newPage();
  await page.goto(`${server.url}embed.html`);
  const frame = await poll('the extension frame', async () => page.frames()[1]);
  await frame.waitForFunction(() => typeof (globalThis as any).browser?.storage !== 'undefined');
  return { page, frame };
}

/** Finds the open page whose document has the selector. */
async function pageWith(selector: string): Promise<Page> {
  return poll(`a page with ${selector}`, async () => {
    for (const page of await browser.pages()) {
      if (await page.$(selector).catch(() => null)) return page;
    }
    return undefined;
  });
}

describe.skipIf(!existsSync(FIREFOX))('managed policy in Firefox', () => {
  beforeAll(async () => {
    if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
      throw new Error(`Firefox build not found in ${EXTENSION_DIR}: run \`npm run build:firefox\``);
    }
    folder = await makeTempFolder();
    const home = path.join(folder.path, 'home');
    const storageDir = path.join(home, '.mozilla', 'managed-storage');
    await mkdir(storageDir, { recursive: true });
    const manifest = { name: ADDON_ID, description: 'test policy', type: 'storage', data: POLICY };
    await writeFile(path.join(storageDir, `${ADDON_ID}.json`), JSON.stringify(manifest));

    const site = path.join(folder.path, 'site');
    await mkdir(site);
    const embed = `<!doctype html><iframe src="moz-extension://${UUID}/panel.html"></iframe>`;
    await writeFile(path.join(site, 'embed.html'), embed);
    server = await startServer({ root: site, sharedCasesDir: null });

    browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: FIREFOX,
      headless: true,
      env: {
        ...process.env,
        HOME: home,
        XDG_CONFIG_HOME: path.join(home, '.config'),
        XDG_CACHE_HOME: path.join(home, '.cache'),
      },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
        // Firefox looks up its remote settings host otherwise.
        'network.dns.localDomains': 'firefox.settings.services.mozilla.com',
      },
    });
    await browser.installExtension(EXTENSION_DIR);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await folder?.remove();
  });

  it('reads the managed storage manifest', async () => {
    const { page, frame } = await openExtensionFrame();
    const managed = await frame.evaluate(() =>
      (globalThis as any).browser.storage.managed.get(null),
    );
    expect(managed).toEqual(POLICY);
    await page.close();
  });

  it('shows the managed settings as locked', async () => {
    const { page, frame } = await openExtensionFrame();
    // WebDriver BiDi may not navigate to moz-extension: URLs, but an extension page may open one.
    await frame.evaluate(() => {
      window.open((globalThis as any).browser.runtime.getURL('/options.html'));
    });
    const options = await pageWith('[data-testid="managed-policy"]');

    const locked = await options.$$eval('[data-testid="managed-lock"]', (locks) =>
      locks.map((lock) => (lock as HTMLElement).dataset.setting),
    );
    expect(locked).toEqual(['majorityAge', 'autoLockMinutes']);
    const errorPaths = await options.$$eval('[data-testid="policy-error"]', (items) =>
      items.map((item) => (item as HTMLElement).dataset.path),
    );
    expect(errorPaths).toEqual(['retentionDay']);
    await options.close();
    await page.close();
  });
});
