#!/usr/bin/env node
// @ts-check
/**
 * Measures Vigila on generated portals of 100, 1,000 and 5,000 controls in
 * headless Chromium and prints medians over repeated runs: the page's scan
 * (`vigila-scan` in the top frame), the time its sends of the scan took
 * (`vigila-send`), beside the panel's classification of the
 * scans (`vigila-classify`, the longest of the frames). Uses the built
 * extension in .output/chrome-mv3 (run `npm run build` first).
 *
 * The baseline loop runs twice. The `baseline` column runs it in the
 * extension's page after the scan, so it reads DOM nodes whose JavaScript
 * objects the scan created and runs in a page whose code is warm. The
 * `cold baseline` column runs it in a fresh load of the same page without
 * the extension, where it pays those first-touch costs as the scan does.
 */
import { readFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultExtensionDir, launchChromium, launchWithExtension, openPanel } from './lib/browser.mjs';
import { startServer } from './lib/server.mjs';
import { portalHtml } from './bench/portal.mjs';

const SIZES = [100, 1000, 5000];
const KEYSTROKES = 20;

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** @param {number[]} values @param {number} share */
function percentile(values, share) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
}

/** Records long tasks, with their start times, from the start of each document. */
const LONG_TASK_OBSERVER = () => {
  /** @type {any} */ (window).__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      /** @type {any} */ (window).__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
};

/** @param {{ start: number, duration: number }[]} tasks */
function longestTask(tasks) {
  return Math.max(0, ...tasks.map((task) => task.duration));
}

/**
 * Reads every control's attributes and its label[for] text, in the page and
 * its frames and shadow root: the floor that no detector can beat by much.
 */
const BASELINE = () => {
  const documents = [document, ...[...document.querySelectorAll('iframe')].map((frame) => frame.contentDocument)];
  const roots = [...documents, document.querySelector('bench-widget')?.shadowRoot];
  const started = performance.now();
  let total = 0;
  for (const root of roots) {
    if (!root) continue;
    const labels = new Map();
    for (const label of root.querySelectorAll('label[for]')) {
      labels.set(label.getAttribute('for'), label.textContent ?? '');
    }
    for (const control of root.querySelectorAll('input, select, textarea')) {
      for (const attribute of control.attributes) total += attribute.value.length;
      total += (labels.get(control.id) ?? '').length;
    }
  }
  return { ms: performance.now() - started, total };
};

/** Trace categories with every task of the renderer and the page's performance measures. */
const TRACE_CATEGORIES = ['toplevel', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];

/**
 * Returns the wall time and the thread time of the longest task of the
 * page's renderer main thread that ran at or after the start of the first
 * `vigila-scan` measure, each the maximum over those tasks. The page's Long
 * Tasks API leaves out tasks that run only content-script code, and a trace
 * has them all. Thread time leaves out the time the thread waited for a core,
 * which other processes' load adds to the wall time.
 *
 * @param {{ traceEvents: any[] }} trace
 */
function longestRendererTask(trace) {
  const events = trace.traceEvents;
  const scan = events.find((event) => event.name === 'vigila-scan' && event.ph !== 'e');
  if (!scan) return { wall: NaN, thread: NaN };
  const mainThread = events.find(
    (event) => event.name === 'thread_name' && event.pid === scan.pid && event.args?.name === 'CrRendererMain',
  );
  const tasks = events.filter(
    (event) =>
      event.name === 'RunTask' &&
      event.ph === 'X' &&
      event.pid === scan.pid &&
      event.tid === mainThread?.tid &&
      event.ts + event.dur >= scan.ts,
  );
  return {
    wall: Math.max(0, ...tasks.map((task) => task.dur / 1000)),
    thread: Math.max(0, ...tasks.map((task) => (task.tdur ?? 0) / 1000)),
  };
}

/** @param {import('puppeteer-core').Page} page */
async function heapUsed(page) {
  const session = await page.createCDPSession();
  await session.send('Performance.enable');
  await session.send('HeapProfiler.collectGarbage');
  const { metrics } = await session.send('Performance.getMetrics');
  await session.detach();
  return (metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0) / 1024 / 1024;
}

