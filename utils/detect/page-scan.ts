/**
 * The page's part of a scan: collect the controls in one pass, read their
 * labels, and describe each unit with its selector, current value and place
 * in the document. It reads the DOM and leaves every analysis of the texts
 * it collected to the classifier, so the content script carries no field
 * vocabulary.
 */
import type { PageValue } from '../messaging/page-model';
import { isChoiceChecked } from './aria-widgets';
import type { TreeRoot } from './dom';
import { closestTag, isFormControl, isShadowRoot } from './dom';
import { MAX_NEAR_ANCESTORS, type FrameScan, type ScannedUnit } from './frame-scan';
import type { LabelCache } from './label-cache';
import { readPageValue } from './page-value';
import { type SelectorLookup, buildSelector } from './selector';
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

/** Scans one document's controls into control units, with open and, through the callback, closed shadow roots. */
export function scanPage(doc: Document, options: PageScanOptions = {}): PageScan {
  return runSteps(pageScanSteps(doc, options));
}

/** Runs `scanPage` as steps, with pauses between controls. */
export function* pageScanSteps(doc: Document, options: PageScanOptions = {}): Steps<PageScan> {
  const collection = yield* collectSteps(doc, options);
  options.labelCache?.applyChanges();
  const units = yield* unitSteps(collection, options.labelCache);

  const place: UnitPlace = {
    lookup: indexLookup(collection.index),
    positions: new Map(),
    numbers: new Map(),
  };
  const scanned: ScannedUnit[] = [];
  for (let position = 0; position < units.length; position++) {
    scanned.push(describeUnit(units[position], place));
    if (position % UNITS_DESCRIBED_PER_STEP === UNITS_DESCRIBED_PER_STEP - 1) yield;
  }

  const scan: FrameScan = { units: scanned, closedRootsUnread: collection.closedRootsUnread };
  const lang = doc.documentElement?.getAttribute('lang');
  if (lang) scan.lang = lang;
  return { scan, elements: new Map(units.map((unit) => [unit.key, unit.elements])) };
}

/** Units described between two pauses. */
const UNITS_DESCRIBED_PER_STEP = 10;

/** How far up from a control its table row may be, as inputs often sit in a span or div. */
const MAX_CELL_DEPTH = 5;

interface UnitPlace {
  lookup: SelectorLookup;
  positions: Map<Element, number>;
  /** Number of each ancestor that a unit's `near` or `row` names, in the order first met. */
  numbers: Map<Element, number>;
}

function describeUnit(unit: ControlUnit, place: UnitPlace): ScannedUnit {
  const [first] = unit.elements;
  const scanned: ScannedUnit = {
    info: unit.info,
    selector: unitSelector(unit, place.lookup, place.positions),
    evidence: unit.evidence,
    context: unit.context,
    value: unitValue(unit),
    near: nearAncestors(first, place.numbers),
  };
  const row = closestTag(first, 'TR', MAX_CELL_DEPTH);
  if (row) scanned.row = numberOf(row, place.numbers);
  if (unit.select) scanned.select = unit.select;
  return scanned;
}

/** Returns the numbers of an element's closest ancestors, nearest first. */
function nearAncestors(element: Element, numbers: Map<Element, number>): number[] {
  const near: number[] = [];
  let current = element.parentElement;
  for (let level = 0; current && level < MAX_NEAR_ANCESTORS; level++) {
    near.push(numberOf(current, numbers));
    current = current.parentElement;
  }
  return near;
}

function numberOf(element: Element, numbers: Map<Element, number>): number {
  let number = numbers.get(element);
  if (number === undefined) {
    number = numbers.size;
    numbers.set(element, number);
  }
  return number;
}

/** Reads a unit's value; a group's choices take the option texts found by the scan. */
function unitValue(unit: ControlUnit): PageValue {
  const { kind, options } = unit.info;
  if ((kind === 'radio-group' || kind === 'checkbox-group') && options) {
    const selected = unit.elements.flatMap((element, index) =>
      isChoiceChecked(element) ? [options[index]] : [],
    );
    return { kind: 'options', selected };
  }
  return readPageValue(unit.elements, kind);
}

/**
 * Returns a unit's selector. For a group it matches all its inputs when their
 * name, or their name and type, is unique to the group in its root. Yii, Rails
 * and Struts put a hidden input of the same name before a radio list, so that
 * only the type distinguishes the radios. Checkboxes with names of their own
 * get a list of their selectors, and other groups the first input's.
 */
function unitSelector(
  unit: ControlUnit,
  lookup: SelectorLookup,
  positions: Map<Element, number>,
): string {
  const [first] = unit.elements;
  if (unit.elements.length > 1 && !isFormControl(first)) {
    return widgetGroupSelector(unit.elements, lookup, positions);
  }
  const name = first.getAttribute('name');
  const group = unit.elements.length;
  // Only a name that every member has selects the group: ASP.NET MVC puts a hidden input of
  // the same name beside each checkbox, so one checkbox's name can match two inputs.
  const byName =
    name && group > 1 && sharesName(unit) ? groupSelector(unit, lookup, name) : undefined;
  if (!byName && group > 1 && unit.info.kind === 'checkbox-group' && !sharesName(unit)) {
    return widgetGroupSelector(unit.elements, lookup, positions);
  }
  if (!byName) return buildSelector(first, lookup, positions);
  if (!isShadowRoot(unit.root)) return byName;
  return `${buildSelector(unit.root.host, lookup, positions)} >>> ${byName}`;
}

/**
 * Returns a selector list that matches every member of a group that has no
 * shared name, as ARIA widgets: `#sex-m, #sex-f` or `host >>> #sex-m, #sex-f`.
 * A group's members share one tree root, so only their last steps differ.
 */
function widgetGroupSelector(
  elements: readonly Element[],
  lookup: SelectorLookup,
  positions: Map<Element, number>,
): string {
  const steps = elements.map((element) => buildSelector(element, lookup, positions).split(' >>> '));
  const hosts = steps[0].slice(0, -1);
  const last = steps.map((path) => path[path.length - 1]);
  return [...hosts, last.join(', ')].join(' >>> ');
}

/** Tells whether all inputs of a group have one name. */
function sharesName(unit: ControlUnit): boolean {
  const name = unit.elements[0].getAttribute('name');
  return name !== null && unit.elements.every((element) => element.getAttribute('name') === name);
}

/** Returns a selector of a group's inputs by name, with their type where others share the name. */
function groupSelector(
  unit: ControlUnit,
  lookup: SelectorLookup,
  name: string,
): string | undefined {
  const group = unit.elements.length;
  const quoted = name.replace(/["\\]/g, '\\$&');
  const count = lookup.nameCount(unit.root, 'INPUT', name);
  if (count === group) return `input[name="${quoted}"]`;

  const type = unit.elements[0].getAttribute('type')?.toLowerCase();
  if (count < group || (type !== 'radio' && type !== 'checkbox')) return undefined;
  const typed = `input[type="${type}"][name="${quoted}"]`;
  return unit.root.querySelectorAll(typed).length === group ? typed : undefined;
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
