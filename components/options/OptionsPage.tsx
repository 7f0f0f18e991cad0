import { useManagedPolicy } from '@/components/common/use-managed-policy';
import { t } from '@/utils/i18n';
import { ChecklistsSection } from './ChecklistsSection';
import { LanguageSection } from './LanguageSection';
import { EnforcementSection } from './EnforcementSection';
import { ManagedPolicySection } from './ManagedPolicySection';
import { OriginsSection } from './OriginsSection';
import { ProfilesSection } from './ProfilesSection';
import { SupervisorSection } from './SupervisorSection';

export function OptionsPage() {
  const { policy, errors } = useManagedPolicy();
  return (
    <main class="options">
      <h1>{t('options_title')}</h1>
      <p>
        <a href={browser.runtime.getURL('/drafts.html')} target="_blank" rel="noopener">
          {t('options_open_drafts')}
        </a>
      </p>
      <ManagedPolicySection policy={policy} errors={errors} />
      <LanguageSection />
      <OriginsSection allowedOrigins={policy.allowedOrigins} />
      <ProfilesSection policyProfiles={policy.profiles} />
      <ChecklistsSection policy={policy} />
      <SupervisorSection />
      <EnforcementSection />
    </main>
  );
}
