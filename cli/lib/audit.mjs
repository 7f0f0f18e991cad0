// @ts-check
import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { checkPageFile, checkPassphrase, checkScreenshotFile } from './audit-checks.mjs';
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
 * Time that the audit waits for the page's load event once the DOM is
 * ready, while the panel opens, in milliseconds. A page with a resource that
 * never loads, such as an image from a host that does not respond, is then
 * audited as it is.
 */
const LOAD_GRACE_MS = 5_000;

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
 * @property {boolean} [allowOutsideCwd] Accepts a local page file outside
 *   the current working directory.
 * @property {string} [screenshotFile] PNG to write of the page with the panel.
 * @property {string} [extensionDir] Built chrome-mv3 folder.
 * @property {number} [timeoutMs] Limit for each step, in milliseconds.
 */

/**
 * @typedef {object} AuditResult
 * @property {import('./panel-report.mjs').AuditReport} report
 * @property {import('./panel.mjs').ChecklistInfo | null} checklist
 * @property {string[]} warnings Steps that did not finish but did not stop
 *   the audit, such as a page whose load event never fired.
 * @property {Error} [screenshotError] Why the screenshot was not written.
 *   The report is complete all the same.
 */

/**
 * Opens a page in headless Chromium or Firefox with the built extension,
 * optionally imports portal profiles and a draft, waits for the panel,
 * optionally fills from the draft, and reads what the panel shows. The
 * files, the page's folder and the passphrase are checked before the
 * browser starts. Everything it starts is stopped before it returns.
 *
 * @param {AuditOptions} options
 * @returns {Promise<AuditResult>}
 */
export async function runAudit(options) {
  if (options.fill && !options.draftFile) throw new UsageError('--fill needs --draft FILE');
  const target = resolveTarget(options.target);
  const pageFolder =
    target.kind === 'file'
      ? await checkPageFile(target.path, { allowOutsideCwd: options.allowOutsideCwd })
      : undefined;
  if (options.draftFile) await checkSingleDraft(options.draftFile);
  const passphrase = options.draftFile ? await auditPassphrase(options.passphraseFile) : undefined;
  if (options.profileFile) await checkProfileFile(options.profileFile);
  if (options.screenshotFile) await checkScreenshotFile(options.screenshotFile);

  /** @type {(() => Promise<void>)[]} */
  const cleanups = [];
  try {
    const url = await pageUrl(target, pageFolder, cleanups);
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
  const { frame, warnings } = await openPageWithPanel(page, url, session.extensionId, timeoutMs);
  await waitForPanelStable(frame);

  if (options.fill && draftId) {
    await fillFromPanel(frame, draftId, { timeoutMs });
    await waitForPanelStable(frame);
  }
  const report = await readPanel(frame);
  const checklist = await readChecklistInfo(frame);
  const screenshotError = options.screenshotFile
    ? await writeScreenshot(page, options.screenshotFile).then(
        () => undefined,
        (/** @type {Error} */ error) => error,
      )
    : undefined;
  return { report, checklist, warnings, screenshotError };
}

/**
 * Returns the URL to open. A local file is served on 127.0.0.1 from its
 * folder, which checkPageFile has checked, and from nothing else. The server
 * is stopped with the other cleanups.
 *
 * @param {import('./target.mjs').AuditTarget} target
 * @param {string | undefined} pageFolder Real path of a local file's folder.
 * @param {(() => Promise<void>)[]} cleanups
 * @returns {Promise<string>}
 */
async function pageUrl(target, pageFolder, cleanups) {
  if (target.kind === 'url') return target.url;

  const server = await startServer({
    root: pageFolder ?? path.dirname(target.path),
    sharedCasesDir: null,
  });
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
  if (file) return checkPassphrase(await readPassphraseFile(file), `file ${file}`);
  const fromEnvironment = process.env.VIGILA_PASSPHRASE;
  if (fromEnvironment) return checkPassphrase(fromEnvironment, 'VIGILA_PASSPHRASE');
  return randomBytes(24).toString('base64url');
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
    .goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs })
    .catch((error) => {
      throw new Error(`Page failed to load: ${url} (${error.message})`, { cause: error });
    });
  if (response && !response.ok()) {
    throw new Error(`Page failed to load: ${url} returned HTTP ${response.status()}`);
  }
}

/**
 * Opens the page, waits for its DOM and then for the panel. The panel opens
 * once the DOM is ready, so the load event is awaited alongside it and only
 * for LOAD_GRACE_MS, and a load that does not come is returned as a warning.
 *
 * @param {import('puppeteer-core').Page} page
 * @param {string} url
 * @param {string} extensionId
 * @param {number} timeoutMs
 * @returns {Promise<{ frame: import('puppeteer-core').Frame, warnings: string[] }>}
 */
async function openPageWithPanel(page, url, extensionId, timeoutMs) {
  await openPage(page, url, timeoutMs);
  const loadTimeoutMs = Math.min(timeoutMs, LOAD_GRACE_MS);
  const loaded = waitForLoad(page, loadTimeoutMs);
  const frame = await openPanel(page, { extensionId, timeoutMs });

  /** @type {string[]} */
  const warnings = [];
  if (!(await loaded)) {
    warnings.push(
      `The page's load event did not fire within ${loadTimeoutMs} ms of its DOM being ready, ` +
        'because a resource such as an image is still loading: the audit reads the page as it is',
    );
  }
  return { frame, warnings };
}

/**
 * Waits until the page's document is complete, which is when its load event
 * fires, and returns false when it is not complete after `timeoutMs`.
 *
 * @param {import('puppeteer-core').Page} page
 * @param {number} timeoutMs
 * @returns {Promise<boolean>}
 */
function waitForLoad(page, timeoutMs) {
  return page
    .waitForFunction(() => document.readyState === 'complete', { timeout: timeoutMs, polling: 100 })
    .then(
      () => true,
      () => false,
    );
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
