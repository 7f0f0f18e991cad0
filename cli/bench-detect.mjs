#!/usr/bin/env node
// @ts-check
/**
 * Detection benchmark: opens every fixture portal with the built extension,
 * reads the fields the panel reports and compares them with the portal's
 * truth file, first by detection alone, then with each portal's profile.
 * Prints precision and recall per portal, per language and overall, and
 * exits with status 1 when a target is missed.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  PROFILE_THRESHOLDS,
  THRESHOLDS,
  combineProfileFiles,
  describeMismatch,
  formatAccuracyTable,
  listPortalProfiles,
  listPortals,
  measurePortal,
  summarize,
  thresholdFailures,
} from './lib/detect-accuracy.mjs';
import { launchWithExtension } from './lib/extension.mjs';
import { importProfileFile } from './lib/profiles.mjs';
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

The portals are measured twice, each time in a new browser profile: by
detection alone, then with every portal's profile (<name>.profile.json)
imported through the options page, as an IT department would.

Options:
  --portals DIR       folder of the portals (default tests/fixtures/portals)
  --without-profiles  measure detection alone, skipping the run with profiles
  --details           list every mismatch under the tables
  --timeout SECONDS   limit for loading each page and opening its panel (default 30)
  -h, --help          print this help

The benchmark builds nothing: it loads VIGILA_EXTENSION_DIR, else
VIGILA_OUT_DIR/chrome-mv3, else .output/chrome-mv3 (made by \`npm run build\`).

Exit status: 0 when, without profiles, overall precision >= ${THRESHOLDS.precision}, overall
recall >= ${THRESHOLDS.recall} and every portal's precision and recall >= ${THRESHOLDS.portal}, and,
with profiles, every portal's precision and recall are ${PROFILE_THRESHOLDS.portal}, its profile
applied and every field came from it; 1 when a target is missed or a step failed; 2 for invalid arguments.
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
        'without-profiles': { type: 'boolean' },
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
      withProfiles: !values['without-profiles'],
      timeoutMs: timeoutSeconds * 1000,
    });
  } catch (error) {
    process.stderr.write(`bench:detect failed: ${errorMessage(error)}\n`);
    return 1;
  }
}

/**
 * @typedef {object} BenchmarkOptions
 * @property {string} dir Folder of the portals.
 * @property {boolean} details Whether to list every mismatch.
 * @property {boolean} withProfiles Whether to measure with the portals' profiles too.
 * @property {number} timeoutMs
 */

/**
 * @param {BenchmarkOptions} options
 * @returns {Promise<number>}
 */
async function runBenchmark({ dir, details, withProfiles, timeoutMs }) {
  const extensionDir = builtExtension();
  const names = await listPortals(dir);
  if (names.length === 0) throw new Error(`No portals found in ${dir}: expected <name>.truth.json`);
  const profileFiles = withProfiles ? await listPortalProfiles(dir, names) : [];

  const server = await startServer({ root: dir, sharedCasesDir: null });
  const failures = [];
  try {
    const options = { dir, names, baseUrl: server.url, extensionDir, timeoutMs };
    const alone = await measureAll(options, []);
    report(
      `Detection accuracy on ${names.length} portals in ${dir}, without profiles`,
      alone,
      details,
    );
    failures.push(
      ...thresholdFailures(summarize(alone)).map((line) => `without profiles: ${line}`),
    );

    if (withProfiles) {
      const pinned = await measureAll(options, profileFiles);
      report(`Detection accuracy on the same portals, with each portal's profile`, pinned, details);
      failures.push(
        ...thresholdFailures(summarize(pinned), PROFILE_THRESHOLDS).map(
          (line) => `with profiles: ${line}`,
        ),
        ...pinned
          .filter((result) => result.profile === null)
          .map((result) => `with profiles: ${result.name} applied no profile`),
        ...pinned
          .filter((result) => result.profile !== null && result.unpinned.length > 0)
          .map(
            (result) =>
              `with profiles: ${result.name} found ${result.unpinned.join(', ')} by detection, not by its profile`,
          ),
      );
    }
  } finally {
    await server.close();
  }

  if (failures.length === 0) return 0;
  process.stdout.write(`\nTargets missed:\n${failures.map((line) => `  ${line}\n`).join('')}`);
  return 1;
}

/**
 * @typedef {object} MeasureAllOptions
 * @property {string} dir
 * @property {string[]} names
 * @property {string} baseUrl
 * @property {string} extensionDir
 * @property {number} timeoutMs
 */

/**
 * Measures every portal in a new browser profile, after importing the given
 * profile files (none for detection alone).
 *
 * @param {MeasureAllOptions} options
 * @param {string[]} profileFiles
 * @returns {Promise<import('./lib/detect-accuracy.mjs').PortalResult[]>}
 */
async function measureAll({ dir, names, baseUrl, extensionDir, timeoutMs }, profileFiles) {
  const session = await launchWithExtension({ extensionDir, timeoutMs });
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'vigila-bench-profiles-'));
  const results = [];
  try {
    if (profileFiles.length > 0) {
      const combined = path.join(scratch, 'profiles.json');
      await combineProfileFiles(profileFiles, combined);
      await importProfileFile(session.browser, session.extensionId, combined, { timeoutMs });
    }
    for (const name of names) {
      results.push(await measurePortal(session, name, { dir, baseUrl, timeoutMs }));
    }
  } finally {
    await session.close();
    await rm(scratch, { recursive: true, force: true });
  }
  return results;
}

/**
 * Prints the tables of one run, and its mismatches when `details` is set.
 *
 * @param {string} title
 * @param {import('./lib/detect-accuracy.mjs').PortalResult[]} results
 * @param {boolean} details
 */
function report(title, results, details) {
  const summary = summarize(results);
  process.stdout.write(`${title}\n\n`);
  process.stdout.write(`${formatAccuracyTable('portal', summary.portals)}\n\n`);
  process.stdout.write(`${formatAccuracyTable('language', summary.languages)}\n\n`);
  process.stdout.write(`${formatAccuracyTable('', [summary.overall])}\n\n`);
  if (!details) return;
  for (const result of results) {
    const mismatches = [...result.falsePositives, ...result.falseNegatives];
    if (mismatches.length === 0) continue;
    process.stdout.write(`${result.name}\n`);
    for (const mismatch of mismatches) process.stdout.write(`  ${describeMismatch(mismatch)}\n`);
    process.stdout.write('\n');
  }
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
