import { t } from '@/utils/i18n';
import type { PolicyKey } from '@/utils/policy/schema';

/** Marks a setting that the organisation's policy sets, naming the policy key as the reason. */
export function ManagedLock({ setting }: { setting: PolicyKey }) {
  return (
    <p class="managed-lock" data-testid="managed-lock" data-setting={setting}>
      <span aria-hidden="true">🔒 </span>
      {t('policy_locked', setting)}
    </p>
  );
}
