// @ts-check
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Hosts the audit may open in this version. */
export const ALLOWED_HOSTS = ['127.0.0.1', 'localhost'];

/** An invalid command-line argument, for which the command exits with status 2. */
export class UsageError extends Error {
  name = 'UsageError';
}

/**
 * @typedef {{ kind: 'url', url: string } | { kind: 'file', path: string }} AuditTarget
 */

/**
 * Tells a URL from a local file path and checks that a URL is an http URL
 * on 127.0.0.1 or localhost. A `file:` URL counts as a local file.
 *
 * @param {string} target Command-line argument.
 * @param {string} [cwd] Folder that a relative file path starts from.
 * @returns {AuditTarget}
 */
export function resolveTarget(target, cwd = process.cwd()) {
  if (!/^[a-z][a-z0-9+.-]+:/i.test(target)) {
    return { kind: 'file', path: path.resolve(cwd, target) };
  }

  let url;
  try {
    url = new URL(target);
  } catch {
    throw new UsageError(`Invalid URL: ${target}`);
  }
  if (url.protocol === 'file:') return { kind: 'file', path: fileURLToPath(url) };
  if (url.protocol !== 'http:' || !ALLOWED_HOSTS.includes(url.hostname)) {
    throw new UsageError(
      `Unsupported URL ${target}: this version audits only http://127.0.0.1 ` +
        'and http://localhost URLs and local HTML files',
    );
  }
  return { kind: 'url', url: url.href };
}

/**
 * Returns the match pattern that allows the extension on a URL's host, on
 * every port.
 *
 * @param {string} url
 * @returns {string}
 */
export function originPattern(url) {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}
