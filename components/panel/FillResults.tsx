import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { UndoOutcome } from '@/utils/messaging/fill-messages';
import type { FillResult } from '@/utils/panel/fill-plan';
import { StatusBadge } from './StatusBadge';

interface FillResultsProps {
  results: FillResult[];
  busy: boolean;
  /** Offered once the fill is over and wrote something. */
  canUndo: boolean;
  undoBusy: boolean;
  undoOutcomes?: UndoOutcome[];
  onUndo(): void;
}

/** Lists the outcome of each field of a fill, and of its undo. */
export function FillResults(props: FillResultsProps) {
  const { results, busy, canUndo, undoBusy, undoOutcomes, onUndo } = props;
  const done = useRef<HTMLParagraphElement>(null);
  const undone = useRef<HTMLParagraphElement>(null);
  // The button the officer pressed is gone once the fill or the undo ends, so
  // the focus moves to the line that reports it, and Tab goes on from there.
  useEffect(() => {
    if (!busy) done.current?.focus();
  }, [busy]);
  useEffect(() => {
    if (undoOutcomes) undone.current?.focus();
  }, [undoOutcomes]);

  return (
    <>
      <ul class="fill-results" aria-live="polite">
        {results.map((result) => (
          <li
            key={result.fieldId}
            data-testid="fill-result"
            data-field-id={result.fieldId}
            data-status={result.status}
            data-value={result.value}
          >
            <span class="fill-results__name">{t(`field_${result.fieldId}`)}</span>
            <StatusBadge status={result.status} prefix="outcome" />
            {result.reason && <span class="hint">{t(result.reason)}</span>}
          </li>
        ))}
      </ul>
      {!busy && (
        <p data-testid="fill-done" class="hint" ref={done} tabIndex={-1}>
          {t('panel_fill_done')}
        </p>
      )}
      {canUndo && (
        <button type="button" data-testid="fill-undo" disabled={undoBusy} onClick={onUndo}>
          {t('undo_button')}
        </button>
      )}
      {undoOutcomes && (
        <>
          <p data-testid="undo-done" class="hint" aria-live="polite" ref={undone} tabIndex={-1}>
            {t('undo_done')}
          </p>
          <ul class="fill-results">
            {undoOutcomes.map((outcome) => (
              <li
                key={outcome.fieldId}
                data-testid="undo-result"
                data-field-id={outcome.fieldId}
                data-status={outcome.status}
              >
                <span class="fill-results__name">{t(`field_${outcome.fieldId}`)}</span>
                <span class={`badge badge--undo-${outcome.status}`}>
                  {t(`undo_status_${outcome.status}`)}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
