/**
 * Detection on every fixture portal, without a browser: each frame's document
 * is scanned, and every control the scan assigns a field is checked against
 * the portal's truth file. The panel shows one control per field, but this
 * test checks every claim, so a second control that claims a field it does
 * not contain (and that a fill would write) fails here too.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { scanDocument } from '../../utils/detect';
import { loadMarkup } from './detect-helpers';

const PORTALS_DIR = path.resolve(process.cwd(), 'tests/fixtures/portals');
const TRUTH_SUFFIX = '.truth.json';

interface PortalTruth {
  fields: Record<string, string | string[]>;
  frames?: Record<string, string>;
  /** Buttons to click in order, such as a wizard's "Next". The scan runs after each click. */
  steps?: string[];
}

const PORTALS = readdirSync(PORTALS_DIR)
  .filter((file) => file.endsWith(TRUTH_SUFFIX))
  .map((file) => file.slice(0, -TRUTH_SUFFIX.length))
  .sort();

function readPortalFile(file: string): string {
  return readFileSync(path.join(PORTALS_DIR, file), 'utf8');
}

/** One document of a portal, with the truth fields that live in it. */
interface PortalDocument {
  file: string;
  fields: Record<string, string | string[]>;
  steps: string[];
}

/** Splits a portal into its documents: the top page and each frame's page. */
function portalDocuments(name: string, truth: PortalTruth): PortalDocument[] {
  const html = readPortalFile(`${name}.html`);
  const top: PortalDocument = { file: `${name}.html`, fields: {}, steps: truth.steps ?? [] };
  const documents = [top];
  const byFrame = new Map<string, PortalDocument>();

  const page = new DOMParser().parseFromString(withInertFrames(html), 'text/html');
  for (const element of page.querySelectorAll('x-frame[src], x-iframe[src]')) {
    const document = { file: element.getAttribute('src') ?? '', fields: {}, steps: [] };
    documents.push(document);
    for (const [fieldId, frameSelector] of Object.entries(truth.frames ?? {})) {
      if (page.querySelector(inertFrameSelector(frameSelector)) === element) {
        byFrame.set(fieldId, document);
      }
    }
  }
  for (const [fieldId, selector] of Object.entries(truth.fields)) {
    (byFrame.get(fieldId) ?? top).fields[fieldId] = selector;
  }
  return documents;
}

/** Renames frame and iframe tags to custom elements, so the test window does not load them. */
function withInertFrames(html: string): string {
  return html.replace(/(<\/?)(i?frame)\b/gi, '$1x-$2');
}

/** Renames the frame and iframe type selectors of a selector the same way. */
function inertFrameSelector(selector: string): string {
  return selector.replace(/(^|[\s>+~,])(i?frame)\b/gi, '$1x-$2');
}

function pick(doc: Document, selectors: string | string[]): Element[] {
  return [selectors].flat().flatMap((selector) => [...doc.querySelectorAll(selector)]);
}

function sameElements(first: Element[], second: Element[]): boolean {
  return (
    first.length > 0 &&
    first.length === second.length &&
    first.every((element, index) => element === second[index])
  );
}

/**
 * Runs the inline scripts of a page whose truth clicks steps, so that its
 * buttons work. loadMarkup leaves scripts out, and other pages need none.
 */
function runPageScripts(html: string): void {
  for (const match of html.matchAll(/<script>([\s\S]*?)<\/script>/g)) {
    new Function(match[1])();
  }
}

/** Scans a document, then clicks each step and scans again, as the benchmark does. */
function scanWithSteps(document: PortalDocument) {
  const html = withInertFrames(readPortalFile(document.file));
  const doc = loadMarkup(html);
  if (document.steps.length > 0) runPageScripts(html);
  const fields = [...scanDocument(doc).fields];
  for (const step of document.steps) {
    const button = doc.querySelector<HTMLElement>(step);
    if (!button) throw new Error(`Step button not found: ${step} in ${document.file}`);
    button.click();
    fields.push(...scanDocument(doc).fields);
  }
  return { doc, fields };
}

/** Scans a document and lists the claims that disagree with its truth fields. */
function compareDocument(document: PortalDocument) {
  const { doc, fields } = scanWithSteps(document);
  const found = new Set<string>();
  const wrong: string[] = [];

  for (const field of fields) {
    if (field.ambiguousWith?.length) continue;
    const expected = document.fields[field.fieldId];
    if (expected && sameElements(pick(doc, field.selectors), pick(doc, expected))) {
      found.add(field.fieldId);
    } else {
      wrong.push(`${field.fieldId} at ${field.selectors.join(', ')} ("${field.label}")`);
    }
  }
  const missed = Object.keys(document.fields).filter((fieldId) => !found.has(fieldId));
  return { missed, wrong };
}

describe.each(PORTALS)('fixture portal %s', (name) => {
  const truth = JSON.parse(readPortalFile(`${name}${TRUTH_SUFFIX}`)) as PortalTruth;
  const documents = portalDocuments(name, truth);

  test.each(documents.map((document) => document.file))('%s finds every field', (file) => {
    const document = documents.find((candidate) => candidate.file === file) as PortalDocument;
    expect(compareDocument(document).missed).toEqual([]);
  });

  test.each(documents.map((document) => document.file))('%s claims no other control', (file) => {
    const document = documents.find((candidate) => candidate.file === file) as PortalDocument;
    expect(compareDocument(document).wrong).toEqual([]);
  });
});
