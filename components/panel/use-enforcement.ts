import { useEffect, useRef, useState } from 'preact/hooks';
import type { Checklist, Evaluation } from '@/utils/checklist';
import {
  readEnforcementMode,
  watchEnforcementMode,
  type EnforcementMode,
} from '@/utils/enforcement/settings';
import { buildVerdict, sameVerdict, type Verdict } from '@/utils/enforcement/verdict';
import type { ResumeResponse } from '@/utils/messaging/enforcement-messages';
import type { TabConnection } from '@/utils/panel/connection';

/** A submission that a frame stopped, waiting for the officer. */
export interface StoppedSubmission {
  frameId: number;
  id: string;
}

export interface EnforcementModel {
  mode?: EnforcementMode;
  stopped?: StoppedSubmission;
  /** The latest verdict that every frame of the tab has received. */
  delivered?: Verdict;
  /** Sends the stopped submission on; a reason is required while items block. */
  resume(reason: string): Promise<ResumeResponse>;
  dismiss(): void;
}

/**
 * Sends the verdict of each evaluation to every frame of the tab, and keeps
 * the submission a frame stopped until the officer goes on or goes back.
 */
export function useEnforcement(
  connection: TabConnection | undefined,
  evaluation: Evaluation,
  checklist: Checklist,
  ready: boolean,
): EnforcementModel {
  const [mode, setMode] = useState<EnforcementMode>();
  const [stopped, setStopped] = useState<StoppedSubmission>();
  const [delivered, setDelivered] = useState<Verdict>();
  const sent = useRef(0);

  useEffect(() => {
    const read = () => void readEnforcementMode().then(setMode);
    read();
    return watchEnforcementMode(read);
  }, []);

  useEffect(() => {
    if (!connection) return undefined;
    return connection.listen({
      onSubmissionChecked(frameId, check) {
        if (check.outcome !== 'blocked') return;
        setStopped({ frameId, id: check.id });
        connection.showPanel();
      },
    });
  }, [connection]);

  // Every evaluation is sent, because a frame that reported late has no verdict yet.
  useEffect(() => {
    if (!connection || !ready || mode === undefined) return;
    const verdict = buildVerdict(evaluation, checklist, mode === 'enforce');
    const sequence = ++sent.current;
    connection
      .sendVerdict(verdict)
      .then(() => {
        if (sequence !== sent.current) return;
        // Most keystrokes leave the verdict as it was, and keeping the same
        // object spares the panel a second render per keystroke.
        setDelivered((current) => (current && sameVerdict(current, verdict) ? current : verdict));
      })
      .catch(() => {
        // The background restarts on the next message, and the next evaluation sends again.
      });
  }, [connection, evaluation, checklist, ready, mode]);

  return {
    mode,
    stopped,
    delivered,
    async resume(reason) {
      if (!connection || !stopped) return { resumed: false, reason: 'not-pending' };
      const response = await connection
        .resumeSubmission(stopped.frameId, stopped.id, reason)
        .catch((): ResumeResponse => ({ resumed: false, reason: 'not-pending' }));
      if (response.resumed) setStopped(undefined);
      return response;
    },
    dismiss() {
      setStopped(undefined);
    },
  };
}
