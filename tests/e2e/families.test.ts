/**
 * The families of the real-world cases beyond the shared pages: fixtures in
 * tests/fixtures/families, filled through the panel of the built extension
 * in Chromium or Firefox, each checked by the page's own oracle.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionSession } from './support/browser';
import { caseCheck, makeTempFolder, openWithDraft, writeDraft } from './support/cases';
import {
  clickPanel,
  confirmFill,
  previewDraft,
  readCapture,
  readPreview,
  readResults,
  setRowTicked,
  undoLastFill,
  waitForResult,
} from './support/families';
import { startServer, type StaticServer } from './support/server';

const FAMILIES_DIR = fileURLToPath(new URL('../fixtures/families/', import.meta.url));
const MODULES_DIR = fileURLToPath(new URL('../../node_modules/', import.meta.url));

/** Real page libraries that fixtures load from /vendor/, as portals load them. */
const VENDOR_MOUNTS = {
  '/vendor/jquery/': `${MODULES_DIR}jquery/dist`,
  '/vendor/jquery-mask-plugin/': `${MODULES_DIR}jquery-mask-plugin/dist`,
  '/vendor/inputmask/': `${MODULES_DIR}inputmask/dist`,
};

let session: ExtensionSession;
let server: StaticServer;
let folder: Awaited<ReturnType<typeof makeTempFolder>>;

beforeAll(async () => {
  folder = await makeTempFolder();
  server = await startServer({ root: FAMILIES_DIR, mounts: VENDOR_MOUNTS });
  session = await launchWithExtension();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  await folder?.remove();
});

/**
 * Imports a draft under a unique id, opens a page and its panel, and previews
 * the draft. A page with fewer than three catalogue fields shows no panel by
 * itself, so the officer presses the toolbar button there (`pressAction`).
 */
async function openAndPreview(
  url: string,
  draftId: string,
  fields: Record<string, unknown>,
  options: { pressAction?: boolean } = {},
) {
  const draft = await writeDraft(folder.path, draftId, fields);
  const opened = await openWithDraft(session, url, draft, options);
  await previewDraft(opened.panel, draftId);
  return opened;
}

function family(name: string): string {
  return `${server.url}${name}.html`;
}

async function blurAll(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const element of document.querySelectorAll('input')) element.blur();
  });
}

describe('value tracking of other frameworks', () => {
  it('Vue v-model: input-only and change-only bindings take the fill', async () => {
    const { page, panel } = await openAndPreview(family('vue-v-model'), 'vue', {
      surname: 'Vasquez-Lindqvist',
      forenames: 'Ilse',
      place_of_birth: 'Bad Kötzting',
    });
    const results = await confirmFill(panel);
    expect(results.surname.status).toBe('filled');
    expect(results.forenames.status).toBe('filled');
    expect(results.place_of_birth.status).toBe('filled');
    await page.click('#save');
    expect((await caseCheck(page)).pass).toBe(true);
    await page.close();
  });

  it('Angular form: input and blur bindings take the fill', async () => {
    const { page, panel } = await openAndPreview(family('angular-form'), 'angular', {
      surname: 'Okonkwo-Ferraris',
      forenames: 'Adaeze',
      place_of_birth: 'Enugu',
      phone_numbers: ['+39 02 1234 5678'],
    });
    const results = await confirmFill(panel);
    expect(results.forenames.status).toBe('filled');
    expect(results.phone_numbers.status).toBe('rejected');
    expect(results.phone_numbers.text).toContain('did not keep the value');
    const check = await caseCheck(page);
    expect(check.touched).toBe(true);
    expect(check.pass).toBe(true);
    await page.close();
  });
});

describe('ASP.NET WebForms', () => {
  it('AutoPostBack: the re-rendered panel keeps every filled value', async () => {
    const { page, panel } = await openAndPreview(family('webforms-autopostback'), 'webforms', {
      surname: 'García López',
      forenames: 'Aya',
      date_of_birth: '2008-02-29',
      sex: 'F',
    });
    const results = await confirmFill(panel);
    await page.waitForFunction(
      () => {
        const page = window as unknown as {
          __postbacks: number;
          __caseCheck(): { pending: number };
        };
        return page.__postbacks > 0 && page.__caseCheck().pending === 0;
      },
      { timeout: 10_000, polling: 100 },
    );
    const check = await caseCheck(page);
    expect(check).toMatchObject({ surname: 'García López', forenames: 'Aya', birth: '29/02/2008' });
    expect(check.sex).toBe('M');
    expect(check.pass).toBe(true);
    for (const id of ['surname', 'forenames', 'date_of_birth', 'sex']) {
      expect(results[id].status).toBe('filled');
    }
    await page.close();
  });
});

