import type { ComponentChildren } from 'preact';
import { fieldName } from '@/utils/catalogue-labels';
import { t } from '@/utils/i18n';

interface RowListProps {
  fieldId: string;
  rows: unknown[];
  /** Value of a row the Add button appends. */
  emptyRow: unknown;
  onChange(rows: unknown[]): void;
  renderRow(row: unknown, index: number, onRowChange: (row: unknown) => void): ComponentChildren;
}

/** Renders the rows of a list field, each with a Remove button, and an Add button below. */
export function RowList({ fieldId, rows, emptyRow, onChange, renderRow }: RowListProps) {
  const name = fieldName(fieldId);
  const replace = (index: number, row: unknown) =>
    onChange(rows.map((item, position) => (position === index ? row : item)));
  const remove = (index: number) => onChange(rows.filter((_, position) => position !== index));

  return (
    <div class="row-list">
      {rows.length > 0 && (
        <ol class="rows">
          {rows.map((row, index) => (
            <li key={index} class="row">
              <div class="row-body">{renderRow(row, index, (next) => replace(index, next))}</div>
              <button
                type="button"
                class="button-quiet"
                aria-label={t('editor_remove_entry', [String(index + 1), name])}
                onClick={() => remove(index)}
              >
                {t('editor_remove')}
              </button>
            </li>
          ))}
        </ol>
      )}
      <button
        type="button"
        class="button-secondary"
        aria-label={t('editor_add_to', name)}
        onClick={() => onChange([...rows, structuredClone(emptyRow)])}
      >
        {t('editor_add')}
      </button>
    </div>
  );
}

/** Renders a label that only screen readers read, for a control inside a row. */
export function RowLabel({ id, fieldId, index }: { id: string; fieldId: string; index: number }) {
  return (
    <label for={id} class="visually-hidden">
      {t('editor_entry_label', [fieldName(fieldId), String(index + 1)])}
    </label>
  );
}
