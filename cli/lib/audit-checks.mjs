// @ts-check
import { constants } from 'node:fs';
import { access, realpath, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * Shortest passphrase that the drafts page accepts, in characters. It is
 * MIN_PASSPHRASE_LENGTH of utils/store/passphrase.ts, and a unit test
 * compares the two.
 */
export const MIN_PASSPHRASE_LENGTH = 8;

/**
 * Folders of the operating system. A page inside one of them is never
 * audited, because its folder would be served on 127.0.0.1.
 */
export const SYSTEM_FOLDERS = [
  '/bin',
  '/boot',
  '/dev',
  '/etc',
  '/lib',
  '/lib32',
  '/lib64',
  '/libx32',
  '/proc',
  '/root',
  '/run',
  '/sbin',
  '/sys',
  '/usr',
  '/var',
];

/**
 * Folders shared by many users or programs. A page may sit in a folder below
 * one of them, but a page directly inside one is never audited, because the
 * whole folder would be served.
 *
 * @returns {string[]}
 */
function sharedFolders() {
  return ['/', '/home', '/media', '/mnt', '/opt', '/srv', '/tmp', os.homedir(), os.tmpdir()];
}

/**
 * Tells whether `folder` is `parent` or lies below it.
 *
 * @param {string} parent
 * @param {string} folder
 */
function isWithin(parent, folder) {
  const relative = path.relative(parent, folder);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * @typedef {object} PageFileOptions
 * @property {string} [cwd] Folder that the page must lie in, by default the
 *   current working directory.
 * @property {boolean} [allowOutsideCwd] Accepts a page outside `cwd`.
 */

/**
 * Checks a local page file before the audit serves its folder on 127.0.0.1,
 * and returns the real path of that folder. The page must be a file, inside
 * the current working directory unless `allowOutsideCwd` is set, and never
 * in a system folder or directly in a shared one such as /tmp or the home
 * folder. Symbolic links are resolved first, so a link cannot lead the
 * server into such a folder.
 *
 * @param {string} file Absolute path of the page.
 * @param {PageFileOptions} [options]
 * @returns {Promise<string>}
 */
export async function checkPageFile(file, options = {}) {
  const info = await stat(file).catch(() => null);
  if (!info) throw new Error(`Page file not found: ${file}`);
  if (info.isDirectory()) {
    throw new Error(
      `Page file is a folder: ${file}. Give the HTML file of the page, such as ` +
        path.join(file, 'index.html'),
    );
  }
  if (!info.isFile()) throw new Error(`Page file is not a regular file: ${file}`);

  const folder = await realpath(path.dirname(file));
  const systemFolder = SYSTEM_FOLDERS.find((candidate) => isWithin(candidate, folder));
  if (systemFolder || sharedFolders().includes(folder)) {
    throw new Error(
      `Page folder ${folder} is not served: vigila never serves a system folder or the ` +
        'whole of /, /home, /tmp or the home folder. Copy the page, with the files it ' +
        'loads, into a folder of its own',
    );
  }

  const cwd = await realpath(options.cwd ?? process.cwd());
  if (!options.allowOutsideCwd && !isWithin(cwd, folder)) {
    throw new Error(
      `Page file ${file} is outside the current folder ${cwd}, and its folder would be ` +
        'served on 127.0.0.1 during the audit. Run vigila from a folder that contains ' +
        'the page, or add --allow-outside-cwd',
    );
  }
  return folder;
}

/**
 * Checks that a screenshot can be written to `file` before the browser
 * starts: the path is no folder, and its nearest existing folder is writable.
 * Missing folders are created when the screenshot is written. Returns the
 * absolute path.
 *
 * @param {string} file
 * @returns {Promise<string>}
 */
export async function checkScreenshotFile(file) {
  const target = path.resolve(file);
  const info = await stat(target).catch(() => null);
  if (info?.isDirectory()) {
    throw new Error(
      `Screenshot path is a folder: ${target}. Give a file name, such as ` +
        path.join(target, 'page.png'),
    );
  }
  if (info && !info.isFile()) throw new Error(`Screenshot path is not a regular file: ${target}`);

  let folder = path.dirname(target);
  let folderInfo = await stat(folder).catch(() => null);
  while (!folderInfo && path.dirname(folder) !== folder) {
    folder = path.dirname(folder);
    folderInfo = await stat(folder).catch(() => null);
  }
  if (!folderInfo?.isDirectory()) {
    throw new Error(`Screenshot folder not creatable: ${folder} is not a folder`);
  }
  const written = info ? target : folder;
  await access(written, constants.W_OK).catch(() => {
    const kind = info ? 'file' : 'folder';
    throw new Error(`Screenshot ${kind} not writable: ${written}. Choose another path`);
  });
  return target;
}

/**
 * Checks that a passphrase is long enough for the drafts page before the
 * browser starts, and returns it. Messages name the source, never the
 * passphrase.
 *
 * @param {string} passphrase
 * @param {string} source Where the passphrase came from, such as `VIGILA_PASSPHRASE`.
 * @returns {string}
 */
export function checkPassphrase(passphrase, source) {
  if ([...passphrase].length >= MIN_PASSPHRASE_LENGTH) return passphrase;
  throw new Error(
    `Passphrase from ${source} is too short: the drafts page requires at least ` +
      `${MIN_PASSPHRASE_LENGTH} characters`,
  );
}