describe('dates, masks and dependent lists', () => {
  it('digit mask: refused as a whole, typed digit by digit', async () => {
    const { page, panel } = await openAndPreview(
      family('digit-mask'),
      'mask',
      { date_of_birth: '2008-02-29', surname: 'Brandt' },
      { pressAction: true },
    );
    const results = await confirmFill(panel);
    expect(results.date_of_birth.status).toBe('filled');
    await blurAll(page);
    const check = await caseCheck(page);
    expect(check.value).toBe('29/02/2008');
    expect(check.pass).toBe(true);
    await page.close();
  });

  it('jQuery Mask Plugin: keyup and change handlers run, the mask keeps the date', async () => {
    const { page, panel } = await openAndPreview(family('jquery-mask'), 'jquery', {
      surname: 'Quandtmeyer',
      forenames: 'Liesel',
      date_of_birth: '2008-02-29',
      sex: 'F',
    });
    const results = await confirmFill(panel);
    expect(results.surname.status).toBe('filled');
    expect(results.date_of_birth.status).toBe('filled');
    expect(results.sex.status).toBe('filled');
    await blurAll(page);
    const check = await caseCheck(page);
    expect(check.heading).toBe('QUANDTMEYER, Liesel');
    expect(check.clean).toBe('29022008');
    expect(check.pass).toBe(true);
    await page.close();
  });

  it('Inputmask: the date and the upper-case surname pass its own checks', async () => {
    const { page, panel } = await openAndPreview(family('inputmask-date'), 'inputmask', {
      surname: 'Quandtmeyer',
      forenames: 'Liesel',
      date_of_birth: '2008-02-29',
    });
    const results = await confirmFill(panel);
    expect(results.date_of_birth.status).toBe('filled');
    await blurAll(page);
    const check = await caseCheck(page);
    expect(check).toMatchObject({ date: '29/02/2008', complete: true });
    expect(check.surname).toBe('QUANDTMEYER');
    expect(check.pass).toBe(true);
    await page.close();
  });

  it('dependent day list: year, month and day keep 29 February', async () => {
    const { page, panel } = await openAndPreview(family('dependent-day-list'), 'days', {
      date_of_birth: '2008-02-29',
    });
    const results = await confirmFill(panel);
    expect(results.date_of_birth.status).toBe('filled');
    const check = await caseCheck(page);
    expect(check.resets).toBe(0);
    expect(check.pass).toBe(true);
    await page.close();
  });

  it('date-time pair: the date and the time go to their own controls', async () => {
    const { page, panel } = await openAndPreview(family('date-time-pair'), 'pair', {
      last_seen_at: '2024-06-14T22:30',
      left_care_at: '2024-06-14T21:15',
      national_case_number: 'XX-1',
    });
    const rows = await readPreview(panel);
    expect(rows.national_case_number.plan).toBe('locked');
    expect(rows.national_case_number.disabled).toBe(true);
    const results = await confirmFill(panel);
    expect(results.last_seen_at.status).toBe('filled');
    expect(results.left_care_at.status).toBe('filled');
    expect(results.national_case_number.status).toBe('locked');
    const check = await caseCheck(page);
    expect(check.lt).toBe('22:30');
    expect(check.vt).toBe('21:15');
    expect(check.pass).toBe(true);
    await page.close();
  });
});

describe('time in an hour and a minute list', () => {
  it('date-hour-minute: the date, the hour and the minutes reach their own controls', async () => {
    const { page, panel } = await openAndPreview(family('date-hour-minute'), 'hour-minute', {
      left_care_at: '2024-06-14T21:35',
      last_seen_at: '2024-06-15T07:45',
      surname: 'Okafor',
    });
    const rows = await readPreview(panel);
    expect(rows.left_care_at.write).toBe('14/06/2024 21:35');
    const results = await confirmFill(panel);
    expect(results.left_care_at.status).toBe('filled');
    expect(results.last_seen_at.status).toBe('filled');
    const check = await caseCheck(page);
    expect(check.left).toBe('2024-06-14T21:35');
    expect(check.seen).toBe('2024-06-15T07:45');
    expect(check.pass).toBe(true);
    await page.close();
  });
});

