import { render } from 'preact';
import { DraftsPage } from '@/components/drafts/DraftsPage';
import { t } from '@/utils/i18n';
import { startLanguage } from '@/utils/language/start';
import '@/components/common/common.css';
import '@/components/drafts/drafts.css';

void startLanguage(() => {
  document.title = t('drafts_title');
  render(<DraftsPage />, document.getElementById('app')!);
});
