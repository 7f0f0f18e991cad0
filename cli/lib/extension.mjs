// @ts-check
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from './chromium.mjs';
import { defaultExtensionDir } from './paths.mjs';

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
 * Copies the built extension into `targetDir` and adds the origins to the
 * copy's `host_permissions`. The manifest names no portal origin, and an
 * unpacked extension is granted the host permissions its manifest lists,
 * so the copy is allowed on the given origins from install on.
 *
 * @param {string} extensionDir Built chrome-mv3 folder, left unchanged.
 * @param {string} targetDir Folder to copy into, created when missing.
 * @param {string[]} origins Match patterns such as `http://127.0.0.1/*`.
 * @returns {Promise<string>} The copy's folder.
 */
export async function prepareExtension(extensionDir, targetDir, origins) {
  const source = requireBuiltExtension(extensionDir);
  await cp(source, targetDir, { recursive: true });

  const manifestPath = path.join(targetDir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  const granted = new Set([...(manifest.host_permissions ?? []), ...origins]);
  manifest.host_permissions = [...granted];
  await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
  return targetDir;
}

/**
 * @typedef {object} ExtensionLaunchOptions
 * @property {string} [extensionDir] Built chrome-mv3 folder. The default is
 *   VIGILA_EXTENSION_DIR, then VIGILA_OUT_DIR/chrome-mv3, then .output/chrome-mv3.
 * @property {string[]} [origins] Match patterns to allow, by default
 *   {@link LOCAL_ORIGINS}.
 * @property {number} [timeoutMs] Limit for each launch step, in milliseconds.
 * @property {string[]} [args] Further Chromium arguments, such as `--lang=de`.
 */

/**
 * @typedef {object} ExtensionSession
 * @property {import('puppeteer-core').Browser} browser
 * @property {string} extensionId
 * @property {import('puppeteer-core').WebWorker} worker The extension's
 *   service worker. While attached, it keeps the worker alive.
 * @property {() => Promise<void>} close Closes the browser and removes the
 *   profile and the extension copy.
 */

/**
 * Launches headless Chromium, installs a copy of the built extension that
 * is allowed on the given origins, and waits until its service worker has
 * registered the content script.
 *
 * @param {ExtensionLaunchOptions} [options]
 * @returns {Promise<ExtensionSession>}
 */
export async function launchWithExtension(options = {}) {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const extensionDir = requireBuiltExtension(options.extensionDir ?? defaultExtensionDir());
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
    return { browser: session.browser, extensionId, worker, close: session.close };
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
  const target = await browser
    .waitForTarget(isWorker, { timeout: timeoutMs })
    .catch((error) => {
      const message = `Timed out after ${timeoutMs} ms waiting for the extension's service worker`;
      throw new Error(message, { cause: error });
    });
  const worker = await target.worker();
  if (!worker) throw new Error(`Extension service worker target has no worker: ${target.url()}`);
  return worker;
}

/**
 * Polls `chrome.scripting.getRegisteredContentScripts()` in the service
 * worker until it returns one or more scripts.
 *
 * @param {import('puppeteer-core').WebWorker} worker
 * @param {number} timeoutMs
 * @returns {Promise<number>} Number of registered content scripts.
 */
export async function waitForRegistration(worker, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const count = await worker.evaluate(async () => {
      // Chromium defines `chrome` in the worker a moment after its target appears.
      // @ts-expect-error `chrome` exists in the extension's service worker only.
      if (typeof chrome === 'undefined') return 0;
      // @ts-expect-error `chrome` exists in the extension's service worker only.
      const scripts = await chrome.scripting.getRegisteredContentScripts();
      return scripts.length;
    });
    if (count > 0) return count;
    if (Date.now() > deadline) {
      throw new Error(
        `Timed out after ${timeoutMs} ms waiting for the content script registration: ` +
          'chrome.scripting.getRegisteredContentScripts() in the service worker returned none',
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
