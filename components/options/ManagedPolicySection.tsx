import { ManagedLock } from '@/components/common/ManagedLock';
import { t } from '@/utils/i18n';
import {
  POLICY_KEYS,
  type ManagedPolicy,
  type PolicyError,
  type PolicyKey,
} from '@/utils/policy/schema';

/** Maximum number of policy errors listed, because a broken policy can contain thousands. */
const MAX_LISTED = 50;

function valueText(key: PolicyKey, policy: ManagedPolicy): string {
  switch (key) {
    case 'allowedOrigins':
      return (policy.allowedOrigins ?? []).join(', ');
    case 'profiles':
      return (policy.profiles ?? []).map((profile) => `${profile.name} (${profile.id})`).join(', ');
    case 'checklists':
      return (policy.checklists ?? []).map((item) => `${item.name} (${item.id})`).join(', ');
    case 'enforcement':
      return t(`policy_enforcement_${policy.enforcement}`);
    default:
      return String(policy[key]);
  }
}

function PolicyErrorList({ errors }: { errors: readonly PolicyError[] }) {
  return (
    <div class="notice notice-error" data-testid="policy-errors">
      <h3>{t('policy_errors_title')}</h3>
      <ul>
        {errors.slice(0, MAX_LISTED).map((error, index) => (
          <li
            key={index}
            data-testid="policy-error"
            data-setting={error.key}
            data-path={error.path}
            data-value={error.value}
          >
            <code>{error.path}</code> {t(error.messageKey, error.substitutions)}
            {error.value && (
              <>
                {' '}
                {t('policy_error_value')} <code>{error.value}</code>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Lists the settings that the organisation's policy sets, each marked as
 * locked, and every invalid policy value with its path. Renders nothing on
 * a browser without a policy for Vigila.
 */
export function ManagedPolicySection({
  policy,
  errors,
}: {
  policy: ManagedPolicy;
  errors: readonly PolicyError[];
}) {
  const keys = POLICY_KEYS.filter((key) => policy[key] !== undefined);
  if (keys.length === 0 && errors.length === 0) return null;

  return (
    <section aria-labelledby="policy-title" data-testid="managed-policy">
      <h2 id="policy-title">{t('policy_section_title')}</h2>
      <p>{t('policy_section_intro')}</p>
      {keys.length > 0 && (
        <ul class="policy-settings">
          {keys.map((key) => (
            <li key={key} data-testid="policy-setting" data-setting={key}>
              <strong>{t(`policy_key_${key}`)}</strong>:{' '}
              <span data-testid="policy-value">{valueText(key, policy)}</span>
              <ManagedLock setting={key} />
            </li>
          ))}
        </ul>
      )}
      {errors.length > 0 && <PolicyErrorList errors={errors} />}
    </section>
  );
}
