// @ts-check
import { toFillOutcome } from './panel-report.mjs';

/** @typedef {import('puppeteer-core').Frame} Frame */
/** @typedef {import('./panel-report.mjs').FillOutcome} FillOutcome */

const DRAFT_SELECT = 'select[data-testid="draft-select"]';

/**
 * @typedef {object} FillOptions
 * @property {string[]} [fields] Ticks exactly the preview rows of these field
 *   ids and unticks the rest. When omitted, the rows stay as the panel
 *   proposed them.
 * @property {number} [timeoutMs] Limit for each step, in milliseconds.
 */

/**
 * Fills the page from a draft as an officer does in the panel: selects the
 * draft, opens the preview, confirms it and waits until every fill result
 * is final.
 *
 * Clicks are dispatched in the panel's document rather than through the
 * mouse, because the panel may be shrunk or moved aside on a small screen,
 * and its handlers receive the same click event either way.
 *
 * @param {Frame} frame The panel's frame.
 * @param {string} draftId Value of the draft's option in the draft list.
 * @param {FillOptions} [options]
 * @returns {Promise<FillOutcome[]>}
 */
export async function fillFromPanel(frame, draftId, options = {}) {
  const timeout = options.timeoutMs ?? 30_000;

  await waitForDraftOption(frame, draftId, timeout);
  await frame.select(DRAFT_SELECT, draftId);

  await clickWhenEnabled(frame, '[data-testid="fill-preview"]', timeout);
  await frame
    .waitForSelector('[data-testid="fill-confirm"]', { timeout })
    .catch(timedOut('fill-confirm after the preview', timeout));
  if (options.fields) await tickPreviewRows(frame, options.fields);

  await clickWhenEnabled(frame, '[data-testid="fill-confirm"]', timeout);
  await frame
    .waitForSelector('[data-testid="fill-done"]', { timeout })
    .catch(timedOut('fill-done after confirming', timeout));

  const rows = await frame.$$eval('[data-testid="fill-result"]', (items) =>
    items.map((item) => ({ .../** @type {HTMLElement} */ (item).dataset })),
  );
  return rows.map(toFillOutcome);
}

/**
 * @param {Frame} frame
 * @param {string} draftId
 * @param {number} timeout
 */
async function waitForDraftOption(frame, draftId, timeout) {
  await frame
    .waitForFunction(
      (selector, id) => {
        const select = document.querySelector(selector);
        if (!(select instanceof HTMLSelectElement)) return false;
        return [...select.options].some((option) => option.value === id);
      },
      { timeout },
      DRAFT_SELECT,
      draftId,
    )
    .catch(timedOut(`draft ${draftId} in the draft list`, timeout));
}

/**
 * @param {Frame} frame
 * @param {string} selector A button.
 * @param {number} timeout
 */
async function clickWhenEnabled(frame, selector, timeout) {
  await frame
    .waitForFunction(
      (target) => {
        const button = /** @type {HTMLButtonElement | null} */ (document.querySelector(target));
        return button !== null && !button.disabled;
      },
      { timeout },
      selector,
    )
    .catch(timedOut(`${selector} to be enabled`, timeout));
  await frame.$eval(selector, (button) => /** @type {HTMLElement} */ (button).click());
}

/**
 * Clicks the checkbox of each preview row whose state differs from the
 * requested one, so that the panel receives the usual input and change events.
 *
 * @param {Frame} frame
 * @param {string[]} fieldIds
 */
async function tickPreviewRows(frame, fieldIds) {
  await frame.$$eval(
    '[data-testid="preview-row"]',
    (rows, wanted) => {
      for (const row of rows) {
        const checkbox = row.querySelector('input[type="checkbox"]');
        if (!(checkbox instanceof HTMLInputElement)) continue;
        const tick = wanted.includes(/** @type {HTMLElement} */ (row).dataset.fieldId ?? '');
        if (checkbox.checked !== tick) checkbox.click();
      }
    },
    fieldIds,
  );
}

/**
 * @param {string} description What was awaited.
 * @param {number} timeout
 * @returns {(error: unknown) => never}
 */
function timedOut(description, timeout) {
  return (error) => {
    throw new Error(`Panel timed out after ${timeout} ms waiting for ${description}`, {
      cause: error,
    });
  };
}
