import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fillFromPanel,
  gotoExtensionPage,
  importDraftFile,
  importProfileFile,
  launchWithExtension,
  openPanel,
  type AuditReport,
  type ExtensionSession,
} from './support/browser';
import { makeTempFolder, pressToolbarButton, waitForStatus, writeDraft } from './support/cases';
import { allowDownloads, waitForDownload } from './support/downloads';
import { startServer, type StaticServer } from './support/server';

const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES_DIR = path.join(REPOSITORY_ROOT, 'tests', 'fixtures');
const LEGACY_PAGE = path.join(FIXTURES_DIR, 'profiles', 'legacy-portal.html');
const LEGACY_PROFILE = path.join(FIXTURES_DIR, 'profiles', 'legacy-portal.profile.json');
const VIGILA = path.join(REPOSITORY_ROOT, 'cli', 'vigila.mjs');

let session: ExtensionSession;
let server: StaticServer;
let folder: Awaited<ReturnType<typeof makeTempFolder>>;

beforeAll(async () => {
  folder = await makeTempFolder();
  server = await startServer({ root: FIXTURES_DIR });
  session = await launchWithExtension();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  await folder?.remove();
});

const legacyUrl = () => `${server.url}profiles/legacy-portal.html`;

type ItemData = Record<string, string | undefined>;

async function checkItem(panel: Frame, fieldId: string): Promise<ItemData> {
  return panel.$eval(`[data-testid="check-item"][data-field-id="${fieldId}"]`, (item) => ({
    ...(item as HTMLElement).dataset,
  }));
}

async function waitForSource(panel: Frame, fieldId: string, source: string): Promise<void> {
  await panel.waitForSelector(
    `[data-testid="check-item"][data-field-id="${fieldId}"][data-source="${source}"]`,
    { timeout: 10_000 },
  );
}

async function openOptions(): Promise<Page> {
  const page = await session.browser.newPage();
  await gotoExtensionPage(page, session.extensionId, 'options.html');
  await page.waitForSelector('[data-testid="import-profiles"]');
  return page;
}

/** Deletes every stored profile through the options page, confirming each deletion. */
async function deleteAllProfiles(): Promise<void> {
  const options = await openOptions();
  await options.waitForSelector('[data-testid="profile-item"], [data-testid="profiles-empty"]');
  const countItems = () => options.$$eval('[data-testid="profile-item"]', (items) => items.length);
  for (let count = await countItems(); count > 0; count = await countItems()) {
    await options.click('[data-testid="profile-item"] [data-testid="profile-delete"]');
    await options.click('[data-testid="profile-delete-confirm"]');
    await options.waitForFunction(
      (before) => document.querySelectorAll('[data-testid="profile-item"]').length < before,
      {},
      count,
    );
  }
  await options.close();
}

async function openPortal(url: string): Promise<{ page: Page; panel: Frame }> {
  const page = await session.browser.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  await page.goto(url, { waitUntil: 'load' });
  const panel = await openPanel(page, { extensionId: session.extensionId, pressAction: false });
  return { page, panel };
}

describe('imported profile', () => {
  let page: Page;
  let panel: Frame;

  beforeAll(async () => {
    await deleteAllProfiles();
    await importProfileFile(session.browser, session.extensionId, LEGACY_PROFILE);
    // Two fields have labels that detection reads, so only the profile shows the panel.
    ({ page, panel } = await openPortal(legacyUrl()));
    await waitForSource(panel, 'place_of_birth', 'profile');
  });

  afterAll(async () => {
    await page?.close();
  });

  it('shows the panel by itself', async () => {
    const display = await page.$eval('vigila-panel', (host) => getComputedStyle(host).display);
    expect(display).toBe('block');
  });

  it('names the profile in use', async () => {
    const name = await panel.$eval(
      '[data-testid="profile-name"]',
      (element) => (element as HTMLElement).dataset.profileName,
    );
    expect(name).toBe('Legacy portal (test)');
  });

  it('maps a field that detection misses', async () => {
    const surname = await checkItem(panel, 'surname');
    expect(surname.source).toBe('profile');
    expect(surname.selector).toBe(JSON.stringify(['#fld_07']));
    expect(surname.confidence).toBe('1');
  });

  it('corrects a field that detection mislabels', async () => {
    const nameAtBirth = await checkItem(panel, 'name_at_birth');
    expect(nameAtBirth.source).toBe('profile');
    expect(nameAtBirth.selector).toBe(JSON.stringify(['#familienname']));
  });

  it('keeps fields that the profile does not name', async () => {
    const forenames = await checkItem(panel, 'forenames');
    expect(forenames.source).toBe('label-for');
    expect(forenames.selector).toBe(JSON.stringify(['#vorname']));
  });

  it('maps a field in a child frame', async () => {
    const guardian = await checkItem(panel, 'guardian_name');
    expect(guardian.source).toBe('profile');
    expect(guardian.frame).toMatch(/legacy-frame\.html$/);
  });

  it('maps a field in a shadow root of a child frame', async () => {
    const place = await checkItem(panel, 'place_of_birth');
    expect(place.source).toBe('profile');
    expect(place.selector).toBe(JSON.stringify(['x-angabe >>> #b1']));
  });
});