/**
 * @param {import('puppeteer-core').Page} page
 * @param {string} url
 */
async function openBare(page, url) {
  await page.evaluateOnNewDocument(LONG_TASK_OBSERVER);
  await page.setViewport({ width: 1600, height: 1000 });
  await page.goto(url, { waitUntil: 'load' });
}

/** @param {import('puppeteer-core').Frame} panel */
async function waitForQuietPanel(panel, quietMs = 1500) {
  let last = '';
  let since = Date.now();
  for (;;) {
    const stamp = await panel.$eval('[data-testid="panel-ready"]', (element) =>
      /** @type {HTMLElement} */ (element).dataset.evaluatedAt ?? '',
    );
    if (stamp !== last) {
      last = stamp;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) {
      return Number(stamp);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * @param {import('puppeteer-core').Page} page
 * @param {import('puppeteer-core').Frame} panel
 */
async function keystrokeTimes(page, panel) {
  const times = [];
  // A text field the panel lists, so that each keystroke reaches the checklist.
  const candidates = await panel.$$eval(
    '[data-testid="check-item"][data-status="missing"], [data-testid="ambiguous-item"]',
    (items) =>
      items
        .map((item) => JSON.parse(/** @type {HTMLElement} */ (item).dataset.selector || '[]')[0])
        .filter((candidate) => candidate && !candidate.includes('>>>')),
  );
  const selector = await page.evaluate(
    (list) =>
      list.find((candidate) => document.querySelector(candidate) instanceof HTMLInputElement),
    candidates,
  );
  if (!selector) throw new Error('No empty text field is listed in the panel to type into');
  for (let index = 0; index < KEYSTROKES; index++) {
    const before = await panel.$eval('[data-testid="panel-ready"]', (element) => /** @type {HTMLElement} */ (element).dataset.evaluatedAt);
    const sentAt = await page.evaluate((letter, target) => {
      const input = /** @type {HTMLInputElement} */ (document.querySelector(target));
      input.value += letter;
      const at = performance.timeOrigin + performance.now();
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return at;
    }, String.fromCharCode(97 + (index % 26)), selector);
    await panel.waitForFunction(
      (previous) => document.querySelector('[data-testid="panel-ready"]')?.getAttribute('data-evaluated-at') !== previous,
      { timeout: 10_000 },
      before,
    );
    const doneAt = Number(
      await panel.$eval('[data-testid="panel-ready"]', (element) => /** @type {HTMLElement} */ (element).dataset.evaluatedAt),
    );
    times.push(doneAt - sentAt);
  }
  return times;
}

/**
 * @param {{ browser: import('puppeteer-core').Browser, extensionId: string }} session
 * @param {string} url
 */
async function runWithExtension(session, url) {
  const page = await session.browser.newPage();
  await page.tracing.start({ categories: TRACE_CATEGORIES });
  await openBare(page, url);
  const panel = await openPanel(page, { extensionId: session.extensionId, pressAction: false });
  const completeAt = await waitForQuietPanel(panel);
  const trace = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
  const loadedAt = await page.evaluate(() => {
    const [entry] = /** @type {PerformanceNavigationTiming[]} */ (performance.getEntriesByType('navigation'));
    return performance.timeOrigin + entry.domContentLoadedEventStart;
  });
  const scans = await page.evaluate(() =>
    performance.getEntriesByName('vigila-scan').map((entry) => ({ start: entry.startTime, duration: entry.duration })),
  );
  const sends = await page.evaluate(() =>
    performance.getEntriesByName('vigila-send').map((entry) => entry.duration),
  );
  // The panel classifies each frame's scan; the top frame's, with most of the controls, takes longest.
  const classifications = await panel.evaluate(() =>
    performance.getEntriesByName('vigila-classify').map((entry) => entry.duration),
  );
  const baseline = await page.evaluate(BASELINE);
  const keystrokes = await keystrokeTimes(page, panel);
  const longTasks = await page.evaluate(() => /** @type {any} */ (window).__longTasks);
  const heap = await heapUsed(page);
  await page.close();
  const rendererTask = longestRendererTask(trace);
  return {
    toChecklist: completeAt - loadedAt,
    scan: scans[0]?.duration ?? NaN,
    send: sends[0] ?? NaN,
    classify: classifications.length > 0 ? Math.max(...classifications) : NaN,
    baseline: baseline.ms,
    keystrokeP95: percentile(keystrokes, 0.95),
    longestTask: longestTask(longTasks),
    rendererTask: rendererTask.wall,
    rendererTaskThread: rendererTask.thread,
    heap,
  };
}

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} url
 */
async function runWithout(browser, url) {
  const page = await browser.newPage();
  await openBare(page, url);
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const longTasks = await page.evaluate(() => /** @type {any} */ (window).__longTasks);
  // No scan ran in this page, so the loop creates the nodes' JavaScript objects and runs cold code.
  const coldBaseline = await page.evaluate(BASELINE);
  const heap = await heapUsed(page);
  await page.close();
  return { longestTask: longestTask(longTasks), heap, coldBaseline: coldBaseline.ms };
}

/** @param {number} value */
const ms = (value) => `${value.toFixed(1)} ms`;

async function main() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      sizes: { type: 'string', default: SIZES.join(',') },
    },
  });
  const runs = Number(values.runs);
  const sizes = values.sizes.split(',').map(Number);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number of at least 1, not "${values.runs}"`);
  if (sizes.some((size) => !Number.isInteger(size) || size < 10)) {
    throw new Error(`--sizes must list whole numbers of controls of at least 10, as in 1000,5000, not "${values.sizes}"`);
  }
  const folder = await mkdtemp(path.join(os.tmpdir(), 'vigila-bench-'));
  for (const size of sizes) await writeFile(path.join(folder, `portal-${size}.html`), portalHtml(size));
  const server = await startServer({ root: folder, sharedCasesDir: null });
  const withExtension = await launchWithExtension();
  const plain = await launchChromium();

  const script = await readFile(path.join(defaultExtensionDir(), 'content-scripts/content.js'));
  console.log(`Content script: ${(script.length / 1024).toFixed(1)} KB raw, ${(gzipSync(script).length / 1024).toFixed(1)} KB gzipped`);
  console.log(`Runs per size: ${runs} (medians; keystroke figure is the 95th percentile of ${KEYSTROKES} keystrokes per run)`);
  console.log('');
  const header = [
    'controls',
    'DCL to checklist',
    'scan (page)',
    'send (page)',
    'classify (panel)',
    'baseline',
    'ratio',
    'cold baseline',
    'cold ratio',
    'keystroke p95',
    'longest page task (ext / none)',
    'longest renderer task from first scan (wall / thread)',
    'heap MB (ext / none)',
  ];
  console.log(header.join(' | '));

  try {
    for (const size of sizes) {
      const url = `${server.url}portal-${size}.html`;
      const results = [];
      const bare = [];
      for (let run = 0; run < runs; run++) {
        results.push(await runWithExtension(withExtension, url));
        bare.push(await runWithout(plain.browser, url));
      }
      const pick = (/** @type {string} */ key) => median(results.map((result) => /** @type {any} */ (result)[key]));
      const pickBare = (/** @type {string} */ key) => median(bare.map((result) => /** @type {any} */ (result)[key]));
      const scan = pick('scan');
      const baseline = pick('baseline');
      const coldBaseline = pickBare('coldBaseline');
      console.log(
        [
          size,
          ms(pick('toChecklist')),
          ms(scan),
          ms(pick('send')),
          ms(pick('classify')),
          ms(baseline),
          `${(scan / baseline).toFixed(1)}x`,
          ms(coldBaseline),
          `${(scan / coldBaseline).toFixed(1)}x`,
          ms(pick('keystrokeP95')),
          `${ms(pick('longestTask'))} / ${ms(pickBare('longestTask'))}`,
          `${ms(pick('rendererTask'))} / ${ms(pick('rendererTaskThread'))}`,
          `${pick('heap').toFixed(1)} / ${pickBare('heap').toFixed(1)}`,
        ].join(' | '),
      );
    }
  } finally {
    await withExtension.close();
    await plain.close();
    await server.close();
    await rm(folder, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`Benchmark failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
