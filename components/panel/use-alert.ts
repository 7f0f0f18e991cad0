import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { DEFAULT_CHECKLIST, evaluate, type Evaluation } from '@/utils/checklist';
import {
  applyValueUpdate,
  buildFieldViews,
  type FieldView,
  type FilledKeys,
  type FrameState,
} from '@/utils/panel/alert-state';
import { TabConnection } from '@/utils/panel/connection';

export interface AlertModel {
  connection?: TabConnection;
  error?: string;
  /** True once at least one frame has reported. */
  ready: boolean;
  views: FieldView[];
  evaluation: Evaluation;
  closedRootsUnread: number;
  lang?: string;
  /** Remembers the controls a fill wrote, so a page update that drops them shows. */
  recordFilled(filled: FilledKeys): void;
}

function valuesOf(views: FieldView[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const view of views) if (view.value !== undefined) values[view.fieldId] = view.value;
  return values;
}

/** Keeps the merged state of every frame of the tab and its evaluation. */
export function useAlert(): AlertModel {
  const [connection, setConnection] = useState<TabConnection>();
  const [error, setError] = useState<string>();
  const [frames, setFrames] = useState(new Map<number, FrameState>());
  const [filled, setFilled] = useState<FilledKeys>(new Map());
  const framesRef = useRef(frames);
  framesRef.current = frames;

  useEffect(() => {
    let stop: (() => void) | undefined;
    TabConnection.open()
      .then((opened) => {
        setConnection(opened);
        stop = opened.listen({
          onReport(frameId, frameUrl, report) {
            const previous = framesRef.current.get(frameId);
            // A reload of the frame restarts its counter, so only a same-URL older report is stale.
            if (previous && previous.url === frameUrl && previous.report.revision > report.revision) return;
            setFrames((current) => new Map(current).set(frameId, { url: frameUrl, report }));
          },
          onValue(frameId, key, value) {
            setFrames((current) => {
              const frame = current.get(frameId);
              if (!frame) return current;
              const report = applyValueUpdate(frame.report, key, value);
              return new Map(current).set(frameId, { ...frame, report });
            });
          },
        });
        opened.requestReports();
      })
      .catch((failure: Error) => setError(failure.message));
    return () => stop?.();
  }, []);

  const views = useMemo(() => buildFieldViews(frames, filled), [frames, filled]);
  const evaluation = useMemo(() => {
    const fieldStatuses = Object.fromEntries(views.map((view) => [view.fieldId, view.status]));
    return evaluate({ values: valuesOf(views), fieldStatuses, checklist: DEFAULT_CHECKLIST });
  }, [views]);

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
    evaluation,
    closedRootsUnread,
    lang,
    recordFilled(next) {
      setFilled((current) => new Map([...current, ...next]));
    },
  };
}
