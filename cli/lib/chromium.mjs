// @ts-check
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const DEFAULT_BROWSER_PATH = '/usr/bin/chromium';

/**
 * Finds the Chromium executable: PUPPETEER_EXECUTABLE_PATH, then CHROME_PATH,
 * then /usr/bin/chromium. Throws when none of them exists.
 *
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string}
 */
export function findBrowser(env = process.env) {
  /** @type {string[]} */
  const candidates = [];
  for (const candidate of [env.PUPPETEER_EXECUTABLE_PATH, env.CHROME_PATH, DEFAULT_BROWSER_PATH]) {
    if (candidate) candidates.push(candidate);
  }

  const found = candidates.find((candidate) => existsSync(candidate));
  if (found) return found;
  throw new Error(
    `Chromium not found (looked at ${candidates.join(', ')}): ` +
      'install it with `apt-get install chromium`, or set ' +
      'PUPPETEER_EXECUTABLE_PATH or CHROME_PATH to a Chromium or ' +
      'Chrome for Testing executable',
  );
}

/**
 * Arguments that keep Chromium quiet and off the network. The resolver rule
 * sends every host name but localhost and 127.0.0.1 nowhere, because without
 * it Chromium still looks up Google hosts.
 *
 * @param {string} userDataDir
 * @returns {string[]}
 */
export function quietArgs(userDataDir) {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    `--user-data-dir=${userDataDir}`,
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
  ];
}

/**
 * @typedef {object} ChromiumOptions
 * @property {boolean} [extensions] Keeps extensions enabled so that one can be
 *   installed after launch.
 * @property {string} [executablePath] Defaults to {@link findBrowser}.
 * @property {string} [tempDir] Folder for the profile, HOME and caches. A fresh
 *   one is made when omitted, and it is removed on close either way.
 * @property {number} [timeoutMs] Launch timeout in milliseconds.
 * @property {string[]} [args] Further Chromium arguments, such as `--lang=de`.
 */

/**
 * @typedef {object} ChromiumSession
 * @property {import('puppeteer-core').Browser} browser
 * @property {string} tempDir Folder that contains the profile, removed on close.
 * @property {() => Promise<void>} close Closes the browser and removes tempDir.
 */

/**
 * Launches headless Chromium with a fresh profile, its HOME and XDG folders
 * inside a temporary folder so that nothing is written to the real home.
 *
 * @param {ChromiumOptions} [options]
 * @returns {Promise<ChromiumSession>}
 */
export async function launchChromium(options = {}) {
  const executablePath = options.executablePath ?? findBrowser();
  const tempDir =
    options.tempDir ?? (await mkdtemp(path.join(os.tmpdir(), 'vigila-chromium-')));
  const removeTempDir = () => rm(tempDir, { recursive: true, force: true });

  try {
    const browser = await puppeteer.launch({
      executablePath,
      headless: true,
      pipe: true,
      enableExtensions: options.extensions ?? false,
      args: [...quietArgs(path.join(tempDir, 'profile')), ...(options.args ?? [])],
      env: await isolatedEnv(tempDir),
      timeout: options.timeoutMs ?? 30_000,
    });
    const close = async () => {
      await browser.close().catch(() => browser.process()?.kill('SIGKILL'));
      await removeTempDir();
    };
    return { browser, tempDir, close };
  } catch (error) {
    await removeTempDir();
    throw new Error(`Chromium failed to start (${executablePath})`, { cause: error });
  }
}

/**
 * @param {string} tempDir
 * @returns {Promise<Record<string, string | undefined>>}
 */
async function isolatedEnv(tempDir) {
  const home = path.join(tempDir, 'home');
  const env = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
  };
  await mkdir(env.XDG_CONFIG_HOME, { recursive: true });
  await mkdir(env.XDG_CACHE_HOME, { recursive: true });
  return env;
}
