import type { FieldDefinition } from '@/utils/catalogue';

/** Props every field editor takes. */
export interface EditorProps {
  field: FieldDefinition;
  /** The working value, which may be unfinished input. */
  value: unknown;
  onChange(value: unknown): void;
  /** Id of the element that shows the field's errors, for `aria-describedby`. */
  errorId?: string;
  invalid: boolean;
}

/** Id of a field's first control, which its label points at. */
export function controlId(fieldId: string, part = ''): string {
  return part === '' ? `field-${fieldId}` : `field-${fieldId}-${part}`;
}

export function asString(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return '';
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** Returns the value of the element an input event came from. */
export function inputValue(event: Event): string {
  return (event.currentTarget as HTMLInputElement).value;
}
