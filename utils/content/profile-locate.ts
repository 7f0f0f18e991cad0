/**
 * Finding a portal profile's controls in this frame's document. The page
 * looks the selectors up, and the extension applies the profile where it
 * classifies the frame's scan (`applyLocatedProfile`).
 */
import {
  ARIA_WIDGET_SELECTOR,
  ariaWidgetKind,
  isAriaWidget,
  isWidgetDisabled,
} from '@/utils/detect/aria-widgets';
import { controlKey } from '@/utils/detect/control-key';
import type { TreeRoot } from '@/utils/detect/dom';
import { choiceValue, widgetName } from '@/utils/detect/labels';
import { readPageValue } from '@/utils/detect/page-value';
import type { ScanResult } from '@/utils/detect/scan';
import { uniqueSelector } from '@/utils/detect/selector';
import type {
  ControlInfo,
  ControlKind,
  DetectedField,
  OptionInfo,
} from '@/utils/messaging/page-model';
import {
  applyLocatedProfile,
  type LocatedProfile,
  type ProfileLocation,
} from '@/utils/profile/located';
import type { LocatedControl } from '@/utils/profile/override';
import { isProfileFrame, type FrameInfo } from '@/utils/profile/select';
import { selectorSteps } from '@/utils/profile/selector';
import type { PortalProfile } from '@/utils/schema/profile';

export type ShadowRootReader = (host: Element) => ShadowRoot | null;

const CONTROL_SELECTOR = 'input, select, textarea';

/** Returns every element a profile selector matches, entering shadow roots at each ` >>> `. */
export function queryProfileSelector(
  doc: Document,
  selector: string,
  readShadowRoot?: ShadowRootReader,
): Element[] {
  const steps = selectorSteps(selector);
  let scope: Document | ShadowRoot = doc;
  try {
    for (const step of steps.slice(0, -1)) {
      const host: Element | null = scope.querySelector(step);
      const root: ShadowRoot | null = host
        ? (host.shadowRoot ?? readShadowRoot?.(host) ?? null)
        : null;
      if (!root) return [];
      scope = root;
    }
    return [...scope.querySelectorAll(steps[steps.length - 1])];
  } catch {
    // A selector that is not valid CSS finds nothing, as the portal may have changed it.
    return [];
  }
}

/** Tells whether an element is a form control or an ARIA widget that the scan takes as one. */
function isControl(element: Element): boolean {
  return element.matches(CONTROL_SELECTOR) || isAriaWidget(element);
}

/** Returns the first form control inside a container, else its first ARIA widget. */
function controlInside(container: Element): Element | null {
  const control = container.querySelector(CONTROL_SELECTOR);
  if (control) return control;
  const widget = container.querySelector(ARIA_WIDGET_SELECTOR);
  return widget && isAriaWidget(widget) ? widget : null;
}

/** Returns the key of the scan unit that contains an element: its own, or its group's. */
function unitKeyOf(element: Element, units: ReadonlyMap<string, Element[]>): string | undefined {
  const own = controlKey(element);
  if (units.has(own)) return own;
  for (const [key, elements] of units) {
    if (elements.includes(element)) return key;
  }
  return undefined;
}

function kindOfElement(element: Element, count: number): ControlKind {
  if (isAriaWidget(element)) {
    if (ariaWidgetKind(element) !== 'checkbox') return 'radio-group';
    return count > 1 ? 'checkbox-group' : 'checkbox';
  }
  if (element.tagName === 'TEXTAREA') return 'textarea';
  if (element.tagName === 'SELECT') {
    return (element as HTMLSelectElement).multiple ? 'select-multiple' : 'select';
  }
  const type = (element.getAttribute('type') ?? 'text').toLowerCase();
  if (type === 'radio') return 'radio-group';
  if (type === 'checkbox') return count > 1 ? 'checkbox-group' : 'checkbox';
  if (type === 'date' || type === 'datetime-local' || type === 'time' || type === 'file') {
    return type;
  }
  return 'text';
}

function stateOf(element: Element): ControlInfo['state'] {
  if (isAriaWidget(element)) return isWidgetDisabled(element) ? 'disabled' : 'editable';
  const control = element as HTMLInputElement;
  if (control.disabled) return 'disabled';
  return control.readOnly && element.tagName !== 'SELECT' ? 'readonly' : 'editable';
}

function optionsOf(elements: Element[], kind: ControlKind): OptionInfo[] | undefined {
  if (kind === 'select' || kind === 'select-multiple') {
    return Array.from((elements[0] as HTMLSelectElement).options, (option) => ({
      value: option.value,
      text: option.text.trim(),
    }));
  }
  if ((kind === 'radio-group' || kind === 'checkbox-group') && isAriaWidget(elements[0])) {
    return elements.map((element) => {
      const root = element.getRootNode() as TreeRoot;
      return { value: choiceValue(element as HTMLElement, root), text: widgetName(element, root) };
    });
  }
  if (kind === 'radio-group' || kind === 'checkbox-group') {
    const values = elements.map((element) => (element as HTMLInputElement).value);
    return values.map((value) => ({ value, text: value }));
  }
  return undefined;
}

