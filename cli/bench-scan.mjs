#!/usr/bin/env node
// @ts-check
/**
 * Measures the page's part of a scan alone, without the extension around it:
 * `scanPage` from `utils/detect/page-scan.ts`, bundled with esbuild and added
 * to a fresh load of the benchmark portal in headless Chromium. The first
 * scan of a page runs code that V8 has not compiled yet and creates the
 * JavaScript objects of the DOM nodes it reads. The benchmark prints it
 * beside later scans of the same page and beside a first scan that runs after
 * a plain loop touched every node. With `--profile` it samples later scans
 * with the DevTools protocol's `Profiler` and lists the functions that took
 * the most samples.
 *
 * The script runs in the page's main world, not in a content script's
 * isolated world, and it gives no figure for the classification, which runs
 * in the extension.
 */
import { rmSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { launchChromium } from './lib/browser.mjs';
import { REPOSITORY_ROOT } from './lib/paths.mjs';
import { startServer } from './lib/server.mjs';
import { portalHtml } from './bench/portal.mjs';

const USAGE = `Usage: npm run bench:scan -- [options]

Runs the page's scan (utils/detect/page-scan.ts) alone in fresh loads of the
generated benchmark portal and prints medians of its first scan, of later
scans in the same page and of a first scan after a loop touched every node.

Options:
  --sizes LIST      page sizes in controls, comma-separated, each at least 10
                    (default 1000)
  --pages N         fresh page loads per size and kind of first scan (default 7)
  --repeats N       later scans per page (default 10)
  --profile N       sample later scans in one more page per size and list the
                    N functions with the most samples, by their share of the
                    samples taken in scanPage
  -h, --help        print this help
`;

/** Interval of the CPU profile's samples, in microseconds. */
const SAMPLE_INTERVAL_US = 50;

/** Entry of the bundle that the page loads: it runs one scan and returns its duration. */
const ENTRY = `
import { scanPage } from './utils/detect/page-scan';
import { LabelCache } from './utils/detect/label-cache';

globalThis.vigilaBenchScan = () => {
  const started = performance.now();
  const { scan } = scanPage(document, { labelCache: new LabelCache() });
  return { ms: performance.now() - started, units: scan.units.length };
};

// Creates the JavaScript object of every node, as a first scan does, without running its code.
globalThis.vigilaBenchTouch = () => {
  const started = performance.now();
  const visit = (root) => {
    for (const element of root.querySelectorAll('*')) {
      for (let child = element.firstChild; child; child = child.nextSibling) child.nodeType;
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document);
  return performance.now() - started;
};
`;

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** @param {number} value */
const ms = (value) => `${value.toFixed(1)} ms`;

/**
 * @param {string} name
 * @param {string | undefined} raw
 * @param {number} fallback
 */
function wholeNumber(name, raw, fallback) {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`--${name} must be a whole number of at least 1, not "${raw}"`);
  }
  return value;
}

/**
 * Counts, for each function, the samples whose stack contains it (total) and
 * those taken in the function itself (self). Only samples taken inside
 * `scanPage` count, and only the frames from `scanPage` down, so the page's
 * own code and the wrappers that call the scan are left out.
 *
 * @param {{ nodes: any[], samples: number[] }} profile
 * @param {Map<string, { self: number, total: number }>} counts
 */
function countSamples(profile, counts) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parents.set(child, node.id);
  const nameOf = (/** @type {any} */ node) =>
    `${node.callFrame.functionName || '(anonymous)'}:${node.callFrame.lineNumber + 1}`;
  const entry = (/** @type {string} */ name) => {
    let counted = counts.get(name);
    if (!counted) {
      counted = { self: 0, total: 0 };
      counts.set(name, counted);
    }
    return counted;
  };

  for (const sample of profile.samples) {
    const stack = [];
    let insideScan = false;
    for (let id = sample; id !== undefined && !insideScan; id = parents.get(id)) {
      const node = nodes.get(id);
      stack.push(nameOf(node));
      insideScan = node.callFrame.functionName === 'scanPage';
    }
    if (!insideScan) continue;
    entry(stack[0]).self++;
    for (const name of new Set(stack)) entry(name).total++;
  }
}

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} baseUrl
 * @param {number} size
 * @param {{ touchFirst: boolean, repeats: number, counts?: Map<string, { self: number, total: number }> }} options
 */
async function measurePage(browser, baseUrl, size, options) {
  const page = await browser.newPage();
  try {
    await page.goto(`${baseUrl}portal-${size}.html`, { waitUntil: 'load' });
    await page.addScriptTag({ url: `${baseUrl}scan.js` });
    const touchMs = options.touchFirst
      ? await page.evaluate(() => /** @type {any} */ (globalThis).vigilaBenchTouch())
      : undefined;
    const first = await page.evaluate(() => /** @type {any} */ (globalThis).vigilaBenchScan());

    const cdp = options.counts ? await page.createCDPSession() : undefined;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLE_INTERVAL_US });
      await cdp.send('Profiler.start');
    }
    const later = [];
    for (let repeat = 0; repeat < options.repeats; repeat++) {
      const scan = await page.evaluate(() => /** @type {any} */ (globalThis).vigilaBenchScan());
      later.push(scan.ms);
    }
    if (cdp && options.counts) {
      const { profile } = await cdp.send('Profiler.stop');
      countSamples(profile, options.counts);
      await cdp.detach();
    }
    return { first: first.ms, units: first.units, later: median(later), touchMs };
  } finally {
    await page.close();
  }
}

