/**
 * Label evidence of a control, in the order autofill engines trust the
 * sources: `label[for]`, wrapping label, `aria-labelledby`, `aria-label`, text
 * before the control, table cells, `dt`, placeholder, title, text after a
 * checkbox or radio, then the name, id and autocomplete tokens.
 */
import type { LabelSource, OptionInfo } from '../messaging/page-model';
import {
  type ControlElement,
  type TreeRoot,
  MAX_LABEL_LENGTH,
  isFormControl,
  visibleText,
} from './dom';
import { type EvidenceItem, addEvidence, isFormatMask } from './evidence';
import { cleanLabel, normalizeText, splitWords } from './normalize';
import { type NearbyTextScope, textAfter, textBefore } from './nearby-text';
import { definitionTerm, tableLabels } from './table-labels';
import { SEARCH } from './vocabulary-words';
import type { TreeIndex } from './walk';

/** Returns the labels that belong to a control: those naming its id and the one wrapping it. */
export function ownLabels(
  element: ControlElement,
  root: TreeRoot,
  index: TreeIndex,
): HTMLLabelElement[] {
  const byFor = index.labelsByFor.get(root);
  const own = element.id ? byFor?.get(element.id) : undefined;
  // flatpickr's `altInput` shows a box of its own after the hidden input that the label names.
  const previous = element.previousElementSibling as HTMLInputElement | null;
  const hidden = !own && previous?.type === 'hidden' && previous.id ? previous.id : '';
  const labels = [...((hidden ? byFor?.get(hidden) : own) ?? [])];
  const wrapping = element.closest('label');
  if (wrapping && !labels.includes(wrapping) && wrapsControl(wrapping, element)) {
    labels.push(wrapping);
  }
  return labels;
}

/** Tells whether a wrapping label labels the control; with a `for` it labels that element. */
function wrapsControl(label: HTMLLabelElement, element: Element): boolean {
  return !label.htmlFor || label.htmlFor === element.id;
}

/** Returns the text of the elements that `aria-labelledby` names, hidden ones included. */
export function labelledByText(element: Element, root: TreeRoot): string {
  return labelledByTexts(element, root).join(' ').slice(0, MAX_LABEL_LENGTH);
}

/** Returns the text of each element that `aria-labelledby` names, in its order. */
function labelledByTexts(element: Element, root: TreeRoot): string[] {
  const ids = element.getAttribute('aria-labelledby');
  if (!ids) return [];
  return ids.split(/\s+/).flatMap((id) => {
    const target = id ? root.getElementById(id) : null;
    const text = target && target !== element ? cleanLabel(target.textContent ?? '') : '';
    return text ? [text] : [];
  });
}

/**
 * Collects the label evidence of a single control (not a radio or checkbox
 * group). `labels` are the control's own labels, which a caller that has read
 * them passes in.
 */
export function controlLabelEvidence(
  element: ControlElement,
  root: TreeRoot,
  index: TreeIndex,
  checkable: boolean,
  labels: HTMLLabelElement[] = ownLabels(element, root, index),
): EvidenceItem[] {
  const evidence: EvidenceItem[] = [];
  const add = (source: LabelSource, text: string | undefined) =>
    addEvidence(evidence, { source, text: cleanLabel(text ?? ''), form: 'label' });

  for (const label of labels) {
    add(label.contains(element) ? 'label-wrap' : 'label-for', visibleText(label, MAX_LABEL_LENGTH));
  }
  add('label-wrap', componentLabel(element, index));
  // Microsoft Forms names a question's title and then its subtitle, which may name other things:
  // "Decisão judicial ou da CPCJ" and "N.º do processo". The title alone counts too.
  const labelledBy = labelledByTexts(element, root);
  add('aria-labelledby', labelledBy.join(' ').slice(0, MAX_LABEL_LENGTH));
  if (labelledBy.length > 1) add('aria-labelledby', labelledBy[0].slice(0, MAX_LABEL_LENGTH));
  add('aria-label', element.getAttribute('aria-label') ?? undefined);
  // An ARIA widget shows its label inside itself, as a wrapping label would.
  if (!isFormControl(element)) add('label-wrap', visibleText(element, MAX_LABEL_LENGTH));

  const scope: NearbyTextScope = {
    ownLabels: new Set(labels),
    controlAncestors: index.controlAncestors,
  };
  const anchor = labels.find((label) => label.contains(element)) ?? element;
  add('text-before', textBefore(anchor, scope));
  addLayoutEvidence(evidence, element, index);

  const placeholder = element.getAttribute('placeholder') ?? '';
  if (placeholder && !isFormatMask(placeholder) && !isFilterPrompt(element, placeholder)) {
    add('placeholder', placeholder);
  }
  add('title', element.getAttribute('title') ?? undefined);
  if (checkable) add('text-after', textAfter(anchor, scope));

  addIdentifierEvidence(evidence, element);
  return evidence;
}

let searchWords: Set<string> | undefined;

/**
 * Tells whether a placeholder only invites typing to filter a combobox's
 * choices, as the "Search…" of a picker. Such a combobox is a field's input,
 * not a search box, so its placeholder is no label.
 */
