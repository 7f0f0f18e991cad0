// @vitest-environment node
import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_PASSPHRASE_LENGTH as STORE_MIN_PASSPHRASE_LENGTH } from '@/utils/store/passphrase';
import {
  checkPageFile,
  checkPassphrase,
  checkScreenshotFile,
  MIN_PASSPHRASE_LENGTH,
} from '../../cli/lib/audit-checks.mjs';
import { runAudit } from '../../cli/lib/audit.mjs';
import { parseCommand, parseTimeout } from '../../cli/lib/command.mjs';
import { checkExtensionBuild, launchWithExtension } from '../../cli/lib/browser.mjs';
import { UsageError } from '../../cli/lib/target.mjs';

const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const VIGILA = path.join(REPOSITORY_ROOT, 'cli', 'vigila.mjs');
const DEMO_PORTAL = path.join(REPOSITORY_ROOT, 'cli', 'demo', 'portal.html');
const DEMO_DRAFT = path.join(REPOSITORY_ROOT, 'cli', 'demo', 'sample-draft.json');
const MISSING_BUILD = '/nonexistent/chrome-mv3';
const IS_ROOT = process.getuid?.() === 0;

let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'vigila-checks-'));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

function runVigila(args: string[], env: NodeJS.ProcessEnv = {}) {
  return new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [VIGILA, ...args],
      { cwd: REPOSITORY_ROOT, env: { ...process.env, ...env }, timeout: 30_000 },
      (error, stdout, stderr) => {
        const status = error ? Number((error as { code?: number }).code ?? 1) : 0;
        resolve({ status, stdout, stderr });
      },
    );
  });
}

async function writePage(relativePath: string): Promise<string> {
  const file = path.join(folder, relativePath);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, '<!doctype html><title>Page</title>');
  return file;
}

describe('parseTimeout', () => {
  it.each([
    ['1', 1_000],
    ['12.5', 12_500],
    ['3600', 3_600_000],
  ])('reads %s seconds', (text, milliseconds) => {
    expect(parseTimeout(text)).toBe(milliseconds);
  });

  it('names the unit for a value in milliseconds', () => {
    expect(() => parseTimeout('3000000')).toThrow(UsageError);
    expect(() => parseTimeout('3000000')).toThrow(
      'Invalid --timeout 3000000: expected a number of seconds from 1 to 3600. ' +
        'The value is in seconds, not milliseconds',
    );
  });

  it.each(['0', '0.5', '3601'])('rejects %s seconds as out of range', (text) => {
    expect(() => parseTimeout(text)).toThrow(/from 1 to 3600\. The value is in seconds/);
  });

  it.each(['30s', '5000ms', '-1', '', 'abc', '1e3', 'Infinity'])('rejects %j', (text) => {
    expect(() => parseTimeout(text)).toThrow(UsageError);
    expect(() => parseTimeout(text)).toThrow(/expected a number of seconds from 1 to 3600/);
  });
});

describe('parseCommand --allow-outside-cwd', () => {
  it('is off by default', () => {
    expect(parseCommand(['audit', 'page.html']).audit?.allowOutsideCwd).toBe(false);
  });

  it('reads the option', () => {
    const parsed = parseCommand(['audit', 'page.html', '--allow-outside-cwd']);
    expect(parsed.audit?.allowOutsideCwd).toBe(true);
  });
});

