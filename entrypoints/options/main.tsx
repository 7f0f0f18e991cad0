import { render } from 'preact';
import { OptionsPage } from '@/components/options/OptionsPage';
import '@/components/options/options.css';

document.documentElement.lang = browser.i18n.getUILanguage();
render(<OptionsPage />, document.getElementById('app')!);
