// @ts-check
/**
 * Detection accuracy on fixture portals: compares the fields the panel
 * reports with a portal's truth file and sums the outcome into precision
 * and recall per portal, per language and overall. Used by
 * `npm run bench:detect` and by the corpus end-to-end test.
 *
 * A truth file `<name>.truth.json` lists every control of `<name>.html`
 * that is a catalogue field: `{ "fields": { "<field id>": "<selector>" |
 * ["<selector>", ...] }, "frames": { "<field id>": "<iframe selector>" } }`.
 * A list is one field split over several controls, in order. `frames` names
 * the iframe, by its selector in the top page, of a field that lives in a
 * child frame.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openPanel, readPanel, waitForPanelStable } from './panel.mjs';

/** @typedef {import('puppeteer-core').Page} Page */
/** @typedef {import('puppeteer-core').Frame} Frame */
/** @typedef {import('./panel-report.mjs').FieldReport} FieldReport */

/**
 * @typedef {object} PortalTruth
 * @property {Record<string, string | string[]>} fields Selector, or selectors
 *   of a split field in order, of each catalogue field on the page.
 * @property {Record<string, string>} [frames] Iframe selector in the top
 *   page of each field that lives in a child frame.
 * @property {string[]} [steps] Selectors of buttons in the top page that
 *   show the page's later steps, such as a wizard's Next, clicked in order.
 *   The panel's report is read after loading and after each click, and a
 *   field counts as reported when any of those reports has it.
 */

/**
 * @typedef {object} Mismatch
 * @property {string} fieldId Catalogue field id.
 * @property {'wrong-control' | 'not-in-truth' | 'absent' | 'ambiguous'} kind
 *   `wrong-control` and `not-in-truth` count against precision (the panel
 *   named a control that the truth gives another field or none), `absent`
 *   and `ambiguous` against recall.
 * @property {string | string[] | null} selector What the panel reported.
 * @property {string | null} label Page label the panel showed.
 * @property {string | null} truthField Field the truth gives the reported
 *   control, or null when it gives the control none.
 */

/**
 * @typedef {object} PortalResult
 * @property {string} name Portal name, the file name without `.html`.
 * @property {string} language Language group: the name's part before the first `-`.
 * @property {string[]} truePositives Fields reported at their truth control.
 * @property {Mismatch[]} falsePositives Reported fields at a control the truth does not give them.
 * @property {Mismatch[]} falseNegatives Truth fields not reported at their control.
 * @property {string | null} profile Name of the portal profile the panel
 *   applied, or null when none matched the page.
 * @property {string[]} unpinned True positives whose source is not a
 *   profile: found by detection even if a profile applies.
 */

/**
 * @typedef {object} AccuracyRow
 * @property {string} name Portal, language or `overall`.
 * @property {number} portals Number of portals summed.
 * @property {number} truePositives
 * @property {number} falsePositives
 * @property {number} falseNegatives
 * @property {number} precision From 0 to 1; 1 when nothing was reported.
 * @property {number} recall From 0 to 1; 1 when the truth lists no field.
 */

/**
 * @typedef {object} AccuracySummary
 * @property {AccuracyRow[]} portals
 * @property {AccuracyRow[]} languages
 * @property {AccuracyRow} overall
 */

/** Suffix of a truth file. A portal is an HTML file with one. */
export const TRUTH_SUFFIX = '.truth.json';

/** Panel statuses of a field that the panel found at a control. */
export const REPORTED_STATUSES = new Set(['present', 'missing', 'invalid', 'locked']);

/** Suffix of a portal's profile, which pins every field of its truth file. */
export const PROFILE_SUFFIX = '.profile.json';

/** Targets without portal profiles: overall precision and recall, and each portal's. */
export const THRESHOLDS = { precision: 0.97, recall: 0.95, portal: 0.9 };

/** Targets with each portal's profile: a profile pins every field, so nothing may be missed. */
export const PROFILE_THRESHOLDS = { precision: 1, recall: 1, portal: 1 };

/**
 * Lists the portals of a folder: each `<name>.html` with a `<name>.truth.json`.
 *
 * @param {string} dir
 * @returns {Promise<string[]>} Names without extension, sorted.
 */
export async function listPortals(dir) {
  const files = new Set(await readdir(dir));
  return [...files]
    .filter((file) => file.endsWith(TRUTH_SUFFIX))
    .map((file) => file.slice(0, -TRUTH_SUFFIX.length))
    .filter((name) => files.has(`${name}.html`))
    .sort();
}

/**
 * Lists the profile files of the given portals, in the portals' order.
 * Throws an error naming the portals that have none.
 *
 * @param {string} dir
 * @param {string[]} names
 * @returns {Promise<string[]>} Paths of `<name>.profile.json`.
 */
