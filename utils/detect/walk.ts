/**
 * One pass over a document and its shadow roots. It collects the form controls
 * in document order and builds the lookups that later steps need: labels by
 * `for`, id and name counts, section headings. No step then has to query the
 * whole document per control.
 */
import type { ControlKind } from '../messaging/page-model';
import { type AriaWidgetKind, ariaWidgetKind } from './aria-widgets';
import { kindOf } from './control-info';
import {
  HEADING_TAGS,
  type ControlElement,
  type FormControl,
  type TreeRoot,
  isFormControl,
  visibleText,
} from './dom';
import { type Inherited, TOP_FRAME, inheritedBy, inheritedByShadowRoot } from './inherited';
import { type Steps, runSteps } from './steps';
import type { HeaderRows } from './table-labels';

export interface CollectedControl {
  element: ControlElement;
  /** Kind of the single control; a radio is 'radio-group' before grouping. */
  kind: ControlKind;
  /** The ARIA widget kind of a control that is no form element. */
  widget?: AriaWidgetKind;
  /** The ARIA widget around a form control, as a hidden native checkbox inside `role="checkbox"`. */
  insideWidget?: Element;
  root: TreeRoot;
  /** Language, sections, disabled fieldset and hiding that the control inherits. */
  inherited: Inherited;
  /** Text of the nearest heading of level 2 or deeper before the control, if any. */
  heading?: string;
  /** The heading is inside the control's nearest section, so it is nearer than that section's name. */
  headingInSection?: boolean;
  /** Text of the last full-width row before the control in its table, if any. */
  tableSection?: string;
}

export interface TreeIndex {
  labelsByFor: Map<TreeRoot, Map<string, HTMLLabelElement[]>>;
  idCounts: Map<TreeRoot, Map<string, number>>;
  /** Counts of controls by tag and name, keyed `TAG name`. */
  nameCounts: Map<TreeRoot, Map<string, number>>;
  /** Counts of custom elements by tag, which often have neither id nor name. */
  tagCounts: Map<TreeRoot, Map<string, number>>;
  /** Elements that contain at least one form control. */
  controlAncestors: Set<Element>;
  /** The closed shadow root of each host that the walk entered through the callback. */
  closedRoots: Map<Element, ShadowRoot>;
  /** Header rows of the tables whose cells labelled a control, filled as labels are read. */
  headerRows: HeaderRows;
}

export interface Collection {
  controls: CollectedControl[];
  index: TreeIndex;
  closedRootsUnread: number;
}

export interface WalkOptions {
  openClosedShadowRoot?: (host: Element) => ShadowRoot | null;
}

/** Elements whose subtree contains no controls of this frame. */
const OPAQUE_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'IFRAME',
  'FRAME',
  'OBJECT',
  'svg',
]);

/** Maximum length of a heading or section row text kept as context. */
const MAX_SECTION_TEXT = 80;

/** A heading's text and the names of the sections around it. */
interface Heading {
  text: string;
  sections: readonly string[];
  /** The group that a group's title heads; controls after the group are not under it. */
  scope?: Element;
  /** The heading of the same level that the group's title follows, which goes on after the group. */
  outer?: Heading;
}

interface WalkState {
  options: WalkOptions;
  collection: Collection;
  /** Headings by level 1 to 6; a heading clears the deeper levels. */
  headings: (Heading | undefined)[];
  tableSections: Map<Element, string>;
  elementsSinceStep: number;
  /** The ARIA widget collected last, which may contain the next form controls. */
  lastWidget?: Element;
}

/** Collects a document's controls, in open shadow roots and, through the callback, closed ones. */
export function collectControls(doc: Document, options: WalkOptions = {}): Collection {
  return runSteps(collectSteps(doc, options));
}

/**
 * Runs the walk of `collectControls` as steps. It pauses after every
 * `ELEMENTS_PER_STEP` elements so that a caller can yield to the page.
 */
