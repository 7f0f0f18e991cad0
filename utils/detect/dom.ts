/** Small DOM helpers shared by the collection and label steps. */
import { cleanLabel } from './normalize';

export type TreeRoot = Document | ShadowRoot;

export type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * A control of the scan: a form control, or an ARIA widget such as a
 * `role="switch"` button (`aria-widgets.ts`), which has no `value` or
 * `disabled` of a form control. `isFormControl` distinguishes the two.
 */
export type ControlElement = FormControl | HTMLElement;

/** Elements whose text is never label text. */
// prettier-ignore
const TEXTLESS_TAGS = new Set([
  'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SELECT', 'TEXTAREA', 'INPUT', 'BUTTON',
  'OPTION', 'DATALIST', 'IFRAME', 'OBJECT',
]);

/** Elements that end a line of text, so label text does not continue across them. */
// prettier-ignore
export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HR', 'LEGEND', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY',
  'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

export const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** Maximum length of a label text; longer text is a paragraph of help. */
export const MAX_LABEL_LENGTH = 120;

/** Tells whether an element is an input, select or textarea. */
export function isFormControl(element: Element): element is FormControl {
  const tag = element.tagName;
  return tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA';
}

/** Tells whether an element is a control or a button that interrupts label text. */
export function isInteractive(element: Element): boolean {
  return isFormControl(element) || element.tagName === 'BUTTON';
}

/** Tells whether markup hides the element without a style lookup. */
export function isMarkedHidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  // Only an element with a style attribute has an inline style, and reading `style` costs an object.
  if (!element.hasAttribute('style')) return false;
  const style = (element as HTMLElement).style;
  return style?.display === 'none' || style?.visibility === 'hidden';
}

const ENDS_LOWER_CASE = /\p{Ll}$/u;
const STARTS_UPPER_CASE = /^\p{Lu}/u;

/**
 * Returns the rendered text of an element, without the text of nested
 * controls, scripts and elements hidden by markup, cut to `maxLength`. Where
 * an element's edge joins a lower-case letter to an upper-case one, as in
 * `Nom<small>Name</small>` with the translation shown on its own line, a
 * space keeps the two words apart.
 */
export function visibleText(element: Element, maxLength = 200): string {
  // Most label cells and labels hold one text node, which needs no walk.
  const first = element.firstChild;
  if (first && first === element.lastChild && first.nodeType === Node.TEXT_NODE) {
    return cleanLabel(first.nodeValue ?? '').slice(0, maxLength);
  }

  let text = '';
  let atElementEdge = false;
  const collect = (node: Node): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const value = child.nodeValue ?? '';
        if (atElementEdge && ENDS_LOWER_CASE.test(text) && STARTS_UPPER_CASE.test(value)) {
          text += ' ';
        }
        text += value;
        atElementEdge = false;
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const childElement = child as Element;
        if (TEXTLESS_TAGS.has(childElement.tagName) || isMarkedHidden(childElement)) continue;
        // Text hidden from assistive technology, as a choice's key letter, names nothing.
        if (childElement.getAttribute('aria-hidden') === 'true') continue;
        if (BLOCK_TAGS.has(childElement.tagName)) text += ' ';
        atElementEdge = true;
        if (!collect(childElement)) return false;
        atElementEdge = true;
      }
      if (text.length > maxLength * 2) return false;
    }
    return true;
  };
  collect(element);
  return cleanLabel(text).slice(0, maxLength);
}

/** `Node.DOCUMENT_FRAGMENT_NODE`, the node type of a shadow root. */
const DOCUMENT_FRAGMENT_NODE = 11;

/**
 * Tells whether a node is a shadow root. It reads the node type first,
 * because `'host' in document` queries the document's named properties, the
 * elements whose name or id is `host`.
 */
export function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === DOCUMENT_FRAGMENT_NODE && Boolean((node as ShadowRoot).host);
}

/** Returns the parent in the composed tree: a shadow root's host for its top-level children. */
export function composedParent(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const parent = element.parentNode;
  return parent && isShadowRoot(parent) ? parent.host : null;
}

/** Returns the nearest ancestor, itself included, with the tag, up to `maxLevels` up. */
export function closestTag(element: Element, tag: string, maxLevels: number): Element | null {
  let current: Element | null = element;
  for (let level = 0; current && level <= maxLevels; level++) {
    if (current.tagName === tag) return current;
    current = current.parentElement;
  }
  return null;
}
