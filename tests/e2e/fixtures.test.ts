import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isFieldId } from '../../utils/catalogue/fields';
import { parseDraftFile, type Draft } from '../../utils/schema/draft';
import { launchChromium, type ChromiumSession } from './support/browser';
import {
  PORTALS_DIR,
  PORTAL_NAMES,
  draftPath,
  loadTruth,
  type PortalName,
  type PortalTruth,
} from './support/fixtures';
import { startServer, type StaticServer } from './support/server';

const DEMO_DIR = fileURLToPath(new URL('../../cli/demo/', import.meta.url));

/** Name attribute of each fixture's surname control, which keys its model. */
const SURNAME_NAMES: Record<PortalName, string> = {
  'de-modern': 'familienname',
  'en-aspnet': 'ctl00$MainContent$txtSurname',
  'it-tabella': 'cognome',
};

async function readDraft(file: string): Promise<Draft> {
  const result = parseDraftFile(await readFile(file, 'utf8'));
  if (!result.ok) throw new Error(`${file} is invalid: ${JSON.stringify(result.errors)}`);
  expect(result.drafts).toHaveLength(1);
  return result.drafts[0];
}

/** Opens a page and returns the URLs it requested outside its own origin. */
async function openPage(page: Page, url: string): Promise<string[]> {
  const foreign: string[] = [];
  const origin = new URL(url).origin;
  page.on('request', (request) => {
    const requested = request.url();
    if (!requested.startsWith(origin) && !requested.startsWith('data:')) foreign.push(requested);
  });
  await page.goto(url, { waitUntil: 'load' });
  return foreign;
}

let chromium: ChromiumSession;
let portals: StaticServer;
let demo: StaticServer;

beforeAll(async () => {
  chromium = await launchChromium();
  portals = await startServer({ root: PORTALS_DIR, sharedCasesDir: null });
  demo = await startServer({ root: DEMO_DIR, sharedCasesDir: null });
});

afterAll(async () => {
  await chromium?.close();
  await portals?.close();
  await demo?.close();
});

describe.each(PORTAL_NAMES)('portal fixture %s', (name) => {
  let truth: PortalTruth;
  let page: Page;
  let foreignRequests: string[];

  beforeAll(async () => {
    truth = await loadTruth(name);
    page = await chromium.browser.newPage();
    foreignRequests = await openPage(page, `${portals.url}${name}.html`);
  });

  afterAll(() => page?.close());

  it('lists catalogue field ids only', () => {
    const unknown = Object.keys(truth.fields).filter((id) => !isFieldId(id));
    expect(unknown).toEqual([]);
  });

  it('has 10 to 30 fields', () => {
    const count = Object.keys(truth.fields).length;
    expect(count).toBeGreaterThanOrEqual(10);
    expect(count).toBeLessThanOrEqual(30);
  });

  it('loads nothing from other origins', () => {
    expect(foreignRequests).toEqual([]);
  });

  it('has one form control for each truth selector', async () => {
    for (const [fieldId, selector] of Object.entries(truth.fields)) {
      const parts = typeof selector === 'string' ? [selector] : selector;
      for (const part of parts) {
        const tags = await page.$$eval(part, (elements) =>
          elements.map((element) => element.tagName.toLowerCase()),
        );
        const isRadioGroup = tags.length > 1 && part.startsWith('input[name=');
        expect(isRadioGroup || tags.length === 1, `${fieldId}: ${part}`).toBe(true);
        expect(tags.every((tag) => ['input', 'select', 'textarea'].includes(tag))).toBe(true);
      }
    }
  });

  it('has a draft with a value for every truth field and no other', async () => {
    const draft = await readDraft(draftPath(name));
    expect(Object.keys(draft.fields).sort()).toEqual(Object.keys(truth.fields).sort());
  });

  it('updates its model from typing', async () => {
    const selector = truth.fields.surname as string;
    await page.type(selector, 'TYPED');
    await page.keyboard.press('Tab');
    const state = await page.evaluate(() =>
      (window as unknown as { __fixtureState(): Record<string, unknown> }).__fixtureState(),
    );
    expect(state[SURNAME_NAMES[name]]).toBe('TYPED');
  });
});

