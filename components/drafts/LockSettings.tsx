import { t } from '@/utils/i18n';
import { ChangePassphrase } from './ChangePassphrase';
import { DraftSettingsForm } from './DraftSettingsForm';
import { WipeDrafts } from './WipeDrafts';

interface LockSettingsProps {
  hasDrafts: boolean;
  onWipe(): void;
}

/** Renders the passphrase change, the lock and retention settings and "Wipe all drafts", folded away. */
export function LockSettings({ hasDrafts, onWipe }: LockSettingsProps) {
  return (
    <details class="lock-settings" data-testid="lock-settings">
      <summary>{t('lock_settings_title')}</summary>
      <DraftSettingsForm />
      <ChangePassphrase />
      <WipeDrafts disabled={!hasDrafts} onWipe={onWipe} />
    </details>
  );
}
