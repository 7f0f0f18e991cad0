/**
 * Radio and checkbox groups: radios that share a form and name, checkboxes
 * that share a name, and checkboxes of one fieldset, ARIA group or captioned
 * container whose texts are the choices of a list field. ARIA radios group by their `radiogroup`, and
 * toggle buttons (`aria-pressed`) by their row, which then acts as a radio
 * group whose options are the buttons' texts. Each group is one control unit.
 */
import { sectionContext } from './context';
import { basicControlInfo, controlState } from './control-info';
import { controlKey } from './control-key';
import { ARIA_WIDGET_SELECTOR } from './aria-widgets';
import {
  type ControlElement,
  type TreeRoot,
  MAX_LABEL_LENGTH,
  closestTag,
  visibleText,
} from './dom';
import { type EvidenceItem, addEvidence } from './evidence';
import { firstChildWithTag } from './inherited';
import {
  addIdentifierEvidence,
  addLayoutEvidence,
  choiceOption,
  choiceText,
  labelledByText,
  ownLabels,
} from './labels';
import { textBefore } from './nearby-text';
import { analyzeOptions, choiceLists, optionSummary } from './options';
import type { ControlUnit } from './units';
import type { CollectedControl, TreeIndex } from './walk';

/** Members of each grouped control, by control. */
export type ChoiceGroups = Map<ControlElement, CollectedControl[]>;

const MAX_GROUP_DEPTH = 4;

/** Levels from a checkbox up to the ARIA group of its list, which Mantine-style markup puts five levels up. */
const MAX_LIST_GROUP_DEPTH = MAX_GROUP_DEPTH + 2;

/** List fields whose choices portals often give as checkboxes with names of their own. */
const CHECKBOX_LIST_FIELDS = new Set(['risk_indicators', 'warning_flags', 'languages']);

/** Groups the radios and checkboxes among the present controls, members in document order. */
export function groupChoices(present: readonly CollectedControl[], index: TreeIndex): ChoiceGroups {
  const groups = groupByName(present);
  groupWidgets(present, groups);
  groupListCheckboxes(present, groups, index);
  return groups;
}

/** Groups radios by form and name, and checkboxes that share a name. */
function groupByName(present: readonly CollectedControl[]): ChoiceGroups {
  const byOwner = new Map<unknown, Map<string, CollectedControl[]>>();
  for (const collected of present) {
    const { kind } = collected;
    const name = collected.element.getAttribute('name');
    if ((kind !== 'radio-group' && kind !== 'checkbox') || !name || collected.widget) continue;

    const owner = (collected.element as HTMLInputElement).form ?? collected.root;
    let byName = byOwner.get(owner);
    if (!byName) {
      byName = new Map();
      byOwner.set(owner, byName);
    }
    append(byName, `${kind} ${name}`, collected);
  }

  const groups: ChoiceGroups = new Map();
  for (const byName of byOwner.values()) {
    for (const members of byName.values()) {
      const isRadio = members[0].kind === 'radio-group';
      if (!isRadio && members.length < 2) continue;
      for (const member of members) groups.set(member.element, members);
    }
  }
  return groups;
}

/** Roles of the element that contains a row of toggle buttons. */
const BUTTON_ROW_ROLES = new Set(['group', 'toolbar', 'radiogroup']);

/**
 * Groups ARIA radios by their `radiogroup`, else by their parent, and toggle
 * buttons by the nearest `group` or `toolbar` around them, else by their
 * parent. A lone toggle button, such as one that switches the page's
 * language, forms no group, and `units.ts` drops it.
 */
function groupWidgets(present: readonly CollectedControl[], groups: ChoiceGroups): void {
  const byOwner = new Map<Element, CollectedControl[]>();
  for (const collected of present) {
    const { widget, element } = collected;
    if (widget !== 'radio' && widget !== 'pressed') continue;
    const owner =
      widget === 'radio'
        ? (closestRole(element, RADIO_GROUP_ROLES, MAX_RADIO_GROUP_DEPTH) ?? element.parentElement)
        : (closestRole(element, BUTTON_ROW_ROLES) ?? element.parentElement);
    if (owner) append(byOwner, owner, collected);
  }

  for (const members of byOwner.values()) {
    const kinds = new Set(members.map((member) => member.widget));
    if (kinds.size > 1 || (kinds.has('pressed') && members.length < 2)) continue;
    for (const member of members) groups.set(member.element, members);
  }
}

const RADIO_GROUP_ROLES = new Set(['radiogroup']);

/**
 * Levels from an ARIA radio up to its `radiogroup`. Google Forms puts each
 * radio six levels below it, and a radio belongs to a radio group by ARIA's rules.
 */
const MAX_RADIO_GROUP_DEPTH = MAX_LIST_GROUP_DEPTH + 2;

/** Returns the nearest ancestor within `maxDepth` levels whose role is one of `roles`. */
function closestRole(
  element: Element,
  roles: ReadonlySet<string>,
  maxDepth = MAX_GROUP_DEPTH,
): Element | null {
  let current = element.parentElement;
  for (let depth = 0; current && depth < maxDepth; depth++) {
    if (roles.has(current.getAttribute('role') ?? '')) return current;
    current = current.parentElement;
  }
  return null;
}