describe('checkPageFile', () => {
  it('returns the folder of a page inside the current folder', async () => {
    const page = await writePage('inside/portal.html');
    expect(await checkPageFile(page, { cwd: folder })).toBe(path.join(folder, 'inside'));
  });

  it('names a missing page', async () => {
    const page = path.join(folder, 'missing.html');
    await expect(checkPageFile(page, { cwd: folder })).rejects.toThrow(
      `Page file not found: ${page}`,
    );
  });

  it('names a folder and the expected file', async () => {
    const page = path.join(folder, 'inside');
    await mkdir(page, { recursive: true });
    await expect(checkPageFile(page, { cwd: folder })).rejects.toThrow(
      `Page file is a folder: ${page}. Give the HTML file of the page, such as ` +
        path.join(page, 'index.html'),
    );
  });

  it('rejects a page outside the current folder', async () => {
    const page = await writePage('outside/portal.html');
    const cwd = path.join(folder, 'inside');
    await mkdir(cwd, { recursive: true });
    await expect(checkPageFile(page, { cwd })).rejects.toThrow(/outside the current folder/);
    await expect(checkPageFile(page, { cwd })).rejects.toThrow(/--allow-outside-cwd/);
  });

  it('accepts an outside page when allowed', async () => {
    const page = await writePage('outside/portal.html');
    const cwd = path.join(folder, 'inside');
    await mkdir(cwd, { recursive: true });
    const served = await checkPageFile(page, { cwd, allowOutsideCwd: true });
    expect(served).toBe(path.join(folder, 'outside'));
  });

  it.each(['/etc/passwd', '/etc/hostname', '/usr/share/common-licenses/GPL'])(
    'never serves the system file %s',
    async (page) => {
      const options = { cwd: '/', allowOutsideCwd: true };
      await expect(checkPageFile(page, options)).rejects.toThrow(/is not served/);
    },
  );

  it('never serves the whole temporary folder', async () => {
    const page = path.join(tmpdir(), `${path.basename(folder)}.html`);
    await writeFile(page, '<!doctype html>');
    try {
      const options = { cwd: '/', allowOutsideCwd: true };
      await expect(checkPageFile(page, options)).rejects.toThrow(
        `Page folder ${tmpdir()} is not served`,
      );
    } finally {
      await rm(page, { force: true });
    }
  });

  it('follows a folder link into a system folder', async () => {
    const link = path.join(folder, 'etc-link');
    await symlink('/etc', link);
    const options = { cwd: folder };
    await expect(checkPageFile(path.join(link, 'passwd'), options)).rejects.toThrow(
      'Page folder /etc is not served',
    );
  });
});

describe('checkScreenshotFile', () => {
  it('rejects a folder', async () => {
    await expect(checkScreenshotFile(folder)).rejects.toThrow(
      `Screenshot path is a folder: ${folder}. Give a file name, such as ` +
        path.join(folder, 'page.png'),
    );
  });

  it('accepts a file in folders still to create', async () => {
    const file = path.join(folder, 'new', 'deeper', 'page.png');
    expect(await checkScreenshotFile(file)).toBe(file);
  });

  it('rejects a path below a file', async () => {
    const page = await writePage('plain.txt');
    await expect(checkScreenshotFile(path.join(page, 'page.png'))).rejects.toThrow(
      `Screenshot folder not creatable: ${page} is not a folder`,
    );
  });

  it.skipIf(IS_ROOT)('rejects a read-only folder', async () => {
    const readOnly = path.join(folder, 'read-only');
    await mkdir(readOnly, { recursive: true });
    await chmod(readOnly, 0o500);
    try {
      await expect(checkScreenshotFile(path.join(readOnly, 'page.png'))).rejects.toThrow(
        `Screenshot folder not writable: ${readOnly}. Choose another path`,
      );
    } finally {
      await chmod(readOnly, 0o700);
    }
  });
});

describe('checkPassphrase', () => {
  it('uses the minimum of the drafts store', () => {
    expect(MIN_PASSPHRASE_LENGTH).toBe(STORE_MIN_PASSPHRASE_LENGTH);
  });

  it('accepts eight characters', () => {
    expect(checkPassphrase('abcdefgh', 'VIGILA_PASSPHRASE')).toBe('abcdefgh');
  });

  it('counts characters, not code units', () => {
    expect(() => checkPassphrase('😀😀😀😀', 'VIGILA_PASSPHRASE')).toThrow(/too short/);
  });

  it('rejects seven characters without quoting them', () => {
    const check = () => checkPassphrase('tiny777', 'VIGILA_PASSPHRASE');
    expect(check).toThrow(
      'Passphrase from VIGILA_PASSPHRASE is too short: the drafts page requires at least 8 characters',
    );
    expect(check).not.toThrow(/tiny777/);
  });
});

