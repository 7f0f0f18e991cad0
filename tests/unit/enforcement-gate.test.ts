import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  REPEATED_STOP_REPORT_MS,
  REPEATED_STOP_WINDOW_MS,
  SubmissionGate,
} from '@/utils/content/submission-gate';
import { SUBMIT_EVENT_CHECK, installSubmitGuard } from '@/utils/enforcement/guard';
import type { Verdict } from '@/utils/enforcement/verdict';
import type {
  SubmissionCheck,
  SubmissionCheckedMessage,
} from '@/utils/messaging/enforcement-messages';

const nativeSubmit = vi.fn();

const BLOCKING: Verdict = {
  enforcing: true,
  blocking: true,
  checklistId: 'default',
  checklistVersion: 1,
  score: 40,
  failedRules: [],
  missingFields: ['surname'],
};
const PASSING: Verdict = { ...BLOCKING, blocking: false, score: 90, missingFields: [] };

// Resuming a form.submit() is left to the end-to-end tests: happy-dom hands
// listeners a proxy of the form, which the guard's saved dispatchEvent rejects.
let controller: AbortController;
let sent: SubmissionCheck[];
let gate: SubmissionGate;
let form: HTMLFormElement;
let button: HTMLButtonElement;
/** Submissions that reached the page's own handler, which sends them as a script would. */
let pageSubmits: number;

beforeAll(() => {
  HTMLFormElement.prototype.submit = nativeSubmit;
  installSubmitGuard(window as Window & typeof globalThis);
});

beforeEach(() => {
  document.body.innerHTML =
    '<form id="alert"><input id="surname"><button id="save" type="submit">Save</button></form>' +
    '<form id="search"><input id="query"><button id="go" type="submit">Go</button></form>';
  form = document.querySelector('#alert')!;
  button = document.querySelector('#save')!;
  pageSubmits = 0;
  for (const each of document.querySelectorAll('form')) {
    each.addEventListener('submit', (event) => {
      event.preventDefault();
      pageSubmits += 1;
    });
  }
  sent = [];
  controller = new AbortController();
  gate = new SubmissionGate({
    signal: controller.signal,
    holdsField: (candidate) => candidate.id === 'alert',
    send: (message: SubmissionCheckedMessage) => sent.push(message.check),
  });
});

afterEach(() => {
  controller.abort();
  nativeSubmit.mockClear();
});