export async function listPortalProfiles(dir, names) {
  const files = new Set(await readdir(dir));
  const missing = names.filter((name) => !files.has(`${name}${PROFILE_SUFFIX}`));
  if (missing.length > 0) {
    throw new Error(
      `Portal profile missing in ${dir} for ${missing.join(', ')}: expected <name>${PROFILE_SUFFIX}`,
    );
  }
  return names.map((name) => path.join(dir, `${name}${PROFILE_SUFFIX}`));
}

/**
 * Writes the profiles of several files into one file of a profile array, so
 * that the options page imports them in one step.
 *
 * @param {string[]} files Profile files, each with one profile or an array.
 * @param {string} target Path of the file to write.
 * @returns {Promise<number>} How many profiles the file contains.
 */
export async function combineProfileFiles(files, target) {
  const profiles = [];
  for (const file of files) {
    const content = JSON.parse(await readFile(file, 'utf8'));
    profiles.push(...(Array.isArray(content) ? content : [content]));
  }
  await writeFile(target, `${JSON.stringify(profiles, null, 2)}\n`);
  return profiles.length;
}

/**
 * Reads and checks a portal's truth file.
 *
 * @param {string} dir
 * @param {string} name
 * @returns {Promise<PortalTruth>}
 */
export async function loadPortalTruth(dir, name) {
  const file = path.join(dir, `${name}${TRUTH_SUFFIX}`);
  const truth = JSON.parse(await readFile(file, 'utf8'));
  const invalid = (/** @type {string} */ where) =>
    new Error(`Invalid truth file ${file}: ${where}`);

  if (typeof truth?.fields !== 'object' || truth.fields === null) {
    throw invalid('"fields" must be an object of selectors');
  }
  for (const [fieldId, selector] of Object.entries(truth.fields)) {
    const valid =
      typeof selector === 'string' ||
      (Array.isArray(selector) &&
        selector.length > 0 &&
        selector.every((item) => typeof item === 'string'));
    if (!valid) throw invalid(`fields.${fieldId} must be a selector or a list of selectors`);
  }
  const steps = truth.steps ?? [];
  if (!Array.isArray(steps) || !steps.every((step) => typeof step === 'string')) {
    throw invalid('"steps" must be a list of button selectors');
  }
  for (const [fieldId, frame] of Object.entries(truth.frames ?? {})) {
    if (typeof frame !== 'string') throw invalid(`frames.${fieldId} must be an iframe selector`);
    if (!(fieldId in truth.fields)) throw invalid(`frames.${fieldId} names no field of "fields"`);
  }
  return truth;
}

/**
 * Returns a portal's language group: the part of its name before the first
 * `-`, such as `it` for `it-tabella` or `legacy` for `legacy-ncic`.
 *
 * @param {string} name
 */
export function languageOf(name) {
  return name.split('-')[0];
}

/** Viewport of an office workstation, with room for a portal and the panel. */
const VIEWPORT = { width: 1366, height: 768 };

/**
 * @typedef {object} MeasureOptions
 * @property {string} dir Folder of the portals.
 * @property {string} baseUrl URL at which the server serves `dir`, with a trailing slash.
 * @property {number} [timeoutMs] Limit for loading the page and opening the panel.
 */

/**
 * Opens a portal in a new tab of the extension's browser, waits until the
 * panel's statuses settle and compares what it reports with the truth.
 *
 * @param {import('./extension.mjs').ExtensionSession} session
 * @param {string} name Portal name.
 * @param {MeasureOptions} options
 * @returns {Promise<PortalResult>}
 */
export async function measurePortal(session, name, options) {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const truth = await loadPortalTruth(options.dir, name);
  const page = await session.browser.newPage();
  try {
    await page.setViewport(VIEWPORT);
    await page.goto(`${options.baseUrl}${name}.html`, { waitUntil: 'load', timeout: timeoutMs });
    const panel = await openPanel(page, { extensionId: session.extensionId, timeoutMs });
    await waitForPanelStable(panel, { quietMs: 800, timeoutMs: 10_000 });
    const report = await readPanel(panel);
    const fields = [...report.fields];
    for (const step of truth.steps ?? []) {
      const button = await page.$(step);
      if (!button) throw new Error(`Step button ${step} of ${name} not found in the top page`);
      await button.click();
      await waitForPanelStable(panel, { quietMs: 800, timeoutMs: 10_000 });
      fields.push(...(await readPanel(panel)).fields);
    }
    const result = await comparePortal(page, name, uniqueFields(fields), truth);
    const sources = new Map(report.fields.map((field) => [field.id, field.source]));
    return {
      ...result,
      profile: report.profile ?? null,
      unpinned: result.truePositives.filter((fieldId) => sources.get(fieldId) !== 'profile'),
    };
  } finally {
    await page.close();
  }
}

