/**
 * Control units: one per single control, radio group (same form and name) or
 * checkbox group, each with its ControlInfo, label evidence and context.
 */
import type { ControlInfo } from '../messaging/page-model';
import { sectionContext } from './context';
import {
  basicControlInfo,
  controlState,
  describedByText,
  isIgnoredControl,
  isTextLike,
  kindOf,
  selectOptions,
} from './control-info';
import { controlKey } from './control-key';
import { type FormControl, type TreeRoot, MAX_LABEL_LENGTH, closestTag, visibleText } from './dom';
import { firstChildWithTag } from './inherited';
import { type EvidenceItem, addEvidence, isDateMask } from './evidence';
import {
  addIdentifierEvidence,
  addLayoutEvidence,
  choiceText,
  controlLabelEvidence,
  labelledByText,
  ownLabels,
} from './labels';
import { textAfter, textBefore } from './nearby-text';
import { analyzeOptions, optionSummary } from './options';
import { datePartRole } from './part-roles';
import type { DatePartRole } from './options';
import { isRendered } from './visibility';
import type { CollectedControl, Collection, TreeIndex } from './walk';

export interface ControlUnit {
  key: string;
  /** The control, or every input of a radio or checkbox group in document order. */
  elements: FormControl[];
  root: TreeRoot;
  info: ControlInfo;
  evidence: EvidenceItem[];
  context: string[];
  /** A date mask, pattern or hint asks for a date. */
  dateLike: boolean;
  role?: DatePartRole;
}

const MAX_HINT_LENGTH = 40;
const MAX_GROUP_DEPTH = 4;

/** Builds the units of the rendered, non-ignored controls of a collection, in document order. */
export function buildUnits(collection: Collection): ControlUnit[] {
  const styleCache = new Map<Element, boolean>();
  const present = collection.controls.filter(
    (collected) => !isIgnoredControl(collected.element) && isPresent(collected, collection.index, styleCache),
  );

  const groups = groupCheckables(present);
  groupListCheckboxes(present, groups, collection.index);
  const units: ControlUnit[] = [];
  for (const collected of present) {
    const group = groups.get(collected.element);
    if (!group) units.push(singleUnit(collected, collection.index));
    else if (group[0] === collected) units.push(groupUnit(group, collection.index));
  }
  return units;
}

/**
 * A control is present when rendered. A checkbox or radio hidden by its own
 * style behind a rendered label, as custom-styled toggles are, counts too.
 */
function isPresent(collected: CollectedControl, index: TreeIndex, cache: Map<Element, boolean>): boolean {
  if (collected.inherited.hidden) return false;
  const { element } = collected;
  if (isRendered(element, cache)) return true;

  const kind = kindOf(element);
  if (kind !== 'checkbox' && kind !== 'radio-group') return false;
  const parent = element.parentElement;
  if (parent && !isRendered(parent, cache)) return false;
  return ownLabels(element, collected.root, index).some((label) => isRendered(label, cache));
}

/** Maps each radio, and each checkbox that shares its name, to its group in document order. */
function groupCheckables(present: CollectedControl[]): Map<FormControl, CollectedControl[]> {
  const byOwner = new Map<unknown, Map<string, CollectedControl[]>>();
  for (const collected of present) {
    const kind = kindOf(collected.element);
    const name = collected.element.getAttribute('name');
    if ((kind !== 'radio-group' && kind !== 'checkbox') || !name) continue;

    const owner = (collected.element as HTMLInputElement).form ?? collected.root;
    const byName = byOwner.get(owner) ?? new Map<string, CollectedControl[]>();
    byOwner.set(owner, byName);
    const key = `${kind} ${name}`;
    byName.set(key, [...(byName.get(key) ?? []), collected]);
  }

  const groups = new Map<FormControl, CollectedControl[]>();
  for (const byName of byOwner.values()) {
    for (const members of byName.values()) {
      const isRadio = kindOf(members[0].element) === 'radio-group';
      if (!isRadio && members.length < 2) continue;
      for (const member of members) groups.set(member.element, members);
    }
  }
  return groups;
}

/** List fields whose choices portals often give as checkboxes with names of their own. */
const CHECKBOX_LIST_FIELDS = new Set(['risk_indicators', 'warning_flags', 'languages']);

/**
 * Groups checkboxes with different names in one fieldset when their texts are
 * the choices of a list field ("Trafficking", "FGM", "Suicide").
 */
function groupListCheckboxes(
  present: CollectedControl[],
  groups: Map<FormControl, CollectedControl[]>,
  index: TreeIndex,
): void {
  const byFieldset = new Map<Element, CollectedControl[]>();
  for (const collected of present) {
    if (groups.has(collected.element) || kindOf(collected.element) !== 'checkbox') continue;
    const fieldset = closestTag(collected.element, 'FIELDSET', MAX_GROUP_DEPTH + 2);
    if (fieldset) byFieldset.set(fieldset, [...(byFieldset.get(fieldset) ?? []), collected]);
  }

  for (const members of byFieldset.values()) {
    if (members.length < 2) continue;
    const choices = members.map(({ element, root }) => ({
      value: (element as HTMLInputElement).value,
      text: choiceText(element as HTMLInputElement, root, index),
    }));
    const hints = analyzeOptions(choices).fields;
    if (!hints.some((hint) => CHECKBOX_LIST_FIELDS.has(hint.fieldId))) continue;
    for (const member of members) groups.set(member.element, members);
  }
}

