// @ts-check
import { randomBytes } from 'node:crypto';
import { stat, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { checkDraftFile, importDraftFile, readPassphraseFile } from './drafts.mjs';
import { launchWithExtension } from './extension.mjs';
import { fillFromPanel } from './panel-fill.mjs';
import { checkProfileFile, importProfileFile } from './profiles.mjs';
import { openPanel, readChecklistInfo, readPanel, waitForPanelStable } from './panel.mjs';
import { startServer } from './server.mjs';
import { UsageError, originPattern, resolveTarget } from './target.mjs';

/** Viewport of an old office workstation, with room for the 1024-pixel portal and the panel. */
const VIEWPORT = { width: 1366, height: 768 };

/**
 * @typedef {object} AuditOptions
 * @property {string} target http://127.0.0.1 or http://localhost URL, or a
 *   local HTML file.
 * @property {string} [draftFile] File containing the one draft to import.
 * @property {boolean} [fill] Fills the page from the draft, which needs draftFile.
 * @property {string} [passphraseFile] File containing the passphrase to set
 *   up the drafts with; see auditPassphrase.
 * @property {string} [profileFile] File of portal profiles to import before
 *   the page opens.
 * @property {string} [screenshotFile] PNG to write of the page with the panel.
 * @property {string} [extensionDir] Built chrome-mv3 folder.
 * @property {number} [timeoutMs] Limit for each step, in milliseconds.
 */

/**
 * @typedef {object} AuditResult
 * @property {import('./panel-report.mjs').AuditReport} report
 * @property {import('./panel.mjs').ChecklistInfo | null} checklist
 */

/**
 * Opens a page in headless Chromium with the built extension, optionally
 * imports portal profiles and a draft, waits for the panel, optionally fills
 * from the draft, and reads what the panel shows. Everything it starts is
 * stopped before it returns.
 *
 * @param {AuditOptions} options
 * @returns {Promise<AuditResult>}
 */
export async function runAudit(options) {
  if (options.fill && !options.draftFile) throw new UsageError('--fill needs --draft FILE');
  const target = resolveTarget(options.target);
  if (options.draftFile) await checkSingleDraft(options.draftFile);
  const passphrase = options.draftFile ? await auditPassphrase(options.passphraseFile) : undefined;
  if (options.profileFile) await checkProfileFile(options.profileFile);

  /** @type {(() => Promise<void>)[]} */
  const cleanups = [];
  try {
    const url = await pageUrl(target, cleanups);
    return await auditPage(url, options, cleanups, passphrase);
  } finally {
    // A failed cleanup must not hide the audit's result or its own error.
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  }
}

/**
 * @param {string} url
 * @param {AuditOptions} options
 * @param {(() => Promise<void>)[]} cleanups
 * @param {string | undefined} passphrase
 * @returns {Promise<AuditResult>}
 */
async function auditPage(url, options, cleanups, passphrase) {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const session = await launchWithExtension({
    extensionDir: options.extensionDir,
    origins: [originPattern(url)],
    timeoutMs,
  });
  cleanups.push(session.close);

  if (options.profileFile) {
    await importProfileFile(session.browser, session.extensionId, options.profileFile, {
      timeoutMs,
    });
  }
  const draftId = options.draftFile
    ? await importSingleDraft(session, options.draftFile, timeoutMs, passphrase)
    : null;

  const page = await session.browser.newPage();
  await page.setViewport(VIEWPORT);
  await openPage(page, url, timeoutMs);
  const frame = await openPanel(page, { extensionId: session.extensionId, timeoutMs });
  await waitForPanelStable(frame);

  if (options.fill && draftId) {
    await fillFromPanel(frame, draftId, { timeoutMs });
    await waitForPanelStable(frame);
  }
  const report = await readPanel(frame);
  const checklist = await readChecklistInfo(frame);
  if (options.screenshotFile) await writeScreenshot(page, options.screenshotFile);
  return { report, checklist };
}

/**
 * Returns the URL to open. A local file is served from its folder on
 * 127.0.0.1, and the server is stopped with the other cleanups.
 *
 * @param {import('./target.mjs').AuditTarget} target
 * @param {(() => Promise<void>)[]} cleanups
 * @returns {Promise<string>}
 */
async function pageUrl(target, cleanups) {
  if (target.kind === 'url') return target.url;

  const info = await stat(target.path).catch(() => null);
  if (!info?.isFile()) throw new Error(`Page file not found: ${target.path}`);
  const server = await startServer({ root: path.dirname(target.path) });
  cleanups.push(server.close);
  return server.url + encodeURIComponent(path.basename(target.path));
}

/**
 * @param {string} file
 */
async function checkSingleDraft(file) {
  const count = await checkDraftFile(file);
  if (count !== 1) {
    throw new Error(`Draft file ${file} lists ${count} drafts: the audit imports exactly one`);
  }
}

/**
 * Returns the passphrase of the drafts in the audit's browser profile: the
 * content of `file`, else VIGILA_PASSPHRASE, else a random one, which is
 * enough because the profile is deleted when the audit ends.
 *
 * @param {string | undefined} file
 * @returns {Promise<string>}
 */
async function auditPassphrase(file) {
  if (file) return readPassphraseFile(file);
  return process.env.VIGILA_PASSPHRASE || randomBytes(24).toString('base64url');
}

/**
 * @param {import('./extension.mjs').ExtensionSession} session
 * @param {string} file
 * @param {number} timeoutMs
 * @param {string | undefined} passphrase
 * @returns {Promise<string>}
 */
async function importSingleDraft(session, file, timeoutMs, passphrase) {
  const ids = await importDraftFile(session.browser, session.extensionId, file, {
    timeoutMs,
    passphrase,
  });
  if (ids.length !== 1) {
    throw new Error(`Draft import of ${file} added ${ids.length} drafts instead of one`);
  }
  return ids[0];
}

/**
 * @param {import('puppeteer-core').Page} page
 * @param {string} url
 * @param {number} timeoutMs
 */
async function openPage(page, url, timeoutMs) {
  const response = await page
    .goto(url, { waitUntil: 'load', timeout: timeoutMs })
    .catch((error) => {
      throw new Error(`Page failed to load: ${url} (${error.message})`, { cause: error });
    });
  if (response && !response.ok()) {
    throw new Error(`Page failed to load: ${url} returned HTTP ${response.status()}`);
  }
}

/**
 * @param {import('puppeteer-core').Page} page
 * @param {string} file
 */
async function writeScreenshot(page, file) {
  const target = path.resolve(file);
  await mkdir(path.dirname(target), { recursive: true });
  await page.screenshot({ path: /** @type {`${string}.png`} */ (target), type: 'png' });
}
