import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { isFirefox } from './browser';

/** Suffixes of files that Chromium and Firefox write while a download runs. */
const PARTIAL_SUFFIXES = ['.crdownload', '.part'];

interface BidiConnection {
  send(method: string, params: Record<string, unknown>): Promise<unknown>;
}

/**
 * Saves the downloads of the page's browser into `folder` without asking.
 * Chromium takes the DevTools protocol command from the page. Firefox takes
 * the WebDriver BiDi command `browser.setDownloadBehavior`, which
 * puppeteer-core 24 sends only for a new browser context, so it goes out
 * through the browser's BiDi connection here.
 */
export async function allowDownloads(page: Page, folder: string): Promise<void> {
  const browser = page.browser();
  if (!isFirefox(browser)) {
    // Chromium drops the setting when the session detaches, so it stays attached.
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: folder });
    return;
  }
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  await connection.send('browser.setDownloadBehavior', {
    downloadBehavior: { type: 'allowed', destinationFolder: folder },
  });
}

/**
 * Waits for a finished download in the folder whose name starts with
 * `prefix` and returns its path. Firefox creates the file empty at the start
 * and writes into `<name>.part`, so a file counts as finished once it has
 * bytes and no partial file beside it.
 */
export async function waitForDownload(
  folder: string,
  prefix: string,
  timeoutMs = 10_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const names = await readdir(folder);
    const done = names.find(
      (name) =>
        name.startsWith(prefix) &&
        !PARTIAL_SUFFIXES.some((suffix) => name.endsWith(suffix)) &&
        !PARTIAL_SUFFIXES.some((suffix) => names.includes(name + suffix)),
    );
    if (done && (await stat(path.join(folder, done))).size > 0) return path.join(folder, done);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `Timed out after ${timeoutMs} ms waiting for a download starting with ${prefix} in ${folder}`,
  );
}
