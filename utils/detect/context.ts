/**
 * Section context of a control: fieldset legends, labelled groups and regions,
 * the table section row and the nearest heading, nearest first. A "Guardian"
 * legend makes "Name" the guardian's name.
 */
import { type TreeRoot, MAX_LABEL_LENGTH, composedParent, visibleText } from './dom';
import { labelledByText } from './labels';
import type { CollectedControl } from './walk';

const GROUP_ROLES = new Set(['group', 'region', 'radiogroup', 'form']);
const MAX_CONTEXT_DEPTH = 25;

/** Returns the context texts of a control, nearest first; `exclude` is a legend already used as its label. */
export function sectionContext(collected: CollectedControl, exclude?: Element): string[] {
  const texts: string[] = [];
  let current: Element | null = collected.element.parentElement;

  for (let depth = 0; current && depth < MAX_CONTEXT_DEPTH; depth++) {
    const text = sectionName(current, exclude);
    if (text && !texts.includes(text)) texts.push(text);
    current = composedParent(current);
  }
  if (collected.tableSection) texts.push(collected.tableSection);
  if (collected.heading) texts.push(collected.heading);
  return texts;
}

function sectionName(element: Element, exclude: Element | undefined): string | undefined {
  if (element.tagName === 'FIELDSET') {
    const legend = firstChildWithTag(element, 'LEGEND');
    return legend && legend !== exclude ? visibleText(legend, MAX_LABEL_LENGTH) : undefined;
  }
  const role = element.getAttribute('role');
  if (element.tagName !== 'SECTION' && (!role || !GROUP_ROLES.has(role))) return undefined;
  if (element === exclude) return undefined;

  const root = element.getRootNode() as TreeRoot;
  return labelledByText(element, root) || element.getAttribute('aria-label') || undefined;
}

export function firstChildWithTag(element: Element, tag: string): Element | null {
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    if (child.tagName === tag) return child;
  }
  return null;
}