describe('fill with an imported profile', () => {
  it('writes the profile date format and option values', async () => {
    await deleteAllProfiles();
    await importProfileFile(session.browser, session.extensionId, LEGACY_PROFILE);
    const draft = await writeDraft(folder.path, 'legacy', {
      surname: 'Haidari',
      sex: 'F',
      date_of_birth: '2011-03-05',
    });
    await importDraftFile(session.browser, session.extensionId, draft);
    const { page, panel } = await openPortal(legacyUrl());
    await waitForSource(panel, 'date_of_birth', 'profile');

    await fillFromPanel(panel, 'legacy', { fields: ['surname', 'sex', 'date_of_birth'] });
    const values = await page.evaluate(() => ({
      surname: (document.getElementById('fld_07') as HTMLInputElement).value,
      sex: (document.getElementById('fld_09') as HTMLSelectElement).value,
      dateOfBirth: (document.getElementById('fld_11') as HTMLInputElement).value,
    }));
    expect(values.surname).toBe('Haidari');
    expect(values.sex).toBe('32');
    expect(values.dateOfBirth).toBe('05.03.2011');
    // The panel reads the written values back through the profile's formats.
    await waitForStatus(panel, 'sex', 'present');
    await waitForStatus(panel, 'date_of_birth', 'present');
    await page.close();
  });
});

describe('profile with a broken selector', () => {
  let page: Page;
  let panel: Frame;

  beforeAll(async () => {
    await deleteAllProfiles();
    const profile = JSON.parse(await readFile(LEGACY_PROFILE, 'utf8'));
    profile.fields.surname = { selector: '#fld_07_renamed' };
    const file = path.join(folder.path, 'broken.profile.json');
    await writeFile(file, JSON.stringify(profile));
    await importProfileFile(session.browser, session.extensionId, file);
    ({ page, panel } = await openPortal(legacyUrl()));
    await waitForSource(panel, 'name_at_birth', 'profile');
  });

  afterAll(async () => {
    await page?.close();
  });

  it('shows the field as absent', async () => {
    await waitForStatus(panel, 'surname', 'absent');
    const surname = await checkItem(panel, 'surname');
    expect(surname.source).toBe('');
  });

  it('notes that the portal may have changed', async () => {
    const note = await panel.$eval(
      '[data-testid="check-item"][data-field-id="surname"] [data-testid="profile-note"]',
      (element) => element.textContent,
    );
    expect(note).toBe("The profile's selector found nothing: the portal may have changed.");
  });

  it('notes no field whose selector matched', async () => {
    const note = await panel.$(
      '[data-testid="check-item"][data-field-id="name_at_birth"] [data-testid="profile-note"]',
    );
    expect(note).toBeNull();
  });
});

describe('save detected mapping as profile', () => {
  it('saves, exports and imports back the same mapping', async () => {
    await deleteAllProfiles();
    const portal = await openPortal(`${server.url}portals/de-modern.html`);
    await waitForStatus(portal.panel, 'surname', 'missing');
    const before = await portal.panel.$$eval('[data-testid="check-item"]', (items) =>
      items
        .map((item) => ({ ...(item as HTMLElement).dataset }))
        .filter((data) => data.status !== 'absent' && data.status !== 'ambiguous'),
    );
    expect(before.length).toBeGreaterThan(10);

    await portal.panel.click('[data-testid="profile-save-detected"]');
    await portal.panel.waitForSelector('[data-testid="profile-name"]', { timeout: 10_000 });
    await waitForSource(portal.panel, 'surname', 'profile');
    await portal.page.close();

    const downloads = path.join(folder.path, 'downloads');
    await mkdir(downloads);
    const options = await openOptions();
    await allowDownloads(options, downloads);
    await options.waitForSelector('[data-testid="profile-item"]');
    await options.click('[data-testid="profiles-export-all"]');
    const exported = await waitForDownload(downloads, 'vigila-profiles-');
    await options.close();

    await deleteAllProfiles();
    await importProfileFile(session.browser, session.extensionId, exported);

    const again = await openPortal(`${server.url}portals/de-modern.html`);
    await waitForSource(again.panel, 'surname', 'profile');
    for (const item of before) {
      const after = await checkItem(again.panel, item.fieldId ?? '');
      expect({ id: item.fieldId, source: after.source }).toEqual({
        id: item.fieldId,
        source: 'profile',
      });
      expect({ id: item.fieldId, selector: after.selector }).toEqual({
        id: item.fieldId,
        selector: item.selector,
      });
    }
    await again.page.close();
  });
});

