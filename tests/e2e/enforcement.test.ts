import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  gotoExtensionPage,
  launchWithExtension,
  openPanel,
  type ExtensionSession,
} from './support/browser';
import { startServer, type StaticServer } from './support/server';

const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/enforcement/', import.meta.url));

/** Values the tests type into the portal; none may reach the audit log. */
const TYPED = {
  surname: 'Rahimzada',
  forenames: 'Yusufjon',
  reason: 'Centre closed its phone line tonight',
};
/** Values the fixtures contain from the start. */
const PREFILLED = ['Left the reception centre at night'];

interface AuditRow {
  at: number;
  origin: string;
  checklistId: string;
  checklistVersion: number;
  score: number;
  outcome: string;
  failedRules: string[];
  missingFields: string[];
  overrideReason?: string;
}

interface Portal {
  page: Page;
  panel: Frame;
  /** The frame that contains the form. */
  form: Frame;
  /** URLs of the submissions the portal received. */
  received: string[];
}

let session: ExtensionSession;
let server: StaticServer;

async function setMode(mode: 'off' | 'enforce'): Promise<void> {
  const page = await session.browser.newPage();
  await gotoExtensionPage(page, session.extensionId, 'options.html');
  // The choices are disabled until the stored mode is read, and the page may render again
  // before then, so the click waits for an enabled, visible choice.
  const choice = await page.waitForSelector(
    `fieldset.enforcement:not([disabled]) [data-testid="enforcement-${mode}"]`,
    { visible: true },
  );
  await choice?.click();
  await page.waitForFunction(
    (selector) => (document.querySelector(selector) as HTMLInputElement | null)?.checked === true,
    {},
    `[data-testid="enforcement-${mode}"]`,
  );
  await page.waitForSelector('[role="status"]');
  await page.close();
}

/**
 * Reads the audit log from the extension's own IndexedDB, in the service
 * worker (Firefox: the session's options page).
 */
async function readAuditLog(): Promise<AuditRow[]> {
  return session.extensionContext.evaluate(
    () =>
      new Promise<AuditRow[]>((resolve, reject) => {
        const request = indexedDB.open('vigila');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const read = database.transaction('audit').objectStore('audit').getAll();
          read.onerror = () => reject(read.error);
          read.onsuccess = () => {
            database.close();
            resolve(read.result as AuditRow[]);
          };
        };
      }),
  );
}

async function openPortal(file: string, framed = false): Promise<Portal> {
  const page = await session.browser.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  const received: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith('/received.html')) received.push(request.url());
  });
  await page.goto(`${server.url}${file}`, { waitUntil: 'load' });
  const form = framed ? await childFrame(page) : page.mainFrame();
  const panel = await openPanel(page, { extensionId: session.extensionId, pressAction: false });
  return { page, panel, form, received };
}

async function childFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe#content');
  const frame = await handle!.contentFrame();
  await frame.waitForSelector('#surname');
  return frame;
}

/** Waits until every frame has received a verdict that blocks, or not. */
async function waitForVerdict(panel: Frame, blocking: boolean, enforcing = true): Promise<void> {
  await panel.waitForSelector(
    `[data-testid="verdict"][data-enforcing="${enforcing}"][data-blocking="${blocking}"]`,
    { timeout: 10_000 },
  );
}

async function waitForStop(panel: Frame): Promise<void> {
  await panel.waitForSelector('[data-testid="submit-blocked"]', { timeout: 10_000 });
}

/** Runs a submission and waits until the form's frame arrives at received.html. */
async function submitAndArrive(form: Frame, submit: () => Promise<void>): Promise<void> {
  await Promise.all([form.waitForNavigation({ timeout: 10_000 }), submit()]);
  expect(new URL(form.url()).pathname).toMatch(/\/received\.html$/);
}

type Submit = (portal: Portal) => Promise<void>;

const PATHS: { name: string; file: string; surname: string; submit: Submit }[] = [
  {
    name: 'a submit button',
    file: 'alert.html',
    surname: '#surname',
    submit: ({ form }) => form.click('#save'),
  },
  {
    name: 'Enter in a text field',
    file: 'alert.html',
    surname: '#surname',
    submit: async ({ page, form }) => {
      await form.focus('#forenames');
      await page.keyboard.press('Enter');
    },
  },
  {
    name: 'form.submit() from a page script',
    file: 'alert.html',
    surname: '#surname',
    submit: ({ form }) => form.click('#script-submit'),
  },
  {
    name: 'requestSubmit() from a page script',
    file: 'alert.html',
    surname: '#surname',
    submit: ({ form }) => form.click('#script-request'),
  },
  {
    name: 'an ASP.NET __doPostBack link',
    file: 'webforms.html',
    surname: '#ctl00_MainContent_txtSurname',
    submit: ({ form }) => form.click('#ctl00_MainContent_lnkSave'),
  },
];

