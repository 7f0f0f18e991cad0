// @ts-check
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gotoExtensionPage } from './extension-url.mjs';
import { MAX_DRAFT_FILE_BYTES, MAX_DRAFTS_PER_FILE, readImportFile } from './import-file.mjs';

export const DRAFT_FORMAT = 'vigila-draft';
export const DRAFT_VERSION = 1;

/**
 * Passphrase of the drafts store in the end-to-end tests' throwaway browser
 * profiles. It protects nothing and must never protect real drafts.
 */
export const TEST_ONLY_PASSPHRASE = 'vigila-test-only-passphrase';

/**
 * Returns the passphrase to set up or unlock the drafts with: `passphrase`,
 * else VIGILA_PASSPHRASE, else TEST_ONLY_PASSPHRASE.
 *
 * @param {string | undefined} passphrase
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string}
 */
export function resolvePassphrase(passphrase, env = process.env) {
  if (passphrase) return passphrase;
  if (env.VIGILA_PASSPHRASE) return env.VIGILA_PASSPHRASE;
  return TEST_ONLY_PASSPHRASE;
}

/**
 * Reads a passphrase from a file. One line break at its end is dropped,
 * because editors add one, and every other character counts.
 *
 * @param {string} file
 * @returns {Promise<string>}
 */
export async function readPassphraseFile(file) {
  const text = await readFile(file, 'utf8').catch((error) => {
    throw new Error(`Passphrase file not readable: ${file} (${error.code ?? 'read error'})`);
  });
  const passphrase = text.replace(/\r?\n$/, '');
  if (passphrase === '') throw new Error(`Passphrase file is empty: ${file}`);
  return passphrase;
}

const UNLOCK_STATE = `
  document.querySelector('[data-testid="import-drafts"]') ? 'unlocked'
  : document.querySelector('[data-testid="passphrase-confirm"]') ? 'setup'
  : document.querySelector('[data-testid="passphrase"]') ? 'locked'
  : false`;

/**
 * Sets up or unlocks the drafts on an open drafts page, as a person does,
 * and returns once the page shows the drafts. Does nothing when they are
 * already unlocked. Messages never quote the passphrase.
 *
 * @param {import('puppeteer-core').Page} page A page showing drafts.html.
 * @param {string} passphrase
 * @param {number} timeout Milliseconds for each step.
 * @returns {Promise<'setup' | 'locked' | 'unlocked'>} The state the page showed first.
 */
export async function unlockDraftsPage(page, passphrase, timeout) {
  const state = /** @type {'setup' | 'locked' | 'unlocked'} */ (
    await page
      .waitForFunction(UNLOCK_STATE, { timeout })
      .then((handle) => handle.jsonValue())
      .catch((error) => {
        throw new Error(
          `Timed out after ${timeout} ms waiting for the drafts or the passphrase form on drafts.html`,
          { cause: error },
        );
      })
  );
  if (state === 'unlocked') return state;

  await page.type('[data-testid="passphrase"]', passphrase);
  if (state === 'setup') await page.type('[data-testid="passphrase-confirm"]', passphrase);
  await page.click('[data-testid="unlock"]');

  const outcome = await page
    .waitForFunction(
      `document.querySelector('[data-testid="import-drafts"]') ? 'unlocked'
        : document.querySelector('[data-testid="lock-error"]')?.textContent ?? false`,
      { timeout },
    )
    .then((handle) => handle.jsonValue())
    .catch((error) => {
      throw new Error(`Timed out after ${timeout} ms waiting for the drafts to unlock`, {
        cause: error,
      });
    });
  if (outcome !== 'unlocked') {
    const action = state === 'setup' ? 'Setting the drafts passphrase' : 'Unlocking the drafts';
    throw new Error(`${action} failed: the drafts page shows "${outcome}"`);
  }
  return state;
}

/**
 * Checks the envelope of a draft file before the drafts page reads it: at
 * most MAX_DRAFT_FILE_BYTES of strict UTF-8, and valid JSON containing one
 * draft object, or an array of them, each with `format` and `version`. Returns how many drafts it contains. Messages never quote the
 * file's content, because it contains data about a child, so JSON.parse
 * messages, which quote the text near an error, are dropped.
 *
 * @param {string} file
 * @returns {Promise<number>}
 */
export async function checkDraftFile(file) {
  const text = await readImportFile(file, 'Draft file', MAX_DRAFT_FILE_BYTES);

  let content;
  try {
    content = JSON.parse(text);
  } catch {
    throw new Error(`Draft file is not valid JSON: ${file}`);
  }
  const drafts = Array.isArray(content) ? content : [content];
  if (drafts.length > MAX_DRAFTS_PER_FILE) {
    throw new Error(
      `Invalid draft file ${file}: it contains ${drafts.length} drafts, more than the ` +
        `maximum of ${MAX_DRAFTS_PER_FILE} per file`,
    );
  }
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
 * does, and returns the ids of the drafts that the import added. The page
 * first sets up or unlocks the drafts with the passphrase that
 * `resolvePassphrase(options.passphrase)` returns.
 *
 * A draft whose id is already stored makes the page ask whether to replace
 * it, and this function then throws, so import each draft into a fresh profile.
 *
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} extensionId
 * @param {string} file
 * @param {{ timeoutMs?: number, passphrase?: string }} [options]
 * @returns {Promise<string[]>}
 */
export async function importDraftFile(browser, extensionId, file, options = {}) {
  const timeout = options.timeoutMs ?? 30_000;
  const page = await browser.newPage();
  try {
    await gotoExtensionPage(page, extensionId, 'drafts.html', timeout);
    await unlockDraftsPage(page, resolvePassphrase(options.passphrase), timeout);
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
          document.querySelector('[data-testid="import-conflicts"]') !== null ||
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
    if (await page.$('[data-testid="import-conflicts"]')) {
      throw new Error(
        `Draft import of ${file} stopped: a draft with the same id exists in this ` +
          'browser profile, so the drafts page asks whether to replace it. Import into a fresh profile.',
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
