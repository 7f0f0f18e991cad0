/**
 * Values that an element inherits from its ancestors: language, enclosing
 * sections, a disabled fieldset, the `hidden` attribute and the table. The
 * walk computes them once per element on its way down, so no control has to
 * climb its ancestors for them.
 */
import { MAX_LABEL_LENGTH, type TreeRoot, visibleText } from './dom';
import { labelledByText } from './labels';

export interface Inherited {
  /** Nearest `lang` attribute. */
  lang?: string;
  /** Names of the enclosing fieldsets, labelled groups and sections, nearest first. */
  sections: readonly string[];
  /** Outermost fieldset with the `disabled` attribute, in the same tree. */
  disabledFieldset?: Element;
  /** The element or an ancestor has the `hidden` attribute. */
  hidden: boolean;
  /** Nearest table, in the same tree. */
  table?: Element;
}

export const TOP_FRAME: Inherited = { sections: [], hidden: false };

const GROUP_ROLES = new Set(['group', 'region', 'radiogroup', 'form']);

/** Returns what the children of `element` inherit: the parent's frame when nothing changes. */
export function inheritedBy(element: Element, parent: Inherited, root: TreeRoot): Inherited {
  if (!element.hasAttributes() && element.tagName !== 'TABLE' && element.tagName !== 'FIELDSET') {
    return parent;
  }
  const lang = element.getAttribute('lang');
  const hidden = !parent.hidden && element.hasAttribute('hidden');
  const section = sectionName(element, root);
  const disabled = element.tagName === 'FIELDSET' && element.hasAttribute('disabled');
  const table = element.tagName === 'TABLE';
  if (lang === null && !hidden && !section && !disabled && !table) return parent;

  return {
    lang: lang ?? parent.lang,
    sections: section ? [section, ...parent.sections] : parent.sections,
    disabledFieldset: disabled && !parent.disabledFieldset ? element : parent.disabledFieldset,
    hidden: parent.hidden || hidden,
    table: table ? element : parent.table,
  };
}

/** Returns what a shadow root's content inherits from its host: language, sections, hiding. */
export function inheritedByShadowRoot(host: Inherited): Inherited {
  return { lang: host.lang, sections: host.sections, hidden: host.hidden };
}

/** Returns the name of a fieldset (its legend) or of a labelled group, region or section. */
function sectionName(element: Element, root: TreeRoot): string | undefined {
  if (element.tagName === 'FIELDSET') {
    const legend = firstChildWithTag(element, 'LEGEND');
    return legend ? visibleText(legend, MAX_LABEL_LENGTH) || undefined : undefined;
  }
  const role = element.getAttribute('role');
  if (element.tagName !== 'SECTION' && (!role || !GROUP_ROLES.has(role))) return undefined;
  return labelledByText(element, root) || element.getAttribute('aria-label') || undefined;
}

export function firstChildWithTag(element: Element, tag: string): Element | null {
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    if (child.tagName === tag) return child;
  }
  return null;
}