/**
 * Groups checkboxes with different names in one fieldset, ARIA group or
 * captioned container when their texts are the choices of a list field
 * ("Trafficking", "FGM", "Suicide"). An ARIA group comes first, then a
 * fieldset, then a captioned container.
 */
function groupListCheckboxes(
  present: readonly CollectedControl[],
  groups: ChoiceGroups,
  index: TreeIndex,
): void {
  const byContainer = new Map<Element, CollectedControl[]>();
  for (const collected of present) {
    if (groups.has(collected.element) || collected.kind !== 'checkbox') continue;
    const container =
      ariaGroup(collected.element, MAX_LIST_GROUP_DEPTH) ??
      closestTag(collected.element, 'FIELDSET', MAX_LIST_GROUP_DEPTH) ??
      captionedContainer(collected.element, index.controlAncestors) ??
      labelledContainer(collected.element, index.labelsByFor.get(collected.root));
    if (container) append(byContainer, container, collected);
  }

  for (const [container, members] of byContainer) {
    if (members.length < 2) continue;
    // A label names the container of the boxes: they are one group, whatever their texts.
    if (container.id && index.labelsByFor.get(members[0].root)?.has(container.id)) {
      for (const member of members) groups.set(member.element, members);
      continue;
    }
    const hints = analyzeOptions(choicesOf(members, index)).fields;
    if (!hints.some((hint) => CHECKBOX_LIST_FIELDS.has(hint.fieldId))) continue;
    for (const member of members) groups.set(member.element, members);
  }
  groupChoiceRuns(present, groups, index);
}

const NO_LISTS: ReadonlySet<string> = new Set();

/**
 * Groups runs of adjacent checkboxes that no container groups when every
 * text of a run is a choice of one list, as on portals that give each
 * warning a row of its own ("Fled a care centre before", "Risk of suicide").
 */
function groupChoiceRuns(
  present: readonly CollectedControl[],
  groups: ChoiceGroups,
  index: TreeIndex,
): void {
  let run: CollectedControl[] = [];
  let lists: ReadonlySet<string> = NO_LISTS;
  const endRun = () => {
    if (run.length >= 2) for (const member of run) groups.set(member.element, run);
    run = [];
  };
  for (const collected of present) {
    const own =
      collected.kind === 'checkbox' && !groups.has(collected.element)
        ? choiceLists(choiceText(collected.element, collected.root, index))
        : NO_LISTS;
    const shared = run.length === 0 ? own : new Set([...own].filter((list) => lists.has(list)));
    if (shared.size === 0) endRun();
    if (own.size === 0) continue;
    lists = shared.size > 0 ? shared : own;
    run.push(collected);
  }
  endRun();
}

/**
 * Returns the nearest ancestor whose first child is a caption of the boxes
 * below it: a label that names no control, as Blueprint's `bp5-label` is, or
 * a list header such as Ionic's `ion-list-header`.
 */
function captionedContainer(
  element: Element,
  controlAncestors: ReadonlySet<Element>,
): Element | null {
  let current = element.parentElement;
  for (let depth = 0; current && depth < MAX_GROUP_DEPTH; depth++) {
    const first = current.firstElementChild;
    if (first && !controlAncestors.has(first) && isCaption(first)) return current;
    current = current.parentElement;
  }
  return null;
}

/**
 * Returns the nearest ancestor that a `label[for]` names, as Ant Design's
 * form item label names the `div` of its checkbox group by id.
 */
function labelledContainer(
  element: Element,
  labelsByFor: ReadonlyMap<string, unknown> | undefined,
): Element | null {
  let current = element.parentElement;
  for (let depth = 0; current && labelsByFor && depth < MAX_GROUP_DEPTH; depth++) {
    if (current.id && labelsByFor.has(current.id)) return current;
    current = current.parentElement;
  }
  return null;
}

function isCaption(element: Element): boolean {
  if (element.tagName === 'LABEL') return !(element as HTMLLabelElement).htmlFor;
  return element.localName.endsWith('-header') || element.getAttribute('role') === 'heading';
}

function append<Key>(map: Map<Key, CollectedControl[]>, key: Key, collected: CollectedControl) {
  const list = map.get(key);
  if (list) list.push(collected);
  else map.set(key, [collected]);
}

function choicesOf(members: readonly CollectedControl[], index: TreeIndex) {
  return members.map(({ element, root }) => choiceOption(element, root, index));
}

