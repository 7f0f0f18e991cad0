import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import {
  forgetPassphrase,
  MIN_PASSPHRASE_LENGTH,
  setUpPassphrase,
  StoreError,
  unlock,
} from '@/utils/store';
import './unlock.css';

interface UnlockFormProps {
  /** `setup` requests a new passphrase twice, and `locked` requests the passphrase once. */
  mode: 'setup' | 'locked';
  autoFocus?: boolean;
  /** Offers to delete all drafts when the passphrase is forgotten. */
  allowReset?: boolean;
  /** Message of a failure to read the lock state. */
  loadError?: string;
  onUnlocked(): void;
}

/** Returns the message a page shows for a failure to set up, unlock or reset. */
export function lockErrorText(failure: unknown): string {
  const code = failure instanceof StoreError ? failure.code : undefined;
  if (code === 'wrong-passphrase') return t('lock_error_wrong');
  if (code === 'interrupted-change') return t('lock_error_interrupted');
  if (code === 'locked') return t('lock_error_locked');
  if (code === 'invalid') return t('lock_error_too_short', String(MIN_PASSPHRASE_LENGTH));
  if (code === 'rate-limited') {
    const retryAt = (failure as StoreError).retryAt ?? Date.now();
    const seconds = Math.max(1, Math.ceil((retryAt - Date.now()) / 1000));
    return t('lock_error_rate_limited', String(seconds));
  }
  // Messages of the lock and store functions name no draft value.
  const detail = failure instanceof Error ? failure.message : String(failure);
  return t('lock_error_failed', detail);
}

/**
 * Returns why the form cannot submit the entry, or undefined. An empty or
 * too short entry is rejected here in both modes, so that it never reaches
 * unlock() and never counts as a wrong attempt.
 */
function passphraseProblem(mode: UnlockFormProps['mode'], value: string, confirm: string) {
  if (value === '') return t('lock_error_empty');
  if ([...value].length < MIN_PASSPHRASE_LENGTH) {
    return t('lock_error_too_short', String(MIN_PASSPHRASE_LENGTH));
  }
  if (mode === 'locked') return undefined;
  return value === confirm ? undefined : t('lock_error_mismatch');
}

function ForgotPassphrase({ onDone }: { onDone(): void }) {
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string>();
  const reset = async () => {
    try {
      await forgetPassphrase();
      onDone();
    } catch (failure) {
      setError(lockErrorText(failure));
    }
  };

  if (!asking) {
    return (
      <button type="button" class="button-quiet" onClick={() => setAsking(true)}>
        {t('lock_forgot')}
      </button>
    );
  }
  return (
    <div class="confirm" role="alertdialog" aria-labelledby="forgot-question">
      <p id="forgot-question">{t('lock_forgot_question')}</p>
      <div class="actions">
        <button
          type="button"
          class="button-danger"
          data-testid="lock-forgot-confirm"
          onClick={() => void reset()}
        >
          {t('lock_forgot_confirm')}
        </button>
        <button type="button" class="button-secondary" onClick={() => setAsking(false)}>
          {t('common_cancel')}
        </button>
      </div>
      {error && <p class="notice notice-error">{error}</p>}
    </div>
  );
}

/**
 * Asks for the passphrase: twice to set it on first use, once to unlock.
 * The passphrase stays in this form's state only until it is submitted.
 */
export function UnlockForm({
  mode,
  autoFocus = false,
  allowReset = false,
  loadError,
  onUnlocked,
}: UnlockFormProps) {
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus, mode]);

  const submit = async (event: Event) => {
    event.preventDefault();
    const problem = passphraseProblem(mode, passphrase, confirm);
    if (problem) {
      setError(problem);
      input.current?.focus();
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await (mode === 'setup' ? setUpPassphrase(passphrase) : unlock(passphrase));
      setPassphrase('');
      setConfirm('');
      onUnlocked();
    } catch (failure) {
      setError(lockErrorText(failure));
      if (failure instanceof StoreError && failure.code === 'wrong-passphrase') {
        input.current?.select();
      }
    } finally {
      setBusy(false);
    }
  };

  const setup = mode === 'setup';
  const shownError = error ?? loadError;
  return (
    <form class="unlock-form" onSubmit={submit} noValidate aria-labelledby="unlock-title">
      <h2 id="unlock-title">{t(setup ? 'lock_setup_title' : 'lock_locked_title')}</h2>
      <p class="hint">{t(setup ? 'lock_setup_text' : 'lock_locked_text')}</p>
      <div class="unlock-field">
        <label for="unlock-passphrase">{t('lock_passphrase')}</label>
        {setup && (
          <p id="unlock-passphrase-hint" class="hint">
            {t('lock_passphrase_hint', String(MIN_PASSPHRASE_LENGTH))}
          </p>
        )}
        <input
          ref={input}
          id="unlock-passphrase"
          type="password"
          data-testid="passphrase"
          autoComplete={setup ? 'new-password' : 'current-password'}
          aria-describedby={setup ? 'unlock-passphrase-hint' : undefined}
          aria-invalid={shownError ? 'true' : undefined}
          value={passphrase}
          onInput={(event) => setPassphrase((event.target as HTMLInputElement).value)}
        />
      </div>
      {setup && (
        <div class="unlock-field">
          <label for="unlock-passphrase-confirm">{t('lock_passphrase_confirm')}</label>
          <input
            id="unlock-passphrase-confirm"
            type="password"
            data-testid="passphrase-confirm"
            autoComplete="new-password"
            value={confirm}
            onInput={(event) => setConfirm((event.target as HTMLInputElement).value)}
          />
        </div>
      )}
      <div aria-live="assertive">
        {shownError && (
          <p class="notice notice-error" role="alert" data-testid="lock-error">
            {shownError}
          </p>
        )}
      </div>
      <div class="actions">
        <button type="submit" class="button-primary" data-testid="unlock" disabled={busy}>
          {busy ? t('lock_busy') : t(setup ? 'lock_setup_button' : 'lock_unlock_button')}
        </button>
        {allowReset && !setup && <ForgotPassphrase onDone={onUnlocked} />}
      </div>
    </form>
  );
}