/**
 * @param {Map<string, { self: number, total: number }>} counts
 * @param {number} limit
 * @param {number} size
 */
function printProfile(counts, limit, size) {
  const scan = counts.get([...counts.keys()].find((name) => name.startsWith('scanPage:')) ?? '');
  console.log('');
  if (!scan) {
    console.log(
      `The profile at ${size} controls took no sample inside scanPage: raise --repeats or the size.`,
    );
    return;
  }
  console.log(
    `Functions by samples of the later scans at ${size} controls (${scan.total} samples in scanPage, every ${SAMPLE_INTERVAL_US} µs):`,
  );
  console.log('total | self | function:line of the unminified bundle');
  const rows = [...counts.entries()].sort((a, b) => b[1].total - a[1].total).slice(0, limit);
  const share = (/** @type {number} */ samples) => `${((100 * samples) / scan.total).toFixed(1)}%`;
  for (const [name, counted] of rows)
    console.log(`${share(counted.total)} | ${share(counted.self)} | ${name}`);
}

/**
 * Runs `work` with a temporary folder and the clean-ups that `work` registers,
 * and runs them on success and on failure. Ctrl-C or SIGTERM runs each
 * clean-up's synchronous form instead: Puppeteer's own signal handler kills
 * the browser and ends the process right after this one returns.
 *
 * @param {(folder: string, onCleanup: (cleanup: () => Promise<unknown>, onSignal: () => void) => void) => Promise<void>} work
 */
async function withCleanup(work) {
  /** @type {{ cleanup: () => Promise<unknown>, onSignal: () => void }[]} */
  const cleanups = [];
  const interrupt = (/** @type {NodeJS.Signals} */ signal) => {
    console.error(`bench-scan: stopped by ${signal}`);
    for (const { onSignal } of cleanups.splice(0).reverse()) onSignal();
    process.exit(130);
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);

  const folder = await mkdtemp(path.join(os.tmpdir(), 'vigila-bench-scan-'));
  const removeFolder = () => rmSync(folder, { recursive: true, force: true });
  cleanups.push({ cleanup: async () => removeFolder(), onSignal: removeFolder });
  try {
    await work(folder, (cleanup, onSignal) => cleanups.push({ cleanup, onSignal }));
  } finally {
    for (const { cleanup } of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', interrupt);
  }
}

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        sizes: { type: 'string', default: '1000' },
        pages: { type: 'string' },
        repeats: { type: 'string' },
        profile: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new Error(`${/** @type {Error} */ (error).message}. Run with --help for the options.`);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const sizes = values.sizes.split(',').map(Number);
  if (sizes.some((size) => !Number.isInteger(size) || size < 10)) {
    throw new Error(
      `--sizes must list whole numbers of controls of at least 10, as in 1000,5000, not "${values.sizes}"`,
    );
  }
  const pages = wholeNumber('pages', values.pages, 7);
  const repeats = wholeNumber('repeats', values.repeats, 10);
  const profileLimit =
    values.profile === undefined ? 0 : wholeNumber('profile', values.profile, 40);

  await withCleanup(async (folder, onCleanup) => {
    await build({
      stdin: {
        contents: ENTRY,
        resolveDir: REPOSITORY_ROOT,
        sourcefile: 'vigila-bench-scan-entry.mjs',
        loader: 'ts',
      },
      bundle: true,
      format: 'iife',
      target: 'chrome120',
      outfile: path.join(folder, 'scan.js'),
      logLevel: 'error',
    });
    for (const size of sizes) {
      await writeFile(path.join(folder, `portal-${size}.html`), portalHtml(size));
    }
    const server = await startServer({ root: folder, sharedCasesDir: null });
    onCleanup(
      () => server.close(),
      () => undefined,
    );
    const { browser, close, tempDir } = await launchChromium();
    onCleanup(close, () => {
      browser.process()?.kill('SIGKILL');
      rmSync(tempDir, { recursive: true, force: true });
    });

    console.log(`Pages per size: ${pages}, later scans per page: ${repeats} (medians)`);
    console.log('');
    console.log(
      'controls | units scanned | first scan | later scans | touch loop | first scan after touch loop',
    );
    /** @type {Map<number, Map<string, { self: number, total: number }>>} */
    const profiles = new Map();
    for (const size of sizes) {
      const plain = [];
      const touched = [];
      for (let index = 0; index < pages; index++) {
        plain.push(await measurePage(browser, server.url, size, { touchFirst: false, repeats }));
        touched.push(
          await measurePage(browser, server.url, size, { touchFirst: true, repeats: 1 }),
        );
      }
      // The profiler slows the scans it samples, so it runs in a page of its own.
      if (profileLimit) {
        const counts = new Map();
        await measurePage(browser, server.url, size, { touchFirst: false, repeats, counts });
        profiles.set(size, counts);
      }
      console.log(
        [
          size,
          plain[0].units,
          ms(median(plain.map((run) => run.first))),
          ms(median(plain.map((run) => run.later))),
          ms(median(touched.map((run) => run.touchMs ?? NaN))),
          ms(median(touched.map((run) => run.first))),
        ].join(' | '),
      );
    }
    for (const [size, counts] of profiles) printProfile(counts, profileLimit, size);
  });
}

main().catch((error) => {
  const cause =
    error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  console.error(`bench-scan: ${error instanceof Error ? error.message : String(error)}${cause}`);
  process.exitCode = 1;
});
