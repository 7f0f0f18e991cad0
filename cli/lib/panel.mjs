// @ts-check
import { parseScore, toFieldReport, toFillOutcome, toRuleReport } from './panel-report.mjs';
import { isFirefox } from './extension-url.mjs';

/** @typedef {import('puppeteer-core').Frame} Frame */
/** @typedef {import('puppeteer-core').Page} Page */
/** @typedef {import('./panel-report.mjs').AuditReport} AuditReport */
/** @typedef {import('./panel-report.mjs').FillOutcome} FillOutcome */

const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * The panel opens by itself once the page contains enough catalogue fields.
 * After this long without a panel, the toolbar button is pressed once.
 */
const ACTION_DELAY_MS = 5_000;

/**
 * @typedef {object} OpenPanelOptions
 * @property {string} [extensionId] Accepts only this extension's panel.
 * @property {boolean} [pressAction] Presses the extension's toolbar button
 *   when no panel appeared by itself (default true).
 * @property {number} [timeoutMs]
 */

/**
 * Waits for the panel iframe (`chrome-extension://<id>/panel.html`, in
 * Firefox `moz-extension://<uuid>/panel.html`) in the page and for its
 * `panel-ready` marker, and returns the panel's frame.
 *
 * @param {Page} page
 * @param {OpenPanelOptions} [options]
 * @returns {Promise<Frame>}
 */
