/**
 * Label shapes of unseen portals through the panel of the built extension,
 * in Chromium or Firefox. Each page tests/fixtures/families/label-shapes-*.html
 * marks every catalogue control with `data-expect="<field id>"`, every part
 * of a split field and every radio of a group included. The checks read what
 * the officer sees in the panel: the field's row points at those controls, a
 * click on the row moves the focus to the first of them, and values entered
 * in them turn the row present. No row may point at an unmarked control, such
 * as a search box or a language switch.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORTED_STATUSES } from '../../cli/lib/detect-accuracy.mjs';
import {
  fillFromPanel,
  openPanel,
  readPanel,
  waitForPanelStable,
  type AuditReport,
} from './support/browser';
import { makeTempFolder, openWithDraft, waitForStatus, writeDraft } from './support/cases';
import { clickPanel } from './support/families';
import { startFixtureSession, type FixtureSession } from './support/fixture-session';
import { selectSameElements } from './support/fixtures';

const FAMILIES_DIR = fileURLToPath(new URL('../fixtures/families/', import.meta.url));

/** Fixture pages, by the part of their name after `label-shapes-`. */
const PAGES = [
  'bare-prompts',
  'bg-webforms',
  'bg-struts',
  'bracket-prompts',
  'checkbox-captions',
  'checkbox-rows',
  'de',
  'deep-widgets',
  'dotted-prompts',
  'es',
  'flag-lines',
  'fr',
  'grids',
  'hyphen-prompts',
  'it',
  'it-names',
  'leader-prompts',
  'lv',
  'lv-forms',
  'mt',
  'no-code',
  'numbered',
  'numbered-attributes',
  'pl',
  'pl-components',
  'pt',
  'pt-forms',
  'repeaters',
  'row-lists',
  'spaced-prompts',
  'terminal',
];

function pageFile(name: string): string {
  return `label-shapes-${name}.html`;
}

/** A marked control of a fixture: its field and whether it has a `data-sample`. */
interface MarkedControl {
  fieldId: string;
  sample: boolean;
}

/** Reads the marked form controls of a fixture's markup, in document order. */
function markedControls(name: string): MarkedControl[] {
  const html = readFileSync(`${FAMILIES_DIR}${pageFile(name)}`, 'utf8');
  const tags = html.match(/<(?:input|select|textarea)\b[^>]*>/g) ?? [];
  return tags.flatMap((tag) => {
    const fieldId = /\sdata-expect="([^"]*)"/.exec(tag)?.[1];
    return fieldId ? [{ fieldId, sample: /\sdata-sample="/.test(tag) }] : [];
  });
}

/** Returns the fields marked in a fixture, once each, in document order. */
function markedFields(name: string): string[] {
  return [...new Set(markedControls(name).map((control) => control.fieldId))];
}

/** Returns the fields of a fixture with at least one sample. */
function sampledFields(name: string): string[] {
  const controls = markedControls(name).filter((control) => control.sample);
  return [...new Set(controls.map((control) => control.fieldId))];
}

/** Returns the `data-expect-ambiguous` value of a fixture: the candidate field ids, sorted. */
function ambiguousCandidates(name: string): string | undefined {
  const html = readFileSync(`${FAMILIES_DIR}${pageFile(name)}`, 'utf8');
  return /\sdata-expect-ambiguous="([^"]*)"/.exec(html)?.[1];
}

function rowSelector(fieldId: string): string {
  return `[data-testid="check-item"][data-field-id="${fieldId}"]`;
}

function expectedControls(fieldId: string): string {
  return `[data-expect="${fieldId}"]`;
}

/**
 * Enters each marked control's `data-sample` as the officer would: picks
 * the option of a select, clicks a checkbox or radio, types into a box.
 */
async function enterSamples(page: Page, fieldId: string): Promise<void> {
  const controls = await page.$$(`${expectedControls(fieldId)}[data-sample]`);
  for (const control of controls) {
    const { tag, type, sample } = await control.evaluate((element) => ({
      tag: element.tagName,
      type: element.getAttribute('type'),
      sample: element.getAttribute('data-sample') ?? '',
    }));
    if (tag === 'SELECT') await control.select(sample);
    else if (type === 'checkbox' || type === 'radio') await control.click();
    else await control.type(sample);
    await control.evaluate((element) => (element as HTMLElement).blur());
  }
}

