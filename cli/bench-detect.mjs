#!/usr/bin/env node
// @ts-check
/**
 * Detection benchmark: opens every fixture portal with the built extension,
 * reads the fields the panel reports and compares them with the portal's
 * truth file. Prints precision and recall per portal, per language and
 * overall, and exits with status 1 when a target is missed.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  THRESHOLDS,
  describeMismatch,
  formatAccuracyTable,
  listPortals,
  measurePortal,
  summarize,
  thresholdFailures,
} from './lib/detect-accuracy.mjs';
import { launchWithExtension } from './lib/extension.mjs';
import { REPOSITORY_ROOT, defaultExtensionDir } from './lib/paths.mjs';
import { startServer } from './lib/server.mjs';

const DEFAULT_PORTALS = path.join(REPOSITORY_ROOT, 'tests', 'fixtures', 'portals');

const USAGE = `Usage: npm run bench:detect -- [options]

Opens each fixture portal (<name>.html with <name>.truth.json) in headless
Chromium with the built Vigila extension, reads the panel's field report and
compares it with the truth. Prints precision and recall per portal, per
language (the portal name's part before the first "-") and overall.

A true positive is a field the panel reports present, missing, invalid or
locked at the control(s) the truth gives it. A reported control that the
truth gives another field or none counts against precision. A truth field
not reported, or reported as ambiguous, counts against recall.

Options:
  --portals DIR       folder of the portals (default tests/fixtures/portals)
  --details           list every mismatch under the tables
  --timeout SECONDS   limit for loading each page and opening its panel (default 30)
  -h, --help          print this help

The benchmark builds nothing: it loads VIGILA_EXTENSION_DIR, else
VIGILA_OUT_DIR/chrome-mv3, else .output/chrome-mv3 (made by \`npm run build\`).
Portal profiles are not loaded: the figures are for detection alone.

Exit status: 0 when overall precision >= ${THRESHOLDS.precision}, overall recall >= ${THRESHOLDS.recall}
and every portal's precision and recall >= ${THRESHOLDS.portal}; 1 when a target is
missed or a step failed; 2 for invalid arguments.
`;

/**
 * @param {string[]} argv
 * @returns {Promise<number>} Exit status.
 */
async function main(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        portals: { type: 'string' },
        details: { type: 'boolean' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    process.stderr.write(`bench:detect: ${errorMessage(error)}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const timeoutSeconds = Number(values.timeout ?? 30);
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) {
    process.stderr.write(`bench:detect: invalid --timeout "${values.timeout}": expected seconds\n`);
    return 2;
  }

  try {
    return await runBenchmark({
      dir: path.resolve(values.portals ?? DEFAULT_PORTALS),
      details: values.details ?? false,
      timeoutMs: timeoutSeconds * 1000,
    });
  } catch (error) {
    process.stderr.write(`bench:detect failed: ${errorMessage(error)}\n`);
    return 1;
  }
}

/**
 * @param {{ dir: string, details: boolean, timeoutMs: number }} options
 * @returns {Promise<number>}
 */
async function runBenchmark({ dir, details, timeoutMs }) {
  const extensionDir = builtExtension();
  const names = await listPortals(dir);
  if (names.length === 0) throw new Error(`No portals found in ${dir}: expected <name>.truth.json`);

  const server = await startServer({ root: dir, sharedCasesDir: null });
  const session = await launchWithExtension({ extensionDir, timeoutMs }).catch(async (error) => {
    await server.close();
    throw error;
  });
  const results = [];
  try {
    for (const name of names) {
      results.push(await measurePortal(session, name, { dir, baseUrl: server.url, timeoutMs }));
    }
  } finally {
    await session.close();
    await server.close();
  }

  const summary = summarize(results);
  process.stdout.write(`Detection accuracy on ${names.length} portals in ${dir}\n\n`);
  process.stdout.write(`${formatAccuracyTable('portal', summary.portals)}\n\n`);
  process.stdout.write(`${formatAccuracyTable('language', summary.languages)}\n\n`);
  process.stdout.write(`${formatAccuracyTable('', [summary.overall])}\n`);
  if (details) {
    for (const result of results) {
      const mismatches = [...result.falsePositives, ...result.falseNegatives];
      if (mismatches.length === 0) continue;
      process.stdout.write(`\n${result.name}\n`);
      for (const mismatch of mismatches) process.stdout.write(`  ${describeMismatch(mismatch)}\n`);
    }
  }

  const failures = thresholdFailures(summary);
  if (failures.length === 0) return 0;
  process.stdout.write(`\nTargets missed:\n${failures.map((line) => `  ${line}\n`).join('')}`);
  return 1;
}

/** Returns the built extension's folder, or throws an error that explains how to build it. */
function builtExtension() {
  const extensionDir = defaultExtensionDir();
  if (existsSync(path.join(extensionDir, 'manifest.json'))) return extensionDir;
  throw new Error(
    `Built extension not found: ${extensionDir} has no manifest.json. The benchmark builds ` +
      'nothing: run `npm run build` first (it writes .output/chrome-mv3), or set ' +
      'VIGILA_EXTENSION_DIR to a built chrome-mv3 folder',
  );
}

/** @param {unknown} error */
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}

process.exitCode = await main(process.argv.slice(2));
