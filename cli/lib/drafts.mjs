// @ts-check
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export const DRAFT_FORMAT = 'vigila-draft';
export const DRAFT_VERSION = 1;

/**
 * Checks the envelope of a draft file before the drafts page reads it: valid
 * JSON containing one draft object, or an array of them, each with `format`
 * and `version`. Returns how many drafts it contains. Messages never quote the
 * file's content, because it contains data about a child, so JSON.parse
 * messages, which quote the text near an error, are dropped.
 *
 * @param {string} file
 * @returns {Promise<number>}
 */
export async function checkDraftFile(file) {
  const text = await readFile(file, 'utf8').catch((error) => {
    throw new Error(`Draft file not readable: ${file} (${error.code ?? 'read error'})`);
  });

  let content;
  try {
    content = JSON.parse(text);
  } catch {
    throw new Error(`Draft file is not valid JSON: ${file}`);
  }
  const drafts = Array.isArray(content) ? content : [content];
  drafts.forEach((draft, index) => {
    if (draft?.format !== DRAFT_FORMAT || draft?.version !== DRAFT_VERSION) {
      const where = Array.isArray(content) ? ` (draft ${index + 1})` : '';
      throw new Error(
        `Invalid draft file ${file}${where}: expected "format": "${DRAFT_FORMAT}" ` +
          `and "version": ${DRAFT_VERSION}`,
      );
    }
  });
  return drafts.length;
}

/**
 * Imports a draft file through the extension's drafts page, as a person
 * does, and returns the ids of the drafts that the import added.
 *
 * NOTE: a draft whose id is already listed is not counted as added, so
 * import each draft into a fresh profile.
 *
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} extensionId
 * @param {string} file
 * @param {{ timeoutMs?: number }} [options]
 * @returns {Promise<string[]>}
 */
export async function importDraftFile(browser, extensionId, file, options = {}) {
  const timeout = options.timeoutMs ?? 30_000;
  const page = await browser.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/drafts.html`);
    const input = await page
      .waitForSelector('input[type=file][data-testid="import-drafts"]', { timeout })
      .catch((error) => {
        throw new Error(
          `Timed out after ${timeout} ms waiting for the import-drafts file input on drafts.html`,
          { cause: error },
        );
      });
    const before = await readDraftIds(page);

    await /** @type {import('puppeteer-core').ElementHandle<HTMLInputElement>} */ (
      input
    ).uploadFile(path.resolve(file));
    await page
      .waitForFunction(
        (count) =>
          document.querySelector('[data-testid="import-error"]') !== null ||
          document.querySelectorAll('[data-testid="draft-item"]').length > count,
        { timeout },
        before.length,
      )
      .catch((error) => {
        throw new Error(
          `Timed out after ${timeout} ms waiting for a new draft row after importing ${file}`,
          { cause: error },
        );
      });

    if (await page.$('[data-testid="import-error"]')) {
      // The page's message may quote values from the file, so it is not copied.
      throw new Error(
        `Draft import rejected ${file}: the drafts page shows an import error ` +
          '(open drafts.html in a browser with Vigila to read it)',
      );
    }
    const after = await readDraftIds(page);
    return after.filter((id) => !before.includes(id));
  } finally {
    await page.close();
  }
}

/**
 * @param {import('puppeteer-core').Page} page
 * @returns {Promise<string[]>}
 */
function readDraftIds(page) {
  return page.$$eval('[data-testid="draft-item"]', (items) =>
    items.map((item) => /** @type {HTMLElement} */ (item).dataset.draftId ?? ''),
  );
}
