import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, runAxe } from './support/axe';
import {
  fillFromPanel,
  gotoExtensionPage,
  importDraftFile,
  launchWithExtension,
  openPanel,
  TEST_ONLY_PASSPHRASE,
  unlockDraftsPage,
  type ExtensionSession,
} from './support/browser';
import { makeTempFolder, writeDraft } from './support/cases';
import { previewDraft } from './support/families';
import { draftPath, PORTALS_DIR } from './support/fixtures';
import { lockDrafts } from './support/lock';
import { startServer, type StaticServer } from './support/server';

/** What each case's setup may use. Pages it opens are closed after the case. */
interface A11yContext {
  session: ExtensionSession;
  server: StaticServer;
  /** Serves tests/fixtures/families, pages of one portal technique each. */
  familiesServer: StaticServer;
  /** A folder for files the setup writes, removed after the run. */
  folder: string;
  /** Opens a new tab, which the run closes after the case. */
  newPage(): Promise<Page>;
}

/** A page of the extension in one state, to be checked with axe-core. */
interface A11yCase {
  name: string;
  /** Brings a page into the state and returns the page or frame to check. */
  open(context: A11yContext): Promise<Page | Frame>;
}

const DRAFT_ID = 'fixture-de-modern';
const FAMILIES_DIR = fileURLToPath(new URL('../fixtures/families/', import.meta.url));
const TIMEOUT = 20_000;

async function openExtensionPage(context: A11yContext, file: string): Promise<Page> {
  const page = await context.newPage();
  await gotoExtensionPage(page, context.session.extensionId, file);
  return page;
}

async function openDrafts(context: A11yContext): Promise<Page> {
  const page = await openExtensionPage(context, 'drafts.html');
  await unlockDraftsPage(page, TEST_ONLY_PASSPHRASE, TIMEOUT);
  await page.waitForSelector('[data-testid="draft-item"]', { timeout: TIMEOUT });
  return page;
}

async function openPortalPanel(context: A11yContext): Promise<Frame> {
  const page = await context.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  await page.goto(`${context.server.url}de-modern.html`, { waitUntil: 'load' });
  return openPanel(page, { extensionId: context.session.extensionId, pressAction: false });
}

async function openPreview(context: A11yContext): Promise<Frame> {
  const panel = await openPortalPanel(context);
  await panel.waitForSelector(`option[value="${DRAFT_ID}"]`, { timeout: TIMEOUT });
  await panel.select('[data-testid="draft-select"]', DRAFT_ID);
  await panel.click('[data-testid="fill-preview"]');
  await panel.waitForSelector('[data-testid="preview-row"]', { timeout: TIMEOUT });
  return panel;
}

/** Imports a draft of the given fields, opens a families page and previews the draft. */
async function previewOnFamilyPage(
  context: A11yContext,
  family: string,
  fields: Record<string, unknown>,
): Promise<Frame> {
  const draft = await writeDraft(context.folder, family, fields);
  await importDraftFile(context.session.browser, context.session.extensionId, draft);
  const page = await context.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  await page.goto(`${context.familiesServer.url}${family}.html`, { waitUntil: 'load' });
  const panel = await openPanel(page, { extensionId: context.session.extensionId });
  await previewDraft(panel, family);
  return panel;
}

async function uploadInvalidDraft(context: A11yContext, page: Page): Promise<void> {
  const file = path.join(context.folder, 'invalid-draft.json');
  const draft = { format: 'vigila-draft', version: 1, id: 'broken', fields: { sex: 'Q' } };
  await writeFile(file, JSON.stringify(draft));
  const input = await page.$('input[type=file][data-testid="import-drafts"]');
  await input!.uploadFile(file);
  await page.waitForSelector('[data-testid="import-error"]', { timeout: TIMEOUT });
}

/**
 * Every page and state that axe-core checks. The cases run in this order
 * in one browser profile: the first finds the drafts not yet set up, and the
 * beforeAll hook runs nothing that would set them up.
 */
