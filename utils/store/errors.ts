import type { DraftError } from '../schema/draft';

export type StoreErrorCode =
  | 'corrupt'
  | 'invalid'
  | 'not-found'
  | 'quota'
  | 'failed'
  | 'locked'
  | 'wrong-passphrase'
  | 'rate-limited'
  | 'conflict'
  | 'exists'
  | 'interrupted-change';

/**
 * An error of the draft store. `code` selects the message a page shows, and
 * `draftId` names the record involved, when there is one.
 */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly code: StoreErrorCode;
  readonly draftId?: string;
  /**
   * Schema errors of a corrupt or invalid record. Their `value`s are draft data,
   * so a page may show them but nothing may log them.
   */
  readonly errors: DraftError[];
  /** Time (epoch ms) from which a `rate-limited` action may be tried again. */
  readonly retryAt?: number;

  constructor(
    code: StoreErrorCode,
    message: string,
    options: { draftId?: string; errors?: DraftError[]; cause?: unknown; retryAt?: number } = {},
  ) {
    super(message, { cause: options.cause });
    this.code = code;
    this.draftId = options.draftId;
    this.errors = options.errors ?? [];
    this.retryAt = options.retryAt;
  }
}

function isQuotaError(error: unknown): boolean {
  return error instanceof Error && error.name === 'QuotaExceededError';
}

/**
 * Converts an IndexedDB failure to a StoreError. `action` completes the
 * sentence "Could not …", such as "import the drafts".
 */
export function toStoreError(error: unknown, action: string): StoreError {
  if (error instanceof StoreError) return error;
  if (isQuotaError(error)) {
    return new StoreError(
      'quota',
      `Could not ${action}: the browser has no storage space left. ` +
        'Free disk space or delete old drafts, then try again.',
      { cause: error },
    );
  }
  // The name alone, because some browsers quote the value in the message.
  const reason = error instanceof Error ? error.name : 'unknown error';
  return new StoreError('failed', `Could not ${action} (${reason}).`, { cause: error });
}
