/**
 * Control units: one per single control, radio group (same form and name) or
 * checkbox group, each with its ControlInfo, label evidence and context.
 */
import type { ControlInfo } from '../messaging/page-model';
import { groupChoices, groupUnit } from './choice-groups';
import { sectionContext } from './context';
import {
  basicControlInfo,
  describedByText,
  isIgnoredControl,
  isTextLike,
  selectOptions,
} from './control-info';
import { controlKey } from './control-key';
import type { FormControl, TreeRoot } from './dom';
import { type EvidenceItem, addEvidence, isDateMask } from './evidence';
import { choiceText, controlLabelEvidence, ownLabels } from './labels';
import { hintAfter } from './nearby-text';
import { type DatePartRole, isPromptOption, languageListing, optionSummary } from './options';
import { datePartRole } from './part-roles';
import type { LabelCache, LabelReading } from './label-cache';
import { isRendered } from './visibility';
import { type Steps, runSteps } from './steps';
import type { CollectedControl, Collection, TreeIndex } from './walk';

export interface ControlUnit {
  key: string;
  /** The control, or every input of a radio or checkbox group in document order. */
  elements: FormControl[];
  root: TreeRoot;
  info: ControlInfo;
  evidence: EvidenceItem[];
  context: string[];
  /** The control expects a date, from a date mask, pattern or hint. */
  dateLike: boolean;
  role?: DatePartRole;
}

/** Controls checked for presence between two pauses. */
const PRESENCE_CHECKS_PER_STEP = 50;

/** Maximum length of text after a control that reads as a hint ("TT.MM.JJJJ", "max. 200 KB"). */
const MAX_HINT_LENGTH = 40;

/** Maximum options of a page's language switch. A longer list belongs to a field. */
const MAX_SWITCH_OPTIONS = 40;

/** An inline change handler that loads another page: a redirect, a submit or a postback. */
const NAVIGATING_HANDLER = /location|submit|__doPostBack|navigate|href/i;

/**
 * Builds the units of the rendered, non-ignored controls of a collection, in
 * document order. Controls in a search landmark look something up, and a
 * page's language switch changes the page, so both are skipped.
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
  for (const [position, collected] of collection.controls.entries()) {
    const isCandidate =
      !isIgnoredControl(collected.element) &&
      !collected.inherited.search &&
      isPresent(collected, collection.index, styleCache) &&
      !switchesPageLanguage(collected);
    if (isCandidate) present.push(collected);
    if (position % PRESENCE_CHECKS_PER_STEP === PRESENCE_CHECKS_PER_STEP - 1) yield;
  }

  const groups = groupChoices(present, collection.index);
  const units: ControlUnit[] = [];
  for (const collected of present) {
    const group = groups.get(collected.element);
    if (!group) units.push(singleUnit(collected, collection.index, labelCache));
    else if (group[0] === collected) units.push(groupUnit(group, collection.index));
    yield;
  }
  return units;
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
  const parent = element.parentElement;
  if (parent && !isRendered(parent, cache)) return false;
  return ownLabels(element, collected.root, index).some((label) => isRendered(label, cache));
}

/**
 * Tells whether a select switches the page's language rather than holding a
 * field. All its options are languages and one of them is chosen. Besides,
 * the options name each language in that language ("Italiano", "Deutsch"),
 * or the select sits in the page's header or navigation, loads a page on
 * change, or has the page's own language chosen. A field of languages spoken
 * starts empty and names the languages in the portal's language.
 */
function switchesPageLanguage(collected: CollectedControl): boolean {
  const { element, inherited } = collected;
  if (element.tagName !== 'SELECT') return false;
  const select = element as HTMLSelectElement;
  if (select.multiple || select.options.length > MAX_SWITCH_OPTIONS) return false;

  const options = selectOptions(select);
  const listing = languageListing(options);
  // A single select shows its first option until one is chosen.
  const chosen = options[Math.max(0, select.selectedIndex)];
  if (!listing || !chosen || isPromptOption(chosen)) return false;
  if (listing === 'own-names' || inherited.pageChrome) return true;
  if (NAVIGATING_HANDLER.test(select.getAttribute('onchange') ?? '')) return true;

  const pageLanguage = primaryLanguage(inherited.lang ?? '');
  if (!pageLanguage) return false;
  return [chosen.value, chosen.text].some((text) => primaryLanguage(text) === pageLanguage);
}

/** Returns the primary language subtag of a language tag: "pt" of "pt-PT". */
function primaryLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0];
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
    const radio = element as HTMLInputElement;
    info.options = [{ value: radio.value, text: choiceText(radio, root, index) }];
  } else if (element.tagName === 'SELECT') {
    info.options = selectOptions(element as HTMLSelectElement);
  }

  const read = (): LabelReading => ({
    evidence: controlLabelEvidence(element, root, index, checkable),
    hint: checkable ? undefined : controlHint(element, root, index),
  });
  const reading = labelCache ? labelCache.reading(element, read) : read();
  const evidence = [...reading.evidence];
  if (info.options && kind !== 'radio-group') {
    const summary = optionSummary(info.options);
    addEvidence(evidence, { source: 'options', text: summary, form: 'options' });
  }
  if (reading.hint) info.hint = reading.hint;

  const unit: ControlUnit = {
    key,
    elements: [element],
    root,
    info,
    evidence,
    context: sectionContext(collected),
    dateLike: isTextLike(kind) && asksForDate(info),
  };
  const role = datePartRole(info, evidence, info.options);
  if (role) unit.role = role;
  return unit;
}

/** Returns a short text near the control, such as "TT.MM.JJJJ" or "max. 200 KB". */
function controlHint(element: FormControl, root: TreeRoot, index: TreeIndex): string | undefined {
  const described = describedByText(element, root);
  if (described) return described;

  const labels = new Set(ownLabels(element, root, index));
  const scope = { ownLabels: labels, controlAncestors: index.controlAncestors };
  return hintAfter(element, scope, MAX_HINT_LENGTH) || undefined;
}

/** Tells whether a date mask (placeholder or hint) or a 4- and 2-digit pattern expects a date. */
function asksForDate(info: ControlInfo): boolean {
  const texts = [info.placeholder, info.hint].filter((text): text is string => Boolean(text));
  if (texts.some(isDateMask)) return true;
  const pattern = info.pattern ?? '';
  return /\\d\{4\}/.test(pattern) && /\\d\{(1,)?2\}/.test(pattern);
}
