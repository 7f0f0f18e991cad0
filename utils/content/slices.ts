/**
 * Long work split into slices with yields to the page in between, so that
 * the page keeps handling input while a large form is scanned.
 */
import type { Steps } from '@/utils/detect/steps';

/**
 * Milliseconds of work between two yields. The Long Tasks API reports tasks
 * over 50 ms, and most steps of a scan take well under 1 ms on an idle
 * machine, so a slice ends far below that.
 */
export const SLICE_MS = 12;

export interface SliceRun<Result> {
  result: Result;
  /** Time spent running steps, without the time the page had between slices. */
  busyMs: number;
  slices: number;
}

/**
 * Runs steps in slices of about `sliceMs`, yielding to the page between
 * them. Returns undefined when `signal` aborts before the steps end.
 */
export async function runInSlices<Result>(
  steps: Steps<Result>,
  options: { sliceMs?: number; signal?: AbortSignal } = {},
): Promise<SliceRun<Result> | undefined> {
  const sliceMs = options.sliceMs ?? SLICE_MS;
  let busyMs = 0;
  let slices = 0;

  for (;;) {
    if (options.signal?.aborted) return undefined;
    const started = performance.now();
    slices++;
    let next = steps.next();
    while (!next.done && performance.now() - started < sliceMs) next = steps.next();
    busyMs += performance.now() - started;

    if (next.done) return { result: next.value, busyMs, slices };
    await yieldToPage();
  }
}

/**
 * Lets the page run its pending tasks: `scheduler.yield()` where the browser
 * has it (Chromium 129 and later), else a message through a MessageChannel,
 * which unlike `setTimeout` is not clamped to 4 ms.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();

  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
