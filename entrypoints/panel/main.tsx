import { render } from 'preact';
import { Panel } from '@/components/panel/Panel';
import '@/components/panel/panel.css';

document.documentElement.lang = browser.i18n.getUILanguage();
render(<Panel />, document.getElementById('app')!);
