// @ts-check
import { parseArgs } from 'node:util';
import { runAudit } from './audit.mjs';
import { formatReport } from './format.mjs';
import { UsageError } from './target.mjs';

/** Range of --timeout, in seconds. A step that needs more than an hour has hung. */
const MIN_TIMEOUT_SECONDS = 1;
const MAX_TIMEOUT_SECONDS = 3600;

export const USAGE = `Usage: vigila audit <url | html file> [options]

Loads the built Vigila extension into headless Chromium (or Firefox, with
VIGILA_BROWSER=firefox), opens the page and prints what the panel shows: the
catalogue fields it found, the checklist rules and the score, and the outcome
of a fill. Run it with Node: \`node <repository>/cli/vigila.mjs audit ...\`.

Arguments:
  <url | html file>   an http://127.0.0.1 or http://localhost URL, or a local
                      HTML file. During the audit, the file's folder and the
                      folders below it are served on 127.0.0.1, so the file
                      must lie inside the current folder, unless
                      --allow-outside-cwd is given. A file in a system folder
                      (/etc, /usr, /var and the like) or directly in /, /home,
                      /tmp or the home folder is always rejected.

Options:
  --allow-outside-cwd
                      accept a local HTML file outside the current folder
  --draft FILE        import the one draft in FILE (format vigila-draft)
  --fill              fill the page from the draft, with the preview rows
                      ticked as the panel proposes them (needs --draft)
  --passphrase-file FILE
                      set up the drafts' passphrase, of 8 characters or
                      more, with the content of FILE, without its final line
                      break (default: VIGILA_PASSPHRASE, else a random
                      passphrase, because the audit's browser profile is
                      deleted when it ends)
  --profile FILE      import the portal profiles in FILE (format
                      vigila-profile) before opening the page, so that the
                      fields they map show the source "profile"
  --json              print the report as JSON instead of tables
  --screenshot FILE   write a PNG of the page with the panel to FILE; its
                      folder is created when missing
  --timeout SECONDS   limit for each step, in seconds, from
                      ${MIN_TIMEOUT_SECONDS} to ${MAX_TIMEOUT_SECONDS} (default 30)
  -h, --help          print this help

Environment:
  VIGILA_BROWSER             browser to audit in: chromium (the default) or
                             firefox
  VIGILA_EXTENSION_DIR       built extension folder: chrome-mv3 for Chromium,
                             firefox-mv2 for Firefox (default: that folder
                             inside VIGILA_OUT_DIR)
  VIGILA_OUT_DIR             folder that \`npm run build\` and
                             \`npm run build:firefox\` write to (default .output)
  VIGILA_PASSPHRASE          the drafts' passphrase when --passphrase-file is
                             not given
  PUPPETEER_EXECUTABLE_PATH  Chromium executable (then CHROME_PATH, then
                             /usr/bin/chromium)
  VIGILA_FIREFOX_PATH        Firefox executable (then /usr/bin/firefox-esr,
                             then /usr/bin/firefox)

Exit status: 0 when the audit ran, 1 when a file check or a step failed,
including the screenshot after a printed report, 2 for invalid arguments.
`;

const OPTIONS = /** @type {const} */ ({
  'allow-outside-cwd': { type: 'boolean' },
  draft: { type: 'string' },
  fill: { type: 'boolean' },
  'passphrase-file': { type: 'string' },
  profile: { type: 'string' },
  json: { type: 'boolean' },
  screenshot: { type: 'string' },
  timeout: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
});

/**
 * @typedef {object} AuditCommand
 * @property {'audit' | 'help'} command
 * @property {import('./audit.mjs').AuditOptions} [audit]
 * @property {boolean} [json]
 */

/**
 * Parses the command line and throws a UsageError for invalid arguments.
 *
 * @param {string[]} argv Arguments after the script name.
 * @returns {AuditCommand}
 */
export function parseCommand(argv) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(/** @type {Error} */ (error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };

  const [command, target, ...extra] = positionals;
  if (command !== 'audit') {
    throw new UsageError(command ? `Unknown command: ${command}` : 'Missing command');
  }
  if (!target) throw new UsageError('Missing the URL or HTML file to audit');
  if (extra.length > 0) throw new UsageError(`Unexpected argument: ${extra[0]}`);
  if (values.fill && !values.draft) throw new UsageError('--fill needs --draft FILE');

  return {
    command: 'audit',
    json: values.json ?? false,
    audit: {
      target,
      draftFile: values.draft,
      fill: values.fill ?? false,
      allowOutsideCwd: values['allow-outside-cwd'] ?? false,
      passphraseFile: values['passphrase-file'],
      profileFile: values.profile,
      screenshotFile: values.screenshot,
      timeoutMs: parseTimeout(values.timeout),
    },
  };
}

/**
 * Reads --timeout, a plain number of seconds, and throws a UsageError for a
 * unit suffix or a value out of range.
 *
 * @param {string | undefined} text Seconds.
 * @returns {number | undefined} Milliseconds.
 */
export function parseTimeout(text) {
  if (text === undefined) return undefined;
  const range = `from ${MIN_TIMEOUT_SECONDS} to ${MAX_TIMEOUT_SECONDS}`;
  const seconds = /^\s*\d+(\.\d+)?\s*$/.test(text) ? Number(text) : Number.NaN;
  if (Number.isNaN(seconds)) {
    throw new UsageError(
      `Invalid --timeout ${text}: expected a number of seconds ${range}, without a unit`,
    );
  }
  if (seconds < MIN_TIMEOUT_SECONDS || seconds > MAX_TIMEOUT_SECONDS) {
    throw new UsageError(
      `Invalid --timeout ${text}: expected a number of seconds ${range}. ` +
        'The value is in seconds, not milliseconds',
    );
  }
  return Math.round(seconds * 1000);
}

/**
 * Runs the command line and returns the exit status.
 *
 * @param {string[]} argv
 * @returns {Promise<number>}
 */
export async function main(argv) {
  try {
    const parsed = parseCommand(argv);
    if (parsed.command === 'help' || !parsed.audit) {
      process.stdout.write(USAGE);
      return 0;
    }
    const { report, checklist, warnings, screenshotError } = await runAudit(parsed.audit);
    for (const warning of warnings) process.stderr.write(`vigila: warning: ${warning}\n`);
    const output = parsed.json
      ? `${JSON.stringify(report, null, 2)}\n`
      : formatReport(report, checklist);
    process.stdout.write(output);
    if (screenshotError) {
      const message = `Screenshot not written to ${parsed.audit.screenshotFile}`;
      return reportError(new Error(message, { cause: screenshotError }));
    }
    if (parsed.audit.screenshotFile && !parsed.json) {
      process.stdout.write(`\nScreenshot: ${parsed.audit.screenshotFile}\n`);
    }
    return 0;
  } catch (error) {
    return reportError(error);
  }
}

/**
 * Prints one line naming what failed. A usage error also prints the usage.
 *
 * @param {unknown} error
 * @returns {number} Exit status.
 */
function reportError(error) {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof UsageError) {
    process.stderr.write(`vigila: ${message}\n\n${USAGE}`);
    return 2;
  }
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : null;
  const detail = cause && !message.includes(cause.message) ? `: ${cause.message}` : '';
  process.stderr.write(`vigila: ${firstLine(message + detail)}\n`);
  return 1;
}

/**
 * @param {string} text
 */
function firstLine(text) {
  return text.split('\n')[0];
}
