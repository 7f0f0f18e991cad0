import type { ClosedCodeList } from '@/utils/catalogue';
import { CodeChecklist } from './CodeChecklist';
import { CodeSelect } from './CodeEditor';
import { CountrySelect } from './CountrySelect';
import { LanguageInput } from './LanguageInput';
import { PartialDateInput } from './PartialDateInput';
import { RowLabel, RowList } from './RowList';
import { asArray, asString, controlId, inputValue, type EditorProps } from './types';

function TextRow({ id, value, onChange, errorId, invalid }: RowProps) {
  return (
    <input
      id={id}
      type="text"
      autoComplete="off"
      spellcheck={false}
      value={value}
      onInput={(event) => onChange(inputValue(event))}
      aria-describedby={errorId}
      aria-invalid={invalid}
    />
  );
}

interface RowProps {
  id: string;
  value: string;
  onChange(value: string): void;
  errorId?: string;
  invalid: boolean;
}

function rowInput(props: EditorProps, rowProps: RowProps) {
  const { field } = props;
  if (field.type === 'partial-date-list') {
    return <PartialDateInput {...rowProps} idPrefix={rowProps.id} />;
  }
  if (field.codes === 'COUNTRY') return <CountrySelect {...rowProps} />;
  if (field.codes === 'LANGUAGE') return <LanguageInput {...rowProps} />;
  if (field.codes) return <CodeSelect {...rowProps} list={field.codes as ClosedCodeList} />;
  return <TextRow {...rowProps} />;
}

/**
 * Edits a list field. Texts, partial dates and open code lists get rows, and
 * closed code lists get checkboxes.
 */
export function ListEditor(props: EditorProps) {
  const { field, value, onChange, errorId, invalid } = props;
  const isOpenList = field.codes === 'COUNTRY' || field.codes === 'LANGUAGE';
  if (field.type === 'code-list' && !isOpenList) return <CodeChecklist {...props} />;

  const isPartialDate = field.type === 'partial-date-list';
  return (
    <RowList
      fieldId={field.id}
      rows={asArray(value)}
      emptyRow=""
      onChange={onChange}
      renderRow={(row, index, onRowChange) => {
        const id = controlId(field.id, String(index));
        const rowProps = { id, value: asString(row), onChange: onRowChange, errorId, invalid };
        return (
          <>
            {/* A partial date labels its own three controls. */}
            {!isPartialDate && <RowLabel id={id} fieldId={field.id} index={index} />}
            {rowInput(props, rowProps)}
          </>
        );
      }}
    />
  );
}
