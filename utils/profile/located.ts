/**
 * Applying a portal profile whose selectors the page has already looked up.
 * The content script finds each selector's control, because that needs the
 * DOM, and sends the results with its frame scan. The extension applies the
 * profile where it classifies the scan, so that the pins override the
 * heuristics' fields.
 */
import type { DetectedField } from '../messaging/page-model';
import type { PortalProfile } from '../schema/profile';
import { applyProfile, type LocatedControl, type ProfileOverride } from './override';
import type { FrameInfo } from './select';

/** Target of a profile selector on the page: a scanned unit, or a control the scan skipped. */
export interface ProfileLocation {
  /** Control key of the scanned unit that contains the control, or of the skipped control. */
  key: string;
  /** The control, described by the page, when the scan skipped it (hidden, unrendered). */
  unscanned?: LocatedControl;
}

/** A frame's portal profile with the result of each of its selectors in that frame. */
export interface LocatedProfile {
  profile: PortalProfile;
  frame: FrameInfo;
  /** Selector to where it led; a selector that found nothing is absent. */
  locations: Record<string, ProfileLocation>;
}

/** The classified entries whose controls a profile may pin. */
export interface DescribedEntries {
  fields: readonly DetectedField[];
  unclassified: readonly Omit<DetectedField, 'fieldId' | 'confidence'>[];
}

/** Lists what the classified scan reported of each control, by key: facts, value, role and label. */
export function describedControls(entries: DescribedEntries): Map<string, LocatedControl> {
  const described = new Map<string, LocatedControl>();
  for (const entry of [...entries.fields, ...entries.unclassified]) {
    const { value } = entry;
    entry.controls.forEach((control, index) => {
      if (described.has(control.key)) return;
      const split = entry.controls.length > 1 && value.kind === 'parts';
      const located: LocatedControl = { control, value: split ? value.parts[index] : value };
      const role = entry.roles?.[index];
      if (role) located.role = role;
      if (entry.label) located.label = entry.label;
      described.set(control.key, located);
    });
  }
  return described;
}

/** Overrides the classified fields of a frame with a profile whose selectors the page looked up. */
export function applyLocatedProfile(
  entries: DescribedEntries,
  located: LocatedProfile,
): ProfileOverride {
  const described = describedControls(entries);
  const locate = (selector: string): LocatedControl | undefined => {
    const location = Object.hasOwn(located.locations, selector)
      ? located.locations[selector]
      : undefined;
    if (!location) return undefined;
    return location.unscanned ?? described.get(location.key);
  };
  return applyProfile(entries.fields, located.profile, located.frame, locate);
}