/**
 * Returns the reports once each: a field reported at the same control in
 * several steps of a page counts once.
 *
 * @param {FieldReport[]} fields
 * @returns {FieldReport[]}
 */
function uniqueFields(fields) {
  const seen = new Set();
  return fields.filter((field) => {
    const key = JSON.stringify([field.id, field.frame, field.selector, field.status]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Compares the panel's field report of a portal page with its truth.
 *
 * @param {Page} page The portal page, with its frames loaded.
 * @param {string} name Portal name.
 * @param {FieldReport[]} fields The panel's fields, from readPanel().
 * @param {PortalTruth} truth
 * @returns {Promise<PortalResult>}
 */
export async function comparePortal(page, name, fields, truth) {
  /** @type {PortalResult} */
  const result = {
    name,
    language: languageOf(name),
    truePositives: [],
    falsePositives: [],
    falseNegatives: [],
    profile: null,
    unpinned: [],
  };

  for (const field of fields) {
    if (!REPORTED_STATUSES.has(field.status) || field.selector === null) continue;
    const reportedFrame = frameOfUrl(page, field.frame);
    const expected = truth.fields[field.id];
    if (expected && reportedFrame) {
      const truthFrame = await frameOfField(page, truth, field.id);
      if (
        truthFrame === reportedFrame &&
        (await selectSame(truthFrame, field.selector, expected))
      ) {
        result.truePositives.push(field.id);
        continue;
      }
    }
    const truthField = reportedFrame
      ? await truthFieldAt(page, reportedFrame, field.selector, truth)
      : null;
    result.falsePositives.push({
      fieldId: field.id,
      kind: expected ? 'wrong-control' : 'not-in-truth',
      selector: field.selector,
      label: field.label,
      truthField,
    });
  }

  for (const fieldId of Object.keys(truth.fields)) {
    if (result.truePositives.includes(fieldId)) continue;
    const field = fields.find((candidate) => candidate.id === fieldId);
    result.falseNegatives.push({
      fieldId,
      kind: field?.status === 'ambiguous' ? 'ambiguous' : 'absent',
      selector: field?.selector ?? null,
      label: field?.label ?? null,
      truthField: fieldId,
    });
  }
  return result;
}

/**
 * Returns the frame whose document has the URL the panel reported.
 *
 * @param {Page} page
 * @param {string | null} url
 * @returns {Frame | null}
 */
function frameOfUrl(page, url) {
  if (url === null) return null;
  return page.frames().find((frame) => frame.url() === url) ?? null;
}

/**
 * Returns the frame that contains a truth field: the top frame, or the child
 * frame of the iframe that `frames` names.
 *
 * @param {Page} page
 * @param {PortalTruth} truth
 * @param {string} fieldId
 * @returns {Promise<Frame>}
 */
async function frameOfField(page, truth, fieldId) {
  const iframeSelector = truth.frames?.[fieldId];
  if (!iframeSelector) return page.mainFrame();

  const handle = await page.$(iframeSelector);
  const frame = handle ? await handle.contentFrame() : null;
  await handle?.dispose();
  if (!frame) {
    throw new Error(`Truth frame not found: no iframe "${iframeSelector}" for field ${fieldId}`);
  }
  return frame;
}

/**
 * Tells whether two selectors, or two lists of them, pick the same elements
 * in the same order in a frame. Selectors written differently, such as an id
 * and a name selector, compare equal when they pick the same controls.
 * NOTE: a selector that enters a shadow root with `>>>` is not supported.
 *
 * @param {Frame} frame
 * @param {string | string[]} first
 * @param {string | string[]} second
 * @returns {Promise<boolean>}
 */
export async function selectSame(frame, first, second) {
  return frame.evaluate(
    (a, b) => {
      const pick = (/** @type {string[]} */ selectors) =>
        selectors.flatMap((selector) => [...document.querySelectorAll(selector)]);
      const left = pick(a);
      const right = pick(b);
      return (
        left.length > 0 &&
        left.length === right.length &&
        left.every((element, index) => element === right[index])
      );
    },
    [first].flat(),
    [second].flat(),
  );
}

/**
 * Returns the truth field of a frame that shares a control with the
 * reported selector, or null when the truth gives those controls no field.
 *
 * @param {Page} page
 * @param {Frame} frame
 * @param {string | string[]} selector
 * @param {PortalTruth} truth
 * @returns {Promise<string | null>}
 */
async function truthFieldAt(page, frame, selector, truth) {
  for (const [fieldId, expected] of Object.entries(truth.fields)) {
    if ((await frameOfField(page, truth, fieldId)) !== frame) continue;
    const overlaps = await frame.evaluate(
      (a, b) => {
        const pick = (/** @type {string[]} */ selectors) =>
          selectors.flatMap((item) => [...document.querySelectorAll(item)]);
        const reported = pick(a);
        return pick(b).some((element) => reported.includes(element));
      },
      [selector].flat(),
      [expected].flat(),
    );
    if (overlaps) return fieldId;
  }
  return null;
}

/**
 * Sums portal results into one row.
 *
 * @param {string} name
 * @param {PortalResult[]} results
 * @returns {AccuracyRow}
 */
export function sumResults(name, results) {
  const truePositives = results.reduce((sum, result) => sum + result.truePositives.length, 0);
  const falsePositives = results.reduce((sum, result) => sum + result.falsePositives.length, 0);
  const falseNegatives = results.reduce((sum, result) => sum + result.falseNegatives.length, 0);
  const reported = truePositives + falsePositives;
  const expected = truePositives + falseNegatives;
  return {
    name,
    portals: results.length,
    truePositives,
    falsePositives,
    falseNegatives,
    precision: reported === 0 ? 1 : truePositives / reported,
    recall: expected === 0 ? 1 : truePositives / expected,
  };
}

/**
 * Sums the results per portal, per language group and overall. Rates per
 * group and overall are micro-averages: they count fields, not portals.
 *
 * @param {PortalResult[]} results
 * @returns {AccuracySummary}
 */
export function summarize(results) {
  const languages = [...new Set(results.map((result) => result.language))].sort();
  return {
    portals: results.map((result) => sumResults(result.name, [result])),
    languages: languages.map((language) =>
      sumResults(
        language,
        results.filter((result) => result.language === language),
      ),
    ),
    overall: sumResults('overall', results),
  };
}

/**
 * Lists the targets a summary misses: overall precision or recall below
 * its threshold, or a portal's precision or recall below the portal threshold.
 *
 * @param {AccuracySummary} summary
 * @param {typeof THRESHOLDS} [thresholds]
 * @returns {string[]} One sentence per miss; empty when every target is met.
 */
export function thresholdFailures(summary, thresholds = THRESHOLDS) {
  const failures = [];
  const { overall } = summary;
  if (overall.precision < thresholds.precision) {
    failures.push(`overall precision ${rate(overall.precision)} < ${rate(thresholds.precision)}`);
  }
  if (overall.recall < thresholds.recall) {
    failures.push(`overall recall ${rate(overall.recall)} < ${rate(thresholds.recall)}`);
  }
  for (const row of summary.portals) {
    for (const measure of /** @type {const} */ (['precision', 'recall'])) {
      if (row[measure] < thresholds.portal) {
        failures.push(`${row.name} ${measure} ${rate(row[measure])} < ${rate(thresholds.portal)}`);
      }
    }
  }
  return failures;
}

/**
 * @param {number} value
 */
function rate(value) {
  return value.toFixed(3);
}

/**
 * Formats rows as a plain-text table with a header line.
 *
 * @param {string} title Heading of the first column.
 * @param {AccuracyRow[]} rows
 * @returns {string}
 */
export function formatAccuracyTable(title, rows) {
  const header = [title, 'portals', 'TP', 'FP', 'FN', 'precision', 'recall'];
  const lines = rows.map((row) => [
    row.name,
    String(row.portals),
    String(row.truePositives),
    String(row.falsePositives),
    String(row.falseNegatives),
    rate(row.precision),
    rate(row.recall),
  ]);
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...lines.map((line) => line[column].length)),
  );
  const format = (/** @type {string[]} */ cells) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[0]) : cell.padStart(widths[column]),
      )
      .join('  ');
  return [format(header), ...lines.map(format)].join('\n');
}

/**
 * Describes a mismatch in one line, for the benchmark's details and test messages.
 *
 * @param {Mismatch} mismatch
 * @returns {string}
 */
export function describeMismatch(mismatch) {
  const where = mismatch.selector ? ` at ${[mismatch.selector].flat().join(', ')}` : '';
  const label = mismatch.label ? ` ("${mismatch.label}")` : '';
  switch (mismatch.kind) {
    case 'absent':
      return `${mismatch.fieldId}: not found`;
    case 'ambiguous':
      return `${mismatch.fieldId}: ambiguous${where}${label}`;
    default: {
      const truth = mismatch.truthField ? `the truth says ${mismatch.truthField}` : 'no field';
      return `${mismatch.fieldId}: reported${where}${label}, ${truth}`;
    }
  }
}
