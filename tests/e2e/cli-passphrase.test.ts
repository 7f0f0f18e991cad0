import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCommand } from '../../cli/lib/command.mjs';
import {
  readPassphraseFile,
  resolvePassphrase,
  TEST_ONLY_PASSPHRASE,
} from '../../cli/lib/browser.mjs';

const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const VIGILA = path.join(REPOSITORY_ROOT, 'cli', 'vigila.mjs');
const DEMO_PORTAL = path.join(REPOSITORY_ROOT, 'cli', 'demo', 'portal.html');
const DEMO_DRAFT = path.join(REPOSITORY_ROOT, 'cli', 'demo', 'sample-draft.json');

let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'vigila-passphrase-'));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

function runVigila(args: string[], env: NodeJS.ProcessEnv = {}) {
  return new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [VIGILA, ...args],
      { env: { ...process.env, ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const status = error ? Number((error as { code?: number }).code ?? 1) : 0;
        resolve({ status, stdout, stderr });
      },
    );
  });
}

describe('resolvePassphrase', () => {
  it('prefers the given passphrase', () => {
    expect(resolvePassphrase('given one', { VIGILA_PASSPHRASE: 'from env' })).toBe('given one');
  });

  it('falls back to VIGILA_PASSPHRASE', () => {
    expect(resolvePassphrase(undefined, { VIGILA_PASSPHRASE: 'from env' })).toBe('from env');
  });

  it('falls back to the test passphrase', () => {
    expect(resolvePassphrase(undefined, {})).toBe(TEST_ONLY_PASSPHRASE);
  });
});

describe('readPassphraseFile', () => {
  it('drops one final line break', async () => {
    const file = path.join(folder, 'crlf.txt');
    await writeFile(file, 'two words \r\n');
    expect(await readPassphraseFile(file)).toBe('two words ');
  });

  it('rejects an empty file', async () => {
    const file = path.join(folder, 'empty.txt');
    await writeFile(file, '\n');
    await expect(readPassphraseFile(file)).rejects.toThrow(`Passphrase file is empty: ${file}`);
  });

  it('names a missing file', async () => {
    const file = path.join(folder, 'missing.txt');
    await expect(readPassphraseFile(file)).rejects.toThrow(
      `Passphrase file not readable: ${file} (ENOENT)`,
    );
  });
});

describe('vigila audit --passphrase-file', () => {
  it('reads the option', () => {
    const parsed = parseCommand(['audit', 'page.html', '--passphrase-file', 'secret.txt']);
    expect(parsed.audit?.passphraseFile).toBe('secret.txt');
  });

  it('imports and fills with the passphrase of the file', async () => {
    const file = path.join(folder, 'passphrase.txt');
    await writeFile(file, 'audit passphrase from a file\n');
    const result = await runVigila([
      'audit',
      DEMO_PORTAL,
      '--draft',
      DEMO_DRAFT,
      '--fill',
      '--json',
      '--passphrase-file',
      file,
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { fill: { id: string; status: string }[] };
    expect(report.fill.find((outcome) => outcome.id === 'surname')?.status).toBe('filled');
  });
});
