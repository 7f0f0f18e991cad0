import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { ToBackgroundMessage } from '@/utils/messaging/messages';
import type { FieldView } from '@/utils/panel/alert-state';
import { capturePage, captureLabel, type CaptureEntry } from '@/utils/panel/capture';
import { saveDraft } from '@/utils/store';

interface CaptureSectionProps {
  views: FieldView[];
  tabId?: number;
  lang?: string;
  onCaptured(draftId: string): void;
}

/**
 * Reads the title of the panel's tab. Firefox gives the panel, an extension
 * page inside the portal's frame, no `tabs` API, so there the background
 * reads it from the message's sender.
 */
async function tabTitle(tabId: number | undefined): Promise<string | undefined> {
  if (browser.tabs?.get) {
    if (tabId === undefined) return undefined;
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    return tab?.title;
  }
  const request: ToBackgroundMessage = { type: 'get-tab-title' };
  const response = (await browser.runtime.sendMessage(request).catch(() => undefined)) as
    { title?: string | null } | undefined;
  return response?.title ?? undefined;
}

/** Returns the tab's title, or the host of the page when the browser gives no title. */
async function pageTitle(tabId: number | undefined, views: FieldView[]): Promise<string> {
  const title = await tabTitle(tabId);
  if (title) return title;
  const url = views.find((view) => view.primary)?.primary?.frameUrl ?? '';
  return URL.canParse(url) ? new URL(url).host : t('capture_untitled');
}

/**
 * Saves what the page contains as a new draft, for a registration that already
 * sits in another web form, and lists which fields it took.
 */
export function CaptureSection({ views, tabId, lang, onCaptured }: CaptureSectionProps) {
  const [entries, setEntries] = useState<CaptureEntry[]>();
  const [label, setLabel] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const capture = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const { fields, entries: captured } = capturePage(views, lang);
      if (Object.keys(fields).length === 0) {
        setEntries(captured);
        setError(t('capture_nothing'));
        return;
      }
      const name = captureLabel(await pageTitle(tabId, views), new Date());
      const draft = await saveDraft({ label: name, fields });
      setEntries(captured);
      setLabel(name);
      onCaptured(draft.id);
    } catch (failure) {
      setError(t('capture_error', (failure as Error).message));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="capture-title" class="capture-section">
      <h2 id="capture-title" class="section-title">
        {t('capture_title')}
      </h2>
      <p class="hint">{t('capture_hint')}</p>
      <button type="button" data-testid="capture-draft" disabled={busy} onClick={capture}>
        {t('capture_button')}
      </button>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {label && (
        <p data-testid="capture-done" class="hint" aria-live="polite">
          {t('capture_saved', label)}
        </p>
      )}
      {entries && entries.length > 0 && (
        <ul class="fill-results">
          {entries.map((entry) => (
            <li
              key={entry.fieldId}
              data-testid="capture-result"
              data-field-id={entry.fieldId}
              data-status={entry.status}
            >
              <span class="fill-results__name">{t(`field_${entry.fieldId}`)}</span>
              <span class="hint">{t(`capture_status_${entry.status}`)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
