import { asString, controlId, inputValue, type EditorProps } from './types';

// Free texts that often run to several sentences.
const LONG_TEXT_FIELDS = new Set([
  'distinguishing_marks',
  'clothing',
  'health_needs',
  'alert_reason',
  'urgency_note',
  'previous_disappearances',
  'care_centre_address',
]);

/** Edits a text or phone field with one input, or a text area for long texts. */
export function TextEditor({ field, value, onChange, errorId, invalid }: EditorProps) {
  const common = {
    id: controlId(field.id),
    value: asString(value),
    onInput: (event: Event) => onChange(inputValue(event)),
    'aria-describedby': errorId,
    'aria-invalid': invalid,
  };
  if (LONG_TEXT_FIELDS.has(field.id)) return <textarea {...common} rows={4} />;
  if (field.type === 'phone') return <input {...common} type="tel" autoComplete="off" />;
  return <input {...common} type="text" autoComplete="off" spellcheck={false} />;
}