/**
 * Describes controls that the scan skipped, such as a hidden or unrendered
 * input that a profile names. Radio buttons and checkboxes that the selector
 * matches together form one group.
 * NOTE: such a control has no label evidence, hint or language, so the fill
 * plan has fewer facts to choose a format from than for a scanned control.
 */
function describeUnscanned(matched: Element[]): { elements: Element[]; located: LocatedControl } {
  const [first] = matched;
  const widget = ariaWidgetKind(first);
  const sameType = matched.filter((element) =>
    isAriaWidget(first)
      ? ariaWidgetKind(element) === widget
      : isControl(element) && element.getAttribute('type') === first.getAttribute('type'),
  );
  const isChoice = first.matches('input[type=radio], input[type=checkbox]') || isAriaWidget(first);
  const grouped = isChoice ? sameType : [first];
  const kind = kindOfElement(first, grouped.length);
  const control: ControlInfo = { key: controlKey(first), kind, state: stateOf(first) };
  const options = optionsOf(grouped, kind);
  if (options) control.options = options;
  return { elements: grouped, located: { control, value: readPageValue(grouped, kind) } };
}

/**
 * Looks up the selectors of a profile's fields that sit in this frame. A
 * selector that leads to a control the scan skipped describes that control,
 * and adds its elements to `elements`, so that a fill can write it.
 */
export function locateProfile(
  profile: PortalProfile,
  frame: FrameInfo,
  doc: Document,
  elements: Map<string, Element[]>,
  readShadowRoot?: ShadowRootReader,
): LocatedProfile {
  const units = new Map(elements);
  const locations: Record<string, ProfileLocation> = {};
  for (const mapping of Object.values(profile.fields)) {
    if (!mapping || !isProfileFrame(mapping.frame, frame)) continue;
    const selectors = Array.isArray(mapping.selector) ? mapping.selector : [mapping.selector];
    for (const selector of selectors) {
      if (Object.hasOwn(locations, selector)) continue;
      const location = locateSelector(selector, doc, units, elements, readShadowRoot);
      if (location) locations[selector] = location;
    }
  }
  return { profile, frame, locations };
}

function locateSelector(
  selector: string,
  doc: Document,
  units: ReadonlyMap<string, Element[]>,
  elements: Map<string, Element[]>,
  readShadowRoot?: ShadowRootReader,
): ProfileLocation | undefined {
  const matched = queryProfileSelector(doc, selector, readShadowRoot);
  const first = matched[0];
  const target = first && !isControl(first) ? controlInside(first) : first;
  if (!target) return undefined;

  const key = unitKeyOf(target, units);
  if (key) return { key };
  const unscanned = describeUnscanned(target === first ? matched : [target]);
  elements.set(unscanned.located.control.key, unscanned.elements);
  return { key: unscanned.located.control.key, unscanned: unscanned.located };
}

/**
 * Applies a profile to a whole scan, as `scanDocument` returns it. Returns a
 * scan whose fields carry the profile's pins and whose element map also
 * contains the unscanned controls that the profile names, and the fields
 * whose selector found nothing here.
 */
export function applyProfileToScan(
  scan: ScanResult,
  profile: PortalProfile,
  frame: FrameInfo,
  doc: Document,
  readShadowRoot?: ShadowRootReader,
): { scan: ScanResult; missing: string[] } {
  const elements = new Map(scan.elements);
  const located = locateProfile(profile, frame, doc, elements, readShadowRoot);
  const override = applyLocatedProfile(scan, located);
  return { scan: { ...scan, fields: override.fields, elements }, missing: override.missing };
}

interface MappedEntry {
  controls: readonly { key: string }[];
  selectors: string[];
  roles?: DetectedField['roles'];
}

/** The controls of a frame as its latest classification grouped them. */
export interface MappedControls {
  elements: ReadonlyMap<string, Element[]>;
  fields: readonly MappedEntry[];
  unclassified: readonly MappedEntry[];
}

/**
 * Returns the selectors of the control the officer clicked, as the scan
 * reports them: every part of a split field with the parts' roles, a whole
 * radio or checkbox group, or else a selector built for the element.
 */
export function selectorsForElement(
  element: Element,
  scan: MappedControls | undefined,
): { selectors: string[]; roles?: DetectedField['roles'] } {
  const key = scan ? unitKeyOf(element, scan.elements) : undefined;
  const entries = scan ? [...scan.fields, ...scan.unclassified] : [];
  const entry = key ? entries.find((item) => item.controls.some((c) => c.key === key)) : undefined;
  if (!entry) return { selectors: [uniqueSelector(element)] };

  if (entry.controls.length > 1) return { selectors: entry.selectors, roles: entry.roles };
  return { selectors: [entry.selectors[0]] };
}
