import { fieldName } from '@/utils/catalogue-labels';
import { controlId, type EditorProps } from './types';

/**
 * Renders a checkbox. The draft stores true or false only once the box has been
 * ticked or unticked, so an untouched field stays absent.
 */
export function BooleanEditor({ field, value, onChange, errorId, invalid }: EditorProps) {
  const id = controlId(field.id);
  return (
    <div class="checkbox-row">
      <input
        id={id}
        type="checkbox"
        checked={value === true}
        onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)}
        aria-describedby={errorId}
        aria-invalid={invalid}
      />
      <label for={id}>{fieldName(field.id)}</label>
    </div>
  );
}
