import { render } from 'preact';
import { Panel } from '@/components/panel/Panel';
import { vocabularyIndex } from '@/utils/detect/vocabulary-index';
import { t } from '@/utils/i18n';
import { startLanguage } from '@/utils/language/start';
import { confirmPanelToken } from '@/utils/panel/panel-token';
import { acceptValuePort } from '@/utils/panel/value-port';
import '@/components/panel/panel.css';

acceptValuePort();

// The panel reads drafts and fills the page, so it renders nothing of that
// before the background confirms that Vigila's own panel host created it.
void confirmPanelToken().then((confirmed) =>
  startLanguage(() =>
    render(
      confirmed ? (
        <Panel />
      ) : (
        <p class="hint" role="alert" data-testid="panel-not-confirmed">
          {t('panel_not_confirmed')}
        </p>
      ),
      document.getElementById('app')!,
    ),
  ),
);

// The panel waits for the background's responses and the frames' scans before
// it classifies anything, so it builds the vocabulary's index in that idle
// time. A scan that arrives first builds the index itself.
requestIdleCallback(() => vocabularyIndex());
