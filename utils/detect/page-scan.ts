/**
 * The page's part of a scan: collect the controls in one pass, infer their
 * labels, join split fields, and describe each unit with its selector and
 * current value. It reads the DOM and classifies nothing, so the content
 * script carries no field vocabulary.
 */
import type { PageValue } from '../messaging/page-model';
import type { TreeRoot } from './dom';
import type { FrameScan, ScannedField, ScannedUnit } from './frame-scan';
import type { LabelCache } from './label-cache';
import { neighbourLabelSteps } from './neighbour-labels';
import { readPageValue } from './page-value';
import { type SelectorLookup, buildSelector } from './selector';
import { areNeighbours, splitFieldSteps } from './split-fields';
import { type Steps, runSteps } from './steps';
import { type ControlUnit, unitSteps } from './units';
import { type TreeIndex, collectSteps } from './walk';

export interface PageScanOptions {
  /** chrome.dom.openOrClosedShadowRoot in Chromium, the element.openOrClosedShadowRoot property in Firefox. */
  openClosedShadowRoot?: (host: Element) => ShadowRoot | null;
  /** Label readings kept from the previous scan of this document. */
  labelCache?: LabelCache;
}

export interface PageScan {
  /** Scan the page sends for classification. */
  scan: FrameScan;
  /** Control key to its element(s): a radio or checkbox group lists every input in order. */
  elements: Map<string, Element[]>;
}

/** Scans one document's controls into field units, with open and, through the callback, closed shadow roots. */
export function scanPage(doc: Document, options: PageScanOptions = {}): PageScan {
  return runSteps(pageScanSteps(doc, options));
}

/** Runs `scanPage` as steps, with pauses between controls. */
export function* pageScanSteps(doc: Document, options: PageScanOptions = {}): Steps<PageScan> {
  const collection = yield* collectSteps(doc, options);
  options.labelCache?.applyChanges();
  const units = yield* unitSteps(collection, options.labelCache);
  yield* neighbourLabelSteps(units);
  const fieldUnits = yield* splitFieldSteps(units);

  const lookup = indexLookup(collection.index);
  const positions = new Map<Element, number>();
  const unitPositions = new Map(units.map((unit, position) => [unit, position]));
  const fields: ScannedField[] = [];
  for (const fieldUnit of fieldUnits) {
    const parts = fieldUnit.parts.map((unit) => {
      const position = unitPositions.get(unit) as number;
      const previous = units[position - 1];
      const describe = { lookup, positions, position, previous };
      return describeUnit(unit, describe);
    });
    const field: ScannedField = { parts };
    if (fieldUnit.roles) field.roles = fieldUnit.roles;
    if (fieldUnit.tentative) field.tentative = true;
    fields.push(field);
    yield;
  }

  const scan: FrameScan = { fields, closedRootsUnread: collection.closedRootsUnread };
  const lang = doc.documentElement?.getAttribute('lang');
  if (lang) scan.lang = lang;
  return { scan, elements: new Map(units.map((unit) => [unit.key, unit.elements])) };
}

interface UnitPlace {
  lookup: SelectorLookup;
  positions: Map<Element, number>;
  position: number;
  previous: ControlUnit | undefined;
}

function describeUnit(unit: ControlUnit, place: UnitPlace): ScannedUnit {
  return {
    position: place.position,
    followsNeighbour: place.previous ? areNeighbours(place.previous, unit) : false,
    info: unit.info,
    selector: unitSelector(unit, place.lookup, place.positions),
    evidence: unit.evidence,
    context: unit.context,
    dateLike: unit.dateLike,
    value: unitValue(unit),
  };
}

/** Reads a unit's value; a group's choices take the option texts found by the scan. */
function unitValue(unit: ControlUnit): PageValue {
  const { kind, options } = unit.info;
  if ((kind === 'radio-group' || kind === 'checkbox-group') && options) {
    const selected = unit.elements.flatMap((element, index) =>
      (element as HTMLInputElement).checked ? [options[index]] : [],
    );
    return { kind: 'options', selected };
  }
  return readPageValue(unit.elements, kind);
}

/**
 * Returns a unit's selector. For a group it matches all its inputs when their
 * name is unique to the group in its root, else it is the first input's.
 */
function unitSelector(
  unit: ControlUnit,
  lookup: SelectorLookup,
  positions: Map<Element, number>,
): string {
  const [first] = unit.elements;
  const name = first.getAttribute('name');
  const group = unit.elements.length;
  if (group > 1 && name && lookup.nameCount(unit.root, 'INPUT', name) === group) {
    const byName = `input[name="${name.replace(/["\\]/g, '\\$&')}"]`;
    if (!('host' in unit.root)) return byName;
    return `${buildSelector(unit.root.host, lookup, positions)} >>> ${byName}`;
  }
  return buildSelector(first, lookup, positions);
}

/** Returns a selector lookup over the counts that the walk built. */
function indexLookup(index: TreeIndex): SelectorLookup {
  const count = (counts: TreeIndex['idCounts'], root: unknown, key: string) =>
    counts.get(root as TreeRoot)?.get(key) ?? 0;
  return {
    idCount: (root, id) => count(index.idCounts, root, id),
    nameCount: (root, tag, name) => count(index.nameCounts, root, `${tag} ${name}`),
    tagCount: (root, tag) => count(index.tagCounts, root, tag),
  };
}
