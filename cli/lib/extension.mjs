// @ts-check
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from './chromium.mjs';
import { gotoExtensionPage, markFirefox } from './extension-url.mjs';
import { launchFirefox, newExtensionUuid } from './firefox.mjs';
import { defaultExtensionDir, selectedBrowser } from './paths.mjs';

/** Origins the extension is allowed on when the caller names none. */
export const LOCAL_ORIGINS = ['http://127.0.0.1/*', 'http://localhost/*'];

/**
 * Checks that a folder contains a built extension and returns its absolute path.
 *
 * @param {string} extensionDir
 * @returns {string}
 */
export function requireBuiltExtension(extensionDir) {
  const dir = path.resolve(extensionDir);
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(
      `Built extension not found: ${dir} has no manifest.json. ` +
        'Run `npm run build`, or set VIGILA_EXTENSION_DIR to a built chrome-mv3 folder',
    );
  }
  return dir;
}

/**
 * Checks that a built extension is the build for `browserName`, by its
 * manifest: Chromium takes the chrome-mv3 build (Manifest V3), Firefox the
 * firefox-mv2 build (Manifest V2 with a gecko add-on id). Returns the
 * manifest.
 *
 * @param {string} extensionDir Folder checked by requireBuiltExtension.
 * @param {'chromium' | 'firefox'} browserName
 * @returns {Promise<Record<string, any>>}
 */
export async function checkExtensionBuild(extensionDir, browserName) {
  const manifestPath = path.join(extensionDir, 'manifest.json');
  let manifest;
  try {
    manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  } catch {
    throw new Error(`Built extension invalid: ${manifestPath} is not valid JSON. Build it again`);
  }
  const version = manifest.manifest_version;
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  const isFirefoxBuild = version === 2 && Boolean(geckoId);

  if (browserName === 'chromium' && (version !== 3 || geckoId)) {
    const found = isFirefoxBuild ? 'the Firefox build' : `a Manifest V${version} build`;
    throw new Error(
      `Wrong extension build for Chromium: ${extensionDir} is ${found}. Set ` +
        'VIGILA_EXTENSION_DIR to the chrome-mv3 folder (`npm run build`), or set ' +
        'VIGILA_BROWSER=firefox to use this build in Firefox',
    );
  }
  if (browserName === 'firefox' && !isFirefoxBuild) {
    const found = version === 3 ? 'the Chromium build' : `a Manifest V${version} build`;
    throw new Error(
      `Wrong extension build for Firefox: ${extensionDir} is ${found}, without a Manifest ` +
        'V2 and a gecko id. Set VIGILA_EXTENSION_DIR to the firefox-mv2 folder ' +
        '(`npm run build:firefox`), or unset VIGILA_BROWSER to use this build in Chromium',
    );
  }
  return manifest;
}

/**
 * Copies the built extension into `targetDir` and adds the origins to the
 * copy's `host_permissions`, or to `permissions` in a Manifest V2 build.
 * The manifest names no portal origin, and an unpacked extension is granted
 * the host permissions its manifest lists, so the copy is allowed on the
 * given origins from install on.
 *
 * @param {string} extensionDir Built chrome-mv3 or firefox-mv2 folder, left unchanged.
 * @param {string} targetDir Folder to copy into, created when missing.
 * @param {string[]} origins Match patterns such as `http://127.0.0.1/*`.
 * @returns {Promise<string>} The copy's folder.
 */
