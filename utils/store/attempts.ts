import { z } from '../schema/zod';
import { StoreError } from './errors';

/**
 * Wrong passphrase attempts, kept in `storage.local` so that closing the page
 * or the browser does not reset them. Each attempt already costs one key
 * derivation; after FREE_ATTEMPTS wrong ones in a row, each further attempt
 * waits a delay that doubles up to MAX_DELAY_MS. A right passphrase clears them.
 */

const ATTEMPTS_KEY = 'unlockAttempts';

/** Wrong attempts in a row allowed without a delay. */
export const FREE_ATTEMPTS = 5;

/** Delay after the first wrong attempt past FREE_ATTEMPTS, in milliseconds. */
export const FIRST_DELAY_MS = 30_000;

/** Maximum delay between two attempts, in milliseconds. */
export const MAX_DELAY_MS = 15 * 60_000;

const attemptsSchema = z.object({
  failures: z.int().min(0),
  blockedUntil: z.number().min(0),
});

type Attempts = z.infer<typeof attemptsSchema>;

async function readAttempts(): Promise<Attempts> {
  const stored = (await browser.storage.local.get(ATTEMPTS_KEY))[ATTEMPTS_KEY];
  const result = attemptsSchema.safeParse(stored);
  // A damaged record counts as none: it can only lift a delay, never lock out.
  return result.success ? result.data : { failures: 0, blockedUntil: 0 };
}

/** Returns the delay that follows `failures` wrong attempts in a row, in milliseconds. */
export function delayAfter(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(FIRST_DELAY_MS * 2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_MS);
}

/** Throws a StoreError with code `rate-limited` while wrong attempts impose a delay. */
export async function assertAttemptAllowed(now = Date.now()): Promise<void> {
  const { blockedUntil } = await readAttempts();
  if (blockedUntil <= now) return;
  const seconds = Math.ceil((blockedUntil - now) / 1000);
  throw new StoreError(
    'rate-limited',
    `Too many wrong passphrases. Wait ${seconds} seconds, then try again.`,
    { retryAt: blockedUntil },
  );
}

/** Counts one wrong passphrase and starts the delay it causes. */
export async function recordWrongAttempt(now = Date.now()): Promise<void> {
  const failures = (await readAttempts()).failures + 1;
  const blockedUntil = now + delayAfter(failures);
  await browser.storage.local.set({ [ATTEMPTS_KEY]: { failures, blockedUntil } });
}

/** Clears the count of wrong attempts after a right passphrase. */
export async function clearWrongAttempts(): Promise<void> {
  await browser.storage.local.remove(ATTEMPTS_KEY);
}
