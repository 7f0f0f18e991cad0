import { SUBMIT_EVENT_CHECK, SUBMIT_METHOD_CHECK } from '@/utils/enforcement/guard';
import type { Verdict } from '@/utils/enforcement/verdict';
import type {
  ResumeResponse,
  SubmissionCheck,
  SubmissionCheckedMessage,
} from '@/utils/messaging/enforcement-messages';

/**
 * A stop of the form that was already stopped less than this long ago, in
 * milliseconds, keeps the earlier stop's id. The background writes one audit
 * entry per id, so a page that dispatches the check event again and again
 * adds one entry, not one per event.
 */
export const REPEATED_STOP_WINDOW_MS = 10_000;

/**
 * A repeated stop is sent to the panel again, with the same id, at most this
 * often, in milliseconds, so that a hidden panel shows the stop again without
 * a message for every event of a burst.
 */
export const REPEATED_STOP_REPORT_MS = 1000;

/** The way a stopped submission started, which is the way it goes on. */
type SubmissionPath = 'event' | 'method';

interface PendingSubmission {
  id: string;
  form: HTMLFormElement;
  /** The button that submitted, or null for Enter without a button. */
  submitter: HTMLElement | null;
  path: SubmissionPath;
  /** When the form was last stopped, in epoch milliseconds. */
  stoppedAt: number;
  /** When the stop was last sent to the background and the panel. */
  reportedAt: number;
}

export interface SubmissionGateOptions {
  signal: AbortSignal;
  /** Tells whether a form contains a control of a catalogue field from the frame's scan. */
  holdsField(form: HTMLFormElement): boolean;
  send(message: SubmissionCheckedMessage): void;
  /** Returns the time in epoch milliseconds; tests replace it. */
  now?(): number;
}

/**
 * Decides synchronously, for the main-world guard, whether a form may be
 * submitted, from the latest verdict the panel sent to this frame. A frame
 * without a verdict, a verdict that does not enforce, and a form without a
 * catalogue field never block, because the panel has checked nothing there.
 */
export class SubmissionGate {
  private verdict: Verdict | undefined;
  private pending: PendingSubmission | undefined;
  /** The form whose next check passes, while a resumed submission fires its `submit` event. */
  private passing: HTMLFormElement | undefined;
  private count = 0;

  constructor(private readonly options: SubmissionGateOptions) {
    const listen = { capture: true, signal: options.signal };
    window.addEventListener(SUBMIT_EVENT_CHECK, (event) => this.check(event, 'event'), listen);
    window.addEventListener(SUBMIT_METHOD_CHECK, (event) => this.check(event, 'method'), listen);
  }

  setVerdict(verdict: Verdict): void {
    this.verdict = verdict;
  }

  /**
   * Sends the stopped submission on by the path it took, once. A reason is
   * required while the latest verdict still blocks, and the check is logged as
   * `overridden` then. Once nothing blocks any more, it is logged as `passed`.
   */
  resume(id: string, reason: string): ResumeResponse {
    const pending = this.pending;
    if (!pending || pending.id !== id || !pending.form.isConnected || !this.verdict) {
      return { resumed: false, reason: 'not-pending' };
    }
    const trimmed = reason.trim();
    const blocking = this.verdict.blocking;
    if (blocking && !trimmed) return { resumed: false, reason: 'reason-required' };

    this.pending = undefined;
    this.report({
      id,
      outcome: blocking ? 'overridden' : 'passed',
      verdict: this.verdict,
      ...(blocking ? { overrideReason: trimmed } : {}),
    });
    this.submit(pending);
    return { resumed: true };
  }

  private check(event: Event, path: SubmissionPath): void {
    const target = event.composedPath()[0];
    const form = formOf(target);
    if (!form) return;
    if (this.passing === form) {
      this.passing = undefined;
      return;
    }
    const verdict = this.verdict;
    if (!verdict?.enforcing || !this.options.holdsField(form)) return;

    if (!verdict.blocking) {
      this.report({ id: this.nextId(), outcome: 'passed', verdict });
      return;
    }
    event.preventDefault();
    const submitter = target instanceof HTMLElement && target !== form ? target : null;
    this.stop(form, submitter, path, verdict);
  }

  /**
   * Keeps the stopped submission for the officer's override and reports it.
   * A stop of the same form within `REPEATED_STOP_WINDOW_MS` of the last one
   * keeps its id, and is sent again at most every `REPEATED_STOP_REPORT_MS`.
   */
  private stop(
    form: HTMLFormElement,
    submitter: HTMLElement | null,
    path: SubmissionPath,
    verdict: Verdict,
  ): void {
    const now = this.options.now?.() ?? Date.now();
    const previous = this.pending;
    const repeated = previous?.form === form && now - previous.stoppedAt < REPEATED_STOP_WINDOW_MS;
    if (repeated && now - previous.reportedAt < REPEATED_STOP_REPORT_MS) {
      this.pending = { ...previous, submitter, path, stoppedAt: now };
      return;
    }
    const id = repeated ? previous.id : this.nextId();
    this.pending = { id, form, submitter, path, stoppedAt: now, reportedAt: now };
    this.report({ id, outcome: 'blocked', verdict });
  }

  /**
   * Submits again with the isolated world's own `HTMLFormElement` methods,
   * which the main-world wrapper does not reach. `requestSubmit` fires a
   * `submit` event, which the guard checks again, so the form passes once.
   * Where the guard shares this world, as under test, `submit` passes once
   * the same way.
   */
  private submit(pending: PendingSubmission): void {
    const { form, submitter } = pending;
    this.passing = form;
    try {
      if (pending.path === 'method') {
        HTMLFormElement.prototype.submit.call(form);
      } else {
        const stillSubmits = submitter?.isConnected && submitterForm(submitter) === form;
        form.requestSubmit(stillSubmits ? submitter : undefined);
      }
    } finally {
      // requestSubmit fires no event when constraint validation fails.
      this.passing = undefined;
    }
  }

  private report(check: SubmissionCheck): void {
    this.options.send({ type: 'submission-checked', check });
  }

  private nextId(): string {
    this.count += 1;
    return `${Date.now().toString(36)}-${this.count}`;
  }
}

function formOf(target: EventTarget | undefined): HTMLFormElement | undefined {
  if (target instanceof HTMLFormElement) return target;
  if (target instanceof HTMLElement) return submitterForm(target) ?? undefined;
  return undefined;
}

function submitterForm(element: HTMLElement): HTMLFormElement | null {
  return (element as HTMLButtonElement | HTMLInputElement).form ?? null;
}
