// @ts-check

/** Browsers launched by launchFirefox, whose extension pages are moz-extension:// URLs. */
const firefoxBrowsers = new WeakSet();

/**
 * Records that a browser is Firefox, so that {@link extensionUrl} builds
 * moz-extension:// URLs for it.
 *
 * @param {import('puppeteer-core').Browser} browser
 */
export function markFirefox(browser) {
  firefoxBrowsers.add(browser);
}

/**
 * Tells whether a browser was launched as Firefox by these tools.
 *
 * @param {import('puppeteer-core').Browser} browser
 * @returns {boolean}
 */
export function isFirefox(browser) {
  return firefoxBrowsers.has(browser);
}

/**
 * Returns the URL of a file of the extension. In Chromium `extensionId` is
 * the extension id. In Firefox it is the internal UUID that names the
 * extension's moz-extension:// host, not the add-on id.
 *
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} extensionId
 * @param {string} file Path inside the extension, such as `drafts.html`.
 * @returns {string}
 */
export function extensionUrl(browser, extensionId, file) {
  const scheme = isFirefox(browser) ? 'moz-extension' : 'chrome-extension';
  return `${scheme}://${extensionId}/${file.replace(/^\//, '')}`;
}

/**
 * Opens a file of the extension in a page and waits until its document has
 * loaded. Over WebDriver BiDi, Firefox 153 loads a moz-extension:// page in
 * another process and puppeteer-core 24 then misses the navigation's end,
 * so in Firefox the load is read from the document itself.
 *
 * @param {import('puppeteer-core').Page} page
 * @param {string} extensionId
 * @param {string} file Path inside the extension, such as `drafts.html`.
 * @param {number} [timeoutMs]
 */
export async function gotoExtensionPage(page, extensionId, file, timeoutMs = 30_000) {
  const url = extensionUrl(page.browser(), extensionId, file);
  if (!isFirefox(page.browser())) {
    await page.goto(url, { timeout: timeoutMs });
    return;
  }

  await page.goto(url, { timeout: 500 }).catch(() => {
    // The navigation goes on; its end is read from the document below.
  });
  await page
    .waitForFunction(
      (expected) => location.href === expected && document.readyState === 'complete',
      { timeout: timeoutMs, polling: 100 },
      url,
    )
    .catch((error) => {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${url} to load`, {
        cause: error,
      });
    });
}

/**
 * Reloads an extension page and waits until its new document has loaded.
 * In Firefox the end of the reload is read from the document, as in
 * {@link gotoExtensionPage}. A mark left on the old document's window
 * distinguishes the new document from the old one.
 *
 * @param {import('puppeteer-core').Page} page
 * @param {number} [timeoutMs]
 */
export async function reloadExtensionPage(page, timeoutMs = 30_000) {
  if (!isFirefox(page.browser())) {
    await page.reload({ timeout: timeoutMs });
    return;
  }

  await page.evaluate(() => {
    /** @type {any} */ (window).__vigilaBeforeReload = true;
  });
  await page.reload({ timeout: 500 }).catch(() => {
    // The reload goes on; its end is read from the document below.
  });
  await page
    .waitForFunction(
      () =>
        !(/** @type {any} */ (window).__vigilaBeforeReload) && document.readyState === 'complete',
      { timeout: timeoutMs, polling: 100 },
    )
    .catch((error) => {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${page.url()} to reload`, {
        cause: error,
      });
    });
}

/**
 * Waits for a page that shows a file of the extension, such as a tab the
 * extension opened, and returns it. Over WebDriver BiDi, puppeteer-core 24
 * finds no target with the moz-extension:// URL of such a tab in Firefox
 * 153, so there each page's URL is read from its document.
 *
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} extensionId
 * @param {string} file Path inside the extension, such as `report.html`.
 * @param {number} [timeoutMs]
 * @returns {Promise<import('puppeteer-core').Page>}
 */
export async function waitForExtensionPage(browser, extensionId, file, timeoutMs = 30_000) {
  const url = extensionUrl(browser, extensionId, file);
  if (!isFirefox(browser)) {
    const target = await browser.waitForTarget((candidate) => candidate.url().startsWith(url), {
      timeout: timeoutMs,
    });
    const page = await target.page();
    if (!page) throw new Error(`The target of ${url} is not a page`);
    return page;
  }

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(url)) return page;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for a page that shows ${url}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
