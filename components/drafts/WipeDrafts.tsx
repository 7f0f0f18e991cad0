import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';

interface WipeDraftsProps {
  disabled: boolean;
  onWipe(): void;
}

/** Renders "Wipe all drafts", which requests confirmation in the page before it deletes anything. */
export function WipeDrafts({ disabled, onWipe }: WipeDraftsProps) {
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (asking) question.current?.focus();
  }, [asking]);

  return (
    <section aria-labelledby="wipe-title">
      <h2 id="wipe-title">{t('retention_wipe_title')}</h2>
      {!asking && (
        <button
          type="button"
          class="button-danger"
          data-testid="drafts-wipe"
          disabled={disabled}
          onClick={() => setAsking(true)}
        >
          {t('retention_wipe')}
        </button>
      )}
      {asking && (
        <div class="confirm" role="alertdialog" aria-labelledby="wipe-question">
          <p id="wipe-question" ref={question} tabIndex={-1}>
            {t('retention_wipe_question')}
          </p>
          <div class="actions">
            <button
              type="button"
              class="button-danger"
              data-testid="drafts-wipe-confirm"
              onClick={() => {
                setAsking(false);
                onWipe();
              }}
            >
              {t('retention_wipe_confirm')}
            </button>
            <button type="button" class="button-secondary" onClick={() => setAsking(false)}>
              {t('common_cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