describe('point-and-click mapping', () => {
  let page: Page;
  let panel: Frame;

  beforeAll(async () => {
    await deleteAllProfiles();
    page = await session.browser.newPage();
    await page.setViewport({ width: 1400, height: 900 });
    await page.goto(legacyUrl(), { waitUntil: 'load' });
    // Without a profile the page has too few known fields for the panel to open by itself.
    await pressToolbarButton(session, page);
    panel = await openPanel(page, { extensionId: session.extensionId, pressAction: false });
    await panel.click('[data-testid="mapping-start"]');
  });

  afterAll(async () => {
    await page?.close();
  });

  it('maps the control clicked for the chosen field', async () => {
    await panel.click('[data-testid="check-item"][data-field-id="surname"] button');
    await panel.waitForSelector('[data-testid="mapping-field"][data-field-id="surname"]');
    await page.click('#fld_07');
    await waitForSource(panel, 'surname', 'profile');
    const surname = await checkItem(panel, 'surname');
    expect(surname.selector).toBe(JSON.stringify(['#fld_07']));
  });

  it('keeps that click from the page', async () => {
    expect(
      await page.evaluate(() => (window as unknown as { __pageClicks: number }).__pageClicks),
    ).toBe(0);
  });

  it('lets the next click reach the page', async () => {
    await page.click('#fld_07');
    expect(
      await page.evaluate(() => (window as unknown as { __pageClicks: number }).__pageClicks),
    ).toBe(1);
  });

  it('writes nothing into the page', async () => {
    expect(await page.$eval('#fld_07', (input) => (input as HTMLInputElement).value)).toBe('');
  });

  it('saves the mapping in a new profile for the page', async () => {
    const name = await panel.$eval(
      '[data-testid="profile-name"]',
      (element) => (element as HTMLElement).dataset.profileName,
    );
    expect(name).toMatch(/^127\.0\.0\.1:\d+\/profiles\/legacy-portal\.html$/);
  });

  it('maps a control in a child frame', async () => {
    await panel.click('[data-testid="check-item"][data-field-id="guardian_name"] button');
    await panel.waitForSelector('[data-testid="mapping-field"][data-field-id="guardian_name"]');
    const child = page.frames().find((frame) => frame.url().endsWith('legacy-frame.html'));
    await child!.click('#g1');
    await waitForSource(panel, 'guardian_name', 'profile');
    const guardian = await checkItem(panel, 'guardian_name');
    expect(guardian.frame).toMatch(/legacy-frame\.html$/);
  });

  it('keeps the earlier mapping of the profile', async () => {
    expect((await checkItem(panel, 'surname')).source).toBe('profile');
  });

  it('ends with Escape on the page', async () => {
    await page.focus('#vorname');
    await page.keyboard.press('Escape');
    await panel.waitForSelector('[data-testid="mapping-start"]', { timeout: 5_000 });
    expect(await panel.$('[data-testid="mapping-active"]')).toBeNull();
  });

  it('ends with the cancel button of the panel', async () => {
    await panel.click('[data-testid="mapping-start"]');
    await panel.click('[data-testid="mapping-cancel"]');
    await panel.waitForSelector('[data-testid="mapping-start"]', { timeout: 5_000 });
    expect(await panel.$('[data-testid="mapping-active"]')).toBeNull();
  });
});

interface RunResult {
  status: number;
  stdout: string;
  stderr: string;
}

function runVigila(args: string[]): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [VIGILA, ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
      const status = error ? Number((error as { code?: number }).code ?? 1) : 0;
      resolve({ status, stdout, stderr });
    });
  });
}

describe('vigila audit --profile', () => {
  it('reports source profile for the mapped fields', async () => {
    const result = await runVigila(['audit', LEGACY_PAGE, '--profile', LEGACY_PROFILE, '--json']);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as AuditReport;
    const sources = Object.fromEntries(report.fields.map((field) => [field.id, field.source]));
    expect(report.profile).toBe('Legacy portal (test)');
    expect(sources.surname).toBe('profile');
    expect(sources.name_at_birth).toBe('profile');
    expect(sources.guardian_name).toBe('profile');
    expect(sources.forenames).toBe('label-for');
  });

  it('prints the profile and the source column', async () => {
    const result = await runVigila(['audit', LEGACY_PAGE, '--profile', LEGACY_PROFILE]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Profile: Legacy portal (test)');
    expect(result.stdout).toMatch(/surname +missing +Feld 7 +top +#fld_07 +profile/);
  });

  it('fails on an invalid profile file', async () => {
    const file = path.join(folder.path, 'invalid.profile.json');
    await writeFile(file, JSON.stringify({ format: 'vigila-profile', version: 1, id: 'x' }));
    const result = await runVigila(['audit', LEGACY_PAGE, '--profile', file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Profile import rejected');
  });
});