/** Builds the unit of a group; its options are the choices with their label texts. */
export function groupUnit(members: CollectedControl[], index: TreeIndex): ControlUnit {
  const [first] = members;
  const elements = members.map((member) => member.element);
  const kind = first.kind === 'radio-group' ? 'radio-group' : 'checkbox-group';
  const key = controlKey(first.element);
  const info = basicControlInfo(key, first.element, kind, first.inherited);
  info.options = choicesOf(members, index);
  const allDisabled = members.every(
    (member) => controlState(member.element, member.inherited.disabledFieldset) === 'disabled',
  );
  info.state = allDisabled ? 'disabled' : 'editable';

  const { evidence, legendText } = groupLabelEvidence(elements, first.root, index);
  const summary = optionSummary(info.options);
  addEvidence(evidence, { source: 'options', text: summary, form: 'options' });
  return {
    key,
    elements,
    root: first.root,
    info,
    evidence,
    context: sectionContext(first, legendText),
  };
}

/**
 * Collects the label of a whole group: an ARIA group name, the legend of a
 * fieldset that contains only this group, the text before the first choice, and
 * table or list labels. The choices' own labels are option texts, not labels.
 */
function groupLabelEvidence(elements: ControlElement[], root: TreeRoot, index: TreeIndex) {
  const evidence: EvidenceItem[] = [];
  const [first] = elements;
  const add = (source: EvidenceItem['source'], text: string | undefined) =>
    addEvidence(evidence, { source, text: text ?? '', form: 'label' });

  const near = ariaGroup(first);
  const far = near ? null : ariaGroup(first, MAX_LIST_GROUP_DEPTH);
  // A farther ARIA group names this group only when it contains no other control.
  const group = near ?? (far && containsOnly(far, elements) ? far : null);
  if (group) {
    add('aria-labelledby', labelledByText(group, root));
    add('aria-label', group.getAttribute('aria-label') ?? undefined);
  }
  const legend = exclusiveLegend(elements);
  const legendText = legend ? visibleText(legend, MAX_LABEL_LENGTH) : undefined;
  add('label-wrap', legendText);

  const labels = elements.flatMap((input) => ownLabels(input, root, index));
  const anchor = labels.find((label) => label.contains(first)) ?? first;
  const scope = { ownLabels: new Set(labels), controlAncestors: index.controlAncestors };
  add('text-before', textBefore(anchor, scope));
  addLayoutEvidence(evidence, layoutAnchor(elements), index);
  add('title', first.getAttribute('title') ?? undefined);
  addIdentifierEvidence(evidence, first);
  return { evidence, legendText };
}

/**
 * Table parts above the cells. A group whose nearest common ancestor is one
 * of these spans several cells.
 */
const TABLE_PARTS = new Set(['TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR']);

/**
 * Returns the element whose table cell labels the group. A group laid out in
 * a table of its own, as ASP.NET renders a RadioButtonList, is labelled by the
 * cell around that table, not by its neighbouring choice.
 */
function layoutAnchor(elements: readonly ControlElement[]): Element {
  const [first] = elements;
  const common = commonAncestor(elements);
  if (!common || !TABLE_PARTS.has(common.tagName)) return first;

  const table = closestTag(common, 'TABLE', MAX_GROUP_DEPTH);
  return table && containsOnly(table, elements) ? table : first;
}

/** Tells whether the element's controls, hidden inputs aside, are exactly the group's. */
function containsOnly(element: Element, elements: readonly ControlElement[]): boolean {
  const inputs = Array.from(element.getElementsByTagName('input'));
  const visible = inputs.filter((input) => input.type !== 'hidden').length;
  const others =
    element.getElementsByTagName('select').length + element.getElementsByTagName('textarea').length;
  const widgets = element.querySelectorAll(ARIA_WIDGET_SELECTOR).length;
  return visible + others + widgets === elements.length;
}

function commonAncestor(elements: readonly Element[]): Element | null {
  const ancestors: Element[] = [];
  let current = elements[0].parentElement;
  for (let depth = 0; current && depth < MAX_GROUP_DEPTH + 2; depth++) {
    ancestors.push(current);
    current = current.parentElement;
  }

  let lowest = 0;
  for (const element of elements.slice(1)) {
    let found = -1;
    for (let parent = element.parentElement; parent && found < 0; parent = parent.parentElement) {
      found = ancestors.indexOf(parent);
    }
    if (found < 0) return null;
    lowest = Math.max(lowest, found);
  }
  return ancestors[lowest] ?? null;
}

function ariaGroup(element: Element, maxDepth = MAX_GROUP_DEPTH): Element | null {
  let current = element.parentElement;
  for (let depth = 0; current && depth < maxDepth; depth++) {
    const role = current.getAttribute('role');
    if (role === 'radiogroup' || role === 'group') return current;
    current = current.parentElement;
  }
  return null;
}

/** Returns the legend of the nearest fieldset when that fieldset contains no other controls. */
function exclusiveLegend(elements: ControlElement[]): Element | null {
  const fieldset = closestTag(elements[0], 'FIELDSET', MAX_GROUP_DEPTH + 2);
  if (!fieldset || !elements.every((element) => fieldset.contains(element))) return null;
  const controls = fieldset.querySelectorAll(
    `input:not([type=hidden]), select, textarea, ${ARIA_WIDGET_SELECTOR}`,
  );
  return controls.length === elements.length ? firstChildWithTag(fieldset, 'LEGEND') : null;
}
