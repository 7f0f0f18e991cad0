// @ts-check
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { SHARED_CASES_DIR } from './paths.mjs';

/** URL prefix under which the shared failure-case pages are served. */
export const SHARED_CASES_MOUNT = '/shared-cases/';

/** @type {Record<string, string>} */
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.woff2': 'font/woff2',
};

/**
 * @typedef {object} ServerOptions
 * @property {string} root Folder served at `/`.
 * @property {string | null} [sharedCasesDir] Folder served at `/shared-cases/`,
 *   by default `shared/cases` beside the repository. Null turns the mount off.
 * @property {string} [host] Address to listen on: 127.0.0.1 (the default) or
 *   localhost.
 * @property {number} [port] Port to listen on. The default, 0, picks a free one.
 * @property {Record<string, string>} [mounts] More folders to serve, by URL
 *   prefix with leading and trailing slashes, such as
 *   `{ '/vendor/jquery/': 'node_modules/jquery/dist' }`.
 */

/**
 * @typedef {object} StaticServer
 * @property {string} url Base URL with a trailing slash, e.g. `http://127.0.0.1:41234/`.
 * @property {string} origin Origin without a trailing slash.
 * @property {number} port
 * @property {() => Promise<void>} close Stops listening and drops open connections.
 */

/**
 * Starts a static file server for fixture pages on the loopback interface.
 *
 * @param {ServerOptions} options
 * @returns {Promise<StaticServer>}
 */
export async function startServer(options) {
  const host = options.host ?? '127.0.0.1';
  if (host !== '127.0.0.1' && host !== 'localhost') {
    throw new Error(`Invalid host "${host}": the server listens on 127.0.0.1 or localhost only`);
  }
  const mounts = await resolveMounts(options);
  const server = http.createServer((request, response) => {
    handleRequest(mounts, request, response).catch((error) => {
      console.error(`vigila server: ${request.method} ${request.url} failed: ${error.message}`);
      sendStatus(response, 500);
    });
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve(undefined));
  });

  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const origin = `http://${host}:${address.port}`;
  return {
    url: `${origin}/`,
    origin,
    port: address.port,
    close: () => closeServer(server),
  };
}

/**
 * @typedef {object} Mount
 * @property {string} prefix URL path prefix, with leading and trailing slashes.
 * @property {string} dir Real path of the folder served under the prefix.
 */

/**
 * Orders the mounts longest prefix first, so `/shared-cases/` wins over `/`.
 * A shared cases folder that does not exist leaves its prefix unmounted.
 *
 * @param {ServerOptions} options
 * @returns {Promise<Mount[]>}
 */
async function resolveMounts(options) {
  const rootDir = await realpath(options.root).catch(() => {
    throw new Error(`Folder to serve not found: ${options.root}`);
  });
  /** @type {Mount[]} */
  const mounts = [{ prefix: '/', dir: rootDir }];
  for (const [prefix, dir] of Object.entries(options.mounts ?? {})) {
    if (!/^\/.+\/$/.test(prefix)) {
      throw new Error(`Invalid mount prefix "${prefix}": expected leading and trailing slashes`);
    }
    const realDir = await realpath(dir).catch(() => {
      throw new Error(`Folder to serve at ${prefix} not found: ${dir}`);
    });
    mounts.push({ prefix, dir: realDir });
  }

  const casesDir = options.sharedCasesDir === undefined ? SHARED_CASES_DIR : options.sharedCasesDir;
  if (casesDir !== null) {
    const realCasesDir = await realpath(casesDir).catch(() => null);
    if (realCasesDir) mounts.push({ prefix: SHARED_CASES_MOUNT, dir: realCasesDir });
  }
  return mounts.sort((a, b) => b.prefix.length - a.prefix.length);
}

/**
 * @param {Mount[]} mounts
 * @param {http.IncomingMessage} request
 * @param {http.ServerResponse} response
 */
async function handleRequest(mounts, request, response) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    return sendStatus(response, 405);
  }

  const urlPath = decodePath(request.url ?? '/');
  if (urlPath === null) return sendStatus(response, 400);

  const mount = mounts.find((candidate) => urlPath.startsWith(candidate.prefix));
  if (!mount) return sendStatus(response, 404);

  const file = await resolveFile(mount, urlPath.slice(mount.prefix.length));
  if (file === 'forbidden') return sendStatus(response, 403);
  if (file === null) return sendStatus(response, 404);

  sendFile(request, response, file);
}

/**
 * Decodes the path part of a request target. Returns null for malformed
 * percent-encoding and for NUL bytes, which no file name may hold.
 *
 * @param {string} target
 * @returns {string | null}
 */
function decodePath(target) {
  const rawPath = target.split('?')[0].split('#')[0];
  try {
    const decoded = decodeURIComponent(rawPath);
    return decoded.includes('\0') ? null : decoded;
  } catch {
    return null;
  }
}

/**
 * Maps a path below a mount to a file inside the mount's folder. A path
 * that leaves the folder, by `..`, a backslash or a symbolic link, is
 * forbidden. A folder maps to its index.html.
 *
 * @param {Mount} mount
 * @param {string} relativePath
 * @returns {Promise<{ path: string, size: number } | 'forbidden' | null>}
 */
async function resolveFile(mount, relativePath) {
  const segments = relativePath.split(/[/\\]/);
  if (segments.includes('..')) return 'forbidden';

  let candidate = path.join(mount.dir, ...segments);
  const info = await stat(candidate).catch(() => null);
  if (!info) return null;
  if (info.isDirectory()) candidate = path.join(candidate, 'index.html');

  const real = await realpath(candidate).catch(() => null);
  if (!real) return null;
  if (!isInside(mount.dir, real)) return 'forbidden';

  const realInfo = await stat(real);
  return realInfo.isFile() ? { path: real, size: realInfo.size } : null;
}

/**
 * @param {string} dir
 * @param {string} file
 */
function isInside(dir, file) {
  const relative = path.relative(dir, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * @param {http.IncomingMessage} request
 * @param {http.ServerResponse} response
 * @param {{ path: string, size: number }} file
 */
function sendFile(request, response, file) {
  const extension = path.extname(file.path).toLowerCase();
  response.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
    'Content-Length': file.size,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file.path)
    .on('error', (error) => {
      console.error(`vigila server: reading ${file.path} failed: ${error.message}`);
      response.destroy();
    })
    .pipe(response);
}

/**
 * @param {http.ServerResponse} response
 * @param {number} status
 */
function sendStatus(response, status) {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  const body = `${status} ${http.STATUS_CODES[status] ?? ''}\n`;
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  response.end(body);
}

/**
 * Closes the listener and the kept-alive connections that a browser keeps open,
 * which `server.close()` alone waits for.
 *
 * @param {http.Server} server
 * @returns {Promise<void>}
 */
function closeServer(server) {
  if (!server.listening) return Promise.resolve();
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
