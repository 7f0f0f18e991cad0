import { readFile } from 'node:fs/promises';
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
    const { page, panel, results } = await fillCase(
      '01-react-value-tracker',
      {
        surname: 'Brennecke-Ahlgrim',
      },
      { pressAction: true },
    );
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
    expect(await page.$eval('#next', (button) => (button as HTMLButtonElement).disabled)).toBe(
      false,
    );
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

describe('real-world cases of detection and fill', () => {
  it('case 03: selects match by option text, duplicate values and numeric codes', async () => {
    const { page, results } = await fillCase('03-select-text-vs-value', {
      nationalities: ['CIV'],
      phone_numbers: ['+1 202 555 0147'],
      sex: 'F',
    });
    expect(statusOf(results, 'nationalities')).toBe('filled');
    expect(statusOf(results, 'sex')).toBe('filled');
    const check = await caseCheck(page);
    expect(check.nat).toBe('CIV');
    expect(check.sex).toBe('2');
    expect(check.ccIndex).toBe(2);
    expect(check.pass).toBe(true);
    await page.close();
  });

  it('case 05: one date in native, masked, French and three-part form', async () => {
    const { page, results } = await fillCase('05-date-formats-and-mask', {
      date_of_birth: '1985-12-24',
    });
    expect(statusOf(results, 'date_of_birth')).toBe('filled');
    await page.evaluate(() => {
      for (const element of document.querySelectorAll('input')) element.blur();
    });
    const check = await caseCheck(page);
    expect(check).toMatchObject({ d1: '1985-12-24', d2: '24.12.1985', d3: '24/12/1985' });
    expect(check).toMatchObject({ d4: '24', d5: '12', d6: '1985' });
    expect(check.pass).toBe(true);
    await page.close();
  });

  it('case 06a: the form inside a srcdoc frame', async () => {
    const { page, panel, results } = await fillCase('06a-iframe-srcdoc', {
      surname: 'Oyelaran-Pfeil',
      forenames: 'Toma',
      distinguishing_marks: 'Narbe am linken Handgelenk',
    });
    expect(statusOf(results, 'surname')).toBe('filled');
    expect((await caseCheck(page)).pass).toBe(true);
    const frame = await panel.$eval(
      '[data-testid="check-item"][data-field-id="surname"]',
      (element) => (element as HTMLElement).dataset.frame,
    );
    expect(frame).toBe('about:srcdoc');
    await page.close();
  });

  it('case 07: open and closed shadow roots, birth name kept apart', async () => {
    const { page, panel, results } = await fillCase(
      '07-shadow-dom',
      { surname: 'Ravnsborg', name_at_birth: 'Kettelhack' },
      { pressAction: true },
    );
    expect(statusOf(results, 'surname')).toBe('filled');
    expect(statusOf(results, 'name_at_birth')).toBe('filled');
    const selector = await panel.$eval(
      '[data-testid="check-item"][data-field-id="name_at_birth"]',
      (element) => JSON.parse((element as HTMLElement).dataset.selector ?? '[]'),
    );
    expect(selector[0]).toContain('>>>');
    expect((await caseCheck(page)).pass).toBe(true);
    await page.close();
  });

  it('case 08: a wizard step that appears later and a postback that drops it', async () => {
    const draft = await writeDraft(folder.path, '08-dynamic-wizard-and-postback', {
      surname: 'Achterberg',
      forenames: 'Jonas',
      distinguishing_marks: 'Leberfleck an der rechten Wange',
      nationalities: ['NLD'],
    });
    const url = `${server.url}shared-cases/08-dynamic-wizard-and-postback.html`;
    const { page, panel } = await openWithDraft(session, url, draft, { pressAction: true });
    await waitForStatus(panel, 'distinguishing_marks', 'absent');

    await page.click('#weiter');
    await waitForStatus(panel, 'distinguishing_marks', 'missing');
    const results = await fillFromPanel(panel, '08-dynamic-wizard-and-postback');
    expect(statusOf(results, 'distinguishing_marks')).toBe('filled');
    expect(statusOf(results, 'nationalities')).toBe('filled');
    expect((await caseCheck(page)).pass).toBe(true);

    await page.click('#refresh');
    await waitForStatus(panel, 'distinguishing_marks', 'lost');
    await waitForStatus(panel, 'nationalities', 'lost');
    await waitForStatus(panel, 'surname', 'present');
    await page.close();
  });

  it('case 09: table labels, WebForms names and an ambiguous row', async () => {
    const { page, panel, results } = await fillCase('09-table-labels-webforms-names', {
      surname: 'Zielonka-Brandt',
      forenames: 'Halina Ewa',
      name_at_birth: 'Zielonka',
      date_of_birth: '1979-03-05',
    });
    const statuses = await checkStatuses(panel);
    expect(statuses.surname).toBe('present');
    expect(statusOf(results, 'surname')).toBe('filled');
    expect(statusOf(results, 'date_of_birth')).toBe('filled');
    const ambiguous = await panel.$$eval('[data-testid="ambiguous-item"]', (items) =>
      items.map((item) => ({ ...(item as HTMLElement).dataset })),
    );
    expect(ambiguous.map((item) => item.label)).toEqual(['Familienname (Geburtsname):']);
    expect(ambiguous[0].candidates?.split(' ').sort()).toEqual(['name_at_birth', 'surname']);
    expect(
      await page.$eval('[name="ctl00$cph$txtF8"]', (input) => (input as HTMLInputElement).value),
    ).toBe('');
    await page.close();
  });

  it('case 11: locked fields are never written', async () => {
    const { page, panel, results } = await fillCase('11-readonly-disabled-datepicker', {
      national_case_number: 'XX-1',
      issuing_authority: 'Anders',
      last_seen_at: '2024-06-14T10:30',
      surname: 'Hollweg',
    });
    expect(statusOf(results, 'surname')).toBe('filled');
    expect(statusOf(results, 'national_case_number')).toBe('locked');
    expect(statusOf(results, 'issuing_authority')).toBe('locked');
    expect(statusOf(results, 'last_seen_at')).not.toBe('filled');
    const statuses = await checkStatuses(panel);
    expect(statuses.national_case_number).toBe('locked');
    expect(statuses.issuing_authority).toBe('locked');
    expect((await caseCheck(page)).pass).toBe(true);
    await page.close();
  });

  it('case 13: a page that re-renders from its own state keeps the fill', async () => {
    const { page, results } = await fillCase(
      '13-autocomplete-off-and-rerender',
      { surname: 'Hagedorn-Uysal', forenames: 'Mirela' },
      { pressAction: true },
    );
    expect(statusOf(results, 'surname')).toBe('filled');
    await page.focus('#fam');
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await page.waitForFunction(
      () => document.querySelector<HTMLInputElement>('#fam')?.value !== '',
    );
    expect((await caseCheck(page)).pass).toBe(true);
    await page.close();
  });

  it('case 15: the photo is attached through the file input', async () => {
    const jpeg = await readFile(
      new URL('../../cli/demo/sample-draft.json', import.meta.url),
      'utf8',
    );
    const photo = JSON.parse(jpeg).fields.facial_image;
    const { page, results } = await fillCase(
      '15-photo-file-upload',
      { facial_image: photo },
      { pressAction: true },
    );
    expect(statusOf(results, 'facial_image')).toBe('filled');
    const check = await caseCheck(page);
    expect(check.pass).toBe(true);
    await page.close();
  });
});
