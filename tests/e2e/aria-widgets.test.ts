/**
 * Controls drawn as ARIA widgets, through the panel of the built extension
 * in Chromium or Firefox. The page tests/fixtures/families/aria-widgets.html
 * has a switch, a `role="checkbox"`, a `radiogroup` and a row of
 * `aria-pressed` buttons, each marked with `data-expect="<field id>"`. Its
 * lone language button is no field. The page's own script sets the widgets' state on
 * click, as the frameworks do.
 */
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORTED_STATUSES } from '../../cli/lib/detect-accuracy.mjs';
import { fillFromPanel, openPanel, readPanel, waitForPanelStable } from './support/browser';
import { makeTempFolder, openWithDraft, waitForStatus, writeDraft } from './support/cases';
import { startFixtureSession, type FixtureSession } from './support/fixture-session';
import { selectSameElements } from './support/fixtures';

const FAMILIES_DIR = fileURLToPath(new URL('../fixtures/families/', import.meta.url));
const PAGE = 'aria-widgets.html';
const DRAFT_ID = 'aria-widgets';

/** Fields of the page's widgets, each at the elements marked with its id. */
const WIDGET_FIELDS = ['date_of_birth_estimated', 'sex', 'unaccompanied', 'guardian_status'];

let fixtures: FixtureSession;
let folder: Awaited<ReturnType<typeof makeTempFolder>>;
let draftFile: string;

beforeAll(async () => {
  fixtures = await startFixtureSession({ root: FAMILIES_DIR, sharedCasesDir: null });
  folder = await makeTempFolder();
  draftFile = await writeDraft(folder.path, DRAFT_ID, {
    surname: 'Rezai',
    forenames: 'Ali',
    date_of_birth: '2011-04-02',
    date_of_birth_estimated: true,
    sex: 'F',
    unaccompanied: true,
    guardian_status: 'NOT_YET_APPOINTED',
  });
});

afterAll(async () => {
  await fixtures?.close();
  await folder?.remove();
});

/** Opens the fixture page in a new tab and returns its panel once it has settled. */
async function openFixture(): Promise<{ page: Page; panel: Frame }> {
  const page = await fixtures.session.browser.newPage();
  await page.setViewport({ width: 1600, height: 1000 });
  await page.goto(`${fixtures.server.url}${PAGE}`, { waitUntil: 'load' });
  const panel = await openPanel(page, { extensionId: fixtures.session.extensionId });
  await waitForPanelStable(panel, { quietMs: 800, timeoutMs: 10_000 });
  return { page, panel };
}

/** Waits until a panel rule item shows the given status. */
async function waitForRule(panel: Frame, ruleId: string, status: string): Promise<void> {
  await panel.waitForSelector(
    `[data-testid="rule-item"][data-rule-id="${ruleId}"][data-status="${status}"]`,
    { timeout: 10_000 },
  );
}

/** Reads the state attribute of each marked element of a field. */
function widgetStates(page: Page, fieldId: string): Promise<(string | null)[]> {
  return page.$$eval(`[data-expect="${fieldId}"]`, (elements) =>
    elements.map(
      (element) => element.getAttribute('aria-checked') ?? element.getAttribute('aria-pressed'),
    ),
  );
}

describe('panel listing', () => {
  let page: Page;
  let panel: Frame;

  beforeAll(async () => {
    ({ page, panel } = await openFixture());
  });

  afterAll(() => page?.close());

  it.each(WIDGET_FIELDS)('row of %s points at the marked widgets', async (fieldId) => {
    const report = await readPanel(panel);
    const field = report.fields.find((candidate) => candidate.id === fieldId);
    expect(REPORTED_STATUSES).toContain(field?.status);
    const selector = field?.selector ?? [];
    const same = await selectSameElements(page.mainFrame(), selector, `[data-expect="${fieldId}"]`);
    expect(same, `the row selects ${JSON.stringify(selector)}`).toBe(true);
  });

  it('reports no row at the language button', async () => {
    const report = await readPanel(panel);
    const atLanguage = [];
    for (const field of report.fields) {
      if (field.selector === null) continue;
      const selectors = [field.selector].flat();
      const hits = await page.evaluate(
        (list: string[]) =>
          list.some((selector) => document.querySelector(selector)?.id === 'lang-de'),
        selectors,
      );
      if (hits) atLanguage.push(field.id);
    }
    expect(atLanguage).toEqual([]);
  });

  it('toggle button click by hand turns its row present', async () => {
    await waitForStatus(panel, 'sex', 'missing');
    await page.click('#sex-f');
    await waitForStatus(panel, 'sex', 'present');
  });

  // A boolean field is present checked or not, so the checkbox and the radio
  // show through a rule: an unaccompanied minor needs a guardian, or the
  // guardian status "not yet appointed".
  it('checkbox click by hand fails the guardian rule', async () => {
    await waitForRule(panel, 'guardian_recorded', 'pass');
    await page.click('#unaccompanied');
    await waitForRule(panel, 'guardian_recorded', 'fail');
  });

  it('radio click by hand passes the guardian rule', async () => {
    await page.click('#guardian-no');
    await waitForRule(panel, 'guardian_recorded', 'pass');
  });

  it('radio click by hand turns its row present', async () => {
    await waitForStatus(panel, 'guardian_status', 'present');
  });

  it('second checkbox click clears the rule', async () => {
    await page.click('#guardian-yes');
    await waitForRule(panel, 'guardian_recorded', 'fail');
    await page.click('#unaccompanied');
    await waitForRule(panel, 'guardian_recorded', 'pass');
  });
});

