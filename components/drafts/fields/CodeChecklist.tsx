import type { ClosedCodeList } from '@/utils/catalogue';
import { CODE_LISTS } from '@/utils/catalogue';
import { codeLabel } from '@/utils/catalogue-labels';
import { asArray, controlId, type EditorProps } from './types';

/** Edits a list of codes from a closed list with one checkbox per code. */
export function CodeChecklist({ field, value, onChange, errorId, invalid }: EditorProps) {
  const list = field.codes as ClosedCodeList;
  const selected = asArray(value);
  // Keeps the codes in the list's order, whatever order they were ticked in.
  const toggle = (code: string, checked: boolean) => {
    const isTicked = (item: string) => (item === code ? checked : selected.includes(item));
    onChange(CODE_LISTS[list].filter(isTicked));
  };

  return (
    <ul class="checklist">
      {CODE_LISTS[list].map((code) => {
        const id = controlId(field.id, code);
        return (
          <li key={code} class="checkbox-row">
            <input
              id={id}
              type="checkbox"
              checked={selected.includes(code)}
              onChange={(event) => toggle(code, (event.currentTarget as HTMLInputElement).checked)}
              aria-describedby={errorId}
              aria-invalid={invalid}
            />
            <label for={id}>{codeLabel(list, code)}</label>
          </li>
        );
      })}
    </ul>
  );
}
