/**
 * Sections that a page shows without adding nodes: a closed `<details>`
 * element opened by its summary, and web components whose shadow styles show
 * their content once `opened` or `expanded` is set. Their fields join the
 * panel's checklist once the officer opens them, in the built extension in
 * Chromium or Firefox.
 */
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPanel, readPanel, waitForPanelStable } from './support/browser';
import { waitForStatus } from './support/cases';
import { startFixtureSession, type FixtureSession } from './support/fixture-session';

const FAMILIES_DIR = fileURLToPath(new URL('../fixtures/families/', import.meta.url));

let fixtures: FixtureSession;

beforeAll(async () => {
  fixtures = await startFixtureSession({ root: FAMILIES_DIR, sharedCasesDir: null });
});

afterAll(() => fixtures?.close());

/** Opens a family page and its panel, and waits for the panel's first checklist. */
async function openFamily(file: string): Promise<{ page: Page; panel: Frame }> {
  const page = await fixtures.session.browser.newPage();
  await page.goto(`${fixtures.server.url}${file}`, { waitUntil: 'load' });
  const panel = await openPanel(page, { extensionId: fixtures.session.extensionId });
  await waitForPanelStable(panel, { quietMs: 800, timeoutMs: 10_000 });
  return { page, panel };
}

describe('a closed details section', () => {
  let page: Page;
  let panel: Frame;

  beforeAll(async () => {
    ({ page, panel } = await openFamily('details-section.html'));
  });

  afterAll(() => page?.close());

  it('leaves its fields out while closed', async () => {
    const report = await readPanel(panel);
    const centre = report.fields.find((field) => field.id === 'care_centre_name');
    expect(centre?.status).toBe('absent');
  });

  it('adds its fields once the summary opens it', async () => {
    await page.click('#edit-structure-famille > summary');
    await waitForStatus(panel, 'care_centre_name', 'missing');
    await waitForStatus(panel, 'guardian_name', 'missing');
    const report = await readPanel(panel);
    const centre = report.fields.find((field) => field.id === 'care_centre_name');
    expect(centre?.selector).toBe('#edit-structure-nom');
  });
});

describe('web components opened by an attribute of their own', () => {
  let page: Page;
  let panel: Frame;

  beforeAll(async () => {
    ({ page, panel } = await openFamily('opened-section.html'));
  });

  afterAll(() => page?.close());

  it('leaves their fields out while closed', async () => {
    const report = await readPanel(panel);
    const centre = report.fields.find((field) => field.id === 'care_centre_name');
    expect(centre?.status).toBe('absent');
  });

  it('adds the fields of a section whose `opened` attribute is set', async () => {
    await page.click('#acolhimento > vaadin-details-summary');
    await waitForStatus(panel, 'care_centre_name', 'missing');
    await waitForStatus(panel, 'guardian_name', 'missing');
    const report = await readPanel(panel);
    expect(report.fields.find((field) => field.id === 'care_centre_name')?.selector).toBe('#casa');
  });

  it('adds the fields of a panel whose `expanded` attribute is set', async () => {
    await page.click('#desaparecimento > x-accordion-heading');
    await waitForStatus(panel, 'last_seen_place', 'missing');
  });
});
