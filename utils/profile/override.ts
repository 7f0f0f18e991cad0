/**
 * Applying a portal profile to one frame's detection. A profile pins fields
 * to controls: each field it names for this frame becomes the control at its
 * selector, with confidence 1, and no heuristic claim survives on those
 * controls or for those fields. Fields the profile does not name keep what
 * the heuristics found. This module is pure, so the content script passes a
 * function that finds a selector's control on the page.
 */
import type { ControlInfo, DetectedField, PageValue, PartRole } from '../messaging/page-model';
import type { PortalProfile, ProfileField } from '../schema/profile';
import { isProfileFrame, type FrameInfo } from './select';

/** A control that a profile selector found, as the frame's scan describes it. */
export interface LocatedControl {
  control: ControlInfo;
  value: PageValue;
  /** Role the scan gave the control as one part of a split field. */
  role?: PartRole;
  /** Label the scan inferred for the control, when it has one. */
  label?: string;
}

/** Finds the control at one selector, or returns undefined when the page has none there. */
export type ControlLocator = (selector: string) => LocatedControl | undefined;

export interface ProfileOverride {
  fields: DetectedField[];
  /** Fields that the profile places in this frame but whose selector found nothing. */
  missing: string[];
}

/** Returns a mapping's selectors as a list, one per control. */
export function selectorList(mapping: ProfileField): string[] {
  return Array.isArray(mapping.selector) ? mapping.selector : [mapping.selector];
}

/** Adds the profile's date format and code map to a control, for the fill plan. */
function withProfileFormats(control: ControlInfo, mapping: ProfileField): ControlInfo {
  const result = { ...control };
  if (mapping.dateFormat) result.dateFormat = mapping.dateFormat;
  if (mapping.codes) result.codes = mapping.codes;
  return result;
}

function rolesOf(mapping: ProfileField, located: LocatedControl[]): PartRole[] | undefined {
  if (located.length < 2) return undefined;
  if (mapping.roles) return mapping.roles;
  const roles = located.map((item) => item.role);
  return roles.every((role): role is PartRole => role !== undefined) ? roles : undefined;
}

function pinnedField(
  fieldId: string,
  mapping: ProfileField,
  located: LocatedControl[],
  profileName: string,
): DetectedField {
  const split = located.length > 1;
  const field: DetectedField = {
    fieldId,
    controls: located.map((item) => withProfileFormats(item.control, mapping)),
    selectors: selectorList(mapping),
    label: located.find((item) => item.label)?.label ?? profileName,
    source: 'profile',
    confidence: 1,
    evidence: [{ source: 'profile', text: profileName }],
    value: split ? { kind: 'parts', parts: located.map((item) => item.value) } : located[0].value,
  };
  const roles = rolesOf(mapping, located);
  if (roles) field.roles = roles;
  return field;
}

/** Drops fields the profile pins from a heuristic field's rivals; none left means no ambiguity. */
function withoutPinnedRivals(field: DetectedField, pinned: ReadonlySet<string>): DetectedField {
  if (!field.ambiguousWith) return field;
  const rivals = field.ambiguousWith.filter((id) => !pinned.has(id));
  if (rivals.length === field.ambiguousWith.length) return field;
  const { ambiguousWith: _dropped, ...rest } = field;
  return rivals.length > 0 ? { ...rest, ambiguousWith: rivals } : rest;
}

/**
 * Overrides a frame's detected fields with a profile. Every field the
 * profile names, in any frame, replaces the heuristic detections of that
 * field here, because the profile gives its location.
 */
export function applyProfile(
  detected: readonly DetectedField[],
  profile: PortalProfile,
  frame: FrameInfo,
  locate: ControlLocator,
): ProfileOverride {
  const named = new Set(Object.keys(profile.fields));
  const pinned: DetectedField[] = [];
  const missing: string[] = [];
  for (const [fieldId, mapping] of Object.entries(profile.fields)) {
    if (!isProfileFrame(mapping.frame, frame)) continue;
    const located = selectorList(mapping).map(locate);
    if (located.every((item): item is LocatedControl => item !== undefined)) {
      pinned.push(pinnedField(fieldId, mapping, located, profile.name));
    } else {
      missing.push(fieldId);
    }
  }

  const claimed = new Set(pinned.flatMap((field) => field.controls.map((control) => control.key)));
  const unpinned = detected
    .filter((field) => !named.has(field.fieldId))
    .filter((field) => !field.controls.some((control) => claimed.has(control.key)))
    .map((field) => withoutPinnedRivals(field, named));
  return { fields: [...unpinned, ...pinned], missing };
}
