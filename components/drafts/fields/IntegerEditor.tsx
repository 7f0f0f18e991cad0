import { asString, controlId, inputValue, type EditorProps } from './types';

/** Renders a number input for whole numbers such as height in centimetres. */
export function IntegerEditor({ field, value, onChange, errorId, invalid }: EditorProps) {
  return (
    <input
      id={controlId(field.id)}
      class="input-short"
      type="number"
      min={0}
      step={1}
      inputMode="numeric"
      value={asString(value)}
      onInput={(event) => onChange(inputValue(event))}
      aria-describedby={errorId}
      aria-invalid={invalid}
    />
  );
}
