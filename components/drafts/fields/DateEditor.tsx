import { asString, controlId, inputValue, type EditorProps } from './types';

/**
 * Renders a native date or local date-time input. Both give ISO text in the
 * form the draft stores.
 */
export function DateEditor({ field, value, onChange, errorId, invalid }: EditorProps) {
  return (
    <input
      id={controlId(field.id)}
      class="input-medium"
      type={field.type === 'datetime' ? 'datetime-local' : 'date'}
      value={asString(value)}
      onInput={(event) => onChange(inputValue(event))}
      onChange={(event) => onChange(inputValue(event))}
      aria-describedby={errorId}
      aria-invalid={invalid}
    />
  );
}