describe.each(['de-modern', 'it-tabella'] as const)('model of %s', (name) => {
  it('ignores a value set without events', async () => {
    const truth = await loadTruth(name);
    const page = await chromium.browser.newPage();
    try {
      await openPage(page, `${portals.url}${name}.html`);
      await page.$eval(truth.fields.forenames as string, (input) => {
        (input as HTMLInputElement).value = 'SILENT';
      });
      const state = await page.evaluate(() =>
        (window as unknown as { __fixtureState(): Record<string, unknown> }).__fixtureState(),
      );
      expect(Object.values(state)).not.toContain('SILENT');
    } finally {
      await page.close();
    }
  });
});

describe('demo portal', () => {
  let page: Page;
  let foreignRequests: string[];

  beforeAll(async () => {
    page = await chromium.browser.newPage();
    foreignRequests = await openPage(page, `${demo.url}portal.html`);
  });

  afterAll(() => page?.close());

  it('loads nothing from other origins', () => {
    expect(foreignRequests).toEqual([]);
  });

  it('is a fixed 1024-pixel table', async () => {
    const width = await page.$eval('table.pagina', (table) => table.getBoundingClientRect().width);
    expect(width).toBe(1024);
  });

  it('ties no label to a text control', async () => {
    const tied = await page.$$eval('label[for]', (labels) =>
      labels
        .map((label) => document.getElementById(label.getAttribute('for') ?? ''))
        .filter((control) => control instanceof HTMLInputElement && control.type === 'text'),
    );
    expect(tied).toHaveLength(0);
  });

  it('lists the missing mandatory fields on an empty save', async () => {
    await page.click('#ctl00_Main_btnSalva');
    const message = await page.$eval('#esito', (element) => element.textContent);
    expect(message).toContain('Campi obbligatori mancanti: Cognome');
  });

  it('shows Segnalazione salvata once the mandatory fields are set', async () => {
    await page.type('#txtCognome', 'TYPED');
    await page.type('#ctl00_Main_txtMotivo', 'TYPED');
    await page.select('#ctl00_Main_ddlCategoria', '01');
    await page.select('#ctl00_Main_ddlMisura', 'P');
    await page.click('#ctl00_Main_btnSalva');
    const message = await page.$eval('#esito', (element) => element.textContent);
    expect(message).toBe('Segnalazione salvata');
    expect(page.url()).toBe(`${demo.url}portal.html`);
  });
});

describe('demo sample draft', () => {
  let draft: Draft;

  beforeAll(async () => {
    draft = await readDraft(path.join(DEMO_DIR, 'sample-draft.json'));
  });

  it('has two name spellings as aliases', () => {
    expect(draft.fields.aliases).toHaveLength(2);
  });

  it('has two declared dates of birth, marked estimated', () => {
    expect(draft.fields.declared_dates_of_birth).toHaveLength(2);
    expect(draft.fields.date_of_birth_estimated).toBe(true);
  });

  it('has the case codes of an unaccompanied boy', () => {
    expect(draft.fields.alert_category).toBe('A_I');
    expect(draft.fields.case_type).toBe('UNACCOMPANIED_MIGRANT');
    expect(draft.fields.action_on_hit).toBe('PROTECT');
    expect(draft.fields.sex).toBe('M');
    expect(draft.fields.nationalities).toEqual(['AFG']);
    expect(draft.fields.languages).toEqual(['pus', 'prs']);
  });

  it('has a contact in Hamburg', () => {
    expect(draft.fields.contacts_abroad).toEqual([expect.objectContaining({ country: 'DEU' })]);
  });

  it('has a JPEG photo under 20 KB that decodes', async () => {
    const photo = draft.fields.facial_image as { type: string; dataUrl: string };
    expect(photo.type).toBe('image/jpeg');
    expect(photo.dataUrl.length).toBeLessThan(20 * 1024);

    const page = await chromium.browser.newPage();
    try {
      const width = await page.evaluate(async (dataUrl) => {
        const image = new Image();
        image.src = dataUrl;
        await image.decode();
        return image.naturalWidth;
      }, photo.dataUrl);
      expect(width).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });
});
