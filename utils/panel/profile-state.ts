import type { AppliedProfile } from '@/utils/messaging/page-model';
import type { FrameField, TabFrame } from '@/utils/profile/build';
import type { FieldView, FrameState } from './alert-state';

/** Statuses of a field whose control a profile can pin. */
const MAPPABLE_STATUSES = new Set(['present', 'missing', 'invalid', 'locked']);

/** Returns the profile the frames report, the top frame's first. */
export function appliedProfile(
  frames: ReadonlyMap<number, FrameState>,
): AppliedProfile | undefined {
  const top = frames.get(0)?.report.profile;
  if (top) return top;
  for (const frame of frames.values()) if (frame.report.profile) return frame.report.profile;
  return undefined;
}

/** Lists the tab's frames with their URLs and positions. */
export function tabFrames(frames: ReadonlyMap<number, FrameState>): TabFrame[] {
  return [...frames].map(([frameId, frame]) => ({
    frameId,
    url: frame.url,
    frameIndex: frame.report.frameIndex,
  }));
}

/** Lists the clear detection of each field on the page, which a saved profile pins. */
export function mappableDetections(views: readonly FieldView[]): FrameField[] {
  return views.flatMap((view) => {
    const primary = view.primary;
    if (!primary || !MAPPABLE_STATUSES.has(view.status)) return [];
    if (primary.field.ambiguousWith?.length) return [];
    return [{ frameId: primary.frameId, field: primary.field }];
  });
}

/**
 * Lists the fields that a profile names but no control contains, because
 * their selector found nothing or no frame of the tab matches their frame.
 */
export function unmatchedProfileFields(
  views: readonly FieldView[],
  profile: AppliedProfile | undefined,
): Set<string> {
  if (!profile) return new Set();
  const named = new Set(profile.fieldIds);
  return new Set(
    views
      .filter((view) => view.status === 'absent' && named.has(view.fieldId))
      .map((v) => v.fieldId),
  );
}