export async function prepareExtension(extensionDir, targetDir, origins) {
  const source = requireBuiltExtension(extensionDir);
  await cp(source, targetDir, { recursive: true });

  const manifestPath = path.join(targetDir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  const key = manifest.manifest_version === 2 ? 'permissions' : 'host_permissions';
  manifest[key] = [...new Set([...(manifest[key] ?? []), ...origins])];
  await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
  return targetDir;
}

/**
 * @typedef {object} ExtensionLaunchOptions
 * @property {'chromium' | 'firefox'} [browser] The default is VIGILA_BROWSER,
 *   then `chromium`.
 * @property {string} [extensionDir] Built chrome-mv3 folder (Firefox:
 *   firefox-mv2). The default is VIGILA_EXTENSION_DIR, then
 *   VIGILA_OUT_DIR/chrome-mv3, then .output/chrome-mv3.
 * @property {string[]} [origins] Match patterns to allow, by default
 *   {@link LOCAL_ORIGINS}.
 * @property {number} [timeoutMs] Limit for each launch step, in milliseconds.
 * @property {string[]} [args] Further Chromium arguments, such as `--lang=de`.
 */

/**
 * @typedef {object} ExtensionSession
 * @property {'chromium' | 'firefox'} browserName
 * @property {import('puppeteer-core').Browser} browser
 * @property {string} extensionId Host of the extension's URLs: the extension
 *   id in Chromium, the internal UUID in Firefox.
 * @property {import('puppeteer-core').WebWorker | undefined} worker The
 *   extension's service worker, in Chromium only. While attached, it keeps
 *   the worker alive.
 * @property {import('puppeteer-core').WebWorker | import('puppeteer-core').Page} extensionContext
 *   A context with the extension's API: the service worker in Chromium, an
 *   open options page in Firefox, whose background page WebDriver BiDi
 *   does not reach.
 * @property {() => Promise<void>} close Closes the browser and removes the
 *   profile and the extension copy.
 */

/**
 * Launches a headless browser (Chromium, or Firefox when chosen by the
 * options or VIGILA_BROWSER), installs a copy of the built extension that
 * is allowed on the given origins, and waits until the extension has
 * registered the content script.
 *
 * @param {ExtensionLaunchOptions} [options]
 * @returns {Promise<ExtensionSession>}
 */
export async function launchWithExtension(options = {}) {
  const browserName = options.browser ?? selectedBrowser();
  if (browserName === 'firefox') return launchFirefoxWithExtension(options);

  const timeoutMs = options.timeoutMs ?? 30_000;
  const extensionDir = requireBuiltExtension(options.extensionDir ?? defaultExtensionDir());
  await checkExtensionBuild(extensionDir, 'chromium');
  const tempDir = await mkdtemp(path.join(os.tmpdir(), 'vigila-chromium-'));
  const copyDir = path.join(tempDir, 'extension');
  const session = await launchChromium({
    extensions: true,
    tempDir,
    timeoutMs,
    args: options.args,
  });

  try {
    await prepareExtension(extensionDir, copyDir, options.origins ?? LOCAL_ORIGINS);
    const extensionId = await session.browser.installExtension(copyDir);
    const worker = await waitForWorker(session.browser, extensionId, timeoutMs);
    await waitForRegistration(worker, timeoutMs);
    return {
      browserName,
      browser: session.browser,
      extensionId,
      worker,
      extensionContext: worker,
      close: session.close,
    };
  } catch (error) {
    await session.close();
    throw error;
  }
}

/**
 * Launches headless Firefox, installs a copy of the Firefox build as a
 * temporary add-on over WebDriver BiDi, and waits until the background page
 * has registered the content script, read from an options page that the
 * session keeps open.
 *
 * @param {ExtensionLaunchOptions} options
 * @returns {Promise<ExtensionSession>}
 */
async function launchFirefoxWithExtension(options) {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const extensionDir = requireBuiltExtension(
    options.extensionDir ?? defaultExtensionDir({ ...process.env, VIGILA_BROWSER: 'firefox' }),
  );
  const manifest = await checkExtensionBuild(extensionDir, 'firefox');
  const addonId = manifest.browser_specific_settings.gecko.id;

  const extensionId = newExtensionUuid();
  const tempDir = await mkdtemp(path.join(os.tmpdir(), 'vigila-firefox-'));
  const copyDir = path.join(tempDir, 'extension');
  const session = await launchFirefox({
    tempDir,
    timeoutMs,
    extensionUuids: { [addonId]: extensionId },
  });
  markFirefox(session.browser);

  try {
    await prepareExtension(extensionDir, copyDir, options.origins ?? LOCAL_ORIGINS);
    await session.browser.installExtension(copyDir);
    const page = await session.browser.newPage();
    await gotoExtensionPage(page, extensionId, 'options.html', timeoutMs);
    await waitForRegistration(page, timeoutMs);
    return {
      browserName: 'firefox',
      browser: session.browser,
      extensionId,
      worker: undefined,
      extensionContext: page,
      close: session.close,
    };
  } catch (error) {
    await session.close();
    throw error;
  }
}

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} extensionId
 * @param {number} timeoutMs
 * @returns {Promise<import('puppeteer-core').WebWorker>}
 */
async function waitForWorker(browser, extensionId, timeoutMs) {
  const prefix = `chrome-extension://${extensionId}/`;
  const isWorker = (/** @type {import('puppeteer-core').Target} */ candidate) =>
    candidate.type() === 'service_worker' && candidate.url().startsWith(prefix);
  const target = await browser.waitForTarget(isWorker, { timeout: timeoutMs }).catch((error) => {
    const message = `Timed out after ${timeoutMs} ms waiting for the extension's service worker`;
    throw new Error(message, { cause: error });
  });
  const worker = await target.worker();
  if (!worker) throw new Error(`Extension service worker target has no worker: ${target.url()}`);
  return worker;
}

/**
 * Polls `scripting.getRegisteredContentScripts()` in an extension context
 * (the service worker, or an extension page) until it returns one or more
 * scripts.
 *
 * @param {import('puppeteer-core').WebWorker | import('puppeteer-core').Page} worker
 * @param {number} timeoutMs
 * @returns {Promise<number>} Number of registered content scripts.
 */
export async function waitForRegistration(worker, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const count = await worker.evaluate(async () => {
      // Chromium defines `chrome` in the worker a moment after its target
      // appears. Firefox returns promises from `browser` only.
      /** @type {any} */
      const api = /** @type {any} */ (globalThis).browser ?? /** @type {any} */ (globalThis).chrome;
      if (api?.scripting === undefined) return 0;
      const scripts = await api.scripting.getRegisteredContentScripts();
      return scripts.length;
    });
    if (count > 0) return count;
    if (Date.now() > deadline) {
      throw new Error(
        `Timed out after ${timeoutMs} ms waiting for the content script registration: ` +
          'scripting.getRegisteredContentScripts() in the extension returned none',
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
