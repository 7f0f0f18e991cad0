import { t } from '@/utils/i18n';
import { isWritable, rowDisplay, type PreviewRow } from '@/utils/panel/fill-plan';
import {
  ChoicePicker,
  GuidedStep,
  ShortenedDetail,
  TransliterationProposal,
} from './PreviewDetails';

interface PreviewTableProps {
  rows: PreviewRow[];
  busy: boolean;
  /** Field ids whose date picker button was not found on the page. */
  pickerMissing: ReadonlySet<string>;
  /** Receives an update of the rows, so that several changes in one event all apply. */
  onChange(update: (rows: PreviewRow[]) => PreviewRow[]): void;
  onConfirm(): void;
  onOpenPicker(row: PreviewRow): void;
}

/**
 * Shows what would be written where, one row per field: the page's current
 * value, the value as it will be written, and a checkbox. Rows that need the
 * officer show more: what a maximum length cuts, a proposed Latin spelling,
 * the choices of an open match, or the page's own date picker.
 */
export function PreviewTable(props: PreviewTableProps) {
  const { rows, busy, pickerMissing, onChange, onConfirm, onOpenPicker } = props;
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
            const onRowChange = (next: PreviewRow) =>
              onChange((latest) =>
                latest.map((current, position) => (position === index ? next : current)),
              );
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
                    onChange={(event) => {
                      const checked = (event.target as HTMLInputElement).checked;
                      onChange((latest) =>
                        latest.map((current, position) =>
                          position === index ? { ...current, checked } : current,
                        ),
                      );
                    }}
                  />
                </td>
                <td>
                  <label for={id}>{t(`field_${row.fieldId}`)}</label>
                </td>
                <td
                  class="preview__value"
                  data-testid="preview-current"
                  data-label={t('panel_preview_page_value')}
                >
                  {plan?.current || '—'}
                </td>
                <td class="preview__value" data-label={t('panel_preview_draft_value')}>
                  <span data-testid="preview-write">{rowDisplay(row)}</span>
                  {plan?.reason && <span class="hint"> {t(plan.reason)}</span>}
                  {row.blockedBy && (
                    <span class="hint"> {t(`panel_blocked_${row.blockedBy}`)}</span>
                  )}
                  <ChoicePicker row={row} onRowChange={onRowChange} />
                  <TransliterationProposal row={row} onRowChange={onRowChange} />
                  <ShortenedDetail row={row} />
                  <GuidedStep
                    row={row}
                    onOpenPicker={onOpenPicker}
                    pickerMissing={pickerMissing.has(row.fieldId)}
                  />
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
