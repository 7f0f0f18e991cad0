import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { lock, lockIfIdle, noteActivity, readLockState, watchLockState } from '@/utils/store';
import type { LockState } from '@/utils/store';
import { UnlockForm } from './UnlockForm';

/** How often an open page checks whether the drafts were idle too long, in milliseconds. */
const IDLE_CHECK_INTERVAL_MS = 30_000;

/** Minimum time between two reports of the officer's activity, in milliseconds. */
const ACTIVITY_REPORT_INTERVAL_MS = 30_000;

export interface LockView {
  /** `loading` until the first read of the lock state. */
  state: LockState | 'loading';
  /** Reads the state again, after this page unlocked. */
  refresh(): void;
  /** Set when the lock state could not be read. */
  error?: string;
}

/**
 * Counts key presses and clicks in this page as activity while the drafts
 * are unlocked, and locks them once they were idle longer than the idle time.
 */
function useIdleLock(unlocked: boolean): void {
  useEffect(() => {
    if (!unlocked) return;
    let lastReport = 0;
    const onActivity = () => {
      if (Date.now() - lastReport < ACTIVITY_REPORT_INTERVAL_MS) return;
      lastReport = Date.now();
      void noteActivity().catch(() => undefined);
    };
    const timer = setInterval(
      () => void lockIfIdle().catch(() => undefined),
      IDLE_CHECK_INTERVAL_MS,
    );
    window.addEventListener('keydown', onActivity, true);
    window.addEventListener('pointerdown', onActivity, true);
    return () => {
      clearInterval(timer);
      window.removeEventListener('keydown', onActivity, true);
      window.removeEventListener('pointerdown', onActivity, true);
    };
  }, [unlocked]);
}

/** Follows the lock state of the drafts, which any extension page may change. */
export function useLockState(): LockView {
  const [state, setState] = useState<LockState | 'loading'>('loading');
  const [error, setError] = useState<string>();
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let active = true;
    const read = () =>
      readLockState().then(
        (next) => {
          if (!active) return;
          setState(next);
          setError(undefined);
        },
        (failure: Error) => {
          if (!active) return;
          setState('locked');
          setError(failure.message);
        },
      );
    void read();
    const stop = watchLockState(() => void read());
    return () => {
      active = false;
      stop();
    };
  }, [generation]);

  useIdleLock(state === 'unlocked');
  return { state, error, refresh: () => setGeneration((value) => value + 1) };
}

export function LockNowButton() {
  return (
    <button
      type="button"
      class="button-secondary"
      data-testid="lock-now"
      onClick={() => void lock()}
    >
      {t('lock_now')}
    </button>
  );
}

interface UnlockGateProps {
  children: ComponentChildren;
  /** Moves the focus to the passphrase input. Off in the panel, where the portal has the focus. */
  autoFocus?: boolean;
}

/**
 * Shows its children while the drafts are unlocked, with a Lock now button,
 * and the passphrase form otherwise. Used where a page needs drafts.
 */
export function UnlockGate({ children, autoFocus = false }: UnlockGateProps) {
  const lockView = useLockState();
  const unlockedNote = useRef<HTMLSpanElement>(null);
  const [unlockedHere, setUnlockedHere] = useState(false);
  const unlocked = lockView.state === 'unlocked';

  // The form the officer submitted is gone once the drafts unlock, so the
  // focus moves to the "Drafts unlocked" note, and Tab goes on from there.
  useEffect(() => {
    if (!unlocked || !unlockedHere) return;
    setUnlockedHere(false);
    unlockedNote.current?.focus();
  }, [unlocked, unlockedHere]);

  if (lockView.state === 'loading') return null;
  if (lockView.state !== 'unlocked') {
    return (
      <UnlockForm
        mode={lockView.state}
        autoFocus={autoFocus}
        loadError={lockView.error}
        onUnlocked={() => {
          setUnlockedHere(true);
          lockView.refresh();
        }}
      />
    );
  }
  return (
    <>
      <div class="unlock-bar">
        <span class="hint" ref={unlockedNote} tabIndex={-1} data-testid="lock-unlocked">
          {t('lock_unlocked')}
        </span>
        <LockNowButton />
      </div>
      {children}
    </>
  );
}