export function* collectSteps(doc: Document, options: WalkOptions = {}): Steps<Collection> {
  const collection: Collection = {
    controls: [],
    index: {
      labelsByFor: new Map(),
      idCounts: new Map(),
      nameCounts: new Map(),
      tagCounts: new Map(),
      controlAncestors: new Set(),
      closedRoots: new Map(),
      headerRows: new Map(),
    },
    closedRootsUnread: 0,
  };
  const state: WalkState = {
    options,
    collection,
    headings: [],
    tableSections: new Map(),
    elementsSinceStep: 0,
  };

  yield* walkRoot(doc, state, TOP_FRAME);
  yield* markControlAncestors(collection);
  return collection;
}

/** Elements visited between two pauses of the walk. */
const ELEMENTS_PER_STEP = 200;

/**
 * Walks the elements of one tree in document order without recursion. `frames`
 * contains what each open ancestor passes down, and its last entry is the parent's.
 */
function* walkRoot(root: TreeRoot, state: WalkState, rootFrame: Inherited): Steps<void> {
  const frames: Inherited[] = [rootFrame];
  let node: Element | null = root.firstElementChild;

  while (node) {
    if (++state.elementsSinceStep >= ELEMENTS_PER_STEP) {
      state.elementsSinceStep = 0;
      yield;
    }
    const frame = inheritedBy(node, frames[frames.length - 1], root);
    const descend = visit(node, root, state, frame);
    if (descend && (node.shadowRoot || node.tagName.includes('-'))) {
      yield* enterShadowRoot(node, state, frame);
    }
    if (descend && node.firstElementChild) {
      frames.push(frame);
      node = node.firstElementChild;
      continue;
    }

    // A node the page removed while the walk paused has no parent, so the walk stops there.
    while (node && !node.nextElementSibling) {
      node = node.parentElement;
      frames.pop();
      if (frames.length === 0) node = null;
    }
    if (node) node = node.nextElementSibling;
  }
}

/** Records what one element contributes; returns whether to walk its children. */
function visit(element: Element, root: TreeRoot, state: WalkState, frame: Inherited): boolean {
  const { index } = state.collection;
  const tag = element.tagName;

  if (element.id) increment(index.idCounts, root, element.id);
  if (tag.includes('-')) increment(index.tagCounts, root, tag);
  if (OPAQUE_TAGS.has(tag)) return false;

  if (isFormControl(element)) {
    collectControl(element, root, state, frame);
    return false;
  }
  const widget = ariaWidgetKind(element);
  if (widget) {
    collectWidget(element as HTMLElement, widget, root, state, frame);
    return true;
  }
  if (tag === 'LABEL') {
    const label = element as HTMLLabelElement;
    collectLabel(label, root, index);
    // A label of no control may title a group, as form-js's `fjs-form-field-grouplabel`.
    if (!label.htmlFor) recordClassHeading(label, state, frame);
  } else if (tag === 'TR') recordTableSection(element as HTMLTableRowElement, state, frame);
  else if (HEADING_TAGS.has(tag) || isAriaHeading(element)) {
    recordHeading(element, state, frame, undefined, groupOf(element));
  } else if (CLASS_HEADING_TAGS.has(tag)) recordClassHeading(element, state, frame);
  return true;
}

function isAriaHeading(element: Element): boolean {
  return element.hasAttributes() && element.getAttribute('role') === 'heading';
}

function collectControl(
  element: FormControl,
  root: TreeRoot,
  state: WalkState,
  frame: Inherited,
): void {
  const name = element.getAttribute('name');
  if (name) increment(state.collection.index.nameCounts, root, `${element.tagName} ${name}`);

  const collected = placedControl(element, kindOf(element), root, state, frame);
  const widget = state.lastWidget;
  if (widget?.contains(element)) collected.insideWidget = widget;
  state.collection.controls.push(collected);
}

/**
 * Collects an ARIA widget as a checkbox or a radio. Its subtree is walked
 * too, because a native input inside it takes its place where the native
 * input is present (`units.ts`).
 */
