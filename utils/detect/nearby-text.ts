/**
 * Text next to a control in the same line or block: the label before a text
 * box ("Date of birth" before three part inputs) and the text after a checkbox
 * or radio button.
 */
import {
  BLOCK_TAGS,
  HEADING_TAGS,
  MAX_LABEL_LENGTH,
  isInteractive,
  isMarkedHidden,
  visibleText,
} from './dom';
import { isFormatMask } from './evidence';
import { cleanLabel } from './normalize';

/** Containers that end the search upward: table cells and lists have their own label sources. */
// prettier-ignore
const STOP_CONTAINERS = new Set([
  'TD', 'TH', 'TR', 'TABLE', 'LI', 'DD', 'DT', 'FIELDSET', 'FORM', 'BODY', 'HTML', 'LABEL',
]);
/**
 * Levels that the search climbs. MudBlazor puts each input of a split date in
 * four boxes below the row that follows the date's caption, and Naive UI the
 * input of a date picker in five boxes below the item's label. An rc-select
 * multiple select puts its search input six boxes below the widget that
 * follows the label.
 */
const MAX_LEVELS_UP = 7;
const MAX_SIBLINGS = 8;
/**
 * A terminal's field prompt: two to four capitals and a slash ("MKE/"), or
 * in an element of its own, two to four capitals with a box number or a
 * number sign ("SURN", "WRN1", "CASE#").
 */
const PROMPT = /^\p{Lu}{2,4}\/$/u;
const BARE_PROMPT = /^\p{Lu}{2,4}(?:\d|#)?$/u;
/** A row's number alone, as a list numbers its rows: "1", "2.". */
export const ROW_NUMBER_ALONE = /^\d{1,3}\.?$/;
/** One letter repeated, as the "DD/", "MM/" or "GG/" of a date mask, is no prompt. */
const DATE_MASK_PART = /^(\p{Lu})\1+\/?$/u;

export interface NearbyTextScope {
  /** Labels of the control itself, skipped because they are reported as such. */
  ownLabels: ReadonlySet<Element>;
  /** Elements that contain a form control. */
  controlAncestors: ReadonlySet<Element>;
}

/** A search result: text, nothing found here (look further up), or a stop. */
type Found = string | null | typeof STOP;
const STOP = Symbol('stop');

/**
 * Returns the text just before `anchor` in the same block, climbing out of
 * inline wrappers and single-control blocks, as in `<div>Surname</div><div><input></div>`.
 */
export function textBefore(anchor: Element, scope: NearbyTextScope): string {
  const preformatted = anchor.closest('pre') !== null;
  let node: Element = anchor;
  for (let level = 0; level < MAX_LEVELS_UP; level++) {
    const found = previousText(node, scope, preformatted);
    if (found === STOP) return '';
    // A row's number alone ("1", "2.") is no label: a list's header above the rows may be.
    if (found && !ROW_NUMBER_ALONE.test(found)) return found;

    const parent = node.parentElement;
    if (!parent || STOP_CONTAINERS.has(parent.tagName)) return '';
    node = parent;
  }
  return '';
}

/**
 * Returns the text before `node` among its siblings. In preformatted text,
 * such as a terminal screen in a `pre`, a line break ends the label, so the
 * help line above `CMD ==>` is not read as its label.
 */
function previousText(node: Element, scope: NearbyTextScope, preformatted: boolean): Found {
  let text = '';
  let seen = 0;
  for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) {
    if (sibling.nodeType === Node.TEXT_NODE) {
      text = (sibling.nodeValue ?? '') + text;
      const lineStart = preformatted ? text.lastIndexOf('\n') : -1;
      if (lineStart >= 0 && cleanLabel(text.slice(lineStart))) return finish(text.slice(lineStart));
      continue;
    }
    if (sibling.nodeType !== Node.ELEMENT_NODE) continue;
    if (++seen > MAX_SIBLINGS) break;

    const element = sibling as Element;
    const verdict = classifySibling(element, scope);
    if (verdict === 'skip') continue;
    if (verdict === 'stop') return finish(text) || STOP;
    if (verdict === 'break-line') {
      if (cleanLabel(text)) return finish(text);
      continue;
    }

    const piece = visibleText(element, MAX_LABEL_LENGTH);
    // A terminal's prompt in its own element ("MKE/", "SURN") is the whole label,
    // whatever the screen shows before it, such as the help line of the box above.
    if (!cleanLabel(text) && (isPrompt(piece) || isBarePrompt(piece))) return piece;
    text = piece + ' ' + text;
    if (verdict === 'block') return finish(text) || null;
  }
  return finish(text) || null;
}

