// @ts-check
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root: this file sits in <root>/cli/lib. */
export const REPOSITORY_ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
);

/**
 * Folder of the shared failure-case pages. It lies beside the repository,
 * both in the workplace and in CI's fresh clone.
 */
export const SHARED_CASES_DIR = path.resolve(REPOSITORY_ROOT, '..', 'shared', 'cases');

export const DEMO_DIR = path.join(REPOSITORY_ROOT, 'cli', 'demo');

/**
 * Returns the browser that the tools and tests drive: `firefox` when
 * VIGILA_BROWSER is `firefox`, else `chromium`. Throws on any other value.
 *
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {'chromium' | 'firefox'}
 */
export function selectedBrowser(env = process.env) {
  const name = env.VIGILA_BROWSER ?? 'chromium';
  if (name === 'chromium' || name === 'firefox') return name;
  throw new Error(`Invalid VIGILA_BROWSER "${name}": expected "chromium" or "firefox"`);
}

/**
 * Resolves the folder of the built extension for the selected browser:
 * VIGILA_EXTENSION_DIR, then `chrome-mv3` (Firefox: `firefox-mv2`) inside
 * VIGILA_OUT_DIR (the output folder that wxt.config.ts honours), then inside
 * `.output`. Relative paths are resolved against the repository root, as
 * WXT resolves its outDir.
 *
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string}
 */
export function defaultExtensionDir(env = process.env) {
  if (env.VIGILA_EXTENSION_DIR) {
    return path.resolve(REPOSITORY_ROOT, env.VIGILA_EXTENSION_DIR);
  }
  const outDir = env.VIGILA_OUT_DIR ?? '.output';
  const build = selectedBrowser(env) === 'firefox' ? 'firefox-mv2' : 'chrome-mv3';
  return path.resolve(REPOSITORY_ROOT, outDir, build);
}
