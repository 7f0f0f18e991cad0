import type { Frame, HTTPRequest, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  extensionUrl,
  fillFromPanel,
  launchWithExtension,
  type ExtensionSession,
} from './support/browser';
import { makeTempFolder, openWithDraft, writeDraft } from './support/cases';
import { startServer, type StaticServer } from './support/server';
import { fileURLToPath } from 'node:url';

const HOSTILE_DIR = fileURLToPath(new URL('../fixtures/hostile/', import.meta.url));

/** Draft values: the officer fills surname and forenames only. */
const DRAFT = {
  surname: 'Quellenberg-Osei',
  forenames: 'Amadou',
  place_of_birth: 'Tambacounda',
  date_of_birth: '2011-04-17',
  aliases: ['Amadu Kelenberg'],
  languages: ['wol'],
};

let session: ExtensionSession;
let server: StaticServer;
let folder: Awaited<ReturnType<typeof makeTempFolder>>;
let page: Page;
let panel: Frame;
const requests: string[] = [];

function recordRequest(request: HTTPRequest): void {
  requests.push(request.url());
}

beforeAll(async () => {
  folder = await makeTempFolder();
  server = await startServer({ root: HOSTILE_DIR });
  session = await launchWithExtension();
  session.browser.on('targetcreated', async (target) => {
    const created = await target.page().catch(() => null);
    created?.on('request', recordRequest);
  });
  const draft = await writeDraft(folder.path, 'hostile', DRAFT);
  ({ page, panel } = await openWithDraft(session, `${server.url}hostile.html`, draft));
  page.on('request', recordRequest);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  await folder?.remove();
});

describe('a hostile portal page', () => {
  it('cannot trigger a fill by itself', async () => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    const surname = await page.$eval('#fam', (input) => (input as HTMLInputElement).value);
    expect(surname).toBe('');
  });

  it('gets only the values the officer chose to fill', async () => {
    const results = await fillFromPanel(panel, 'hostile', { fields: ['surname', 'forenames'] });
    expect(results.find((result) => result.id === 'surname')?.status).toBe('filled');
    expect(results.find((result) => result.id === 'place_of_birth')?.status).toBe('skipped');
    await new Promise((resolve) => setTimeout(resolve, 500));

    const seen = await page.evaluate(() => (window as unknown as { __seen(): string }).__seen());
    expect(seen).toContain('Quellenberg-Osei');
    for (const secret of ['Tambacounda', '2011-04-17', '17.04.2011', 'Amadu Kelenberg', 'wol']) {
      expect(seen, secret).not.toContain(secret);
    }
    expect(await page.$eval('#ort', (input) => (input as HTMLInputElement).value)).toBe('');
  });

  it('cannot reach the panel through patched prototypes', async () => {
    const reached = await page.evaluate(() => {
      const host = document.querySelector('vigila-panel');
      const roots = (window as unknown as { __shadowRoots: ShadowRoot[] }).__shadowRoots;
      return { shadowRoot: host?.shadowRoot ?? null, patchedRoots: roots.length };
    });
    expect(reached.shadowRoot).toBeNull();
    expect(reached.patchedRoots).toBe(0);
  });

  it('sees no request from Vigila outside the page and the extension', () => {
    // The page's own requests show that requests are recorded at all.
    expect(requests.some((url) => url.startsWith(server.url))).toBe(true);
    const foreign = requests.filter(
      (url) =>
        !url.startsWith(server.url) &&
        !url.startsWith(extensionUrl(session.browser, session.extensionId, '')) &&
        !url.startsWith('data:'),
    );
    expect(foreign).toEqual([]);
  });
});
