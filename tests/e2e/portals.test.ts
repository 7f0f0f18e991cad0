import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fillFromPanel,
  launchWithExtension,
  readPanel,
  type AuditReport,
  type ExtensionSession,
  type FillOutcome,
} from './support/browser';
import { openWithDraft } from './support/cases';
import {
  PORTALS_DIR,
  PORTAL_NAMES,
  draftPath,
  loadTruth,
  selectSameElements,
  type PortalTruth,
} from './support/fixtures';
import { startServer, type StaticServer } from './support/server';
import { readFile } from 'node:fs/promises';

let session: ExtensionSession;
let server: StaticServer;

beforeAll(async () => {
  server = await startServer({ root: PORTALS_DIR });
  session = await launchWithExtension();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe.each(PORTAL_NAMES)('portal %s', (name) => {
  let truth: PortalTruth;
  let draftFields: Record<string, unknown>;
  let page: Page;
  let panel: Frame;
  let before: AuditReport;
  let fill: FillOutcome[];

  beforeAll(async () => {
    truth = await loadTruth(name);
    draftFields = JSON.parse(await readFile(draftPath(name), 'utf8')).fields;
    ({ page, panel } = await openWithDraft(session, `${server.url}${name}.html`, draftPath(name)));
    before = await readPanel(panel);
    fill = await fillFromPanel(panel, JSON.parse(await readFile(draftPath(name), 'utf8')).id);
  });

  afterAll(() => page?.close());

  it('finds every field of the page', () => {
    const missed = Object.keys(truth.fields).filter((id) => {
      const field = before.fields.find((candidate) => candidate.id === id);
      return !field || field.status === 'absent' || field.status === 'ambiguous';
    });
    expect(missed).toEqual([]);
  });

  it('reports no field the page lacks', () => {
    const extra = before.fields
      .filter((field) => field.status !== 'absent' && !(field.id in truth.fields))
      .map((field) => `${field.id} (${field.label})`);
    expect(extra).toEqual([]);
  });

  it('points each field at the right control', async () => {
    const wrong: string[] = [];
    for (const [id, expected] of Object.entries(truth.fields)) {
      const field = before.fields.find((candidate) => candidate.id === id);
      if (!field?.selector) continue;
      if (!(await selectSameElements(page.mainFrame(), field.selector, expected))) wrong.push(id);
    }
    expect(wrong).toEqual([]);
  });

  it('fills every field the draft holds', () => {
    const notFilled = fill
      .filter((outcome) => outcome.id in truth.fields && outcome.id in draftFields)
      .filter((outcome) => outcome.status !== 'filled')
      .map((outcome) => `${outcome.id}: ${outcome.status}`);
    expect(notFilled).toEqual([]);
  });

  it('shows the filled fields as present', async () => {
    const after = await readPanel(panel);
    const notPresent = after.fields
      .filter((field) => field.id in truth.fields && field.id in draftFields)
      .filter((field) => field.status !== 'present')
      .map((field) => `${field.id}: ${field.status}`);
    expect(notPresent).toEqual([]);
    expect(after.checklist.score ?? 0).toBeGreaterThan(before.checklist.score ?? 0);
  });
});
