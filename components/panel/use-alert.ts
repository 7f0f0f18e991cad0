import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { IncrementalEvaluator, type Checklist, type Evaluation } from '@/utils/checklist';
import { messagesLanguage } from '@/utils/i18n';
import type {
  AmbiguousControl,
  FieldView,
  FilledKeys,
  FrameDetection,
  FrameState,
} from '@/utils/panel/alert-state';
import { emptySnapshot, withFilled, withReport, withValue } from '@/utils/panel/alert-snapshot';
import type { AppliedProfile, DetectedField } from '@/utils/messaging/page-model';
import { TabConnection } from '@/utils/panel/connection';
import { appliedProfile } from '@/utils/panel/profile-state';

export interface AlertModel {
  connection?: TabConnection;
  error?: string;
  /** True once at least one frame has reported. */
  ready: boolean;
  views: FieldView[];
  /** Controls that several fields claim, which Vigila never fills by guess. */
  ambiguous: AmbiguousControl[];
  evaluation: Evaluation;
  /** Parsed catalogue values of the page, by field id. */
  values: Record<string, unknown>;
  closedRootsUnread: number;
  lang?: string;
  /** The latest report of each frame, by frame id. */
  frames: ReadonlyMap<number, FrameState>;
  /** The portal profile the frames applied, when one matches the page. */
  profile?: AppliedProfile;
  /** Remembers the controls a fill wrote, so a page update that drops them shows. */
  recordFilled(filled: FilledKeys): void;
  /** Tells whether a choice control still has the option the page loaded with. */
  isInitialChoice(detection: FrameDetection): boolean;
}

const CHOICE_KINDS = new Set(['select', 'select-multiple', 'radio-group', 'checkbox-group']);

function detectionKey(frameId: number, field: DetectedField): string {
  return `${frameId}:${field.controls.map((control) => control.key).join(',')}`;
}

function valuesOf(views: FieldView[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const view of views) if (view.value !== undefined) values[view.fieldId] = view.value;
  return values;
}

/** Keeps the merged state of every frame of the tab and its evaluation against `checklist`. */
export function useAlert(checklist: Checklist): AlertModel {
  const [connection, setConnection] = useState<TabConnection>();
  const [error, setError] = useState<string>();
  const [snapshot, setSnapshot] = useState(emptySnapshot);
  const framesRef = useRef(snapshot.frames);
  framesRef.current = snapshot.frames;
  // The value each choice control had when the panel first saw it.
  const initialChoices = useRef(new Map<string, string>());
  const [evaluator] = useState(() => new IncrementalEvaluator());

  useEffect(() => {
    let stop: (() => void) | undefined;
    TabConnection.open()
      .then((opened) => {
        setConnection(opened);
        stop = opened.listen({
          onReport(frameId, frameUrl, report) {
            const previous = framesRef.current.get(frameId);
            // A reload of the frame restarts its counter, so only a same-URL older report is stale.
            if (previous && previous.url === frameUrl && previous.report.revision > report.revision)
              return;
            for (const field of report.fields) {
              if (!CHOICE_KINDS.has(field.controls[0].kind)) continue;
              const key = detectionKey(frameId, field);
              if (!initialChoices.current.has(key)) {
                initialChoices.current.set(key, JSON.stringify(field.value));
              }
            }
            setSnapshot((current) => withReport(current, frameId, frameUrl, report));
          },
          onValue(frameId, key, value) {
            setSnapshot((current) => withValue(current, frameId, key, value));
          },
        });
        opened.requestReports();
      })
      .catch((failure: Error) => setError(failure.message));
    return () => stop?.();
  }, []);

  const { frames, views, ambiguous } = snapshot;
  const profile = useMemo(() => appliedProfile(frames), [frames]);
  const values = useMemo(() => valuesOf(views), [views]);
  // The rules' messages are translated text, so a change of language evaluates again.
  const language = messagesLanguage();
  const evaluation = useMemo(() => {
    const fieldStatuses = Object.fromEntries(views.map((view) => [view.fieldId, view.status]));
    // Only the rules that read a changed field run again.
    return evaluator.evaluate({ values, fieldStatuses, checklist });
  }, [views, values, checklist, language]);

  let closedRootsUnread = 0;
  let lang: string | undefined;
  for (const frame of frames.values()) {
    closedRootsUnread += frame.report.closedRootsUnread;
    lang ??= frame.report.lang;
  }

  return {
    connection,
    error,
    ready: frames.size > 0,
    views,
    ambiguous,
    evaluation,
    values,
    closedRootsUnread,
    lang,
    frames,
    profile,
    recordFilled(next) {
      setSnapshot((current) => withFilled(current, next));
    },
    isInitialChoice(detection) {
      const key = detectionKey(detection.frameId, detection.field);
      const initial = initialChoices.current.get(key);
      return initial !== undefined && initial === JSON.stringify(detection.field.value);
    },
  };
}
