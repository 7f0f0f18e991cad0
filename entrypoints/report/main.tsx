import { render } from 'preact';
import { ReportPage } from '@/components/report/ReportPage';
import '@/components/report/report.css';

document.documentElement.lang = browser.i18n.getUILanguage();
render(<ReportPage />, document.getElementById('app')!);
