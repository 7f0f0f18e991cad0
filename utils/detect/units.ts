/**
 * Control units: one per single control, radio group (same form and name) or
 * checkbox group, each with its ControlInfo, label evidence and context.
 */
import type { ControlInfo } from '../messaging/page-model';
import { groupChoices, groupUnit } from './choice-groups';
import { sectionContext } from './context';
import { basicControlInfo, describedByText, isIgnoredControl, selectOptions } from './control-info';
import { controlKey } from './control-key';
import { type ControlElement, type FormControl, type TreeRoot, isFormControl } from './dom';
import { type EvidenceItem, isFormatMask } from './evidence';
import type { SelectState } from './frame-scan';
import { choiceOption, controlLabelEvidence, ownLabels } from './labels';
import { hintAfter } from './nearby-text';
import type { LabelCache, LabelReading } from './label-cache';
import { isRendered } from './visibility';
import { type Steps, runSteps } from './steps';
import type { CollectedControl, Collection, TreeIndex } from './walk';

export interface ControlUnit {
  key: string;
  /** The control, or every input of a radio or checkbox group in document order. */
  elements: ControlElement[];
  root: TreeRoot;
  info: ControlInfo;
  evidence: EvidenceItem[];
  context: string[];
  /**
   * Facts of a single select, or of a read-only text box in the page's header,
   * that the classifier needs to tell a language switch from a field.
   */
  select?: SelectState;
}

/** Controls checked for presence between two pauses. */
const PRESENCE_CHECKS_PER_STEP = 50;

/** Maximum length of text after a control that reads as a hint ("TT.MM.JJJJ", "max. 200 KB"). */
const MAX_HINT_LENGTH = 40;

/** An inline change handler that loads another page: a redirect, a submit or a postback. */
const NAVIGATING_HANDLER = /location|submit|__doPostBack|navigate|href/i;

/**
 * Builds the units of the rendered, non-ignored controls of a collection, in
 * document order. Controls in a search landmark look something up, so they
 * are skipped. The classifier drops a page's language switch. An ARIA widget
 * gives way to a present form control inside it, and a toggle button counts
 * only in a row of two or more outside the page's header and navigation.
 */
export function buildUnits(collection: Collection): ControlUnit[] {
  return runSteps(unitSteps(collection));
}

/**
 * Runs `buildUnits` as steps, with a pause after each control. With a label
 * cache, it reuses the label readings of controls the page did not change.
 */
export function* unitSteps(collection: Collection, labelCache?: LabelCache): Steps<ControlUnit[]> {
  const styleCache = new Map<Element, boolean>();
  const present: CollectedControl[] = [];
  const { controls } = collection;
  for (let position = 0; position < controls.length; position++) {
    const collected = controls[position];
    const isCandidate =
      !isIgnoredControl(collected.element) &&
      !collected.inherited.search &&
      isPresent(collected, collection.index, styleCache);
    if (isCandidate) present.push(collected);
    if (position % PRESENCE_CHECKS_PER_STEP === PRESENCE_CHECKS_PER_STEP - 1) yield;
  }

  const candidates = withoutReplacedWidgets(present);
  const groups = groupChoices(candidates, collection.index);
  const units: ControlUnit[] = [];
  for (const collected of candidates) {
    const group = groups.get(collected.element);
    if (!group && collected.widget === 'pressed') continue;
    if (!group) units.push(singleUnit(collected, collection.index, labelCache));
    else if (group[0] === collected) units.push(groupUnit(group, collection.index));
    yield;
  }
  return units;
}

/**
 * Leaves out the ARIA widgets that contain a present form control, which
 * is then the control, and the toggle buttons of the page's header and
 * navigation, which switch the page rather than hold a field.
 */
function withoutReplacedWidgets(present: readonly CollectedControl[]): CollectedControl[] {
  const replaced = new Set<Element>();
  for (const collected of present) {
    if (collected.insideWidget) replaced.add(collected.insideWidget);
  }
  return present.filter(
    (collected) =>
      !replaced.has(collected.element) &&
      !(collected.widget === 'pressed' && collected.inherited.pageChrome),
  );
}

/**
 * Tells whether a control is present: rendered, or a checkbox or radio hidden
 * by its own style behind a rendered label, as custom-styled toggles are.
 */
function isPresent(
  collected: CollectedControl,
  index: TreeIndex,
  cache: Map<Element, boolean>,
): boolean {
  if (collected.inherited.hidden) return false;
  const { element } = collected;
  if (isRendered(element, cache)) return true;

  const { kind } = collected;
  if (kind !== 'checkbox' && kind !== 'radio-group') return false;
  if (collected.widget) return false;
  const parent = element.parentElement;
  if (parent && !isRendered(parent, cache)) return false;
  return ownLabels(element, collected.root, index).some((label) => isRendered(label, cache));
}

function singleUnit(
  collected: CollectedControl,
  index: TreeIndex,
  labelCache?: LabelCache,
): ControlUnit {
  const { element, root, kind } = collected;
  const key = controlKey(element);
  const info = basicControlInfo(key, element, kind, collected.inherited);
  const checkable = kind === 'checkbox' || kind === 'radio-group';

  if (kind === 'radio-group') {
    info.options = [choiceOption(element, root, index)];
  } else if (element.tagName === 'SELECT') {
    info.options = selectOptions(element as HTMLSelectElement);
  }

  const read = (): LabelReading => {
    const labels = ownLabels(element, root, index);
    return {
      evidence: controlLabelEvidence(element, root, index, checkable, labels),
      hint:
        checkable || !isFormControl(element)
          ? undefined
          : controlHint(element, labels, root, index),
    };
  };
  const reading = labelCache ? labelCache.reading(element, read) : read();
  if (reading.hint) info.hint = reading.hint;

  const unit: ControlUnit = {
    key,
    elements: [element],
    root,
    info,
    evidence: [...reading.evidence],
    context: sectionContext(collected),
  };
  if (kind === 'select') unit.select = selectState(element as HTMLSelectElement, collected);
  else if (kind === 'text' && info.state === 'readonly' && collected.inherited.pageChrome) {
    // A read-only text box in the header is the face of a select widget, such as a language menu.
    unit.select = { selectedIndex: -1, inPageChrome: true };
  }
  return unit;
}

function selectState(select: HTMLSelectElement, collected: CollectedControl): SelectState {
  const state: SelectState = { selectedIndex: select.selectedIndex };
  if (NAVIGATING_HANDLER.test(select.getAttribute('onchange') ?? '')) state.changeNavigates = true;
  if (collected.inherited.pageChrome) state.inPageChrome = true;
  return state;
}

/** Returns a short text near the control, such as "TT.MM.JJJJ" or "max. 200 KB". */
function controlHint(
  element: FormControl,
  labels: readonly HTMLLabelElement[],
  root: TreeRoot,
  index: TreeIndex,
): string | undefined {
  const described = describedByText(element, root);
  if (described) return described;

  const scope = { ownLabels: new Set(labels), controlAncestors: index.controlAncestors };
  const after = hintAfter(element, scope, MAX_HINT_LENGTH) || undefined;
  // A mask in the title ("RRRR-MM-DD") gives the format, which words after the control do not.
  const title = element.getAttribute('title')?.trim();
  if (title && isFormatMask(title) && !(after && isFormatMask(after))) return title;
  return after;
}
