/**
 * Fields whose labels and inputs live only in closed shadow roots, read in
 * Chromium through chrome.dom and in Firefox through the elements'
 * openOrClosedShadowRoot property. Runs in both browsers.
 */
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchWithExtension,
  openPanel,
  readPanel,
  waitForPanelStable,
  type ExtensionSession,
} from './support/browser';
import { startServer, type StaticServer } from './support/server';

const FAMILIES_DIR = fileURLToPath(new URL('../fixtures/families/', import.meta.url));

let session: ExtensionSession;
let server: StaticServer;
let page: Page;
let panel: Frame;

beforeAll(async () => {
  server = await startServer({ root: FAMILIES_DIR });
  session = await launchWithExtension();
  page = await session.browser.newPage();
  await page.goto(`${server.url}closed-shadow-fields.html`, { waitUntil: 'load' });
  panel = await openPanel(page, { extensionId: session.extensionId, pressAction: false });
  await waitForPanelStable(panel, { quietMs: 800, timeoutMs: 10_000 });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('closed shadow roots', () => {
  it.each([
    ['surname', 'Familienname'],
    ['forenames', 'Vorname(n)'],
    ['date_of_birth', 'Geburtsdatum'],
    ['place_of_birth', 'Geburtsort'],
  ])('finds %s by its label %s', async (fieldId, label) => {
    const report = await readPanel(panel);
    const field = report.fields.find((candidate) => candidate.id === fieldId);
    expect(field?.status).toBe('missing');
    expect(field?.label).toBe(label);
  });

  it('reaches each input through its host', async () => {
    const report = await readPanel(panel);
    const surname = report.fields.find((candidate) => candidate.id === 'surname');
    expect([surname?.selector].flat().join(' ')).toContain('>>>');
  });

  it('reads every closed root', async () => {
    const note = await panel.evaluate(() => document.body.textContent ?? '');
    expect(note).not.toContain('could not be read');
  });
});

describe('controls shown through a slot', () => {
  let slotted: Page;
  let slottedPanel: Frame;

  beforeAll(async () => {
    slotted = await session.browser.newPage();
    await slotted.goto(`${server.url}slotted-fields.html`, { waitUntil: 'load' });
    slottedPanel = await openPanel(slotted, { extensionId: session.extensionId });
    await waitForPanelStable(slottedPanel, { quietMs: 800, timeoutMs: 10_000 });
  });

  it.each([
    ['surname', 'Nom de famille', '#c1'],
    ['place_of_birth', 'Lieu de naissance', '#c2'],
    ['clothing', 'Vêtements portés', '#c3'],
  ])('finds %s by the component label %s', async (fieldId, label, selector) => {
    const report = await readPanel(slottedPanel);
    const field = report.fields.find((candidate) => candidate.id === fieldId);
    expect(field?.label).toBe(label);
    expect([field?.selector].flat()).toEqual([selector]);
  });
});