function collectWidget(
  element: HTMLElement,
  widget: AriaWidgetKind,
  root: TreeRoot,
  state: WalkState,
  frame: Inherited,
): void {
  const kind = widget === 'checkbox' ? 'checkbox' : 'radio-group';
  const collected = placedControl(element, kind, root, state, frame);
  collected.widget = widget;
  state.lastWidget = element;
  state.collection.controls.push(collected);
}

function placedControl(
  element: ControlElement,
  kind: ControlKind,
  root: TreeRoot,
  state: WalkState,
  frame: Inherited,
): CollectedControl {
  const heading = currentHeading(state, element);
  const placed: CollectedControl = {
    element,
    kind,
    root,
    inherited: frame,
    heading: heading?.text,
    tableSection: frame.table ? state.tableSections.get(frame.table) : undefined,
  };
  if (frame.sections.length > 0 && heading?.sections === frame.sections) {
    placed.headingInSection = true;
  }
  return placed;
}

function collectLabel(label: HTMLLabelElement, root: TreeRoot, index: TreeIndex): void {
  const target = label.htmlFor;
  if (!target) return;

  let byFor = index.labelsByFor.get(root);
  if (!byFor) {
    byFor = new Map();
    index.labelsByFor.set(root, byFor);
  }
  const labels = byFor.get(target);
  if (labels) labels.push(label);
  else byFor.set(target, [label]);
}

function recordHeading(
  element: Element,
  state: WalkState,
  frame: Inherited,
  classLevel?: number,
  scope?: Element,
): void {
  const level = HEADING_TAGS.has(element.tagName)
    ? Number(element.tagName[1])
    : (classLevel ?? (Number(element.getAttribute('aria-level')) || 2));
  const text = visibleText(element, MAX_SECTION_TEXT);
  // A class title interrupts the heading of its level, which goes on after the title's group.
  // A heading element's section ends with its group, so nothing of its level goes on.
  const outer = scope && classLevel !== undefined ? state.headings[level - 1] : undefined;
  state.headings.length = level;
  state.headings[level - 1] = text ? { text, sections: frame.sections, scope, outer } : undefined;
}

/**
 * Returns the group that a group's title heads: the parent of the title, or
 * of the wrapper whose only child is the title.
 */
function titledGroup(title: Element): Element | undefined {
  let element = title;
  while (element.parentElement && element.parentElement.childElementCount === 1) {
    element = element.parentElement;
  }
  return element.parentElement ?? undefined;
}

/**
 * Returns the group that a heading titles when that group contains a form
 * control, so that the controls after the group are not under the heading:
 * an Enketo repeat group's `section` or an OmniScript edit block headed
 * "Identités d'emprunt". The controls after the group take a heading of a
 * lower level, if any. A heading in a group of its own, as in a card's
 * header, titles what follows it.
 */
function groupOf(heading: Element): Element | undefined {
  const group = titledGroup(heading);
  return group?.querySelector(CONTROL_TAGS) ? group : undefined;
}

/** Elements whose class may name them a section title. */
const CLASS_HEADING_TAGS = new Set(['DIV', 'SPAN', 'P', 'HEADER', 'STRONG', 'B']);

/**
 * Class names of section titles that are no heading elements: Quasar's and
 * Vuetify's `text-h6`, MudBlazor's `mud-typography-h6`, Bootstrap's `h5`,
 * OutSystems' `heading5`, and the titles of cards, panels, sections, groups,
 * group boxes and accordions (`card-header`, `mx-groupbox-header`,
 * DevExtreme's `dx-form-group-caption`, Frappe's `section-head`, form-js's
 * `fjs-form-field-grouplabel`, SmartClient's `sectionHeaderopened`, Ant
 * Design's `ant-collapse-header`). The number of `h6` or `heading5` is the
 * level.
 * Titles of labels, fields, popovers and list items are no sections, so other
 * `title` classes do not count.
 */
const HEADING_CLASS =
  /(?:^|\s)(?:(?:[\w-]*[-_])?(?:text|typography)-h([1-6])|h([1-6])|heading([1-6])|[\w-]*(?:card|panel|section|group|groupbox|accordion|collapse)[-_]*(?:title|head|header|heading|caption)(?:opened|closed|expanded|collapsed)?|[\w-]*grouplabel)(?=$|\s)/i;

