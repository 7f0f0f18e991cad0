import { FIELDS, type FieldGroup, type FieldStatus } from '@/utils/catalogue';
import { parsePageValue } from '@/utils/fill';
import type { DetectedField, FrameReport, PageValue } from '@/utils/messaging/page-model';
import { readableByProfile } from './profile-reading';

/** A detection together with the frame that reported it. */
export interface FrameDetection {
  frameId: number;
  frameUrl: string;
  field: DetectedField;
}

/** The panel's view of one catalogue field. */
export interface FieldView {
  fieldId: string;
  group: FieldGroup;
  status: FieldStatus;
  /** The detection the panel shows and highlights; absent when no control contains the field. */
  primary?: FrameDetection;
  /** Every unambiguous control of the field, all of which a fill writes. */
  targets: FrameDetection[];
  /** The value the page holds, as a catalogue value. */
  value?: unknown;
}

export interface FrameState {
  url: string;
  report: FrameReport;
}

/** Frame and control keys that the last fill wrote, by field. */
export type FilledKeys = Map<string, { frameId: number; key: string }[]>;

function controlState(field: DetectedField): 'editable' | 'locked' {
  return field.controls.every((control) => control.state !== 'editable') ? 'locked' : 'editable';
}

function statusOf(
  detections: FrameDetection[],
  lost: boolean,
): { status: FieldStatus; value?: unknown; primary?: FrameDetection } {
  if (detections.length === 0) return { status: 'absent' };
  const clear = detections.filter((detection) => !detection.field.ambiguousWith?.length);
  if (clear.length === 0) return { status: 'ambiguous', primary: detections[0] };

  let invalid: FrameDetection | undefined;
  for (const detection of clear) {
    const parsed = parsePageValue(readableByProfile(detection.field));
    if (parsed.status === 'valid') {
      const locked = controlState(detection.field) === 'locked';
      return { status: locked ? 'locked' : 'present', value: parsed.value, primary: detection };
    }
    if (parsed.status === 'invalid') invalid ??= detection;
  }
  if (invalid) return { status: 'invalid', primary: invalid };
  const editable = clear.find((detection) => controlState(detection.field) === 'editable');
  if (!editable) return { status: 'locked', primary: clear[0] };
  // A filled control that the page replaced by an empty one was lost, not left out.
  return { status: lost ? 'lost' : 'missing', primary: editable };
}

/** Merges the reports of every frame of the tab into one view per catalogue field. */
export function buildFieldViews(frames: Map<number, FrameState>, filled: FilledKeys): FieldView[] {
  const byField = new Map<string, FrameDetection[]>();
  const lostKeys = new Map<number, Set<string>>();
  for (const [frameId, frame] of frames) {
    lostKeys.set(frameId, new Set(frame.report.lostKeys));
    for (const field of frame.report.fields) {
      const list = byField.get(field.fieldId) ?? [];
      list.push({ frameId, frameUrl: frame.url, field });
      byField.set(field.fieldId, list);
    }
  }

  return FIELDS.map((definition) => {
    const detections = byField.get(definition.id) ?? [];
    detections.sort((a, b) => b.field.confidence - a.field.confidence);
    const fill = filled.get(definition.id);
    const lost = fill?.some(({ frameId, key }) => lostKeys.get(frameId)?.has(key)) ?? false;
    const { status, value, primary } = statusOf(detections, lost);
    return {
      fieldId: definition.id,
      group: definition.group,
      status,
      primary,
      value,
      targets: detections.filter((detection) => !detection.field.ambiguousWith?.length),
    };
  });
}

/** Applies one control's new value to the frame's last report. */
export function applyValueUpdate(report: FrameReport, key: string, value: PageValue): FrameReport {
  const fields = report.fields.map((field) => {
    const index = field.controls.findIndex((control) => control.key === key);
    if (index < 0) return field;
    if (field.controls.length === 1) return { ...field, value };
    const parts = field.value.kind === 'parts' ? [...field.value.parts] : [];
    parts[index] = value;
    return { ...field, value: { kind: 'parts' as const, parts } };
  });
  return { ...report, fields };
}

/** A control that several fields claim with similar confidence. */
export interface AmbiguousControl {
  detection: FrameDetection;
  candidates: string[];
}

/** Lists the controls that Vigila will not fill by guess, once per control. */
export function ambiguousControls(frames: Map<number, FrameState>): AmbiguousControl[] {
  const byControl = new Map<string, AmbiguousControl>();
  for (const [frameId, frame] of frames) {
    for (const field of frame.report.fields) {
      if (!field.ambiguousWith?.length) continue;
      const key = `${frameId}:${field.controls.map((control) => control.key).join(',')}`;
      const entry = byControl.get(key) ?? {
        detection: { frameId, frameUrl: frame.url, field },
        candidates: [],
      };
      for (const id of [field.fieldId, ...field.ambiguousWith]) {
        if (!entry.candidates.includes(id)) entry.candidates.push(id);
      }
      byControl.set(key, entry);
    }
  }
  return [...byControl.values()];
}