describe('submission gate', () => {
  it('stops nothing before a verdict arrives', () => {
    form.requestSubmit(button);
    form.submit();
    expect(pageSubmits).toBe(1);
    expect(nativeSubmit).toHaveBeenCalledTimes(1);
    expect(sent).toEqual([]);
  });

  it('stops nothing when the verdict does not enforce', () => {
    gate.setVerdict({ ...BLOCKING, enforcing: false });
    form.requestSubmit(button);
    expect(pageSubmits).toBe(1);
    expect(sent).toEqual([]);
  });

  it('stops nothing in a form without catalogue fields', () => {
    gate.setVerdict(BLOCKING);
    const search = document.querySelector<HTMLFormElement>('#search')!;
    search.requestSubmit(document.querySelector<HTMLButtonElement>('#go')!);
    expect(pageSubmits).toBe(1);
    expect(sent).toEqual([]);
  });

  it('logs a passing submission as passed', () => {
    gate.setVerdict(PASSING);
    form.requestSubmit(button);
    expect(pageSubmits).toBe(1);
    expect(sent).toEqual([{ id: expect.any(String), outcome: 'passed', verdict: PASSING }]);
  });

  it('stops a blocking submit event', () => {
    gate.setVerdict(BLOCKING);
    form.requestSubmit(button);
    expect(pageSubmits).toBe(0);
    expect(sent).toEqual([{ id: expect.any(String), outcome: 'blocked', verdict: BLOCKING }]);
  });

  it('stops a blocking form.submit()', () => {
    gate.setVerdict(BLOCKING);
    form.submit();
    expect(nativeSubmit).not.toHaveBeenCalled();
    expect(sent.map((check) => check.outcome)).toEqual(['blocked']);
  });

  it('requires a reason while items block', () => {
    gate.setVerdict(BLOCKING);
    form.requestSubmit(button);
    expect(gate.resume(sent[0].id, '   ')).toEqual({ resumed: false, reason: 'reason-required' });
    expect(pageSubmits).toBe(0);
  });

  it('rejects an unknown submission id', () => {
    gate.setVerdict(BLOCKING);
    form.requestSubmit(button);
    expect(gate.resume('other', 'Reason')).toEqual({ resumed: false, reason: 'not-pending' });
  });

  it('resumes a submit event once with the reason', () => {
    gate.setVerdict(BLOCKING);
    form.requestSubmit(button);
    const id = sent[0].id;

    expect(gate.resume(id, '  Centre unreachable  ')).toEqual({ resumed: true });
    expect(pageSubmits).toBe(1);
    expect(sent[1]).toEqual({
      id,
      outcome: 'overridden',
      verdict: BLOCKING,
      overrideReason: 'Centre unreachable',
    });
    expect(gate.resume(id, 'Again')).toEqual({ resumed: false, reason: 'not-pending' });
    expect(pageSubmits).toBe(1);
  });

  it('checks the next submission after a resume', () => {
    gate.setVerdict(BLOCKING);
    form.requestSubmit(button);
    gate.resume(sent[0].id, 'Centre unreachable');
    form.requestSubmit(button);
    expect(pageSubmits).toBe(1);
    expect(sent.map((check) => check.outcome)).toEqual(['blocked', 'overridden', 'blocked']);
  });

  it('logs a resume as passed once nothing blocks', () => {
    gate.setVerdict(BLOCKING);
    form.requestSubmit(button);
    gate.setVerdict(PASSING);
    expect(gate.resume(sent[0].id, '')).toEqual({ resumed: true });
    expect(sent[1]).toEqual({ id: sent[0].id, outcome: 'passed', verdict: PASSING });
    expect(pageSubmits).toBe(1);
  });

  it('keeps the latest stopped submission only', () => {
    gate.setVerdict(BLOCKING);
    const now = vi.spyOn(Date, 'now').mockReturnValue(1_700_000_000_000);
    form.requestSubmit(button);
    // A stop within the window of the last one would keep its id.
    now.mockReturnValue(1_700_000_000_000 + REPEATED_STOP_WINDOW_MS);
    form.requestSubmit(button);
    now.mockRestore();
    expect(gate.resume(sent[0].id, 'Reason')).toEqual({ resumed: false, reason: 'not-pending' });
    expect(gate.resume(sent[1].id, 'Reason')).toEqual({ resumed: true });
    expect(pageSubmits).toBe(1);
  });
});

describe('submission gate with repeated checks', () => {
  let clock: number;

  beforeEach(() => {
    // Replace the gate of the outer beforeEach with one that reads this clock.
    controller.abort();
    controller = new AbortController();
    clock = 1_700_000_000_000;
    gate = new SubmissionGate({
      signal: controller.signal,
      holdsField: (candidate) => candidate.id === 'alert',
      send: (message: SubmissionCheckedMessage) => sent.push(message.check),
      now: () => clock,
    });
    gate.setVerdict(BLOCKING);
  });

  /** Dispatches the guard's check event as a page script can, and returns whether it was cancelled. */
  function forgeCheck(): boolean {
    const check = new CustomEvent(SUBMIT_EVENT_CHECK, {
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    form.dispatchEvent(check);
    return check.defaultPrevented;
  }

  it('reports a burst of forged checks once', () => {
    const cancelled = Array.from({ length: 50 }, forgeCheck).filter(Boolean);
    expect(cancelled).toHaveLength(50);
    expect(sent).toHaveLength(1);
    expect(sent[0].outcome).toBe('blocked');
  });

  it('sends a repeated stop again with its id', () => {
    form.requestSubmit(button);
    clock += REPEATED_STOP_REPORT_MS;
    form.requestSubmit(button);
    expect(sent).toHaveLength(2);
    expect(sent[1].id).toBe(sent[0].id);
    expect(pageSubmits).toBe(0);
  });

  it('gives a stop after the window a new id', () => {
    form.requestSubmit(button);
    clock += REPEATED_STOP_WINDOW_MS;
    form.requestSubmit(button);
    expect(sent).toHaveLength(2);
    expect(sent[1].id).not.toBe(sent[0].id);
  });

  it('resumes a repeated stop by its first id', () => {
    form.requestSubmit(button);
    form.requestSubmit(button);
    expect(sent).toHaveLength(1);
    expect(gate.resume(sent[0].id, 'Centre unreachable')).toEqual({ resumed: true });
    expect(pageSubmits).toBe(1);
  });
});
