/**
 * CSS selectors that find a control again in its document. Each shadow root on
 * the way adds a step: `host-selector >>> inner-selector`.
 */
import { isFormControl, isShadowRoot } from './dom';

type SelectorRoot = Document | ShadowRoot | DocumentFragment;

/** Counts of ids and control names per root; a scan passes its own, built in one pass. */
export interface SelectorLookup {
  idCount(root: SelectorRoot, id: string): number;
  /** Number of controls with this upper-case tag and name in the root. */
  nameCount(root: SelectorRoot, tag: string, name: string): number;
  /** Number of custom elements with this upper-case tag in the root. */
  tagCount(root: SelectorRoot, tag: string): number;
}

/** Lookup that queries the root; fine for one selector, too slow for a whole scan. */
const queryLookup: SelectorLookup = {
  idCount: (root, id) => root.querySelectorAll(`[id="${escapeAttributeValue(id)}"]`).length,
  nameCount: (root, tag, name) =>
    root.querySelectorAll(`${tag.toLowerCase()}[name="${escapeAttributeValue(name)}"]`).length,
  tagCount: (root, tag) => root.querySelectorAll(escapeIdentifier(tag.toLowerCase())).length,
};

/** Builds a selector unique within the element's document; `host >>> inner` per shadow root. */
export function uniqueSelector(element: Element): string {
  return buildSelector(element, queryLookup, new Map());
}

/** Builds a selector with the given counts; `positions` caches sibling positions across calls. */
export function buildSelector(
  element: Element,
  lookup: SelectorLookup,
  positions: Map<Element, number>,
): string {
  const steps: string[] = [];
  let current: Element = element;
  for (;;) {
    const root = current.getRootNode() as SelectorRoot;
    steps.unshift(selectorInRoot(current, root, lookup, positions));
    if (!isShadowRoot(root)) break;
    current = root.host;
  }
  return steps.join(' >>> ');
}

function selectorInRoot(
  element: Element,
  root: SelectorRoot,
  lookup: SelectorLookup,
  positions: Map<Element, number>,
): string {
  if (element.id && lookup.idCount(root, element.id) === 1) {
    return `#${escapeIdentifier(element.id)}`;
  }

  const name = element.getAttribute('name');
  if (name && isFormControl(element) && lookup.nameCount(root, element.tagName, name) === 1) {
    return `${element.tagName.toLowerCase()}[name="${escapeAttributeValue(name)}"]`;
  }
  const tag = element.tagName;
  if (tag.includes('-') && lookup.tagCount(root, tag) === 1) {
    return escapeIdentifier(tag.toLowerCase());
  }
  return pathSelector(element, root, lookup, positions);
}

/** Returns `tag:nth-of-type(n) > …` from the nearest ancestor with a unique id, or the root. */
function pathSelector(
  element: Element,
  root: SelectorRoot,
  lookup: SelectorLookup,
  positions: Map<Element, number>,
): string {
  const steps: string[] = [];
  for (let current: Element | null = element; current; current = current.parentElement) {
    if (current !== element && current.id && lookup.idCount(root, current.id) === 1) {
      steps.unshift(`#${escapeIdentifier(current.id)}`);
      break;
    }
    const tag = current.tagName.toLowerCase();
    steps.unshift(`${tag}:nth-of-type(${positionOfType(current, positions)})`);
  }
  return steps.join(' > ');
}

function positionOfType(element: Element, positions: Map<Element, number>): number {
  const known = positions.get(element);
  if (known !== undefined) return known;

  const parent = element.parentNode;
  const counts = new Map<string, number>();
  for (let sibling = parent?.firstChild; sibling; sibling = sibling.nextSibling) {
    if (sibling.nodeType !== Node.ELEMENT_NODE) continue;
    const tag = (sibling as Element).tagName;
    const position = (counts.get(tag) ?? 0) + 1;
    counts.set(tag, position);
    positions.set(sibling as Element, position);
  }
  return positions.get(element) ?? 1;
}

/** Escapes a CSS identifier as CSS.escape() does (CSSOM, "serialize an identifier"). */
export function escapeIdentifier(value: string): string {
  const native = (globalThis as { CSS?: { escape?: (text: string) => string } }).CSS?.escape;
  if (native) return native(value);

  let result = '';
  for (let index = 0; index < value.length; index++) {
    const char = value[index];
    const code = value.charCodeAt(index);
    if (code === 0) result += '\uFFFD';
    else if ((code >= 1 && code <= 31) || code === 127) result += `\\${code.toString(16)} `;
    else if (/\d/.test(char) && (index === 0 || (index === 1 && value[0] === '-'))) {
      result += `\\${code.toString(16)} `;
    } else if (index === 0 && char === '-' && value.length === 1) result += '\\-';
    else if (code >= 128 || /[\w-]/.test(char)) result += char;
    else result += `\\${char}`;
  }
  return result;
}

function escapeAttributeValue(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}