describe('lists over several boxes', () => {
  it('row-lists: one name variant per row, the rest in the last row', async () => {
    const { page, panel } = await openAndPreview(family('label-shapes-row-lists'), 'row-lists', {
      surname: 'Haddad',
      aliases: ['Hadad', 'Haddat', 'Al-Haddad'],
    });
    const rows = await readPreview(panel);
    expect(rows.aliases.write).toBe('Hadad, Haddat, Al-Haddad');
    const results = await confirmFill(panel);
    expect(results.aliases.status).toBe('filled');
    const values = await page.$$eval('#alias-1, #alias-2', (inputs) =>
      inputs.map((input) => (input as HTMLInputElement).value),
    );
    expect(values).toEqual(['Hadad', 'Haddat, Al-Haddad']);
    await page.close();
  });
});

describe('frames', () => {
  it('frameset: the panel in the top document fills the form frame', async () => {
    const { page, panel } = await openAndPreview(family('frameset'), 'frameset', {
      surname: 'Oyelaran-Pfeil',
      forenames: 'Toma',
      date_of_birth: '2009-05-17',
    });
    const results = await confirmFill(panel);
    expect(results.surname.status).toBe('filled');
    expect(results.date_of_birth.status).toBe('filled');
    expect((await caseCheck(page)).pass).toBe(true);
    await page.close();
  });
});

describe('limits and restricted input', () => {
  it('maxlength: the preview shows the cut text and keeps the full one', async () => {
    const fullName = 'Brennecke-Ahlgrimm-Oberdorf';
    const { page, panel } = await openAndPreview(family('maxlength-name'), 'maxlength', {
      surname: fullName,
      forenames: 'Liesel',
    });
    const rows = await readPreview(panel);
    expect(rows.surname.plan).toBe('shortened');
    expect(rows.surname.write).toBe('Brennecke-Ah');
    const row = '[data-testid="preview-row"][data-field-id="surname"]';
    const cut = await panel.$eval(
      `${row} [data-testid="fill-cut"]`,
      (element) => element.textContent,
    );
    expect(cut).toContain('lgrimm-Oberdorf');
    const full = await panel.$eval(
      `${row} [data-testid="fill-full-text"]`,
      (element) => element.textContent,
    );
    expect(full).toBe(fullName);
    expect(await panel.$(`${row} [data-testid="fill-copy-full"]`)).not.toBeNull();

    const results = await confirmFill(panel);
    expect(results.surname.status).toBe('shortened');
    expect(results.forenames.status).toBe('filled');
    expect((await caseCheck(page)).pass).toBe(true);
    await page.close();
  });

  it('upper-case Latin: transliterations wait for the officer', async () => {
    const { page, panel } = await openAndPreview(family('uppercase-latin'), 'latin', {
      surname: 'Müller-Lüdenscheidt',
      forenames: 'Жанна',
      place_of_birth: 'Θεσσαλονίκη',
    });
    const rows = await readPreview(panel);
    expect(rows.surname.checked).toBe(false);
    expect(rows.surname.write).toBe('MULLER LUDENSCHEIDT');
    expect(rows.surname.text).toContain('Müller-Lüdenscheidt');
    expect(rows.forenames.write).toBe('ZHANNA');
    expect(rows.forenames.checked).toBe(false);
    expect(rows.place_of_birth.write).toBe('THESSALONIKI');

    const surname = '[data-testid="preview-row"][data-field-id="surname"]';
    await panel.select(`${surname} [data-testid="fill-spelling"]`, '1');
    for (const fieldId of ['surname', 'forenames', 'place_of_birth']) {
      const row = `[data-testid="preview-row"][data-field-id="${fieldId}"]`;
      await clickPanel(panel, `${row} [data-testid="fill-accept-transliteration"]`);
    }
    const accepted = await readPreview(panel);
    expect(accepted.surname.checked).toBe(true);
    expect(accepted.surname.write).toBe('MUELLER LUEDENSCHEIDT');

    const results = await confirmFill(panel);
    expect(results.surname.status).toBe('filled');
    expect(results.forenames.status).toBe('filled');
    const check = await caseCheck(page);
    expect(check.dom).toEqual({ fam: 'MUELLER LUEDENSCHEIDT', vor: 'ZHANNA', ort: 'THESSALONIKI' });
    expect(check.pass).toBe(true);
    await page.close();
  });
});

