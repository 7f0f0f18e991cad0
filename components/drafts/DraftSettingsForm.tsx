import { useEffect, useState } from 'preact/hooks';
import { ManagedLock } from '@/components/common/ManagedLock';
import { useManagedPolicy } from '@/components/common/use-managed-policy';
import { t } from '@/utils/i18n';
import type { PolicyKey } from '@/utils/policy/schema';
import {
  IDLE_MINUTES_RANGE,
  readDraftSettings,
  readStoredDraftSettings,
  RETENTION_DAYS_RANGE,
  saveDraftSettings,
  watchDraftSettings,
} from '@/utils/store';

type Range = { min: number; max: number };

/** Parses a whole number within the range, or returns undefined. */
function parseWhole(text: string, range: Range): number | undefined {
  if (!/^\d+$/.test(text.trim())) return undefined;
  const value = Number(text);
  return value >= range.min && value <= range.max ? value : undefined;
}

function NumberField(props: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  range: Range;
  invalid: boolean;
  /** The policy key that sets this value, which makes the field read-only. */
  managedBy?: PolicyKey;
  onInput(value: string): void;
}) {
  const { id, label, hint, value, range, invalid, managedBy, onInput } = props;
  const hintId = `${id}-hint`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <p id={hintId} class="field-hint">
        {hint ? `${hint} ` : ''}
        {t('retention_range', [String(range.min), String(range.max)])}
      </p>
      <input
        id={id}
        type="number"
        class="input-short"
        min={range.min}
        max={range.max}
        step={1}
        data-testid={id}
        value={value}
        aria-describedby={hintId}
        aria-invalid={invalid ? 'true' : undefined}
        readOnly={managedBy !== undefined}
        onInput={(event) => onInput((event.target as HTMLInputElement).value)}
      />
      {managedBy && <ManagedLock setting={managedBy} />}
    </div>
  );
}

/**
 * Edits the idle time before the drafts lock and the days a draft is kept.
 * A value that the organisation's policy sets is shown read-only.
 */
export function DraftSettingsForm() {
  const { policy } = useManagedPolicy();
  const idleLocked = policy.autoLockMinutes !== undefined;
  const daysLocked = policy.retentionDays !== undefined;
  const [idle, setIdle] = useState('');
  const [days, setDays] = useState('');
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string }>();

  useEffect(() => {
    const load = () =>
      void readDraftSettings().then((settings) => {
        setIdle(String(settings.idleMinutes));
        setDays(String(settings.retentionDays));
      });
    load();
    return watchDraftSettings(load);
  }, []);

  const idleMinutes = parseWhole(idle, IDLE_MINUTES_RANGE);
  const retentionDays = parseWhole(days, RETENTION_DAYS_RANGE);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (idleMinutes === undefined || retentionDays === undefined) {
      setMessage({ kind: 'error', text: t('retention_settings_invalid') });
      return;
    }
    try {
      // A managed value is not the user's choice, so the user's own value is kept for it.
      const own = await readStoredDraftSettings();
      await saveDraftSettings({
        idleMinutes: idleLocked ? own.idleMinutes : idleMinutes,
        retentionDays: daysLocked ? own.retentionDays : retentionDays,
      });
      setMessage({ kind: 'info', text: t('retention_settings_saved') });
    } catch {
      setMessage({ kind: 'error', text: t('retention_settings_failed') });
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="draft-settings-title">
      <h2 id="draft-settings-title">{t('retention_settings_title')}</h2>
      <NumberField
        id="lock-idle-minutes"
        label={t('lock_idle_label')}
        value={idle}
        range={IDLE_MINUTES_RANGE}
        invalid={idleMinutes === undefined && idle !== ''}
        managedBy={idleLocked ? 'autoLockMinutes' : undefined}
        onInput={setIdle}
      />
      <NumberField
        id="retention-days"
        label={t('retention_days_label')}
        hint={t('retention_days_hint')}
        value={days}
        range={RETENTION_DAYS_RANGE}
        invalid={retentionDays === undefined && days !== ''}
        managedBy={daysLocked ? 'retentionDays' : undefined}
        onInput={setDays}
      />
      {!(idleLocked && daysLocked) && (
        <button type="submit" class="button-secondary" data-testid="draft-settings-save">
          {t('retention_settings_save')}
        </button>
      )}
      <div aria-live="polite">
        {message && <p class={`notice notice-${message.kind}`}>{message.text}</p>}
      </div>
    </form>
  );
}
