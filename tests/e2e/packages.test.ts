/**
 * `npm run zip` builds the Chromium and Firefox packages. This test runs it
 * into a temporary output folder, reads both zip files and checks their
 * manifests and that each contains exactly the files of its build folder.
 */
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempFolder } from './support/cases';
import { readZip } from './support/zip';

const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);

let folder: Awaited<ReturnType<typeof makeTempFolder>>;
let version: string;

async function listFiles(root: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(path.join(root, prefix), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const name = path.posix.join(prefix, entry.name);
      return entry.isDirectory() ? listFiles(root, name) : Promise.resolve([name]);
    }),
  );
  return nested.flat().sort();
}

async function readPackage(kind: string): Promise<Map<string, Buffer>> {
  return readZip(await readFile(path.join(folder.path, `vigila-${version}-${kind}.zip`)));
}

function manifestOf(files: Map<string, Buffer>): Record<string, any> {
  const manifest = files.get('manifest.json');
  if (!manifest) throw new Error('The package has no manifest.json');
  return JSON.parse(manifest.toString('utf8'));
}

beforeAll(async () => {
  folder = await makeTempFolder();
  version = JSON.parse(await readFile(path.join(REPOSITORY_ROOT, 'package.json'), 'utf8')).version;
  await run('npm', ['run', 'zip'], {
    cwd: REPOSITORY_ROOT,
    env: { ...process.env, VIGILA_OUT_DIR: folder.path },
    maxBuffer: 16 * 1024 * 1024,
  });
});

afterAll(async () => {
  await folder?.remove();
});

describe('npm run zip', () => {
  it('writes the Chromium, Firefox and sources packages', async () => {
    const zips = (await readdir(folder.path)).filter((name) => name.endsWith('.zip')).sort();
    expect(zips).toEqual([
      `vigila-${version}-chrome.zip`,
      `vigila-${version}-firefox.zip`,
      `vigila-${version}-sources.zip`,
    ]);
  });

  it('packs the Chromium build with its managed schema', async () => {
    const files = await readPackage('chrome');
    const manifest = manifestOf(files);
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.storage).toEqual({ managed_schema: 'managed_schema.json' });
    const schema = JSON.parse(files.get('managed_schema.json')!.toString('utf8'));
    expect(schema.type).toBe('object');
    expect([...files.keys()].sort()).toEqual(await listFiles(path.join(folder.path, 'chrome-mv3')));
  });

  it('packs the Firefox build with its gecko id and data declaration', async () => {
    const files = await readPackage('firefox');
    const manifest = manifestOf(files);
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.browser_specific_settings.gecko.id).toBe('vigila@vigila.invalid');
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({
      required: ['none'],
    });
    expect(manifest.storage).toBeUndefined();
    expect([...files.keys()].sort()).toEqual(
      await listFiles(path.join(folder.path, 'firefox-mv2')),
    );
  });

  it('packs the sources without dependencies', async () => {
    const names = [...(await readPackage('sources')).keys()];
    expect(names).toContain('package.json');
    expect(names).toContain('public/managed_schema.json');
    expect(names.filter((name) => name.startsWith('node_modules/'))).toEqual([]);
  });
});