/** Records a title that its class names as a heading, unless it contains a control. */
function recordClassHeading(element: Element, state: WalkState, frame: Inherited): void {
  const classes = element.getAttribute('class');
  const match = classes ? HEADING_CLASS.exec(classes) : null;
  if (!match || element.querySelector(CONTROL_TAGS)) return;
  const digit = match[1] ?? match[2] ?? match[3];
  // A numbered class is a heading's style; a card's, panel's or group's title heads its group.
  if (digit) recordHeading(element, state, frame, Number(digit));
  else recordHeading(element, state, frame, 2, titledGroup(element));
}

const CONTROL_TAGS = 'input, select, textarea';

/**
 * Returns the nearest heading of level 2 or deeper. A level-1 heading titles
 * the whole page ("New alert: missing minor"), so it is no section's context.
 */
function currentHeading(state: WalkState, control: Element): Heading | undefined {
  for (let level = state.headings.length - 1; level >= 1; level--) {
    let heading = state.headings[level];
    while (heading?.scope && !heading.scope.contains(control)) heading = heading.outer;
    if (heading) return heading;
  }
  return undefined;
}

/** Records a row of one wide cell and no control as the heading of the rows below it. */
function recordTableSection(row: HTMLTableRowElement, state: WalkState, frame: Inherited): void {
  const cell = row.firstElementChild as HTMLTableCellElement | null;
  if (!cell || cell.nextElementSibling || cell.colSpan < 2 || !frame.table) return;
  if (row.querySelector(CONTROL_TAGS)) return;

  const text = visibleText(cell, MAX_SECTION_TEXT);
  if (text) state.tableSections.set(frame.table, text);
}

function* enterShadowRoot(host: Element, state: WalkState, frame: Inherited): Steps<void> {
  const open = host.shadowRoot;
  if (open) {
    yield* walkRoot(open, state, inheritedByShadowRoot(frame));
    return;
  }
  // Closed roots can only be attached to custom elements and a few built-in
  // tags; asking only for custom elements keeps the callback off every div.
  if (!host.tagName.includes('-')) return;

  const callback = state.options.openClosedShadowRoot;
  const closed = callback ? callback(host) : null;
  if (closed) {
    state.collection.index.closedRoots.set(host, closed);
    yield* walkRoot(closed, state, inheritedByShadowRoot(frame));
  } else if (!callback && isDefinedCustomElement(host)) state.collection.closedRootsUnread++;
}

/**
 * NOTE: without the callback a closed root cannot be seen, so every defined
 * custom element without an open root is counted as one unread closed root.
 * Custom elements that use no shadow root at all are counted too.
 */
function isDefinedCustomElement(host: Element): boolean {
  try {
    if (host.matches(':defined')) return true;
  } catch {
    // Engines without :defined fall through to the registry.
  }
  // Content scripts in Chromium may see `customElements` as null; `:defined` is tried first.
  const registry = host.ownerDocument.defaultView?.customElements;
  return Boolean(registry?.get(host.localName));
}

/** Controls whose ancestors are marked between two pauses. */
const CONTROLS_MARKED_PER_STEP = 200;

function* markControlAncestors(collection: Collection): Steps<void> {
  const marked = collection.index.controlAncestors;
  const { controls } = collection;
  for (let position = 0; position < controls.length; position++) {
    let parent = controls[position].element.parentElement;
    while (parent && !marked.has(parent)) {
      marked.add(parent);
      parent = parent.parentElement;
    }
    if (position % CONTROLS_MARKED_PER_STEP === CONTROLS_MARKED_PER_STEP - 1) yield;
  }
}

function increment(counts: Map<TreeRoot, Map<string, number>>, root: TreeRoot, key: string): void {
  let byKey = counts.get(root);
  if (!byKey) {
    byKey = new Map();
    counts.set(root, byKey);
  }
  byKey.set(key, (byKey.get(key) ?? 0) + 1);
}
