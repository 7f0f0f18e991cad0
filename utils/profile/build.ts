/**
 * Building and editing portal profiles from the panel's view of the page:
 * its detected fields, or a control the officer clicked.
 */
import type { DetectedField, PartRole } from '../messaging/page-model';
import type { MappingPick } from '../messaging/messages';
import {
  PROFILE_FORMAT,
  PROFILE_VERSION,
  type PortalProfile,
  type ProfileField,
  type ProfileFrame,
} from '../schema/profile';
import { matchesPattern, patternForUrl } from './match-pattern';
import { isProfileRole, type ProfileRole } from './roles';

/** A frame of the tab, from its latest report. Frame 0 is the top page. */
export interface TabFrame {
  frameId: number;
  url: string;
  /** Position among the parent's frames, from the frame's report. */
  frameIndex?: number;
}

/** A detected field and the frame that contains it. */
export interface FrameField {
  frameId: number;
  field: DetectedField;
}

/** Returns an empty profile for the page at a URL, named after its host and path. */
export function newProfileFor(pageUrl: string, id: string = crypto.randomUUID()): PortalProfile {
  const url = new URL(pageUrl);
  return {
    format: PROFILE_FORMAT,
    version: PROFILE_VERSION,
    id,
    name: `${url.host}${url.pathname}`,
    urlPattern: patternForUrl(pageUrl),
    fields: {},
  };
}

/**
 * Names a child frame by the pattern of its URL, with its index only when
 * another frame of the tab has a URL that the same pattern matches.
 */
export function frameOf(frame: TabFrame, frames: readonly TabFrame[]): ProfileFrame {
  const urlPattern = patternForUrl(frame.url);
  const spec: ProfileFrame = { urlPattern };
  const alike = frames.filter(
    (other) => other.frameId !== 0 && matchesPattern(urlPattern, other.url),
  );
  if (alike.length > 1 && frame.frameIndex !== undefined) spec.index = frame.frameIndex;
  return spec;
}

function profileRoles(roles: readonly PartRole[] | undefined): ProfileRole[] | undefined {
  return roles && roles.every(isProfileRole) ? [...roles] : undefined;
}

function mappingOf(
  selectors: string[],
  roles: ProfileRole[] | undefined,
  frame: TabFrame | undefined,
  frames: readonly TabFrame[],
): ProfileField {
  const mapping: ProfileField = { selector: selectors.length === 1 ? selectors[0] : selectors };
  if (frame && frame.frameId !== 0) mapping.frame = frameOf(frame, frames);
  if (roles && selectors.length > 1 && roles.length === selectors.length) mapping.roles = roles;
  return mapping;
}

/**
 * Builds a profile from the fields detected on the page: one mapping per
 * field, from its clear detection, never from an ambiguous one. The date
 * format and code map that an applied profile gave a control are kept.
 * `base` keeps the id, name and URL pattern of the profile being replaced.
 */
export function profileFromDetections(
  detections: readonly FrameField[],
  frames: readonly TabFrame[],
  pageUrl: string,
  base: PortalProfile = newProfileFor(pageUrl),
): PortalProfile {
  const fields: Record<string, ProfileField> = {};
  for (const { frameId, field } of detections) {
    if (field.ambiguousWith?.length || fields[field.fieldId]) continue;
    const frame = frames.find((candidate) => candidate.frameId === frameId);
    const mapping = mappingOf(field.selectors, profileRoles(field.roles), frame, frames);
    const [control] = field.controls;
    if (control.dateFormat) mapping.dateFormat = control.dateFormat;
    if (control.codes) mapping.codes = control.codes;
    fields[field.fieldId] = mapping;
  }
  return { ...base, fields };
}

function sameMapping(a: ProfileField, b: ProfileField): boolean {
  return JSON.stringify([a.frame, a.selector]) === JSON.stringify([b.frame, b.selector]);
}

/**
 * Returns the profile with the clicked control mapped to the pick's field,
 * keeping the field's date format and code map. Another field mapped to the
 * same control loses that mapping, because a control contains one field.
 */
export function addMapping(
  profile: PortalProfile,
  pick: MappingPick,
  frame: TabFrame,
  frames: readonly TabFrame[],
): PortalProfile {
  const withIndex = { ...frame, frameIndex: pick.frameIndex ?? frame.frameIndex };
  const mapping = mappingOf(pick.selectors, profileRoles(pick.roles), withIndex, frames);
  const previous = profile.fields[pick.fieldId];
  if (previous?.dateFormat) mapping.dateFormat = previous.dateFormat;
  if (previous?.codes) mapping.codes = previous.codes;
  const fields: Record<string, ProfileField> = {};
  for (const [fieldId, existing] of Object.entries(profile.fields)) {
    if (fieldId !== pick.fieldId && !sameMapping(existing, mapping)) fields[fieldId] = existing;
  }
  fields[pick.fieldId] = mapping;
  return { ...profile, fields };
}
