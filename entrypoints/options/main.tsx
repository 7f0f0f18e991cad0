import { render } from 'preact';
import { OptionsPage } from '@/components/options/OptionsPage';
import { startLanguage } from '@/utils/language/start';
import '@/components/options/options.css';

void startLanguage(() => render(<OptionsPage />, document.getElementById('app')!));
