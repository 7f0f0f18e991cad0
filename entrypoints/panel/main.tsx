import { render } from 'preact';
import { Panel } from '@/components/panel/Panel';
import { startLanguage } from '@/utils/language/start';
import '@/components/panel/panel.css';

void startLanguage(() => render(<Panel />, document.getElementById('app')!));
