import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { watchLockState } from '@/utils/store';
import type { SessionAreaMessage } from '@/utils/store/session-area';
import { resetStore } from './support/store';

/** Interval of the lock poll in a page without `storage.session`, in milliseconds. */
const POLL_MS = 2_000;

const ownSession = fakeBrowser.storage.session;

/**
 * The background's `storage.session`. A page without the area of its own gets
 * no change events for it, so this is a plain object, not a fake area.
 */
let backgroundSession: Record<string, unknown>;

/**
 * Makes this context a page without `storage.session`, as the panel in
 * Firefox, whose session reads go to the background by message.
 */
function withoutOwnSessionArea(): void {
  Object.defineProperty(fakeBrowser.storage, 'session', { value: undefined, configurable: true });
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    const { operation, keys = [] } = message as SessionAreaMessage;
    if (operation !== 'get') throw new Error(`Unexpected session-area operation: ${operation}`);
    return Object.fromEntries(
      keys.flatMap((key) => (key in backgroundSession ? [[key, backgroundSession[key]]] : [])),
    );
  });
}

beforeEach(async () => {
  await resetStore();
  backgroundSession = { draftKey: 'a2V5' };
  withoutOwnSessionArea();
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  Object.defineProperty(fakeBrowser.storage, 'session', {
    value: ownSession,
    configurable: true,
  });
});

describe('watchLockState without storage.session', () => {
  it('reports a lock made before its first poll', async () => {
    const listener = vi.fn();
    const stop = watchLockState(listener);
    delete backgroundSession.draftKey;
    await vi.advanceTimersByTimeAsync(POLL_MS);
    stop();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('reports a lock after earlier polls', async () => {
    const listener = vi.fn();
    const stop = watchLockState(listener);
    await vi.advanceTimersByTimeAsync(POLL_MS);
    delete backgroundSession.draftKey;
    await vi.advanceTimersByTimeAsync(POLL_MS);
    stop();
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('stays quiet while the key is unchanged', async () => {
    const listener = vi.fn();
    const stop = watchLockState(listener);
    await vi.advanceTimersByTimeAsync(POLL_MS);
    listener.mockClear();
    await vi.advanceTimersByTimeAsync(3 * POLL_MS);
    stop();
    expect(listener).not.toHaveBeenCalled();
  });

  it('stops polling once stopped', async () => {
    const listener = vi.fn();
    const stop = watchLockState(listener);
    stop();
    delete backgroundSession.draftKey;
    await vi.advanceTimersByTimeAsync(2 * POLL_MS);
    expect(listener).not.toHaveBeenCalled();
  });
});