function isFilterPrompt(element: Element, placeholder: string): boolean {
  const combobox =
    element.getAttribute('role') === 'combobox' || element.hasAttribute('aria-autocomplete');
  if (!combobox) return false;
  searchWords ??= new Set(SEARCH.map(normalizeText).filter((word) => !word.includes(' ')));
  const words = splitWords(normalizeText(placeholder));
  return words.length === 1 && searchWords.has(words[0]);
}

/** Levels from a control up to the web component that may wrap it. */
const MAX_COMPONENT_DEPTH = 2;

/**
 * Returns the label of a web component that wraps the control. That is the
 * label around the slot that shows the control in the component's shadow
 * tree, or else the custom element's `label` attribute (`<x-field label="Nom">`).
 */
function componentLabel(element: ControlElement, index: TreeIndex): string | undefined {
  const slot = element.assignedSlot ?? closedRootSlot(element, index);
  const slotLabel = slot?.closest('label');
  if (slotLabel) return visibleText(slotLabel, MAX_LABEL_LENGTH);

  let current = element.parentElement;
  for (let level = 0; current && level < MAX_COMPONENT_DEPTH; level++) {
    if (current.localName.includes('-')) return current.getAttribute('label') ?? undefined;
    current = current.parentElement;
  }
  return undefined;
}

/** Returns the slot of a closed shadow root that shows the element, which `assignedSlot` hides. */
function closedRootSlot(element: ControlElement, index: TreeIndex): HTMLSlotElement | null {
  const root = element.parentElement && index.closedRoots.get(element.parentElement);
  if (!root) return null;
  const slots = root.querySelectorAll('slot');
  return [...slots].find((slot) => slot.assignedElements().includes(element)) ?? null;
}

/** Adds the table and definition-list labels of the element. */
export function addLayoutEvidence(
  evidence: EvidenceItem[],
  element: Element,
  index: TreeIndex,
): void {
  const table = tableLabels(element, index.controlAncestors, index.headerRows);
  const add = (source: LabelSource, text: string | undefined) =>
    addEvidence(evidence, { source, text: text ?? '', form: 'label' });
  add('table-left', table.left);
  add('table-above', table.above);
  add('definition-list', definitionTerm(element));
}

/** Adds the name, the id when it differs, and the autocomplete tokens. */
export function addIdentifierEvidence(evidence: EvidenceItem[], element: Element): void {
  const name = element.getAttribute('name') ?? '';
  const id = element.id;
  addEvidence(evidence, { source: 'name-id', text: name, form: 'identifier' });
  // ASP.NET ids repeat the name with `_` for `$`, and many ids differ from it only in case.
  const sameAsName = id.replace(/_/g, '$').toLowerCase() === name.replace(/_/g, '$').toLowerCase();
  if (id && !sameAsName) {
    addEvidence(evidence, { source: 'name-id', text: id, form: 'identifier' });
  }

  const autocomplete = element.getAttribute('autocomplete')?.trim() ?? '';
  if (autocomplete && !/^(on|off)$/i.test(autocomplete)) {
    addEvidence(evidence, { source: 'name-id', text: autocomplete, form: 'autocomplete' });
  }
}

/**
 * Returns the visible text of one choice of a radio or checkbox group: its own
 * label, else the text after it, else its value. A name of its own
 * (`aria-labelledby`, `aria-label`, an ARIA widget's text) comes before the
 * text after it.
 */
export function choiceText(input: ControlElement, root: TreeRoot, index: TreeIndex): string {
  const labels = ownLabels(input, root, index);
  for (const label of labels) {
    const text = visibleText(label, MAX_LABEL_LENGTH);
    if (text) return text;
  }
  const widgetText = widgetName(input, root);
  if (widgetText) return widgetText;
  const anchor = labels.find((label) => label.contains(input)) ?? input;
  const scope = { ownLabels: new Set(labels), controlAncestors: index.controlAncestors };
  return textAfter(anchor, scope) || choiceValue(input);
}

/** Returns the name an ARIA widget gives itself: `aria-labelledby`, `aria-label` or its text. */
export function widgetName(element: Element, root: TreeRoot): string {
  return (
    labelledByText(element, root) ||
    cleanLabel(element.getAttribute('aria-label') ?? '') ||
    visibleText(element, MAX_LABEL_LENGTH)
  );
}

/**
 * Returns the value of a choice: an input's value, or an ARIA widget's
 * `value` or `data-value` attribute, else its name.
 */
export function choiceValue(element: ControlElement, root?: TreeRoot): string {
  if (isFormControl(element)) return element.value;
  const value = element.getAttribute('value') ?? element.getAttribute('data-value');
  if (value !== null) return value;
  return root ? widgetName(element, root) : visibleText(element, MAX_LABEL_LENGTH);
}

/**
 * Returns a choice as an option: its value and its text. A checkbox or radio
 * button with `value=""` takes its text as its value, so that it does not
 * read as a list's prompt, whose value is empty.
 */
export function choiceOption(input: ControlElement, root: TreeRoot, index: TreeIndex): OptionInfo {
  const text = choiceText(input, root, index);
  return { value: choiceValue(input, root) || text, text };
}
