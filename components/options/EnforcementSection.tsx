import { useEffect, useState } from 'preact/hooks';
import {
  ENFORCEMENT_MODES,
  readEnforcementMode,
  watchEnforcementMode,
  writeEnforcementMode,
  type EnforcementMode,
} from '@/utils/enforcement/settings';
import { ManagedLock } from '@/components/common/ManagedLock';
import { useManagedPolicy } from '@/components/common/use-managed-policy';
import { t } from '@/utils/i18n';

/** Chooses whether a submission with blocking items open is stopped. */
export function EnforcementSection() {
  const [mode, setMode] = useState<EnforcementMode>();
  const [message, setMessage] = useState<{ kind: 'error' | 'status'; text: string }>();
  const { policy } = useManagedPolicy();
  const managed = policy.enforcement !== undefined;

  // The policy's mode, when it sets one, is what readEnforcementMode returns.
  useEffect(() => {
    const read = () => void readEnforcementMode().then(setMode);
    read();
    return watchEnforcementMode(read);
  }, [policy]);

  const choose = async (next: EnforcementMode) => {
    try {
      await writeEnforcementMode(next);
      setMode(next);
      setMessage({ kind: 'status', text: t('enforcement_saved') });
    } catch (error) {
      setMessage({ kind: 'error', text: t('enforcement_save_failed', (error as Error).message) });
    }
  };

  return (
    <section aria-labelledby="enforcement-title">
      <h2 id="enforcement-title">{t('enforcement_title')}</h2>
      <p>{t('enforcement_intro')}</p>
      {managed && <ManagedLock setting="enforcement" />}
      <fieldset class="enforcement" disabled={mode === undefined || managed}>
        <legend>{t('enforcement_legend')}</legend>
        {ENFORCEMENT_MODES.map((option) => (
          <label key={option} class="enforcement__option">
            <input
              type="radio"
              name="enforcement-mode"
              value={option}
              data-testid={`enforcement-${option}`}
              checked={mode === option}
              onChange={() => void choose(option)}
            />{' '}
            {t(`enforcement_${option}`)}
          </label>
        ))}
      </fieldset>
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} class={message.kind}>
          {message.text}
        </p>
      )}
    </section>
  );
}