function singleUnit(collected: CollectedControl, index: TreeIndex): ControlUnit {
  const { element, root } = collected;
  const kind = kindOf(element);
  const key = controlKey(element);
  const info = basicControlInfo(key, element, kind, collected.inherited);
  const checkable = kind === 'checkbox' || kind === 'radio-group';

  if (kind === 'radio-group') {
    info.options = [{ value: (element as HTMLInputElement).value, text: choiceText(element as HTMLInputElement, root, index) }];
  } else if (element.tagName === 'SELECT') {
    info.options = selectOptions(element as HTMLSelectElement);
  }

  const evidence = controlLabelEvidence(element, root, index, checkable);
  if (info.options && kind !== 'radio-group') {
    addEvidence(evidence, { source: 'options', text: optionSummary(info.options), form: 'options' });
  }

  const hint = checkable ? undefined : controlHint(element, root, index);
  if (hint) info.hint = hint;

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

  const scope = { ownLabels: new Set(ownLabels(element, root, index)), controlAncestors: index.controlAncestors };
  const after = textAfter(element, scope, MAX_HINT_LENGTH + 1);
  return after && after.length <= MAX_HINT_LENGTH ? after : undefined;
}

function asksForDate(info: ControlInfo): boolean {
  const texts = [info.placeholder, info.hint].filter((text): text is string => Boolean(text));
  if (texts.some(isDateMask)) return true;
  const pattern = info.pattern ?? '';
  return /\\d\{4\}/.test(pattern) && /\\d\{(1,)?2\}/.test(pattern);
}

function groupUnit(members: CollectedControl[], index: TreeIndex): ControlUnit {
  const first = members[0];
  const elements = members.map((member) => member.element);
  const kind = kindOf(first.element) === 'radio-group' ? 'radio-group' : 'checkbox-group';
  const key = controlKey(first.element);
  const info = basicControlInfo(key, first.element, kind, first.inherited);
  info.options = elements.map((input) => ({
    value: (input as HTMLInputElement).value,
    text: choiceText(input as HTMLInputElement, first.root, index),
  }));
  const allDisabled = members.every(
    (member) => controlState(member.element, member.inherited.disabledFieldset) === 'disabled',
  );
  info.state = allDisabled ? 'disabled' : 'editable';

  const { evidence, legendText } = groupLabelEvidence(elements, first.root, index);
  addEvidence(evidence, { source: 'options', text: optionSummary(info.options), form: 'options' });
  return {
    key,
    elements,
    root: first.root,
    info,
    evidence,
    context: sectionContext(first, legendText),
    dateLike: false,
  };
}

/**
 * Collects the label of a whole group: an ARIA group name, the legend of a
 * fieldset that holds only this group, the text before the first choice, and
 * table or list labels. The choices' own labels are option texts, not labels.
 */
function groupLabelEvidence(elements: FormControl[], root: TreeRoot, index: TreeIndex) {
  const evidence: EvidenceItem[] = [];
  const first = elements[0];
  const add = (source: EvidenceItem['source'], text: string | undefined) =>
    addEvidence(evidence, { source, text: text ?? '', form: 'label' });

  const group = ariaGroup(first);
  if (group) {
    add('aria-labelledby', labelledByText(group, root));
    add('aria-label', group.getAttribute('aria-label') ?? undefined);
  }
  const legend = exclusiveLegend(elements);
  const legendText = legend ? visibleText(legend, MAX_LABEL_LENGTH) : undefined;
  add('label-wrap', legendText);

  const labels = elements.flatMap((input) => ownLabels(input, root, index));
  const anchor = labels.find((label) => label.contains(first)) ?? first;
  add('text-before', textBefore(anchor, { ownLabels: new Set(labels), controlAncestors: index.controlAncestors }));
  addLayoutEvidence(evidence, first, index);
  add('title', first.getAttribute('title') ?? undefined);
  addIdentifierEvidence(evidence, first);
  return { evidence, legendText };
}

function ariaGroup(element: Element): Element | null {
  let current = element.parentElement;
  for (let depth = 0; current && depth < MAX_GROUP_DEPTH; depth++) {
    const role = current.getAttribute('role');
    if (role === 'radiogroup' || role === 'group') return current;
    current = current.parentElement;
  }
  return null;
}

/** Returns the legend of the nearest fieldset when that fieldset holds no other controls. */
function exclusiveLegend(elements: FormControl[]): Element | null {
  const fieldset = closestTag(elements[0], 'FIELDSET', MAX_GROUP_DEPTH + 2);
  if (!fieldset || !elements.every((element) => fieldset.contains(element))) return null;
  const controls = fieldset.querySelectorAll('input:not([type=hidden]), select, textarea');
  return controls.length === elements.length ? firstChildWithTag(fieldset, 'LEGEND') : null;
}