/** Lists the reported rows that select a control not marked with their field. */
async function rowsAtUnmarkedControls(page: Page, report: AuditReport): Promise<string[]> {
  const wrong: string[] = [];
  for (const field of report.fields) {
    if (!REPORTED_STATUSES.has(field.status) || field.selector === null) continue;
    const marked = await page.evaluate(
      (selectors: string[], fieldId: string) =>
        selectors
          .flatMap((selector) => [...document.querySelectorAll(selector)])
          .every((element) => element.getAttribute('data-expect') === fieldId),
      [field.selector].flat(),
      field.id,
    );
    if (!marked) {
      wrong.push(`${field.id} at ${[field.selector].flat().join(', ')} ("${field.label}")`);
    }
  }
  return wrong;
}

let fixtures: FixtureSession;

beforeAll(async () => {
  fixtures = await startFixtureSession({ root: FAMILIES_DIR, sharedCasesDir: null });
});

afterAll(() => fixtures?.close());

describe.each(PAGES)('label shapes %s', (name) => {
  let page: Page;
  let panel: Frame;
  let report: AuditReport;

  beforeAll(async () => {
    page = await fixtures.session.browser.newPage();
    await page.setViewport({ width: 1600, height: 1000 });
    await page.goto(`${fixtures.server.url}${pageFile(name)}`, { waitUntil: 'load' });
    panel = await openPanel(page, { extensionId: fixtures.session.extensionId });
    await waitForPanelStable(panel, { quietMs: 800, timeoutMs: 10_000 });
    report = await readPanel(panel);
  });

  afterAll(() => page?.close());

  it('reports no row at an unmarked control', async () => {
    expect(await rowsAtUnmarkedControls(page, report)).toEqual([]);
  });

  describe.each(markedFields(name))('%s', (fieldId) => {
    it('row points at the marked controls', async () => {
      const field = report.fields.find((candidate) => candidate.id === fieldId);
      expect(REPORTED_STATUSES).toContain(field?.status);
      const selector = field?.selector ?? [];
      const same = await selectSameElements(page.mainFrame(), selector, expectedControls(fieldId));
      expect(same, `the row selects ${JSON.stringify(selector)}`).toBe(true);
    });

    it('row click focuses the first control', async () => {
      await clickPanel(panel, `${rowSelector(fieldId)} button`);
      const focused = await page.waitForFunction(
        (selector: string) => document.activeElement === document.querySelector(selector),
        { timeout: 5_000, polling: 100 },
        expectedControls(fieldId),
      );
      expect(await focused.jsonValue()).toBe(true);
    });
  });

  describe.each(sampledFields(name))('%s', (fieldId) => {
    it('row turns present after input', async () => {
      const before = await readPanel(panel);
      expect(before.fields.find((field) => field.id === fieldId)?.status).toBe('missing');
      await enterSamples(page, fieldId);
      await waitForStatus(panel, fieldId, 'present');
    });
  });
});

describe('ambiguous label', () => {
  const name = 'de';
  const ambiguousControl = '[data-expect-ambiguous]';
  const candidates = ambiguousCandidates(name);
  let folder: Awaited<ReturnType<typeof makeTempFolder>>;
  let page: Page;
  let panel: Frame;

  beforeAll(async () => {
    folder = await makeTempFolder();
    const draft = await writeDraft(folder.path, 'label-shapes-de', {
      surname: 'Rezai',
      name_at_birth: 'Rezaei',
      forenames: 'Ali',
    });
    const url = `${fixtures.server.url}${pageFile(name)}`;
    ({ page, panel } = await openWithDraft(fixtures.session, url, draft));
    await waitForPanelStable(panel, { quietMs: 800, timeoutMs: 10_000 });
  });

  afterAll(async () => {
    await page?.close();
    await folder?.remove();
  });

  it('lists the control with both candidates', async () => {
    const items = await panel.$$eval('[data-testid="ambiguous-item"]', (elements) =>
      elements.map((element) => ({ ...(element as HTMLElement).dataset })),
    );
    const matching = [];
    for (const item of items) {
      const selectors = JSON.parse(item.selector ?? '[]') as string[];
      if (await selectSameElements(page.mainFrame(), selectors, ambiguousControl)) {
        matching.push(item);
      }
    }
    expect(matching).toHaveLength(1);
    expect(matching[0].candidates?.split(' ').sort().join(' ')).toBe(candidates);
  });

  it('fill leaves the control empty', async () => {
    const outcomes = await fillFromPanel(panel, 'label-shapes-de');
    const forenames = outcomes.find((outcome) => outcome.id === 'forenames');
    expect(forenames?.status).toBe('filled');
    const value = await page.$eval(ambiguousControl, (input) => (input as HTMLInputElement).value);
    expect(value).toBe('');
  });
});
