import { t } from '@/utils/i18n';
import { isWritable, type PreviewRow } from '@/utils/panel/fill-plan';

interface PreviewTableProps {
  rows: PreviewRow[];
  busy: boolean;
  onChange(rows: PreviewRow[]): void;
  onConfirm(): void;
}

function replaceRow(rows: PreviewRow[], index: number, row: PreviewRow): PreviewRow[] {
  return rows.map((current, position) => (position === index ? row : current));
}

function ChoicePicker({
  row,
  index,
  rows,
  onChange,
}: {
  row: PreviewRow;
  index: number;
  rows: PreviewRow[];
  onChange(rows: PreviewRow[]): void;
}) {
  return (
    <>
      {row.targets.map((target, targetIndex) =>
        target.plan.status === 'needs-choice' && target.plan.choices?.length ? (
          <select
            key={targetIndex}
            aria-label={t('panel_choice_label', t(`field_${row.fieldId}`))}
            onChange={(event) => {
              const choice = Number((event.target as HTMLSelectElement).value);
              const targets = row.targets.map((current, position) =>
                position === targetIndex
                  ? {
                      ...current,
                      chosen: Number.isNaN(choice)
                        ? undefined
                        : current.plan.choices![choice].steps,
                    }
                  : current,
              );
              const next = { ...row, targets };
              onChange(replaceRow(rows, index, { ...next, checked: isWritable(next) }));
            }}
          >
            <option value="">{t('panel_choice_placeholder')}</option>
            {target.plan.choices.map((choice, choiceIndex) => (
              <option key={choiceIndex} value={choiceIndex}>
                {choice.label}
              </option>
            ))}
          </select>
        ) : null,
      )}
    </>
  );
}

/** Shows what would be written where, one row per field, each with a checkbox. */
export function PreviewTable({ rows, busy, onChange, onConfirm }: PreviewTableProps) {
  return (
    <div class="preview">
      <table class="preview__table">
        <thead>
          <tr>
            <th scope="col">{t('panel_preview_write')}</th>
            <th scope="col">{t('panel_preview_field')}</th>
            <th scope="col">{t('panel_preview_page_value')}</th>
            <th scope="col">{t('panel_preview_draft_value')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const plan = row.targets[0]?.plan;
            const id = `preview-${row.fieldId}`;
            return (
              <tr
                key={row.fieldId}
                data-testid="preview-row"
                data-field-id={row.fieldId}
                data-plan={plan?.status}
              >
                <td>
                  <input
                    id={id}
                    type="checkbox"
                    checked={row.checked}
                    disabled={!isWritable(row)}
                    onChange={(event) =>
                      onChange(
                        replaceRow(rows, index, {
                          ...row,
                          checked: (event.target as HTMLInputElement).checked,
                        }),
                      )
                    }
                  />
                </td>
                <td>
                  <label for={id}>{t(`field_${row.fieldId}`)}</label>
                </td>
                <td class="preview__value">{plan?.current || '—'}</td>
                <td class="preview__value">
                  {plan?.display}
                  {plan?.reason && <span class="hint"> {t(plan.reason)}</span>}
                  {row.blockedBy && (
                    <span class="hint"> {t(`panel_blocked_${row.blockedBy}`)}</span>
                  )}
                  <ChoicePicker row={row} index={index} rows={rows} onChange={onChange} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button
        type="button"
        class="primary"
        data-testid="fill-confirm"
        disabled={busy}
        onClick={onConfirm}
      >
        {t('panel_fill_confirm')}
      </button>
    </div>
  );
}