describe('choices that change the form', () => {
  it('radio with dependent rows: the rows it reveals fill in a second pass', async () => {
    const { page, panel } = await openAndPreview(family('radio-dependent-rows'), 'radio', {
      surname: 'Tesfaye',
      forenames: 'Selam',
      unaccompanied: true,
      care_centre_name: 'Centro Aurora',
      guardian_name: 'Avv. Lucia Berardi',
    });
    const first = await confirmFill(panel);
    expect(first.unaccompanied.status).toBe('filled');
    expect(first.care_centre_name).toBeUndefined();

    await clickPanel(panel, '[data-testid="fill-more"]');
    await panel.waitForSelector('[data-testid="fill-confirm"]');
    const rows = await readPreview(panel);
    expect(rows.care_centre_name.checked).toBe(true);
    expect(rows.guardian_name.checked).toBe(true);
    expect(rows.surname.checked).toBe(false);

    const second = await confirmFill(panel);
    expect(second.care_centre_name.status).toBe('filled');
    expect(second.guardian_name.status).toBe('filled');
    expect((await caseCheck(page)).pass).toBe(true);
    await page.close();
  });

  it('cascading selects: dependent rows wait for their options, then fill', async () => {
    const { page, panel } = await openAndPreview(family('cascading-selects'), 'cascade', {
      surname: 'Rossi',
      country_of_birth: 'ITA',
      place_of_birth: 'Bergamo',
      id_document_country: 'ITA',
      id_document_type: "Carta d'identità",
    });
    const rows = await readPreview(panel);
    expect(rows.place_of_birth.plan).toBe('waiting');
    expect(rows.place_of_birth.checked).toBe(true);
    expect(rows.id_document_type.plan).toBe('waiting');

    await clickPanel(panel, '[data-testid="fill-confirm"]');
    await waitForResult(panel, 'place_of_birth', 'waiting');
    await waitForResult(panel, 'country_of_birth', 'filled');
    // The officer picks the region, which is no catalogue field, while Vigila waits.
    await page.waitForFunction(() => document.querySelectorAll('#regione option').length > 1);
    await page.select('#regione', 'LOM');

    await waitForResult(panel, 'place_of_birth', 'filled');
    await waitForResult(panel, 'id_document_type', 'filled');
    await panel.waitForSelector('[data-testid="fill-done"]');
    const results = await readResults(panel);
    expect(results.place_of_birth.value).toBe('Bergamo');
    expect((await caseCheck(page)).pass).toBe(true);
    await page.close();
  });

  it('cascading selects: a list that never loads ends as needs-choice', async () => {
    const { page, panel } = await openAndPreview(family('cascading-selects'), 'cascade-idle', {
      country_of_birth: 'ITA',
      place_of_birth: 'Bergamo',
    });
    await clickPanel(panel, '[data-testid="fill-confirm"]');
    await waitForResult(panel, 'place_of_birth', 'waiting');
    await panel.waitForSelector('[data-testid="fill-done"]', { timeout: 15_000 });
    const results = await readResults(panel);
    expect(results.place_of_birth.status).toBe('needs-choice');
    expect(results.place_of_birth.text).toContain('5 seconds');
    await page.close();
  });
});

