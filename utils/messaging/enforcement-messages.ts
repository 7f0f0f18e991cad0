/**
 * Messages of enforcement at submission. They name checklist items only and
 * never carry a value of the alert, except the officer's override reason,
 * which goes from the panel to one frame's content script and on to the
 * background's audit log.
 */
import type { Verdict } from '../enforcement/verdict';

/** A submission the content script checked, in enforcing mode. */
export interface SubmissionCheck {
  /** Id of the submission within its frame, for the panel's override. */
  id: string;
  outcome: 'passed' | 'blocked' | 'overridden';
  verdict: Verdict;
  /** Present with `overridden` only. */
  overrideReason?: string;
}

/** Sent by a content script with `runtime.sendMessage`; the background logs it. */
export type SubmissionCheckedMessage = { type: 'submission-checked'; check: SubmissionCheck };

/** Sent by the panel to the background, which passes it on to every frame of the tab. */
export type SubmissionVerdictMessage = { type: 'submission-verdict'; verdict: Verdict };

/** Messages to content scripts. */
export type EnforcementContentMessage =
  | SubmissionVerdictMessage
  /** Sends the stopped submission on once, with the officer's reason when items still block. */
  | { type: 'resume-submission'; id: string; reason: string }
  /** Opens the panel, even one the officer hid, to show a stopped submission. */
  | { type: 'show-panel' };

/** The result of a resume request, with the reason a stopped submission did not go on. */
export type ResumeResponse =
  { resumed: true } | { resumed: false; reason: 'not-pending' | 'reason-required' };
