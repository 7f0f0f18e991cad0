import { FIELDS, getField, type FieldGroup, type FieldStatus } from '@/utils/catalogue';
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

/** Positions of a report's fields by control key and by catalogue field. */
interface FieldIndex {
  byKey: Map<string, number[]>;
  byFieldId: Map<string, number[]>;
}

/** The index of each fields array. A value update gives its new array the same index. */
const fieldIndexes = new WeakMap<readonly DetectedField[], FieldIndex>();

function addPosition(map: Map<string, number[]>, key: string, position: number): void {
  const positions = map.get(key);
  if (positions) positions.push(position);
  else map.set(key, [position]);
}

function fieldIndexOf(fields: readonly DetectedField[]): FieldIndex {
  let index = fieldIndexes.get(fields);
  if (index) return index;
  index = { byKey: new Map(), byFieldId: new Map() };
  fields.forEach((field, position) => {
    addPosition(index!.byFieldId, field.fieldId, position);
    for (const control of field.controls) addPosition(index!.byKey, control.key, position);
  });
  fieldIndexes.set(fields, index);
  return index;
}

function fieldViewOf(
  fieldId: string,
  detections: FrameDetection[],
  lostKeys: ReadonlyMap<number, ReadonlySet<string>>,
  filled: FilledKeys,
): FieldView {
  const definition = getField(fieldId);
  detections.sort((a, b) => b.field.confidence - a.field.confidence);
  const fill = filled.get(fieldId);
  const lost = fill?.some(({ frameId, key }) => lostKeys.get(frameId)?.has(key)) ?? false;
  const { status, value, primary } = statusOf(detections, lost);
  return {
    fieldId,
    group: definition.group,
    status,
    primary,
    value,
    targets: detections.filter((detection) => !detection.field.ambiguousWith?.length),
  };
}

function lostKeysOf(frames: ReadonlyMap<number, FrameState>): Map<number, Set<string>> {
  const lostKeys = new Map<number, Set<string>>();
  for (const [frameId, frame] of frames) lostKeys.set(frameId, new Set(frame.report.lostKeys));
  return lostKeys;
}

/** Merges the reports of every frame of the tab into one view per catalogue field. */
export function buildFieldViews(
  frames: ReadonlyMap<number, FrameState>,
  filled: FilledKeys,
): FieldView[] {
  const byField = new Map<string, FrameDetection[]>();
  for (const [frameId, frame] of frames) {
    for (const field of frame.report.fields) {
      const list = byField.get(field.fieldId) ?? [];
      list.push({ frameId, frameUrl: frame.url, field });
      byField.set(field.fieldId, list);
    }
  }
  const lostKeys = lostKeysOf(frames);
  return FIELDS.map((definition) =>
    fieldViewOf(definition.id, byField.get(definition.id) ?? [], lostKeys, filled),
  );
}

/**
 * Returns `views` with the views of `fieldIds` built again from the frames,
 * equal to what `buildFieldViews` returns. The other views keep their identity.
 */
export function updateFieldViews(
  views: readonly FieldView[],
  frames: ReadonlyMap<number, FrameState>,
  filled: FilledKeys,
  fieldIds: ReadonlySet<string>,
): FieldView[] {
  const lostKeys = lostKeysOf(frames);
  return views.map((view) => {
    if (!fieldIds.has(view.fieldId)) return view;
    const detections: FrameDetection[] = [];
    for (const [frameId, frame] of frames) {
      const fields = frame.report.fields;
      for (const position of fieldIndexOf(fields).byFieldId.get(view.fieldId) ?? []) {
        detections.push({ frameId, frameUrl: frame.url, field: fields[position] });
      }
    }
    return fieldViewOf(view.fieldId, detections, lostKeys, filled);
  });
}

function withControlValue(field: DetectedField, key: string, value: PageValue): DetectedField {
  if (field.controls.length === 1) return { ...field, value };
  const index = field.controls.findIndex((control) => control.key === key);
  const parts = field.value.kind === 'parts' ? [...field.value.parts] : [];
  parts[index] = value;
  return { ...field, value: { kind: 'parts' as const, parts } };
}

/**
 * Applies one control's new value to the frame's last report. Returns the
 * same report when no field of it contains the control.
 */
export function applyValueUpdate(report: FrameReport, key: string, value: PageValue): FrameReport {
  const index = fieldIndexOf(report.fields);
  const positions = index.byKey.get(key);
  if (!positions) return report;
  const fields = [...report.fields];
  for (const position of positions)
    fields[position] = withControlValue(fields[position], key, value);
  // The new array has the same fields in the same places, so it shares the index.
  fieldIndexes.set(fields, index);
  return { ...report, fields };
}

/** A control that several fields claim with similar confidence. */
export interface AmbiguousControl {
  detection: FrameDetection;
  candidates: string[];
}

/** Lists the controls that Vigila will not fill by guess, once per control. */
export function ambiguousControls(frames: ReadonlyMap<number, FrameState>): AmbiguousControl[] {
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
