// @ts-check
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const DEFAULT_FIREFOX_PATHS = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/**
 * Host names that Firefox resolves to the loopback address instead of asking
 * DNS. Firefox ESR 153 keeps looking up its remote-settings host even with the
 * settings server pref pointed elsewhere, and `dummy.test` is the host that
 * puppeteer-core's default prefs point the update and report services at.
 */
const LOOPBACK_HOSTS = [
  'firefox.settings.services.mozilla.com',
  'firefox-settings-attachments.cdn.mozilla.net',
  'content-signature-2.cdn.mozilla.net',
  'dummy.test',
];

/**
 * Finds the Firefox executable: VIGILA_FIREFOX_PATH, then
 * /usr/bin/firefox-esr, then /usr/bin/firefox. Throws when none exists.
 *
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string}
 */
export function findFirefox(env = process.env) {
  const candidates = env.VIGILA_FIREFOX_PATH
    ? [env.VIGILA_FIREFOX_PATH, ...DEFAULT_FIREFOX_PATHS]
    : DEFAULT_FIREFOX_PATHS;
  const found = candidates.find((candidate) => existsSync(candidate));
  if (found) return found;
  throw new Error(
    `Firefox not found (looked at ${candidates.join(', ')}): ` +
      'install it with `apt-get install firefox-esr`, or set VIGILA_FIREFOX_PATH',
  );
}

/**
 * Prefs that keep Firefox off the network and quiet, on top of the ones
 * puppeteer-core sets: no telemetry, updates, captive-portal or connectivity
 * checks, safe-browsing lists, push, DNS over HTTPS or prefetching.
 * `extensions.webextensions.uuids` fixes the internal UUID, the host of
 * moz-extension:// URLs, for each add-on id given.
 *
 * @param {Record<string, string>} [extensionUuids] Internal UUID by add-on id.
 * @returns {Record<string, unknown>}
 */
export function quietFirefoxPrefs(extensionUuids = {}) {
  return {
    'network.dns.localDomains': LOOPBACK_HOSTS.join(','),
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.telemetry.server': '',
    'browser.ping-centre.telemetry': false,
    'app.update.auto': false,
    'app.update.enabled': false,
    'browser.safebrowsing.downloads.remote.enabled': false,
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.safebrowsing.provider.google4.gethashURL': '',
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.safebrowsing.provider.mozilla.gethashURL': '',
    'browser.region.update.enabled': false,
    'browser.region.network.url': '',
    'browser.aboutwelcome.enabled': false,
    'dom.push.connection.enabled': false,
    'dom.push.serverURL': '',
    'extensions.blocklist.enabled': false,
    'extensions.getAddons.showPane': false,
    'extensions.htmlaboutaddons.recommendations.enabled': false,
    'media.gmp-manager.url': '',
    'messaging-system.rsexperimentloader.enabled': false,
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    'extensions.webextensions.uuids': JSON.stringify(extensionUuids),
  };
}

/**
 * @typedef {object} FirefoxOptions
 * @property {string} [executablePath] Defaults to {@link findFirefox}.
 * @property {string} [tempDir] Folder for the profile, HOME and caches. A
 *   fresh one is made when omitted, and it is removed on close either way.
 * @property {Record<string, string>} [extensionUuids] Internal UUID by add-on id.
 * @property {number} [timeoutMs] Launch timeout in milliseconds.
 */

/**
 * @typedef {object} FirefoxSession
 * @property {import('puppeteer-core').Browser} browser
 * @property {string} tempDir Folder that contains the profile, removed on close.
 * @property {() => Promise<void>} close Closes the browser and removes tempDir.
 */

/**
 * Launches headless Firefox over WebDriver BiDi with a throwaway profile,
 * its HOME and XDG folders inside a temporary folder.
 *
 * @param {FirefoxOptions} [options]
 * @returns {Promise<FirefoxSession>}
 */
export async function launchFirefox(options = {}) {
  const executablePath = options.executablePath ?? findFirefox();
  const tempDir = options.tempDir ?? (await mkdtemp(path.join(os.tmpdir(), 'vigila-firefox-')));
  const removeTempDir = () => rm(tempDir, { recursive: true, force: true });

  try {
    const profileDir = path.join(tempDir, 'profile');
    await mkdir(profileDir, { recursive: true });
    const browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath,
      headless: true,
      userDataDir: profileDir,
      // Lets WebDriver BiDi open moz-extension:// pages, which Firefox 153
      // refuses to navigate to without it.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: quietFirefoxPrefs(options.extensionUuids),
      env: await isolatedEnv(tempDir),
      timeout: options.timeoutMs ?? 60_000,
    });
    const close = async () => {
      await browser.close().catch(() => browser.process()?.kill('SIGKILL'));
      await removeTempDir();
    };
    return { browser, tempDir, close };
  } catch (error) {
    await removeTempDir();
    throw new Error(`Firefox failed to start (${executablePath})`, { cause: error });
  }
}

/** Makes a random internal UUID for an add-on, as Firefox itself would. */
export function newExtensionUuid() {
  return randomUUID();
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