describe('runAudit checks before the browser', () => {
  // A missing build fails at the browser launch, so any other message shows
  // that the check ran before it.
  it('rejects a short passphrase file', async () => {
    const file = path.join(folder, 'short.txt');
    await writeFile(file, 'tiny777\n');
    const options = {
      target: DEMO_PORTAL,
      draftFile: DEMO_DRAFT,
      passphraseFile: file,
      extensionDir: MISSING_BUILD,
    };
    await expect(runAudit(options)).rejects.toThrow(`Passphrase from file ${file} is too short`);
  });

  it('rejects a screenshot folder', async () => {
    const options = { target: DEMO_PORTAL, screenshotFile: folder, extensionDir: MISSING_BUILD };
    await expect(runAudit(options)).rejects.toThrow(`Screenshot path is a folder: ${folder}`);
  });

  it('rejects a system page', async () => {
    const options = {
      target: 'file:///etc/passwd',
      allowOutsideCwd: true,
      extensionDir: MISSING_BUILD,
    };
    await expect(runAudit(options)).rejects.toThrow('Page folder /etc is not served');
  });
});

describe('checkExtensionBuild', () => {
  async function writeBuild(name: string, manifest: object): Promise<string> {
    const dir = path.join(folder, name);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
    return dir;
  }

  const firefoxManifest = {
    manifest_version: 2,
    browser_specific_settings: { gecko: { id: 'vigila@vigila.invalid' } },
  };

  it('accepts the Chromium build in Chromium', async () => {
    const dir = await writeBuild('chrome-mv3', { manifest_version: 3 });
    await expect(checkExtensionBuild(dir, 'chromium')).resolves.toMatchObject({
      manifest_version: 3,
    });
  });

  it('names the Firefox build in Chromium', async () => {
    const dir = await writeBuild('firefox-mv2', firefoxManifest);
    const check = checkExtensionBuild(dir, 'chromium');
    await expect(check).rejects.toThrow(
      `Wrong extension build for Chromium: ${dir} is the Firefox build`,
    );
  });

  it('names the Chromium build in Firefox', async () => {
    const dir = await writeBuild('chrome-mv3', { manifest_version: 3 });
    const check = checkExtensionBuild(dir, 'firefox');
    await expect(check).rejects.toThrow(/is the Chromium build.*firefox-mv2 folder/);
  });

  it('rejects the Firefox build before Chromium starts', async () => {
    const dir = await writeBuild('firefox-mv2', firefoxManifest);
    const launch = launchWithExtension({
      browser: 'chromium',
      extensionDir: dir,
      timeoutMs: 1_000,
    });
    await expect(launch).rejects.toThrow(/chrome-mv3 folder .*VIGILA_BROWSER=firefox/);
  });
});

describe('vigila audit file checks', () => {
  it('names a folder given as the page', async () => {
    const result = await runVigila(['audit', folder, '--allow-outside-cwd']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`vigila: Page file is a folder: ${folder}.`);
  });

  it('rejects a page outside the current folder', async () => {
    const page = await writePage('outside/portal.html');
    const result = await runVigila(['audit', page]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('is outside the current folder');
  });

  it('rejects a file URL of a system file', async () => {
    const result = await runVigila(['audit', 'file:///etc/passwd', '--allow-outside-cwd']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('vigila: Page folder /etc is not served');
  });

  it('rejects a short VIGILA_PASSPHRASE without quoting it', async () => {
    const result = await runVigila(['audit', DEMO_PORTAL, '--draft', DEMO_DRAFT], {
      VIGILA_PASSPHRASE: 'tiny7',
      VIGILA_EXTENSION_DIR: MISSING_BUILD,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Passphrase from VIGILA_PASSPHRASE is too short');
    expect(result.stderr).not.toContain('tiny7');
  });

  it('rejects a millisecond timeout', async () => {
    const result = await runVigila(['audit', DEMO_PORTAL, '--timeout', '3000000']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('The value is in seconds, not milliseconds');
  });
});
