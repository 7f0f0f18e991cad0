import type { DetectedField, FrameReport, PageValue } from '@/utils/messaging/page-model';
import {
  ambiguousControls,
  applyValueUpdate,
  buildFieldViews,
  updateFieldViews,
  type AmbiguousControl,
  type FieldView,
  type FilledKeys,
  type FrameState,
} from './alert-state';

/**
 * The panel's state of the tab: each frame's latest report, the controls the
 * last fill wrote, and the views derived from them. A keystroke changes only
 * the views of the fields its control belongs to, and every other view and
 * the list of ambiguous controls keep their identity.
 */
export interface AlertSnapshot {
  /** The latest report of each frame, by frame id. */
  frames: ReadonlyMap<number, FrameState>;
  filled: FilledKeys;
  views: FieldView[];
  ambiguous: AmbiguousControl[];
}

function derive(frames: ReadonlyMap<number, FrameState>, filled: FilledKeys): AlertSnapshot {
  return {
    frames,
    filled,
    views: buildFieldViews(frames, filled),
    ambiguous: ambiguousControls(frames),
  };
}

export function emptySnapshot(): AlertSnapshot {
  return derive(new Map(), new Map());
}

/** Replaces a frame's report and derives every view again. */
export function withReport(
  snapshot: AlertSnapshot,
  frameId: number,
  url: string,
  report: FrameReport,
): AlertSnapshot {
  const frames = new Map(snapshot.frames).set(frameId, { url, report });
  return derive(frames, snapshot.filled);
}

/** Records the controls a fill wrote, which a page update can then show as lost. */
export function withFilled(snapshot: AlertSnapshot, filled: FilledKeys): AlertSnapshot {
  return derive(snapshot.frames, new Map([...snapshot.filled, ...filled]));
}

/**
 * Applies one control's new value. Returns the same snapshot when the frame
 * has not reported or no field of its report contains the control.
 */
export function withValue(
  snapshot: AlertSnapshot,
  frameId: number,
  key: string,
  value: PageValue,
): AlertSnapshot {
  const frame = snapshot.frames.get(frameId);
  if (!frame) return snapshot;
  const report = applyValueUpdate(frame.report, key, value);
  if (report === frame.report) return snapshot;

  const frames = new Map(snapshot.frames).set(frameId, { ...frame, report });
  const replaced = new Map<DetectedField, DetectedField>();
  report.fields.forEach((field, index) => {
    const before = frame.report.fields[index];
    if (field !== before) replaced.set(before, field);
  });
  const fieldIds = new Set([...replaced.values()].map((field) => field.fieldId));
  return {
    frames,
    filled: snapshot.filled,
    views: updateFieldViews(snapshot.views, frames, snapshot.filled, fieldIds),
    ambiguous: replaceDetections(snapshot.ambiguous, frameId, replaced),
  };
}

/**
 * Points the ambiguous controls at the fields that replaced theirs. A value
 * changes no claim, so the list is the one `ambiguousControls` would build,
 * and only the entries of a changed control are new objects.
 */
function replaceDetections(
  ambiguous: AmbiguousControl[],
  frameId: number,
  replaced: ReadonlyMap<DetectedField, DetectedField>,
): AmbiguousControl[] {
  let changed = false;
  const updated = ambiguous.map((entry) => {
    const field = entry.detection.frameId === frameId && replaced.get(entry.detection.field);
    if (!field) return entry;
    changed = true;
    return { ...entry, detection: { ...entry.detection, field } };
  });
  return changed ? updated : ambiguous;
}
