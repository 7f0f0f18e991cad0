/** Facts about a control that formats and writers need: kind, limits, hints and state. */
import type { ControlInfo, ControlKind, OptionInfo } from '../messaging/page-model';
import { isWidgetDisabled } from './aria-widgets';
import { type ControlElement, type FormControl, isFormControl, visibleText } from './dom';
import type { Inherited } from './inherited';

/** Input types that hold no alert data or that a person never types into. */
const IGNORED_INPUT_TYPES = new Set([
  'hidden',
  'button',
  'submit',
  'reset',
  'image',
  'password',
  'range',
  'color',
]);

const KIND_BY_INPUT_TYPE: Record<string, ControlKind> = {
  date: 'date',
  'datetime-local': 'datetime-local',
  time: 'time',
  file: 'file',
  checkbox: 'checkbox',
  radio: 'radio-group',
};

/**
 * Tells whether a control is skipped: hidden inputs, buttons and the like, and
 * search boxes. A search input that picks a value from a list (a combobox) is
 * kept, because some portals choose a country or a centre that way. So is a
 * widget's decoration that no one can reach: an input or ARIA widget hidden
 * from assistive technology and from the tab order, such as Dojo's drop-down
 * arrow.
 */
export function isIgnoredControl(element: ControlElement): boolean {
  const tag = element.tagName;
  if (tag !== 'INPUT') return tag !== 'SELECT' && tag !== 'TEXTAREA' && isUnreachable(element);
  const type = inputType(element);
  if (IGNORED_INPUT_TYPES.has(type)) return true;
  if (isUnreachable(element)) return true;
  return type === 'search' && !isCombobox(element);
}

/** Tells whether a control is hidden from assistive technology and from the tab order. */
function isUnreachable(element: Element): boolean {
  return (
    element.getAttribute('aria-hidden') === 'true' && element.getAttribute('tabindex') === '-1'
  );
}

function isCombobox(element: Element): boolean {
  return (
    element.getAttribute('role') === 'combobox' ||
    element.hasAttribute('list') ||
    element.hasAttribute('aria-autocomplete')
  );
}

/** Returns the input's type in lower case, `text` for an unknown type. */
export function inputType(element: Element): string {
  return (element.getAttribute('type') ?? 'text').trim().toLowerCase() || 'text';
}

/** Returns the kind of a single control; email, tel, number and search inputs are text. */
export function kindOf(element: FormControl): ControlKind {
  if (element.tagName === 'TEXTAREA') return 'textarea';
  if (element.tagName === 'SELECT') {
    return (element as HTMLSelectElement).multiple ? 'select-multiple' : 'select';
  }
  return KIND_BY_INPUT_TYPE[inputType(element)] ?? 'text';
}

/**
 * Returns the options of a select with their values, trimmed texts and
 * disabled flags. An indexed loop took about half the time of `Array.from`
 * with a callback in Chromium 156 with cold code (100 selects of 5 options).
 */
export function selectOptions(select: HTMLSelectElement): OptionInfo[] {
  const { options } = select;
  const infos: OptionInfo[] = [];
  for (let index = 0; index < options.length; index++) {
    const option = options[index];
    const info: OptionInfo = { value: option.value, text: option.text.trim() };
    if (option.disabled) info.disabled = true;
    infos.push(info);
  }
  return infos;
}

/**
 * Returns the control's state. A disabled fieldset disables its controls,
 * except those in its first legend. An ARIA widget is disabled by
 * `aria-disabled="true"`, and a widget that is a button also by `disabled`.
 */
export function controlState(
  element: ControlElement,
  disabledFieldset?: Element,
): ControlInfo['state'] {
  if (disabledFieldset && !inFirstLegend(element, disabledFieldset)) return 'disabled';
  if (!isFormControl(element)) return isWidgetDisabled(element) ? 'disabled' : 'editable';
  if (element.disabled) return 'disabled';
  const readOnly = 'readOnly' in element && element.readOnly;
  return readOnly && element.tagName !== 'SELECT' ? 'readonly' : 'editable';
}

function inFirstLegend(element: Element, fieldset: Element): boolean {
  for (let child = fieldset.firstElementChild; child; child = child.nextElementSibling) {
    if (child.tagName === 'LEGEND') return child.contains(element);
  }
  return false;
}

/**
 * Tells whether the page shows or expects upper case only: `text-transform:
 * uppercase` in the style attribute, or a pattern that allows upper-case
 * letters and no lower-case ones.
 * NOTE: a text-transform set by a style sheet is not seen; reading the
 * computed style of every control would slow the scan.
 */
export function expectsUpperCase(element: ControlElement): boolean {
  // Reading `style` creates a declaration object, so elements without the attribute skip it.
  const styled = element.hasAttribute('style');
  if (styled && (element as HTMLElement).style?.textTransform === 'uppercase') return true;
  const pattern = element.getAttribute('pattern');
  return Boolean(pattern && /A-Z/.test(pattern) && !/a-z/.test(pattern));
}

const MAX_HINT_LENGTH = 60;

/** ControlInfo properties copied from the attribute of the same meaning, when not blank. */
const COPIED_ATTRIBUTES: readonly (readonly [keyof ControlInfo, string])[] = [
  ['placeholder', 'placeholder'],
  ['pattern', 'pattern'],
  ['inputMode', 'inputmode'],
  ['autocomplete', 'autocomplete'],
  ['accept', 'accept'],
];

/** Returns the text of the elements named by `aria-describedby`, when short enough to be a hint. */
export function describedByText(element: Element, root: Document | ShadowRoot): string | undefined {
  const ids = element.getAttribute('aria-describedby');
  if (!ids) return undefined;

  const text = ids
    .split(/\s+/)
    .map((id) => root.getElementById(id))
    .filter((target): target is HTMLElement => target !== null)
    .map((target) => visibleText(target, MAX_HINT_LENGTH))
    .join(' ')
    .trim();
  return text && text.length <= MAX_HINT_LENGTH ? text : undefined;
}

/** Copies a control's attributes into a ControlInfo; the caller adds options and hint. */
export function basicControlInfo(
  key: string,
  element: ControlElement,
  kind: ControlKind,
  inherited: Inherited,
): ControlInfo {
  const state = controlState(element, inherited.disabledFieldset);
  const info: ControlInfo = { key, kind, state };
  const maxLength = Number.parseInt(element.getAttribute('maxlength') ?? '', 10);
  if (maxLength >= 0) info.maxLength = maxLength;

  for (const [property, attribute] of COPIED_ATTRIBUTES) {
    const value = element.getAttribute(attribute)?.trim();
    if (value) (info as unknown as Record<string, string>)[property] = value;
  }

  if (inherited.lang) info.lang = inherited.lang;
  if (isTextLike(kind) && expectsUpperCase(element)) info.upperCase = true;
  if (kind === 'text' && element.getAttribute('role') === 'combobox') info.combobox = true;
  return info;
}

/** Tells whether a kind takes free text, where hints and upper case apply. */
export function isTextLike(kind: ControlKind): boolean {
  return kind === 'text' || kind === 'textarea';
}
