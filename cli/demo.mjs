#!/usr/bin/env node
// @ts-check
/**
 * The demo: builds the extension, serves the demo portal on 127.0.0.1,
 * audits it without a draft, then fills it from the sample draft, prints
 * the checklist each time and writes a screenshot of the filled page.
 * See USAGE for the options.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkScreenshotFile } from './lib/audit-checks.mjs';
import { runAudit } from './lib/audit.mjs';
import { formatReport } from './lib/format.mjs';
import { DEMO_DIR, REPOSITORY_ROOT, defaultExtensionDir } from './lib/paths.mjs';
import { startServer } from './lib/server.mjs';

const DEFAULT_SCREENSHOT = path.join(REPOSITORY_ROOT, 'demo-output', 'portal-with-panel.png');
const SAMPLE_DRAFT = path.join(DEMO_DIR, 'sample-draft.json');

const USAGE = `Usage: node cli/demo.mjs [options]

Builds the extension, serves the demo portal on 127.0.0.1, audits it
without a draft, fills it from cli/demo/sample-draft.json, prints both
checklists and writes a screenshot of the filled page with the panel.

Options:
  --skip-build        reuse the last build instead of running npm run build
  --screenshot FILE   write the screenshot to FILE (default
                      demo-output/portal-with-panel.png in the repository)
  -h, --help          print this help
`;

/** A demo step that failed, named for the message. */
class StepError extends Error {
  name = 'StepError';
}

/**
 * @template T
 * @param {string} name
 * @param {() => Promise<T>} action
 * @returns {Promise<T>}
 */
async function step(name, action) {
  process.stdout.write(`\n== ${name}\n`);
  try {
    return await action();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new StepError(`step "${name}" failed: ${message}`, { cause: error });
  }
}

/**
 * Runs `npm run build`, whose output folder wxt.config.ts takes from
 * VIGILA_OUT_DIR, with the build's output passed through.
 *
 * @returns {Promise<void>}
 */
function build() {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', 'build'], { cwd: REPOSITORY_ROOT, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`npm run build exited with ${signal ?? `status ${code}`}`));
    });
  });
}

/**
 * @param {string[]} argv
 * @returns {Promise<number>} Exit status.
 */
async function main(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      'skip-build': { type: 'boolean' },
      screenshot: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const screenshot = await checkScreenshotFile(values.screenshot ?? DEFAULT_SCREENSHOT);
  if (!values['skip-build']) await step('Build the extension (npm run build)', build);

  const server = await step('Serve the demo portal', async () => {
    const started = await startServer({ root: DEMO_DIR, sharedCasesDir: null });
    process.stdout.write(`Demo portal: ${started.url}portal.html\n`);
    return started;
  });

  try {
    const target = `${server.url}portal.html`;
    const extensionDir = defaultExtensionDir();

    await step('Audit the empty portal', async () => {
      const { report, checklist, warnings } = await runAudit({ target, extensionDir });
      printWarnings(warnings);
      process.stdout.write(formatReport(report, checklist));
    });

    await step('Fill the portal from the sample draft and audit it again', async () => {
      const result = await runAudit({
        target,
        extensionDir,
        draftFile: SAMPLE_DRAFT,
        fill: true,
        screenshotFile: screenshot,
      });
      printWarnings(result.warnings);
      process.stdout.write(formatReport(result.report, result.checklist));
      if (result.screenshotError) throw result.screenshotError;
    });
  } finally {
    await server.close();
  }

  process.stdout.write(`\nScreenshot of the filled portal with the panel: ${screenshot}\n`);
  return 0;
}

/**
 * @param {string[]} warnings
 */
function printWarnings(warnings) {
  for (const warning of warnings) process.stderr.write(`demo: warning: ${warning}\n`);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`demo: ${message.split('\n')[0]}\n`);
  process.exitCode = 1;
}
