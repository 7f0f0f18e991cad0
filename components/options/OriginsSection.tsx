import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { grantedOrigins, originPattern } from '@/utils/origins';

/**
 * Lets the officer or IT allow a portal's origin. The browser asks the user
 * to confirm; the background then registers the content script there.
 */
export function OriginsSection() {
  const [origins, setOrigins] = useState<string[]>([]);
  const [input, setInput] = useState('');
  const [message, setMessage] = useState<{ kind: 'error' | 'status'; text: string }>();

  const refresh = () => grantedOrigins().then(setOrigins);
  useEffect(() => {
    void refresh();
  }, []);

  const add = async (event: Event) => {
    event.preventDefault();
    const pattern = originPattern(input);
    if (!pattern) {
      setMessage({ kind: 'error', text: t('options_origin_invalid', input) });
      return;
    }
    const granted = await browser.permissions.request({ origins: [pattern] }).catch(() => false);
    setMessage(
      granted
        ? { kind: 'status', text: t('options_origin_added', pattern) }
        : { kind: 'error', text: t('options_origin_refused', pattern) },
    );
    if (granted) setInput('');
    await refresh();
  };

  const remove = async (pattern: string) => {
    await browser.permissions.remove({ origins: [pattern] });
    setMessage({ kind: 'status', text: t('options_origin_removed', pattern) });
    await refresh();
  };

  return (
    <section aria-labelledby="origins-title">
      <h2 id="origins-title">{t('options_origins_title')}</h2>
      <p>{t('options_origins_intro')}</p>
      {origins.length === 0 ? (
        <p data-testid="origins-empty">{t('options_origins_empty')}</p>
      ) : (
        <ul class="origins">
          {origins.map((pattern) => (
            <li key={pattern} data-testid="origin-item" data-origin={pattern}>
              <code>{pattern}</code>{' '}
              <button type="button" onClick={() => void remove(pattern)}>
                {t('options_origin_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} class="origin-form">
        <label for="origin-input">{t('options_origin_label')}</label>
        <input
          id="origin-input"
          data-testid="origin-input"
          value={input}
          placeholder={t('options_origin_placeholder')}
          onInput={(event) => setInput((event.target as HTMLInputElement).value)}
        />
        <button type="submit" data-testid="origin-add">
          {t('options_origin_add')}
        </button>
      </form>
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} class={message.kind}>
          {message.text}
        </p>
      )}
    </section>
  );
}