export async function openPanel(page, options = {}) {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const frame = await waitForPanelFrame(page, options, timeoutMs);

  await frame
    .waitForSelector('[data-testid="panel-ready"]', { timeout: timeoutMs })
    .catch((error) => {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for panel-ready in the panel`, {
        cause: error,
      });
    });
  return frame;
}

/**
 * @param {Page} page
 * @param {OpenPanelOptions} options
 * @param {number} timeoutMs
 * @returns {Promise<Frame>}
 */
async function waitForPanelFrame(page, options, timeoutMs) {
  const started = Date.now();
  if (isFirefox(page.browser())) return pollPanelFrame(page, options.extensionId, timeoutMs);
  const isPanel = (/** @type {Frame} */ frame) => isPanelUrl(frame.url(), options.extensionId);

  const existing = page.frames().find(isPanel);
  if (existing) return existing;

  if (options.pressAction !== false) {
    const opened = await page
      .waitForFrame(isPanel, { timeout: Math.min(ACTION_DELAY_MS, timeoutMs) })
      .catch(() => undefined);
    if (opened) return opened;
    await pressAction(page, options.extensionId);
  }

  const remaining = Math.max(timeoutMs - (Date.now() - started), 1);
  return page.waitForFrame(isPanel, { timeout: remaining }).catch((error) => {
    const message = `Timed out after ${timeoutMs} ms waiting for the panel in ${page.url()}`;
    throw new Error(message, { cause: error });
  });
}

/**
 * Polls the page's frames for the panel's document. Over WebDriver BiDi,
 * Firefox reports a moz-extension frame's URL as `about:blank` and sends no
 * event when the panel's document replaces the frame's first one.
 *
 * NOTE: puppeteer-core 24 cannot press a toolbar button over WebDriver
 * BiDi, so in Firefox the panel must open by itself.
 *
 * @param {Page} page
 * @param {string | undefined} extensionId
 * @param {number} timeoutMs
 * @returns {Promise<Frame>}
 */
async function pollPanelFrame(page, extensionId, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const frame of page.frames()) {
      if (await isPanelDocument(frame, extensionId)) return frame;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for the panel in ${page.url()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * @param {string} url
 * @param {string} [extensionId]
 * @param {string} [scheme]
 */
function isPanelUrl(url, extensionId, scheme = 'chrome-extension:') {
  if (!url.startsWith(`${scheme}//`)) return false;
  const parsed = new URL(url);
  if (parsed.pathname !== '/panel.html') return false;
  return extensionId === undefined || parsed.host === extensionId;
}

/**
 * Tells whether a frame shows the panel, from its document's own URL,
 * because over WebDriver BiDi Firefox reports a moz-extension frame's URL
 * as `about:blank`.
 *
 * @param {Frame} frame
 * @param {string} [extensionId]
 * @returns {Promise<boolean>}
 */
async function isPanelDocument(frame, extensionId) {
  if (frame === frame.page().mainFrame()) return false;
  const href = await frame.evaluate(() => location.href).catch(() => '');
  return isPanelUrl(href, extensionId, 'moz-extension:');
}

/**
 * Presses the toolbar button of the extension (or of the only extension
 * installed) for the page's tab.
 *
 * @param {Page} page
 * @param {string} [extensionId]
 */
async function pressAction(page, extensionId) {
  const extensions = await page.browser().extensions();
  const extension = extensionId ? extensions.get(extensionId) : [...extensions.values()][0];
  if (extension) await page.triggerExtensionAction(extension);
}

/**
 * Reads the panel's checklist, score and fill results into the audit
 * report. `fill` is empty until a fill has run.
 *
 * @param {Frame} frame The panel's frame, from {@link openPanel}.
 * @returns {Promise<AuditReport>}
 */
export async function readPanel(frame) {
  const fieldRows = await readRows(frame, '[data-testid="check-item"]');
  const ruleRows = await frame.$$eval('[data-testid="rule-item"]', (items) =>
    items.map((item) => ({
      .../** @type {HTMLElement} */ (item).dataset,
      message: item.querySelector('[data-role="message"]')?.textContent ?? '',
    })),
  );
  const fillRows = await readRows(frame, '[data-testid="fill-result"]');
  const score = await frame
    .$eval('[data-testid="score"]', (element) => /** @type {HTMLElement} */ (element).dataset.score)
    .catch(() => undefined);
  const profile = await frame
    .$eval(
      '[data-testid="profile-name"]',
      (element) => /** @type {HTMLElement} */ (element).dataset.profileName ?? null,
    )
    .catch(() => null);

  return {
    url: frame.page().url(),
    fields: fieldRows.map(toFieldReport),
    checklist: { score: parseScore(score), items: ruleRows.map(toRuleReport) },
    fill: fillRows.map(toFillOutcome),
    profile,
  };
}

/**
 * @typedef {object} ChecklistInfo
 * @property {string} name Text the panel shows for the checklist.
 * @property {string | null} id
 * @property {string | null} version
 */

/**
 * Reads which checklist the panel applies, or null when it shows none.
 *
 * @param {Frame} frame
 * @returns {Promise<ChecklistInfo | null>}
 */
export async function readChecklistInfo(frame) {
  const handle = await frame.$('[data-testid="checklist-name"]');
  if (!handle) return null;
  return handle.evaluate((element) => {
    const { checklistId, checklistVersion } = /** @type {HTMLElement} */ (element).dataset;
    return {
      name: (element.textContent ?? '').trim(),
      id: checklistId || null,
      version: checklistVersion || null,
    };
  });
}

/**
 * @param {Frame} frame
 * @param {string} selector
 * @returns {Promise<Record<string, string | undefined>[]>}
 */
function readRows(frame, selector) {
  return frame.$$eval(selector, (items) =>
    items.map((item) => ({ .../** @type {HTMLElement} */ (item).dataset })),
  );
}

/**
 * Waits until the panel's statuses and score have not changed for
 * `quietMs`, because the panel re-checks after every frame report and
 * after a fill. Returns false when they still change at `timeoutMs`.
 *
 * @param {Frame} frame
 * @param {{ quietMs?: number, timeoutMs?: number }} [options]
 * @returns {Promise<boolean>}
 */
export async function waitForPanelStable(frame, options = {}) {
  const quietMs = options.quietMs ?? 500;
  const deadline = Date.now() + (options.timeoutMs ?? 5_000);
  let last = await panelSignature(frame);
  let lastChange = Date.now();

  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const current = await panelSignature(frame);
    if (current !== last) {
      last = current;
      lastChange = Date.now();
    } else if (Date.now() - lastChange >= quietMs) {
      return true;
    }
  }
  return false;
}

/**
 * @param {Frame} frame
 * @returns {Promise<string>}
 */
function panelSignature(frame) {
  return frame.evaluate(() => {
    const rows = document.querySelectorAll(
      '[data-testid="check-item"], [data-testid="rule-item"], [data-testid="score"]',
    );
    return [...rows]
      .map((row) => {
        const { fieldId, ruleId, status, score } = /** @type {HTMLElement} */ (row).dataset;
        return `${fieldId ?? ruleId ?? 'score'}=${status ?? score}`;
      })
      .join(' ');
  });
}
