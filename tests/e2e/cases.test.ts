import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillFromPanel, launchWithExtension, type ExtensionSession } from './support/browser';
import {
  caseCheck,
  checkStatuses,
  makeTempFolder,
  openWithDraft,
  waitForStatus,
  writeDraft,
} from './support/cases';
import { startServer, type StaticServer } from './support/server';

let session: ExtensionSession;
let server: StaticServer;
let folder: Awaited<ReturnType<typeof makeTempFolder>>;

beforeAll(async () => {
  folder = await makeTempFolder();
  server = await startServer({ root: folder.path });
  session = await launchWithExtension();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  await folder?.remove();
});

async function fillCase(
  page: string,
  fields: Record<string, unknown>,
  options: { pressAction?: boolean } = {},
) {
  const draft = await writeDraft(folder.path, page, fields);
  const url = `${server.url}shared-cases/${page}.html`;
  const opened = await openWithDraft(session, url, draft, options);
  const results = await fillFromPanel(opened.panel, page);
  return { ...opened, results };
}

function statusOf(results: { id: string; status: string }[], fieldId: string): string | undefined {
  return results.find((result) => result.id === fieldId)?.status;
}

async function submitForm(page: Page): Promise<void> {
  await page.click('button[type="submit"]');
}

describe('real-world cases through the panel', () => {
  it('case 01: a React-style value tracker registers the fill', async () => {
    const { page, panel, results } = await fillCase('01-react-value-tracker', {
      surname: 'Brennecke-Ahlgrim',
    }, { pressAction: true });
    expect(statusOf(results, 'surname')).toBe('filled');
    await submitForm(page);
    expect((await caseCheck(page)).pass).toBe(true);
    await waitForStatus(panel, 'surname', 'present');
    await page.close();
  });

  it('case 02: keyup, input and change listeners all see the fill', async () => {
    const { page, results } = await fillCase('02-legacy-event-handlers', {
      forenames: 'Liesel',
      surname: 'Quandtmeyer',
      place_of_birth: 'Bad Kötzting',
    });
    for (const fieldId of ['forenames', 'surname', 'place_of_birth']) {
      expect(statusOf(results, fieldId), fieldId).toBe('filled');
    }
    expect((await caseCheck(page)).pass).toBe(true);
    expect(await page.$eval('#next', (button) => (button as HTMLButtonElement).disabled)).toBe(false);
    await page.close();
  });

  it('case 01: the panel lists the page label and source', async () => {
    const draft = await writeDraft(folder.path, 'labels-01', { surname: 'X' });
    const { page, panel } = await openWithDraft(
      session,
      `${server.url}shared-cases/01-react-value-tracker.html`,
      draft,
      { pressAction: true },
    );
    const item = await panel.$eval(
      '[data-testid="check-item"][data-field-id="surname"]',
      (element) => ({ ...(element as HTMLElement).dataset }),
    );
    expect(item.status).toBe('missing');
    expect(item.label).toBe('Familienname');
    expect(item.source).toBe('label-for');
    expect(JSON.parse(item.selector ?? '[]')).toEqual(['#sn']);
    expect((await checkStatuses(panel)).facial_image).toBe('absent');
    await page.close();
  });
});
