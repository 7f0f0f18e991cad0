import { t } from '@/utils/i18n';
import { ChecklistsSection } from './ChecklistsSection';
import { LanguageSection } from './LanguageSection';
import { EnforcementSection } from './EnforcementSection';
import { OriginsSection } from './OriginsSection';
import { ProfilesSection } from './ProfilesSection';
import { SupervisorSection } from './SupervisorSection';

export function OptionsPage() {
  return (
    <main class="options">
      <h1>{t('options_title')}</h1>
      <p>
        <a href={browser.runtime.getURL('/drafts.html')} target="_blank" rel="noopener">
          {t('options_open_drafts')}
        </a>
      </p>
      <LanguageSection />
      <OriginsSection />
      <ProfilesSection />
      <ChecklistsSection />
      <SupervisorSection />
      <EnforcementSection />
    </main>
  );
}
