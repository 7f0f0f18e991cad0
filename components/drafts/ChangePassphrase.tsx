import { useState } from 'preact/hooks';
import { lockErrorText } from '@/components/common/UnlockForm';
import { t } from '@/utils/i18n';
import { changePassphrase, MIN_PASSPHRASE_LENGTH } from '@/utils/store';

function PassphraseInput(props: {
  id: string;
  label: string;
  value: string;
  autoComplete: string;
  onInput(value: string): void;
}) {
  return (
    <div class="unlock-field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="password"
        data-testid={props.id}
        autoComplete={props.autoComplete}
        value={props.value}
        onInput={(event) => props.onInput((event.target as HTMLInputElement).value)}
      />
    </div>
  );
}

/** Changes the passphrase, which encrypts every draft again with the new key. */
export function ChangePassphrase() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string }>();

  const problem = (): string | undefined => {
    if (current === '') return t('lock_error_empty');
    if ([...next].length < MIN_PASSPHRASE_LENGTH) {
      return t('lock_error_too_short', String(MIN_PASSPHRASE_LENGTH));
    }
    return next === confirm ? undefined : t('lock_error_mismatch');
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const invalid = problem();
    if (invalid) {
      setMessage({ kind: 'error', text: invalid });
      return;
    }
    setBusy(true);
    setMessage(undefined);
    try {
      await changePassphrase(current, next);
      setCurrent('');
      setNext('');
      setConfirm('');
      setMessage({ kind: 'info', text: t('lock_changed') });
    } catch (failure) {
      setMessage({ kind: 'error', text: lockErrorText(failure) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="change-passphrase-title">
      <h2 id="change-passphrase-title">{t('lock_change_title')}</h2>
      <PassphraseInput
        id="passphrase-current"
        label={t('lock_change_current')}
        value={current}
        autoComplete="current-password"
        onInput={setCurrent}
      />
      <PassphraseInput
        id="passphrase-new"
        label={t('lock_change_new')}
        value={next}
        autoComplete="new-password"
        onInput={setNext}
      />
      <PassphraseInput
        id="passphrase-new-confirm"
        label={t('lock_change_confirm')}
        value={confirm}
        autoComplete="new-password"
        onInput={setConfirm}
      />
      <button
        type="submit"
        class="button-secondary"
        data-testid="passphrase-change"
        disabled={busy}
      >
        {busy ? t('lock_change_busy') : t('lock_change_button')}
      </button>
      <div aria-live="polite">
        {message && (
          <p class={`notice notice-${message.kind}`} data-testid="passphrase-change-status">
            {message.text}
          </p>
        )}
      </div>
    </form>
  );
}
