import { ManagedLock } from '@/components/common/ManagedLock';
import { t } from '@/utils/i18n';
import type { PortalProfile } from '@/utils/schema/profile';

/** Lists the portal profiles that the organisation's policy sets. They cannot be deleted here. */
export function PolicyProfiles({ profiles }: { profiles: readonly PortalProfile[] }) {
  return (
    <div data-testid="policy-profiles">
      <h3>{t('profile_policy_title')}</h3>
      <ManagedLock setting="profiles" />
      <ul class="profiles">
        {profiles.map((profile) => (
          <li
            key={profile.id}
            class="profile-item"
            data-testid="policy-profile"
            data-profile-id={profile.id}
          >
            <strong>{profile.name}</strong>{' '}
            <span class="hint">
              <code>{profile.urlPattern}</code>{' '}
              {t('profile_fields_count', String(Object.keys(profile.fields).length))}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
