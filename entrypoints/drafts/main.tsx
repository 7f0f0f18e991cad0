import { render } from 'preact';
import { DraftsPage } from '@/components/drafts/DraftsPage';
import { t } from '@/utils/i18n';
import '@/components/common/common.css';
import '@/components/drafts/drafts.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('drafts_title');
render(<DraftsPage />, document.getElementById('app')!);
