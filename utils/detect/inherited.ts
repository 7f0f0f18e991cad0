/**
 * Values that an element inherits from its ancestors: language, enclosing
 * sections, a disabled fieldset, the `hidden` attribute, the table and a
 * search landmark. The walk computes them once per element on its way down,
 * so no control has to climb its ancestors for them.
 */
import { MAX_LABEL_LENGTH, type TreeRoot, visibleText } from './dom';
import { labelledByText } from './labels';

export interface Inherited {
  /** Nearest `lang` attribute. */
  lang?: string;
  /**
   * Names of the enclosing fieldsets, captioned tables, labelled groups and
   * sections, nearest first.
   */
  sections: readonly string[];
  /** Outermost fieldset with the `disabled` attribute, in the same tree. */
  disabledFieldset?: Element;
  /** The element or an ancestor has the `hidden` attribute. */
  hidden: boolean;
  /** Nearest table, in the same tree. */
  table?: Element;
  /** The element is in a search landmark: `role="search"` or `<search>`. */
  search?: boolean;
  /**
   * The element is in the page's header or navigation: `<header>`, `<nav>`,
   * `role="banner"` or `role="navigation"`, where portals put their own
   * controls (a language switch, a quick search) rather than alert fields.
   */
  pageChrome?: boolean;
}

export const TOP_FRAME: Inherited = { sections: [], hidden: false };

const GROUP_ROLES = new Set(['group', 'region', 'radiogroup', 'form']);

/** Tags that pass something down even without attributes. */
const STRUCTURE_TAGS = new Set(['TABLE', 'FIELDSET', 'SEARCH', 'HEADER', 'NAV']);

const CHROME_TAGS = new Set(['HEADER', 'NAV']);
const CHROME_ROLES = new Set(['banner', 'navigation']);

/** Child element that names a fieldset or a table. */
const TITLE_CHILD: Record<string, string> = { FIELDSET: 'LEGEND', TABLE: 'CAPTION' };

/** Returns what the children of `element` inherit: the parent's frame when nothing changes. */
export function inheritedBy(element: Element, parent: Inherited, root: TreeRoot): Inherited {
  const tag = element.tagName;
  if (!element.hasAttributes() && !STRUCTURE_TAGS.has(tag)) return parent;

  const lang = element.getAttribute('lang');
  const hidden = !parent.hidden && element.hasAttribute('hidden');
  const section = sectionName(element, root);
  const disabled = tag === 'FIELDSET' && element.hasAttribute('disabled');
  const table = tag === 'TABLE';
  const role = element.getAttribute('role');
  const search = !parent.search && (tag === 'SEARCH' || role === 'search');
  const chrome = !parent.pageChrome && (CHROME_TAGS.has(tag) || CHROME_ROLES.has(role ?? ''));
  if (lang === null && !hidden && !section && !disabled && !table && !search && !chrome) {
    return parent;
  }

  const inherited: Inherited = {
    lang: lang ?? parent.lang,
    sections: section ? [section, ...parent.sections] : parent.sections,
    disabledFieldset: disabled && !parent.disabledFieldset ? element : parent.disabledFieldset,
    hidden: parent.hidden || hidden,
    table: table ? element : parent.table,
  };
  if (parent.search || search) inherited.search = true;
  if (parent.pageChrome || chrome) inherited.pageChrome = true;
  return inherited;
}

/** Returns what a shadow root's content inherits from its host: language, sections, hiding. */
export function inheritedByShadowRoot(host: Inherited): Inherited {
  const inherited: Inherited = { lang: host.lang, sections: host.sections, hidden: host.hidden };
  if (host.search) inherited.search = true;
  if (host.pageChrome) inherited.pageChrome = true;
  return inherited;
}

/**
 * Returns the name of a fieldset (its legend), of a table (its caption) or of
 * a labelled group, region or section.
 */
function sectionName(element: Element, root: TreeRoot): string | undefined {
  const titleTag = TITLE_CHILD[element.tagName];
  if (titleTag) {
    const title = firstChildWithTag(element, titleTag) ?? tableTitleBefore(element);
    return title ? visibleText(title, MAX_LABEL_LENGTH) || undefined : undefined;
  }
  const panelTitle = panelTitleOf(element);
  if (panelTitle) return visibleText(panelTitle, MAX_LABEL_LENGTH) || undefined;
  const role = element.getAttribute('role');
  if (element.tagName !== 'SECTION' && (!role || !GROUP_ROLES.has(role))) return undefined;
  return labelledByText(element, root) || element.getAttribute('aria-label') || undefined;
}

/** A title class of its own: SAP Web Dynpro's `lsSTable__title`, `x-grid-title`. */
const TITLE_CLASS = /(?:^|[\s_-])(?:title|caption)(?:$|\s)/i;

/**
 * Returns the title element just before a table, as SAP Web Dynpro puts
 * "Weitere Namen und Schreibweisen" above its table of name variants in
 * place of a caption.
 */
function tableTitleBefore(element: Element): Element | null {
  if (element.tagName !== 'TABLE') return null;
  const before = element.previousElementSibling;
  if (
    !before ||
    before.firstElementChild ||
    !TITLE_CLASS.test(before.getAttribute('class') ?? '')
  ) {
    return null;
  }
  return before;
}

/**
 * Title bars of the panel widgets of PrimeFaces, Bootstrap, Ext JS, jQuery UI,
 * Vaadin, Angular Material and admin themes: they name their panel as a
 * legend names a fieldset.
 */
const PANEL_TITLE_CLASS =
  /(?:^|\s)(?:ui-panel-titlebar|panel-heading|card-header|x-panel-header|ui-widget-header|box-header|portlet-title|v-panel-captionwrap|mat-card-header)(?:\s|$)/;

/** Returns the title bar that is the first child of a panel, if any. */
function panelTitleOf(element: Element): Element | null {
  if (element.tagName !== 'DIV' || !element.hasAttribute('class')) return null;
  const first = element.firstElementChild;
  if (!first || first === element.lastElementChild) return null;
  return PANEL_TITLE_CLASS.test(first.getAttribute('class') ?? '') ? first : null;
}

export function firstChildWithTag(element: Element, tag: string): Element | null {
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    if (child.tagName === tag) return child;
  }
  return null;
}