describe('undo', () => {
  it('undo restores the values from before the fill', async () => {
    const draft = await writeDraft(folder.path, 'undo', {
      surname: 'Vasquez-Lindqvist',
      forenames: 'Ilse',
      place_of_birth: 'Bad Kötzting',
    });
    const { page, panel } = await openWithDraft(session, family('vue-v-model'), draft);
    await page.type('#vor', 'Alt');
    await page.$eval('#vor', (input) => (input as HTMLInputElement).blur());
    await previewDraft(panel, 'undo');
    const rows = await readPreview(panel);
    expect(rows.forenames.checked).toBe(false);
    expect(rows.forenames.current).toBe('Alt');
    expect(rows.forenames.write).toBe('Ilse');
    expect(rows.surname.current).toBe('—');
    await setRowTicked(panel, 'forenames', true);
    await confirmFill(panel);
    expect(await page.$eval('#vor', (input) => (input as HTMLInputElement).value)).toBe('Ilse');

    // The officer corrects one field after the fill; undo keeps that correction.
    await page.click('#ort', { count: 3 });
    await page.type('#ort', 'Cham');
    const outcomes = await undoLastFill(panel);
    expect(outcomes.surname.status).toBe('restored');
    expect(outcomes.forenames.status).toBe('restored');
    expect(outcomes.place_of_birth.status).toBe('kept');

    const values = await page.$$eval('input', (inputs) =>
      inputs.map((input) => (input as HTMLInputElement).value),
    );
    expect(values).toEqual(['', 'Alt', 'Cham']);
    await page.click('#save');
    const check = await caseCheck(page);
    expect(check.model).toEqual({ fam: '', vor: 'Alt', ort: 'Cham' });
    await page.close();
  });

  it('undo restores the file list of a photo input', async () => {
    const sample = await readFile(
      new URL('../../cli/demo/sample-draft.json', import.meta.url),
      'utf8',
    );
    const photo = JSON.parse(sample).fields.facial_image;
    const draft = await writeDraft(folder.path, 'undo-photo', { facial_image: photo });
    const url = `${server.url}shared-cases/15-photo-file-upload.html`;
    const { page, panel } = await openWithDraft(session, url, draft, { pressAction: true });
    await previewDraft(panel, 'undo-photo');
    const results = await confirmFill(panel);
    expect(results.facial_image.status).toBe('filled');
    const count = () => page.$eval('#foto', (input) => (input as HTMLInputElement).files?.length);
    expect(await count()).toBe(1);

    const outcomes = await undoLastFill(panel);
    expect(outcomes.facial_image.status).toBe('restored');
    expect(await count()).toBe(0);
    await page.close();
  });

  it('undo restores cascading selects, last write first', async () => {
    const { page, panel } = await openAndPreview(family('cascading-selects'), 'undo-cascade', {
      id_document_country: 'ITA',
      id_document_type: "Carta d'identità",
    });
    await confirmFill(panel);
    expect(await page.$eval('#docTipo', (select) => (select as HTMLSelectElement).value)).toBe(
      'CI',
    );
    const outcomes = await undoLastFill(panel);
    expect(outcomes.id_document_type.status).toBe('restored');
    expect(outcomes.id_document_country.status).toBe('restored');
    expect(await page.$eval('#docStato', (select) => (select as HTMLSelectElement).value)).toBe('');
    await page.close();
  });
});

describe('the read-only date of case 11', () => {
  it('offers the page calendar instead of a write', async () => {
    const url = `${server.url}shared-cases/11-readonly-disabled-datepicker.html`;
    const { page, panel } = await openAndPreview(url, 'guided', {
      last_seen_at: '2024-06-14T10:30',
      surname: 'Hollweg',
    });
    const rows = await readPreview(panel);
    expect(rows.last_seen_at.plan).toBe('guided');
    expect(rows.last_seen_at.checked).toBe(false);
    expect(rows.last_seen_at.text).toContain('Set via the page’s calendar');

    await clickPanel(panel, '[data-field-id="last_seen_at"] [data-testid="fill-open-picker"]');
    await page.waitForFunction(() => document.activeElement?.id === 'cal');
    expect(await panel.$('[data-testid="fill-picker-missing"]')).toBeNull();

    const results = await confirmFill(panel);
    expect(results.last_seen_at.status).toBe('needs-choice');
    expect(results.surname.status).toBe('filled');
    expect(await page.$eval('#tz', (input) => (input as HTMLInputElement).value)).toBe('');
    expect((await caseCheck(page)).pass).toBe(true);
    await page.close();
  });
});

describe('capture', () => {
  it('capture: a registration page becomes a new draft', async () => {
    const draft = await writeDraft(folder.path, 'capture-seed', { surname: 'X' });
    const { page, panel } = await openWithDraft(session, family('registration'), draft);
    await clickPanel(panel, '[data-testid="capture-draft"]');
    await panel.waitForSelector('[data-testid="capture-done"]');
    const captured = await readCapture(panel);
    for (const fieldId of ['surname', 'forenames', 'date_of_birth', 'nationalities', 'sex']) {
      expect(captured[fieldId]?.status, fieldId).toBe('captured');
    }
    expect(captured.care_centre_name.status).toBe('captured');
    expect(captured.height_cm.status).toBe('unreadable');

    const found = await panel.waitForFunction(
      () => {
        const options = [...document.querySelectorAll('[data-testid="draft-select"] option')];
        const option = options.find((item) =>
          item.textContent?.startsWith('Aufnahme Jugendhilfe, '),
        );
        return (option as HTMLOptionElement | undefined)?.value;
      },
      { polling: 100 },
    );
    const draftId = (await found.jsonValue()) as string;
    await previewDraft(panel, draftId);
    const rows = await readPreview(panel);
    expect(rows.date_of_birth.write).toBe('03.04.2010');
    expect(rows.nationalities.write).toBe('Afghanistan');
    expect(rows.sex.write).toBe('männlich');
    expect(rows.surname.write).toBe('Haidari');
    await page.close();
  });
});
