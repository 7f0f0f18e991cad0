import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Frame } from 'puppeteer-core';

/** Folder of the fixture portals, served at `/` by the tests' server. */
export const PORTALS_DIR = fileURLToPath(new URL('../../fixtures/portals/', import.meta.url));

/** Folder of the fixture drafts, one `<portal name>.json` per portal. */
export const DRAFTS_DIR = fileURLToPath(new URL('../../fixtures/drafts/', import.meta.url));

/** Names of the fixture portals, each with `<name>.html` and `<name>.truth.json`. */
export const PORTAL_NAMES = ['de-modern', 'en-aspnet', 'it-tabella'] as const;

export type PortalName = (typeof PORTAL_NAMES)[number];

/** Selector of a catalogue field's control, or one per control of a split field. */
export type TruthSelector = string | string[];

/** Every control of a fixture that is a catalogue field, by field id. */
export interface PortalTruth {
  fields: Record<string, TruthSelector>;
}

export async function loadTruth(name: PortalName): Promise<PortalTruth> {
  const text = await readFile(path.join(PORTALS_DIR, `${name}.truth.json`), 'utf8');
  return JSON.parse(text) as PortalTruth;
}

export function draftPath(name: PortalName): string {
  return path.join(DRAFTS_DIR, `${name}.json`);
}

/**
 * Tells whether two selectors, or two lists of them, pick the same elements
 * in the same order in a frame. Selectors written differently, such as an
 * id and a name selector, compare equal when they pick the same controls.
 * NOTE: a selector that enters a shadow root with `>>>` is not supported.
 */
export async function selectSameElements(
  frame: Frame,
  first: TruthSelector,
  second: TruthSelector,
): Promise<boolean> {
  const firstList = typeof first === 'string' ? [first] : first;
  const secondList = typeof second === 'string' ? [second] : second;
  return frame.evaluate(
    (a: string[], b: string[]) => {
      const pick = (selectors: string[]) =>
        selectors.flatMap((selector) => [...document.querySelectorAll(selector)]);
      const left = pick(a);
      const right = pick(b);
      return (
        left.length > 0 &&
        left.length === right.length &&
        left.every((element, index) => element === right[index])
      );
    },
    firstList,
    secondList,
  );
}
