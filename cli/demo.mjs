#!/usr/bin/env node
// @ts-check
/**
 * The demo: builds the extension, serves the demo portal on 127.0.0.1,
 * audits it without a draft, then fills it from the sample draft, prints
 * the checklist each time and writes a screenshot of the filled page.
 * `--skip-build` reuses the last build.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runAudit } from './lib/audit.mjs';
import { formatReport } from './lib/format.mjs';
import { DEMO_DIR, REPOSITORY_ROOT, defaultExtensionDir } from './lib/paths.mjs';
import { startServer } from './lib/server.mjs';

const SCREENSHOT = path.join(REPOSITORY_ROOT, 'demo-output', 'portal-with-panel.png');
const SAMPLE_DRAFT = path.join(DEMO_DIR, 'sample-draft.json');

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
  const { values } = parseArgs({ args: argv, options: { 'skip-build': { type: 'boolean' } } });
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
      const { report, checklist } = await runAudit({ target, extensionDir });
      process.stdout.write(formatReport(report, checklist));
    });

    await step('Fill the portal from the sample draft and audit it again', async () => {
      const { report, checklist } = await runAudit({
        target,
        extensionDir,
        draftFile: SAMPLE_DRAFT,
        fill: true,
        screenshotFile: SCREENSHOT,
      });
      process.stdout.write(formatReport(report, checklist));
    });
  } finally {
    await server.close();
  }

  process.stdout.write(`\nScreenshot of the filled portal with the panel: ${SCREENSHOT}\n`);
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`demo: ${message.split('\n')[0]}\n`);
  process.exitCode = 1;
}
