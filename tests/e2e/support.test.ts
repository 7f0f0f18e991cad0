import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LOCAL_ORIGINS,
  defaultExtensionDir,
  findBrowser,
  inFirefox,
  launchWithExtension,
  prepareExtension,
  requireBuiltExtension,
  type ExtensionSession,
} from './support/browser';
import { SHARED_CASES_MOUNT, startServer, type StaticServer } from './support/server';

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Sends a request with the path exactly as given; fetch() would normalise `..`. */
function rawRequest(server: StaticServer, requestPath: string, method = 'GET') {
  return new Promise<RawResponse>((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port: server.port, path: requestPath, method, agent: false },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
        );
      },
    );
    request.on('error', reject);
    request.end();
  });
}

describe('startServer', () => {
  let parentDir: string;
  let server: StaticServer;

  beforeAll(async () => {
    parentDir = await mkdtemp(path.join(os.tmpdir(), 'vigila-server-test-'));
    const root = path.join(parentDir, 'site');
    await mkdir(path.join(root, 'sub'), { recursive: true });
    await writeFile(path.join(root, 'page.html'), '<!doctype html><title>page</title>');
    await writeFile(path.join(root, 'style.css'), 'body { color: red; }');
    await writeFile(path.join(root, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xd9]));
    await writeFile(path.join(root, 'sub', 'index.html'), '<!doctype html><title>index</title>');
    await writeFile(path.join(parentDir, 'secret.txt'), 'outside the served folder');
    await symlink(path.join(parentDir, 'secret.txt'), path.join(root, 'link.txt'));
    server = await startServer({ root });
  });

  afterAll(async () => {
    await server?.close();
    await rm(parentDir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 with a free port', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    expect(server.port).toBeGreaterThan(0);
  });

  it('serves an html file with its content type', async () => {
    const response = await rawRequest(server, '/page.html');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toContain('<title>page</title>');
  });

  it.each([
    ['/style.css', 'text/css; charset=utf-8'],
    ['/photo.jpg', 'image/jpeg'],
  ])('serves %s as %s', async (requestPath, contentType) => {
    const response = await rawRequest(server, requestPath);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(contentType);
  });

  it('serves the index.html of a folder', async () => {
    const response = await rawRequest(server, '/sub/');
    expect(response.status).toBe(200);
    expect(response.body).toContain('<title>index</title>');
  });

  it('ignores the query string', async () => {
    const response = await rawRequest(server, '/page.html?draft=1');
    expect(response.status).toBe(200);
  });

  it('returns 404 for a missing file', async () => {
    const response = await rawRequest(server, '/missing.html');
    expect(response.status).toBe(404);
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/sub/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/sub/../../secret.txt',
    `${SHARED_CASES_MOUNT}../../site/page.html`,
  ])('refuses the traversal %s', async (requestPath) => {
    const response = await rawRequest(server, requestPath);
    expect(response.status).toBe(403);
    expect(response.body).not.toContain('outside the served folder');
  });

  it('refuses a symbolic link that leaves the folder', async () => {
    const response = await rawRequest(server, '/link.txt');
    expect(response.status).toBe(403);
  });

  it('returns 400 for malformed percent-encoding', async () => {
    const response = await rawRequest(server, '/page%E0%A4%A.html');
    expect(response.status).toBe(400);
  });

  it('rejects POST with 405', async () => {
    const response = await rawRequest(server, '/page.html', 'POST');
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD');
  });

  it('answers HEAD without a body', async () => {
    const response = await rawRequest(server, '/page.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(response.body).toBe('');
  });

  it('serves the shared cases under /shared-cases/', async () => {
    const response = await rawRequest(
      server,
      `${SHARED_CASES_MOUNT}09-table-labels-webforms-names.html`,
    );
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toContain('__caseCheck');
  });

  it('rejects a host other than loopback', async () => {
    await expect(startServer({ root: parentDir, host: '0.0.0.0' })).rejects.toThrow(
      /127\.0\.0\.1 or localhost only/,
    );
  });

  it('stops accepting connections on close', async () => {
    const second = await startServer({ root: parentDir, sharedCasesDir: null });
    await rawRequest(second, '/secret.txt');
    await second.close();
    await expect(rawRequest(second, '/secret.txt')).rejects.toThrow(/ECONNREFUSED/);
  });
});

describe('findBrowser', () => {
  it('prefers PUPPETEER_EXECUTABLE_PATH when it exists', () => {
    const executable = process.execPath;
    expect(findBrowser({ PUPPETEER_EXECUTABLE_PATH: executable })).toBe(executable);
  });

  it('skips a PUPPETEER_EXECUTABLE_PATH that does not exist', () => {
    const env = { PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chrome', CHROME_PATH: process.execPath };
    expect(findBrowser(env)).toBe(process.execPath);
  });
});

describe('prepareExtension', () => {
  let workDir: string;

  beforeAll(async () => {
    workDir = await mkdtemp(path.join(os.tmpdir(), 'vigila-extension-test-'));
    await mkdir(path.join(workDir, 'built'));
    const manifest = { manifest_version: 3, name: 'test', host_permissions: ['https://a.test/*'] };
    await writeFile(path.join(workDir, 'built', 'manifest.json'), JSON.stringify(manifest));
    await writeFile(path.join(workDir, 'built', 'background.js'), '');
  });

  afterAll(() => rm(workDir, { recursive: true, force: true }));

  it('adds the origins to the copy and keeps the others', async () => {
    const copy = await prepareExtension(
      path.join(workDir, 'built'),
      path.join(workDir, 'copy'),
      LOCAL_ORIGINS,
    );
    const manifest = JSON.parse(await readFile(path.join(copy, 'manifest.json'), 'utf8'));
    expect(manifest.host_permissions).toEqual(['https://a.test/*', ...LOCAL_ORIGINS]);
    expect(existsSync(path.join(copy, 'background.js'))).toBe(true);
  });

  it('leaves the built manifest unchanged', async () => {
    const text = await readFile(path.join(workDir, 'built', 'manifest.json'), 'utf8');
    expect(JSON.parse(text).host_permissions).toEqual(['https://a.test/*']);
  });

  it('names npm run build when no build exists', () => {
    expect(() => requireBuiltExtension(path.join(workDir, 'none'))).toThrow(/npm run build/);
  });
});

describe('launchWithExtension', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchWithExtension();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('returns the extension id', () => {
    // Firefox names the moz-extension:// host with an internal UUID.
    const id = inFirefox
      ? /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
      : /^[a-p]{32}$/;
    expect(session.extensionId).toMatch(id);
  });

  it('grants the local origins', async () => {
    const origins = await session.extensionContext.evaluate(async () => {
      // Firefox returns promises from `browser` only.
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const granted = await api.permissions.getAll();
      return granted.origins as string[];
    });
    expect(origins).toEqual(expect.arrayContaining(LOCAL_ORIGINS));
  });

  it('has the content script registered for 127.0.0.1', async () => {
    const matches = await session.extensionContext.evaluate(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const scripts = await api.scripting.getRegisteredContentScripts();
      return (scripts as { matches?: string[] }[]).flatMap((script) => script.matches ?? []);
    });
    expect(matches).toContain('http://127.0.0.1/*');
  });

  it('leaves the built manifest without portal origins', async () => {
    const dir = requireBuiltExtension(defaultExtensionDir());
    const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.host_permissions ?? []).not.toContain('http://127.0.0.1/*');
  });
});
