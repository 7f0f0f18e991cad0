import type { ClosedCodeList } from '@/utils/catalogue';
import { CODE_LISTS } from '@/utils/catalogue';
import { codeLabel } from '@/utils/catalogue-labels';
import { t } from '@/utils/i18n';
import { CountrySelect } from './CountrySelect';
import { LanguageInput } from './LanguageInput';
import { asString, controlId, type EditorProps } from './types';

interface CodeSelectProps {
  id: string;
  list: ClosedCodeList;
  value: string;
  onChange(code: string): void;
  errorId?: string;
  invalid?: boolean;
}

/** Renders a select of a closed code list with translated labels. */
export function CodeSelect({ id, list, value, onChange, errorId, invalid }: CodeSelectProps) {
  const codes: readonly string[] = CODE_LISTS[list];
  return (
    <select
      id={id}
      value={value}
      onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value)}
      aria-describedby={errorId}
      aria-invalid={invalid}
    >
      <option value="">{t('editor_not_set')}</option>
      {value !== '' && !codes.includes(value) && <option value={value}>{value}</option>}
      {codes.map((code) => (
        <option key={code} value={code}>
          {codeLabel(list, code)}
        </option>
      ))}
    </select>
  );
}

/**
 * Edits a single code. Countries and closed lists get a select, and languages a
 * searchable input.
 */
export function CodeEditor({ field, value, onChange, errorId, invalid }: EditorProps) {
  const props = { id: controlId(field.id), value: asString(value), onChange, errorId, invalid };
  if (field.codes === 'COUNTRY') return <CountrySelect {...props} />;
  if (field.codes === 'LANGUAGE') return <LanguageInput {...props} />;
  return <CodeSelect {...props} list={field.codes as ClosedCodeList} />;
}
