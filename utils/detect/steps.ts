/**
 * Work written as generator steps: each `yield` is a point where the caller
 * may pause and let the page run. `runSteps` runs them without pausing.
 */
export type Steps<Result> = Generator<void, Result>;

/** Runs steps to the end without pausing and returns their result. */
export function runSteps<Result>(steps: Steps<Result>): Result {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
