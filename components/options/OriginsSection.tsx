import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { grantedOrigins, originPattern } from '@/utils/origins';
import { isOriginAllowed } from '@/utils/policy/origins';
import { PolicyOrigins } from './PolicyOrigins';

/**
 * Lets the officer or IT allow a portal's origin. The browser asks the user
 * to confirm; the background then registers the content script there. When
 * the organisation's policy sets `allowedOrigins`, only origins under that
 * list can be added, and the section offers to grant all of them at once.
 */
export function OriginsSection({ allowedOrigins }: { allowedOrigins?: readonly string[] }) {
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
    if (!isOriginAllowed(pattern, allowedOrigins)) {
      setMessage({ kind: 'error', text: t('options_origin_not_allowed', pattern) });
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
      {allowedOrigins && (
        <PolicyOrigins
          allowed={allowedOrigins}
          granted={origins}
          onChange={(next) => {
            setMessage(next);
            void refresh();
          }}
        />
      )}
      {origins.length === 0 ? (
        <p data-testid="origins-empty">{t('options_origins_empty')}</p>
      ) : (
        <ul class="origins">
          {origins.map((pattern) => (
            <li key={pattern} data-testid="origin-item" data-origin={pattern}>
              <code>{pattern}</code>{' '}
              {!isOriginAllowed(pattern, allowedOrigins) && (
                <span class="error" data-testid="origin-blocked">
                  {t('options_origin_blocked')}{' '}
                </span>
              )}
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
