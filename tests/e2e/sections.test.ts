/**
 * Sections that a page shows without adding nodes: a closed `<details>`
 * element opened by its summary. Its fields join the panel's checklist once
 * the officer opens it, in the built extension in Chromium or Firefox.
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

describe('a closed details section', () => {
  let page: Page;
  let panel: Frame;

  beforeAll(async () => {
    page = await fixtures.session.browser.newPage();
    await page.goto(`${fixtures.server.url}details-section.html`, { waitUntil: 'load' });
    panel = await openPanel(page, { extensionId: fixtures.session.extensionId });
    await waitForPanelStable(panel, { quietMs: 800, timeoutMs: 10_000 });
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