const CASES: A11yCase[] = [
  {
    name: 'drafts page, passphrase setup',
    open: async (context) => {
      const page = await openExtensionPage(context, 'drafts.html');
      await page.waitForSelector('[data-testid="passphrase-confirm"]', { timeout: TIMEOUT });
      return page;
    },
  },
  {
    name: 'drafts page, list of drafts',
    open: async (context) => {
      await importDraftFile(
        context.session.browser,
        context.session.extensionId,
        draftPath('de-modern'),
      );
      return openDrafts(context);
    },
  },
  {
    name: 'drafts page, draft open in the editor',
    open: async (context) => {
      const page = await openDrafts(context);
      await page.click(`[data-draft-id="${DRAFT_ID}"] button`);
      await page.waitForSelector('#editor-title', { timeout: TIMEOUT });
      return page;
    },
  },
  {
    name: 'drafts page, delete confirmation',
    open: async (context) => {
      const page = await openDrafts(context);
      await page.click(`[data-draft-id="${DRAFT_ID}"] button`);
      const remove = await page.waitForSelector('[data-testid="draft-delete"]', {
        timeout: TIMEOUT,
      });
      await remove!.click();
      await page.waitForSelector('[data-testid="draft-delete-confirm"]', { timeout: TIMEOUT });
      return page;
    },
  },
  {
    name: 'drafts page, new draft with settings open',
    open: async (context) => {
      const page = await openDrafts(context);
      await page.click('[data-testid="draft-new"]');
      await page.waitForSelector('#editor-title', { timeout: TIMEOUT });
      await page.click('[data-testid="lock-settings"] summary');
      return page;
    },
  },
  {
    name: 'drafts page, invalid field after a save',
    open: async (context) => {
      const page = await openDrafts(context);
      await page.click('[data-testid="draft-new"]');
      await page.waitForSelector('#field-date_of_birth-year', { timeout: TIMEOUT });
      await page.type('#field-date_of_birth-year', '20x');
      await page.click('[data-testid="draft-save"]');
      await page.waitForSelector('.field-invalid', { timeout: TIMEOUT });
      return page;
    },
  },
  {
    name: 'drafts page, import errors',
    open: async (context) => {
      const page = await openDrafts(context);
      await uploadInvalidDraft(context, page);
      return page;
    },
  },
  {
    name: 'drafts page, locked',
    open: async (context) => {
      await lockDrafts(context.session);
      const page = await openExtensionPage(context, 'drafts.html');
      await page.waitForSelector('[data-testid="passphrase"]', { timeout: TIMEOUT });
      return page;
    },
  },
  {
    name: 'panel, drafts locked',
    open: async (context) => {
      const panel = await openPortalPanel(context);
      await panel.waitForSelector('[data-testid="passphrase"]', { timeout: TIMEOUT });
      return panel;
    },
  },
  {
    name: 'panel, checklist',
    open: async (context) => {
      await openDrafts(context);
      const panel = await openPortalPanel(context);
      await panel.waitForSelector('[data-testid="check-item"]', { timeout: TIMEOUT });
      return panel;
    },
  },
  {
    name: 'panel, fill preview of a draft',
    open: openPreview,
  },
  {
    name: 'panel, preview of a text cut by a maximum length',
    open: async (context) => {
      const panel = await previewOnFamilyPage(context, 'maxlength-name', {
        surname: 'Brennecke-Ahlgrimm-Oberdorf',
        forenames: 'Liesel',
      });
      await panel.waitForSelector('[data-testid="fill-cut"]', { timeout: TIMEOUT });
      await panel.click('[data-testid="fill-copy-full"]');
      await panel.click('details summary');
      return panel;
    },
  },
  {
    name: 'panel, preview of Latin spellings',
    open: async (context) => {
      const panel = await previewOnFamilyPage(context, 'uppercase-latin', {
        surname: 'Müller-Lüdenscheidt',
        forenames: 'Жанна',
        place_of_birth: 'Θεσσαλονίκη',
      });
      await panel.waitForSelector('[data-testid="fill-transliteration"]', { timeout: TIMEOUT });
      return panel;
    },
  },
  {
    name: 'panel, fill results',
    open: async (context) => {
      const panel = await openPortalPanel(context);
      await fillFromPanel(panel, DRAFT_ID, { timeoutMs: TIMEOUT });
      return panel;
    },
  },
  {
    name: 'panel, collapsed to its tab',
    open: async (context) => {
      const panel = await openPortalPanel(context);
      await panel.click('[data-testid="panel-collapse"]');
      await panel.waitForSelector('[data-testid="panel-expand"]', { timeout: TIMEOUT });
      return panel;
    },
  },
  {
    name: 'panel, profile saved',
    open: async (context) => {
      const panel = await openPortalPanel(context);
      await panel.click('[data-testid="profile-save-detected"]');
      await panel.waitForSelector('[data-testid="profile-message"]', { timeout: TIMEOUT });
      return panel;
    },
  },
  {
    name: 'panel, mapping mode with a field chosen',
    open: async (context) => {
      const panel = await openPortalPanel(context);
      await panel.click('[data-testid="mapping-start"]');
      await panel.click('[data-testid="check-item"][data-field-id="surname"] button');
      await panel.waitForSelector('[data-mapping-chosen]', { timeout: TIMEOUT });
      return panel;
    },
  },
  {
    name: 'options page, origins and profiles',
    open: async (context) => {
      const page = await openExtensionPage(context, 'options.html');
      await page.waitForSelector('[data-testid="origin-item"]', { timeout: TIMEOUT });
      await page.waitForSelector('.profile-item', { timeout: TIMEOUT });
      return page;
    },
  },
  {
    name: 'options page, input errors',
    open: async (context) => {
      const page = await openExtensionPage(context, 'options.html');
      await page.type('[data-testid="origin-input"]', 'not an origin');
      await page.click('[data-testid="origin-add"]');
      const file = path.join(context.folder, 'invalid-profile.json');
      await writeFile(file, JSON.stringify({ format: 'vigila-profile', version: 1, id: 'x' }));
      const input = await page.$('input[type=file][data-testid="import-profiles"]');
      await input!.uploadFile(file);
      await page.waitForSelector('[data-testid="profile-import-error"]', { timeout: TIMEOUT });
      return page;
    },
  },
];

let session: ExtensionSession;
let server: StaticServer;
let familiesServer: StaticServer;
let temp: Awaited<ReturnType<typeof makeTempFolder>>;

beforeAll(async () => {
  server = await startServer({ root: PORTALS_DIR });
  familiesServer = await startServer({ root: FAMILIES_DIR });
  session = await launchWithExtension();
  temp = await makeTempFolder();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  await familiesServer?.close();
  await temp?.remove();
});

describe('axe-core on the extension pages', () => {
  for (const entry of CASES) {
    it(`finds no violation: ${entry.name}`, async () => {
      const pages: Page[] = [];
      const context: A11yContext = {
        session,
        server,
        familiesServer,
        folder: temp.path,
        newPage: async () => {
          const page = await session.browser.newPage();
          pages.push(page);
          return page;
        },
      };
      try {
        const target = await entry.open(context);
        const { violations, passedRules } = await runAxe(target);
        expect(violations, describeViolations(violations)).toEqual([]);
        expect(passedRules).toBeGreaterThan(10);
      } finally {
        await Promise.all(pages.map((page) => page.close()));
      }
    });
  }
});
