import { readFile } from 'node:fs/promises';
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fillFromPanel,
  gotoExtensionPage,
  inFirefox,
  launchWithExtension,
  openPanel,
  unlockDraftsPage,
  type ExtensionSession,
} from './support/browser';
import { draftPath, PORTALS_DIR } from './support/fixtures';
import { startServer, type StaticServer } from './support/server';
import { stopServiceWorker, type StoppedWorker } from './support/worker';

const PASSPHRASE = 'encryption test passphrase';
const TIMEOUT_MS = 20_000;
const DRAFT_FILE = draftPath('de-modern');

interface DraftFile {
  id: string;
  label: string;
  fields: {
    surname: string;
    forenames: string;
    date_of_birth: string;
    facial_image: { dataUrl: string };
  };
}

/** One stored record as the test reads it: its keys, and every readable form of its values. */
interface RecordDump {
  keys: string[];
  text: string;
}

let session: ExtensionSession;
let server: StaticServer;
let draft: DraftFile;
let draftsPage: Page;
let stoppedWorker: StoppedWorker | undefined;

beforeAll(async () => {
  draft = JSON.parse(await readFile(DRAFT_FILE, 'utf8')) as DraftFile;
  server = await startServer({ root: PORTALS_DIR });
  session = await launchWithExtension();
  draftsPage = await session.browser.newPage();
});

afterAll(async () => {
  await stoppedWorker?.dispose();
  await session?.close();
  await server?.close();
});

/**
 * Reads every record of the drafts store with `indexedDB.open` in an
 * extension page, and returns each record's keys and its values as text:
 * strings as they are, bytes as Latin-1, as UTF-8 and as base64.
 */
function readStoredRecords(page: Page): Promise<RecordDump[]> {
  return page.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('vigila');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const records = await new Promise<unknown[]>((resolve, reject) => {
      const request = database.transaction('drafts').objectStore('drafts').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    database.close();

    const forms = (value: unknown): string[] => {
      if (value instanceof Uint8Array) {
        const binary = Array.from(value, (byte) => String.fromCharCode(byte)).join('');
        return [binary, new TextDecoder().decode(value), btoa(binary)];
      }
      if (value !== null && typeof value === 'object') {
        return Object.entries(value).flatMap(([key, inner]) => [key, ...forms(inner)]);
      }
      return [String(value)];
    };
    return records.map((record) => ({
      keys: Object.keys(record as object).sort(),
      text: forms(record).join('\n'),
    }));
  });
}

/** Reads a whole `chrome.storage` area in an extension page. */
function readStorage(page: Page, area: 'local' | 'session'): Promise<Record<string, unknown>> {
  return page.evaluate(async (name) => {
    type Area = { get(keys: null): Promise<Record<string, unknown>> };
    type Api = { storage: Record<string, Area> };
    // Firefox's `chrome` takes callbacks; its `browser` returns promises.
    const scope = globalThis as unknown as { browser?: Api; chrome: Api };
    return (scope.browser ?? scope.chrome).storage[name].get(null);
  }, area);
}

/** Opens the fixture portal in a new tab and returns its panel once ready. */
async function openPortal(): Promise<{ page: Page; panel: Frame }> {
  const page = await session.browser.newPage();
  await page.setViewport({ width: 1600, height: 1000 });
  await page.goto(`${server.url}de-modern.html`, { waitUntil: 'load' });
  const panel = await openPanel(page, { extensionId: session.extensionId, pressAction: false });
  return { page, panel };
}

/**
 * Waits until the panel shows either the draft picker or the passphrase form.
 * It polls on a timer because a tab in the background runs no animation frames.
 */
async function panelDraftState(panel: Frame): Promise<'picker' | 'passphrase'> {
  const handle = await panel.waitForFunction(
    () =>
      document.querySelector('[data-testid="draft-select"]')
        ? 'picker'
        : document.querySelector('[data-testid="passphrase"]')
          ? 'passphrase'
          : false,
    { timeout: TIMEOUT_MS, polling: 100 },
  );
  return (await handle.jsonValue()) as 'picker' | 'passphrase';
}

