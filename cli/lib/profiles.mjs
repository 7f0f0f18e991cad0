// @ts-check
import path from 'node:path';
import { gotoExtensionPage } from './extension-url.mjs';
import { MAX_PROFILE_FILE_BYTES, readImportFile } from './import-file.mjs';

export const PROFILE_FORMAT = 'vigila-profile';
export const PROFILE_VERSION = 1;

/**
 * Checks the envelope of a profile file before the options page reads it:
 * strict UTF-8 of at most MAX_PROFILE_FILE_BYTES, and valid JSON containing one profile object, or an array of them, each with
 * `format` and `version`. Returns how many profiles it contains. The options
 * page checks everything else when it imports the file.
 *
 * @param {string} file
 * @returns {Promise<number>}
 */
export async function checkProfileFile(file) {
  const text = await readImportFile(file, 'Profile file', MAX_PROFILE_FILE_BYTES);

  let content;
  try {
    content = JSON.parse(text);
  } catch (error) {
    throw new Error(
      `Profile file is not valid JSON: ${file} (${/** @type {Error} */ (error).message})`,
    );
  }
  const profiles = Array.isArray(content) ? content : [content];
  profiles.forEach((profile, index) => {
    if (profile?.format !== PROFILE_FORMAT || profile?.version !== PROFILE_VERSION) {
      const where = Array.isArray(content) ? ` (profile ${index + 1})` : '';
      throw new Error(
        `Invalid profile file ${file}${where}: expected "format": "${PROFILE_FORMAT}" ` +
          `and "version": ${PROFILE_VERSION}`,
      );
    }
  });
  return profiles.length;
}

/**
 * Imports a profile file through the extension's options page, as IT does,
 * and returns the ids of the profiles listed afterwards. Throws with the
 * page's first error when the page rejects the file. A profile contains no
 * data about a child, so its errors may be printed.
 *
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} extensionId
 * @param {string} file
 * @param {{ timeoutMs?: number }} [options]
 * @returns {Promise<string[]>}
 */
export async function importProfileFile(browser, extensionId, file, options = {}) {
  const timeout = options.timeoutMs ?? 30_000;
  const page = await browser.newPage();
  try {
    await gotoExtensionPage(page, extensionId, 'options.html', timeout);
    const input = await page
      .waitForSelector('input[type=file][data-testid="import-profiles"]', { timeout })
      .catch((error) => {
        throw new Error(
          `Timed out after ${timeout} ms waiting for the import-profiles file input on options.html`,
          { cause: error },
        );
      });

    await /** @type {import('puppeteer-core').ElementHandle<HTMLInputElement>} */ (
      input
    ).uploadFile(path.resolve(file));
    const outcome = await page
      .waitForSelector('[data-testid="profile-import-error"], [data-testid="profile-message"]', {
        timeout,
      })
      .catch((error) => {
        throw new Error(
          `Timed out after ${timeout} ms waiting for the options page to import ${file}`,
          { cause: error },
        );
      });

    const failure = await outcome?.evaluate((element) => {
      const { testid, kind } = /** @type {HTMLElement} */ (element).dataset;
      const failed = testid === 'profile-import-error' || kind === 'error';
      return failed ? (element.textContent ?? '') : null;
    });
    if (failure) {
      throw new Error(`Profile import rejected ${file}: ${failure.replace(/\s+/g, ' ').trim()}`);
    }
    await page.waitForSelector('[data-testid="profile-item"]', { timeout });
    return await page.$$eval('[data-testid="profile-item"]', (items) =>
      items.map((item) => /** @type {HTMLElement} */ (item).dataset.profileId ?? ''),
    );
  } finally {
    await page.close();
  }
}