type SiblingVerdict = 'skip' | 'stop' | 'break-line' | 'block' | 'inline';

function classifySibling(element: Element, scope: NearbyTextScope): SiblingVerdict {
  const tag = element.tagName;
  if (scope.ownLabels.has(element)) return 'skip';
  if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE' || isMarkedHidden(element)) {
    return 'skip';
  }
  // Struts puts a hidden input after each checkbox, before its text.
  if (tag === 'INPUT' && (element as HTMLInputElement).type === 'hidden') return 'skip';
  if (isInteractive(element) || scope.controlAncestors.has(element)) return 'stop';
  if (tag === 'LABEL' && (element as HTMLLabelElement).htmlFor) return 'stop';
  if (HEADING_TAGS.has(tag) || tag === 'LEGEND') return 'stop';
  if (tag === 'BR') return 'break-line';
  return BLOCK_TAGS.has(tag) ? 'block' : 'inline';
}

/** Tells whether a text is one prompt of two to four capitals and a slash, and no date mask. */
function isPrompt(text: string): boolean {
  return PROMPT.test(text) && !DATE_MASK_PART.test(text);
}

/** Tells whether a text is one prompt of capitals without a slash, and no date or time mask. */
function isBarePrompt(text: string): boolean {
  return BARE_PROMPT.test(text) && !DATE_MASK_PART.test(text) && !isFormatMask(text);
}

function finish(text: string): string {
  const clean = cleanLabel(text);
  return clean.length > MAX_LABEL_LENGTH ? clean.slice(clean.length - MAX_LABEL_LENGTH) : clean;
}

/** Returns the text after `anchor` up to the next control, line break or block. */
export function textAfter(
  anchor: Element,
  scope: NearbyTextScope,
  maxLength = MAX_LABEL_LENGTH,
): string {
  let text = '';
  let seen = 0;
  for (let sibling = anchor.nextSibling; sibling; sibling = sibling.nextSibling) {
    if (sibling.nodeType === Node.TEXT_NODE) {
      text += sibling.nodeValue ?? '';
      continue;
    }
    if (sibling.nodeType !== Node.ELEMENT_NODE) continue;
    if (++seen > MAX_SIBLINGS) break;

    const element = sibling as Element;
    const verdict = classifySibling(element, scope);
    if (verdict === 'skip') continue;
    if (verdict !== 'inline') break;
    text += ' ' + visibleText(element, maxLength);
    if (text.length > maxLength) break;
  }
  return cleanLabel(text).slice(0, maxLength);
}

/**
 * Returns the hint after a control: the inline texts after it, up to the next
 * control, line break or block, as many as fit `maxLength` together. A text
 * that would not fit ends the hint, so "(dd/mm/yyyy)" survives a validator
 * message that follows it. Elements the page does not render are skipped.
 */
export function hintAfter(anchor: Element, scope: NearbyTextScope, maxLength: number): string {
  let hint = '';
  let seen = 0;
  for (let sibling = anchor.nextSibling; sibling; sibling = sibling.nextSibling) {
    let piece = '';
    if (sibling.nodeType === Node.TEXT_NODE) {
      piece = sibling.nodeValue ?? '';
    } else if (sibling.nodeType === Node.ELEMENT_NODE) {
      if (++seen > MAX_SIBLINGS) break;
      const element = sibling as Element;
      const verdict = classifySibling(element, scope);
      if (verdict === 'skip') continue;
      if (verdict !== 'inline') break;
      if (!isShown(element)) continue;
      piece = visibleText(element, maxLength + 1);
    }

    if (piece.trim() === '') continue;
    const joined = cleanLabel(`${hint} ${piece}`);
    if (joined.length > maxLength) break;
    hint = joined;
  }
  return hint;
}

type VisibilityCheck = () => boolean;

/** Tells whether an element is rendered, where the engine can tell cheaply. */
function isShown(element: Element): boolean {
  const check = (element as Element & { checkVisibility?: VisibilityCheck }).checkVisibility;
  return typeof check === 'function' ? check.call(element) : true;
}