describe('drafts encrypted at rest', () => {
  it('asks for a new passphrase twice on first use', async () => {
    await gotoExtensionPage(draftsPage, session.extensionId, 'drafts.html');
    await draftsPage.waitForSelector('[data-testid="passphrase"]', { timeout: TIMEOUT_MS });
    expect(await draftsPage.$('[data-testid="passphrase-confirm"]')).not.toBeNull();
  });

  it('sets the passphrase on the drafts page', async () => {
    const state = await unlockDraftsPage(draftsPage, PASSPHRASE, TIMEOUT_MS);
    expect(state).toBe('setup');
  });

  it('says that drafts are encrypted on this computer', async () => {
    const notice = await draftsPage.$eval(
      '[data-testid="drafts-encrypted"]',
      (element) => element.textContent ?? '',
    );
    expect(notice).toContain('encrypted on this computer');
  });

  it('imports a draft', async () => {
    const input = await draftsPage.waitForSelector('input[data-testid="import-drafts"]');
    await input!.uploadFile(DRAFT_FILE);
    await draftsPage.waitForSelector(`[data-testid="draft-item"][data-draft-id="${draft.id}"]`, {
      timeout: TIMEOUT_MS,
    });
    const listed = await draftsPage.$eval(
      '[data-testid="draft-item"]',
      (item) => item.textContent ?? '',
    );
    expect(listed).toContain(draft.fields.surname);
  });

  it('stores only the id, IV, ciphertext and update time', async () => {
    const records = await readStoredRecords(draftsPage);
    expect(records.map((record) => record.keys)).toEqual([['ciphertext', 'id', 'iv', 'updatedAt']]);
  });

  it.each([
    ['surname', () => draft.fields.surname],
    ['forenames', () => draft.fields.forenames],
    ['date of birth', () => draft.fields.date_of_birth],
    ['label', () => draft.label],
    ['start of the photo', () => draft.fields.facial_image.dataUrl.split(',')[1].slice(0, 48)],
    ['middle of the photo', () => draft.fields.facial_image.dataUrl.split(',')[1].slice(400, 448)],
  ])('stores no plain %s', async (_, value) => {
    const [record] = await readStoredRecords(draftsPage);
    expect(value().length).toBeGreaterThan(3);
    expect(record.text).not.toContain(value());
  });

  it('keeps the key out of storage.local', async () => {
    const local = JSON.stringify(await readStorage(draftsPage, 'local'));
    const sessionKey = String((await readStorage(draftsPage, 'session')).draftKey);
    expect(sessionKey).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(local).not.toContain(sessionKey);
  });

  it('lets the panel use the draft without asking again', async () => {
    const { page, panel } = await openPortal();
    expect(await panelDraftState(panel)).toBe('picker');
    const outcomes = await fillFromPanel(panel, draft.id, { timeoutMs: TIMEOUT_MS });
    expect(outcomes.find((outcome) => outcome.id === 'surname')?.status).toBe('filled');
    await page.close();
  });

  // Firefox runs the Manifest V2 background page, which does not stop when idle.
  it.skipIf(inFirefox)('keeps the panel unlocked after the worker stopped', async () => {
    stoppedWorker = await stopServiceWorker(session, draftsPage);
    const { page, panel } = await openPortal();
    expect(stoppedWorker.restarts()).toBeGreaterThan(0);
    expect(await panelDraftState(panel)).toBe('picker');
    const outcomes = await fillFromPanel(panel, draft.id, { timeoutMs: TIMEOUT_MS });
    expect(outcomes.find((outcome) => outcome.id === 'forenames')?.status).toBe('filled');
    await page.close();
  });

  it('keeps a new drafts page unlocked after the worker stopped', async () => {
    const page = await session.browser.newPage();
    await gotoExtensionPage(page, session.extensionId, 'drafts.html');
    expect(await unlockDraftsPage(page, 'not needed', TIMEOUT_MS)).toBe('unlocked');
    await page.close();
  });

  it('locks every page with Lock now', async () => {
    const { page, panel } = await openPortal();
    expect(await panelDraftState(panel)).toBe('picker');
    await draftsPage.bringToFront();
    await draftsPage.click('[data-testid="lock-now"]');
    await draftsPage.waitForSelector('[data-testid="passphrase"]', { timeout: TIMEOUT_MS });
    // A panel without storage.session (Firefox) checks the lock on a timer,
    // which a browser may hold back in a background tab, so look at the portal.
    await page.bringToFront();
    await panel.waitForFunction(() => document.querySelector('[data-testid="passphrase"]'), {
      timeout: TIMEOUT_MS,
      polling: 100,
    });
    expect(await panelDraftState(panel)).toBe('passphrase');
    await page.close();
  });

  it('shows a wrong passphrase', async () => {
    await draftsPage.type('[data-testid="passphrase"]', 'not the passphrase');
    await draftsPage.click('[data-testid="unlock"]');
    const message = await draftsPage.waitForSelector('[data-testid="lock-error"]', {
      timeout: TIMEOUT_MS,
    });
    expect(await message!.evaluate((element) => element.textContent)).toContain('Wrong passphrase');
  });

  it('unlocks from the panel for the drafts page too', async () => {
    const { page, panel } = await openPortal();
    await panel.type('[data-testid="passphrase"]', PASSPHRASE);
    await panel.$eval('[data-testid="unlock"]', (button) => (button as HTMLElement).click());
    await panel.waitForSelector('[data-testid="draft-select"]', { timeout: TIMEOUT_MS });
    expect(await panel.$('[data-testid="lock-error"]')).toBeNull();
    await draftsPage.bringToFront();
    await draftsPage.waitForSelector('[data-testid="draft-item"]', { timeout: TIMEOUT_MS });
    await page.close();
  });
});
