import { useEffect, useRef, useState } from 'preact/hooks';
import type { Evaluation } from '@/utils/checklist';
import { isMissingRequired } from '@/utils/enforcement/verdict';
import { t } from '@/utils/i18n';
import { MAX_OVERRIDE_REASON } from '@/utils/schema/audit';
import type { EnforcementModel } from './use-enforcement';

interface SubmissionStoppedProps {
  enforcement: EnforcementModel;
  evaluation: Evaluation;
}

/** Returns the items that block now, by their names in the panel. */
function openItems(evaluation: Evaluation): { key: string; name: string }[] {
  const rules = evaluation.ruleResults
    .filter((result) => result.status === 'fail' && result.severity === 'blocking')
    .map((result) => ({ key: `rule:${result.ruleId}`, name: t(`rule_${result.ruleId}_title`) }));
  const fields = evaluation.fieldItems
    .filter(isMissingRequired)
    .map((item) => ({ key: `field:${item.fieldId}`, name: t(`field_${item.fieldId}`) }));
  return [...fields, ...rules];
}

/**
 * Shows a submission the enforcing checklist stopped: what is missing, and a
 * reason to go on anyway. The items follow the live evaluation, so what the
 * officer completes meanwhile leaves the list.
 */
export function SubmissionStopped({ enforcement, evaluation }: SubmissionStoppedProps) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const items = openItems(evaluation);
  const blocking = evaluation.blockingOpen > 0;

  useEffect(() => reasonRef.current?.focus(), []);

  const confirm = async (event: Event) => {
    event.preventDefault();
    if (blocking && !reason.trim()) {
      setError(t('enforce_reason_required'));
      return;
    }
    setBusy(true);
    const response = await enforcement.resume(reason);
    setBusy(false);
    if (response.resumed) return;
    setError(
      response.reason === 'reason-required'
        ? t('enforce_reason_required')
        : t('enforce_resume_failed'),
    );
  };

  return (
    <section
      class="stopped"
      data-testid="submit-blocked"
      role="alertdialog"
      aria-labelledby="stopped-title"
    >
      <h2 id="stopped-title">{t('enforce_stopped_title')}</h2>
      {items.length > 0 ? (
        <>
          <p>{t('enforce_stopped_intro')}</p>
          <ul data-testid="blocked-items">
            {items.map((item) => (
              <li key={item.key} data-item={item.key}>
                {item.name}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('enforce_nothing_blocks')}</p>
      )}
      <form onSubmit={confirm}>
        {blocking && (
          <>
            <label for="override-reason">
              {t('enforce_reason_label', String(MAX_OVERRIDE_REASON))}
            </label>
            <textarea
              id="override-reason"
              data-testid="override-reason"
              ref={reasonRef}
              rows={3}
              maxLength={MAX_OVERRIDE_REASON}
              value={reason}
              onInput={(event) => setReason((event.target as HTMLTextAreaElement).value)}
            />
          </>
        )}
        {error && (
          <p role="alert" class="error">
            {error}
          </p>
        )}
        <div class="stopped__actions">
          <button type="submit" data-testid="override-confirm" disabled={busy}>
            {blocking ? t('enforce_override') : t('enforce_submit_now')}
          </button>
          <button type="button" data-testid="override-cancel" onClick={enforcement.dismiss}>
            {t('enforce_back')}
          </button>
        </div>
      </form>
    </section>
  );
}

/**
 * Renders the verdict that every frame of the tab received as hidden data
 * attributes, which the end-to-end tests wait for.
 */
export function VerdictMarker({ enforcement }: { enforcement: EnforcementModel }) {
  const verdict = enforcement.delivered;
  if (!verdict) return null;
  return (
    <span
      data-testid="verdict"
      data-enforcing={String(verdict.enforcing)}
      data-blocking={String(verdict.blocking)}
      data-score={String(verdict.score)}
      hidden
    />
  );
}