const OVERRIDES = [
  { ...PATHS[0], forenames: '#forenames', forenamesName: 'forenames', eventTarget: undefined },
  { ...PATHS[2], forenames: '#forenames', forenamesName: 'forenames', eventTarget: undefined },
  {
    ...PATHS[4],
    forenames: '#ctl00_MainContent_txtForenames',
    forenamesName: 'ctl00$MainContent$txtForenames',
    eventTarget: 'ctl00$MainContent$lnkSave',
  },
];

beforeAll(async () => {
  server = await startServer({ root: FIXTURES_DIR });
  session = await launchWithExtension();
  await setMode('enforce');
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('enforcement at submission', () => {
  it('registers the guard beside the content script', async () => {
    const scripts = await session.extensionContext.evaluate(async () => {
      // Firefox's `chrome` takes callbacks; its `browser` returns promises.
      type Api = { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } };
      const scope = globalThis as unknown as { browser?: Api; chrome: Api };
      return (await (scope.browser ?? scope.chrome).scripting.getRegisteredContentScripts()) as {
        id: string;
        matches?: string[];
        world?: string;
        runAt?: string;
        allFrames?: boolean;
      }[];
    });
    const content = scripts.find((script) => script.id === 'vigila-portal');
    const guard = scripts.find((script) => script.id === 'vigila-submit-guard');
    expect(guard?.world).toBe('MAIN');
    expect(guard?.runAt).toBe('document_start');
    expect(guard?.allFrames).toBe(true);
    expect(guard?.matches).toEqual(content?.matches);
  });

  it.each(PATHS)('stops $name until the surname is filled', async (path) => {
    const portal = await openPortal(path.file);
    await waitForVerdict(portal.panel, true);

    await path.submit(portal);
    await waitForStop(portal.panel);
    const missing = await portal.panel.$$eval('[data-testid="blocked-items"] li', (items) =>
      items.map((item) => (item as HTMLElement).dataset.item),
    );
    expect(missing).toContain('field:surname');
    expect(portal.received).toEqual([]);
    expect(new URL(portal.page.url()).pathname).toBe(`/${path.file}`);

    await portal.panel.click('[data-testid="override-cancel"]');
    await portal.form.type(path.surname, TYPED.surname);
    await waitForVerdict(portal.panel, false);
    await submitAndArrive(portal.form, () => path.submit(portal));
    expect(portal.received).toHaveLength(1);
    await portal.page.close();
  });

  it('stops a form inside an iframe', async () => {
    const portal = await openPortal('framed.html', true);
    await waitForVerdict(portal.panel, true);

    await portal.form.click('#save');
    await waitForStop(portal.panel);
    expect(portal.received).toEqual([]);

    await portal.panel.click('[data-testid="override-cancel"]');
    await portal.form.type('#surname', TYPED.surname);
    await waitForVerdict(portal.panel, false);
    await submitAndArrive(portal.form, () => portal.form.click('#save'));
    expect(portal.received).toHaveLength(1);
    await portal.page.close();
  });

  it('lets a form without catalogue fields through', async () => {
    const portal = await openPortal('alert.html');
    await waitForVerdict(portal.panel, true);
    await portal.form.type('#query', 'register');
    await submitAndArrive(portal.form, () => portal.form.click('#search-go'));
    expect(portal.received).toHaveLength(1);
    await portal.page.close();
  });

  it('shows a collapsed panel when it stops a submission', async () => {
    const portal = await openPortal('alert.html');
    await waitForVerdict(portal.panel, true);
    await portal.panel.click('[data-testid="panel-collapse"]');
    await portal.page.waitForFunction(
      () => document.querySelector('vigila-panel')!.getBoundingClientRect().width < 60,
    );

    await portal.form.click('#save');
    await waitForStop(portal.panel);
    await portal.page.waitForFunction(
      () => document.querySelector('vigila-panel')!.getBoundingClientRect().width > 300,
    );
    expect(portal.received).toEqual([]);
    await portal.page.close();
  });

  it.each(OVERRIDES)('submits $name once on an override', async (path) => {
    const before = (await readAuditLog()).length;
    const portal = await openPortal(path.file);
    await portal.form.type(path.forenames, TYPED.forenames);
    await waitForVerdict(portal.panel, true);

    await path.submit(portal);
    await waitForStop(portal.panel);
    await portal.panel.click('[data-testid="override-confirm"]');
    await portal.panel.waitForSelector('[data-testid="submit-blocked"] [role="alert"]');
    expect(portal.received).toEqual([]);

    await portal.panel.type('[data-testid="override-reason"]', TYPED.reason);
    await submitAndArrive(portal.form, () =>
      portal.panel.click('[data-testid="override-confirm"]'),
    );
    expect(portal.received).toHaveLength(1);
    const query = new URL(portal.received[0]).searchParams;
    expect(query.get(path.forenamesName)).toBe(TYPED.forenames);
    if (path.eventTarget) expect(query.get('__EVENTTARGET')).toBe(path.eventTarget);

    const added = (await readAuditLog()).slice(before);
    expect(added.map((entry) => entry.outcome)).toEqual(['blocked', 'overridden']);
    const overridden = added[1];
    expect(overridden.origin).toBe(new URL(server.url).origin);
    expect(overridden.checklistId).toBe('default');
    expect(overridden.checklistVersion).toBeGreaterThanOrEqual(1);
    expect(overridden.score).toBeGreaterThanOrEqual(0);
    expect(overridden.score).toBeLessThan(100);
    expect(overridden.missingFields).toEqual(['surname']);
    expect(overridden.failedRules).toEqual([]);
    expect(overridden.overrideReason).toBe(TYPED.reason);
    expect(Date.now() - overridden.at).toBeLessThan(60_000);
    await portal.page.close();
  });

  it('submits without a reason once nothing blocks', async () => {
    const before = (await readAuditLog()).length;
    const portal = await openPortal('alert.html');
    await waitForVerdict(portal.panel, true);
    await portal.form.click('#save');
    await waitForStop(portal.panel);
    // The panel focuses the reason once it shows; typing before that would lose keys to it.
    await portal.panel.waitForFunction(
      () => document.activeElement?.getAttribute('data-testid') === 'override-reason',
      { polling: 100 },
    );

    await portal.form.type('#surname', TYPED.surname);
    await waitForVerdict(portal.panel, false);
    await portal.panel.waitForFunction(
      () => !document.querySelector('[data-testid="override-reason"]'),
      { polling: 100 },
    );
    await submitAndArrive(portal.form, () =>
      portal.panel.click('[data-testid="override-confirm"]'),
    );
    expect(portal.received).toHaveLength(1);
    const added = (await readAuditLog()).slice(before);
    expect(added.map((entry) => entry.outcome)).toEqual(['blocked', 'passed']);
    expect(added[1].overrideReason).toBeUndefined();
    await portal.page.close();
  });

  it('logs each check with the origin only', async () => {
    const log = await readAuditLog();
    const outcomes = log.map((entry) => entry.outcome);
    // Each path, the iframe and the submission without a reason: one stop,
    // then one pass once the surname is filled. The collapsed panel and each
    // override: one stop.
    const stops = PATHS.length + 3 + OVERRIDES.length;
    expect(outcomes.filter((outcome) => outcome === 'blocked')).toHaveLength(stops);
    expect(outcomes.filter((outcome) => outcome === 'passed')).toHaveLength(PATHS.length + 2);
    expect(outcomes.filter((outcome) => outcome === 'overridden')).toHaveLength(OVERRIDES.length);
    for (const entry of log) {
      expect(entry.origin).toBe(new URL(server.url).origin);
      if (entry.outcome !== 'overridden') expect(entry.overrideReason).toBeUndefined();
    }
  });

  it('keeps every typed value out of the log', async () => {
    const text = JSON.stringify(await readAuditLog());
    for (const value of [TYPED.surname, TYPED.forenames, ...PREFILLED, 'register']) {
      expect(text).not.toContain(value);
    }
    expect(text).not.toContain('alert.html');
    expect(text).not.toContain('webforms.html');
  });

  it('stops nothing when the checklist is not enforced', async () => {
    const before = (await readAuditLog()).length;
    await setMode('off');
    const portal = await openPortal('alert.html');
    await waitForVerdict(portal.panel, true, false);
    await submitAndArrive(portal.form, () => portal.form.click('#save'));
    expect(portal.received).toHaveLength(1);
    expect(await readAuditLog()).toHaveLength(before);
    await portal.page.close();
  });
});