describe('fill from a draft', () => {
  let page: Page;
  let panel: Frame;
  let outcomes: Awaited<ReturnType<typeof fillFromPanel>>;

  beforeAll(async () => {
    ({ page, panel } = await openWithDraft(
      fixtures.session,
      `${fixtures.server.url}${PAGE}`,
      draftFile,
    ));
    await waitForPanelStable(panel, { quietMs: 800, timeoutMs: 10_000 });
    outcomes = await fillFromPanel(panel, DRAFT_ID);
  });

  afterAll(() => page?.close());

  it.each(WIDGET_FIELDS)('%s is filled', (fieldId) => {
    const outcome = outcomes.find((candidate) => candidate.id === fieldId);
    expect(outcome?.status).toBe('filled');
  });

  it('switch is checked', async () => {
    expect(await widgetStates(page, 'date_of_birth_estimated')).toEqual(['true']);
  });

  it('checkbox is checked', async () => {
    expect(await widgetStates(page, 'unaccompanied')).toEqual(['true']);
  });

  it('Female is the pressed button', async () => {
    expect(await widgetStates(page, 'sex')).toEqual(['false', 'true', 'false']);
  });

  it('No is the checked radio', async () => {
    expect(await widgetStates(page, 'guardian_status')).toEqual(['false', 'true']);
  });

  it('language button stays unpressed', async () => {
    expect(await page.$eval('#lang-de', (button) => button.getAttribute('aria-pressed'))).toBe(
      'false',
    );
  });

  it('rows turn present', async () => {
    for (const fieldId of WIDGET_FIELDS) await waitForStatus(panel, fieldId, 'present');
  });
});

describe('point-and-click mapping', () => {
  let page: Page;
  let panel: Frame;

  /** Reads a check item's data attributes. */
  function checkItem(fieldId: string): Promise<Record<string, string | undefined>> {
    return panel.$eval(`[data-testid="check-item"][data-field-id="${fieldId}"]`, (item) => ({
      ...(item as HTMLElement).dataset,
    }));
  }

  /** Chooses a field in mapping mode, clicks the page element and waits for the profile's pin. */
  async function mapByClick(fieldId: string, target: string): Promise<void> {
    await panel.click(`[data-testid="check-item"][data-field-id="${fieldId}"] button`);
    await panel.waitForSelector(`[data-testid="mapping-field"][data-field-id="${fieldId}"]`);
    await page.click(target);
    await panel.waitForSelector(
      `[data-testid="check-item"][data-field-id="${fieldId}"][data-source="profile"]`,
      { timeout: 10_000 },
    );
  }

  beforeAll(async () => {
    ({ page, panel } = await openFixture());
    await panel.click('[data-testid="mapping-start"]');
  });

  afterAll(() => page?.close());

  it('maps a switch clicked inside', async () => {
    await mapByClick('date_of_birth_estimated', '#dob-estimated-button .mdc-switch__track');
    const item = await checkItem('date_of_birth_estimated');
    expect(item.selector).toBe(JSON.stringify(['#dob-estimated-button']));
  });

  it('maps a toggle button row', async () => {
    await mapByClick('sex', '#sex-u span');
    const item = await checkItem('sex');
    const selectors = JSON.parse(item.selector ?? '[]') as string[];
    const same = await selectSameElements(page.mainFrame(), selectors, '[data-expect="sex"]');
    expect(same, `the row selects ${item.selector}`).toBe(true);
  });

  it('keeps the mapping clicks from the page', async () => {
    expect(await widgetStates(page, 'date_of_birth_estimated')).toEqual(['false']);
    expect(await widgetStates(page, 'sex')).toEqual(['false', 'false', 'false']);
  });
});
