import { useEffect, useState } from 'preact/hooks';
import { ManagedLock } from '@/components/common/ManagedLock';
import { t } from '@/utils/i18n';

type Message = { kind: 'error' | 'status'; text: string };

/**
 * Lists the portal origins the organisation allows, each with whether the
 * browser has granted it, and grants the missing ones with one button. The
 * browser grants an optional host permission only after a click.
 */
export function PolicyOrigins({
  allowed,
  granted,
  onChange,
}: {
  allowed: readonly string[];
  granted: readonly string[];
  onChange(message: Message): void;
}) {
  const [present, setPresent] = useState<Record<string, boolean>>({});

  useEffect(() => {
    let active = true;
    void Promise.all(
      allowed.map(async (pattern) => {
        const contains = await browser.permissions
          .contains({ origins: [pattern] })
          .catch(() => false);
        return [pattern, contains] as const;
      }),
    ).then((entries) => {
      if (active) setPresent(Object.fromEntries(entries));
    });
    return () => {
      active = false;
    };
  }, [allowed, granted]);

  const missing = allowed.filter((pattern) => !present[pattern]);

  const grant = async () => {
    const ok = await browser.permissions.request({ origins: missing }).catch(() => false);
    onChange(
      ok
        ? { kind: 'status', text: t('options_origins_policy_done') }
        : { kind: 'error', text: t('options_origins_policy_refused') },
    );
  };

  return (
    <div class="policy-origins" data-testid="policy-origins">
      <p>{t('options_origins_policy_intro')}</p>
      <ManagedLock setting="allowedOrigins" />
      <ul class="origins">
        {allowed.map((pattern) => (
          <li
            key={pattern}
            data-testid="policy-origin"
            data-origin={pattern}
            data-granted={present[pattern] ? 'true' : 'false'}
          >
            <code>{pattern}</code>{' '}
            <span class="hint">
              {present[pattern]
                ? t('options_origins_policy_granted')
                : t('options_origins_policy_missing')}
            </span>
          </li>
        ))}
      </ul>
      {missing.length > 0 && (
        <button type="button" data-testid="origin-grant-policy" onClick={() => void grant()}>
          {t('options_origins_policy_grant')}
        </button>
      )}
    </div>
  );
}
