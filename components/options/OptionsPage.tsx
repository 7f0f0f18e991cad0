import { t } from '@/utils/i18n';
import { EnforcementSection } from './EnforcementSection';
import { OriginsSection } from './OriginsSection';
import { ProfilesSection } from './ProfilesSection';

export function OptionsPage() {
  return (
    <main class="options">
      <h1>{t('options_title')}</h1>
      <p>
        <a href={browser.runtime.getURL('/drafts.html')} target="_blank" rel="noopener">
          {t('options_open_drafts')}
        </a>
      </p>
      <OriginsSection />
      <ProfilesSection />
      <EnforcementSection />
    </main>
  );
}
