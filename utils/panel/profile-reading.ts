import { parseDateText } from '@/utils/fill';
import { formatIsoParts } from '@/utils/fill/iso-date';
import type { ControlInfo, DetectedField, OptionInfo } from '@/utils/messaging/page-model';

/** Inverts a profile's code map: option value to catalogue code. */
function codeByValue(codes: Record<string, string>): Map<string, string> {
  return new Map(Object.entries(codes).map(([code, value]) => [value, code]));
}

function withCodes(field: DetectedField, control: ControlInfo, codes: Record<string, string>) {
  const byValue = codeByValue(codes);
  const toCode = (option: OptionInfo): OptionInfo => {
    const code = byValue.get(option.value);
    return code === undefined ? option : { ...option, value: code, text: code };
  };

  const { value } = field;
  if (value.kind === 'options') {
    const options = control.options?.map(toCode);
    return {
      ...field,
      controls: [{ ...control, options }],
      value: { kind: 'options' as const, selected: value.selected.map(toCode) },
    };
  }
  const code = value.kind === 'text' ? byValue.get(value.text.trim()) : undefined;
  return code === undefined ? field : { ...field, value: { kind: 'text' as const, text: code } };
}

function withIsoDate(field: DetectedField, control: ControlInfo, format: string): DetectedField {
  const typed = control.kind === 'text' || control.kind === 'textarea';
  if (!typed || field.value.kind !== 'text') return field;
  const parts = parseDateText(field.value.text.trim(), format);
  if (!parts) return field;

  const kind = parts.hour === undefined ? 'date' : 'datetime-local';
  const { dateFormat: _read, ...rest } = control;
  return {
    ...field,
    controls: [{ ...rest, kind }],
    value: { kind: 'text', text: formatIsoParts(parts) },
  };
}

/**
 * Returns a field as the page-value parser reads it when a portal profile
 * gave its control a code map or a date format. Options and texts that the
 * code map names become their catalogue codes, and a date typed in the
 * profile's format becomes the ISO text of a native date control. Any other
 * field is returned as it is.
 * NOTE: a list of dates or codes typed into one text box is read without the
 * profile, by the formats inferred from the control.
 */
export function readableByProfile(field: DetectedField): DetectedField {
  const [control] = field.controls;
  if (field.controls.length !== 1) return field;
  if (control.codes) return withCodes(field, control, control.codes);
  if (control.dateFormat) return withIsoDate(field, control, control.dateFormat);
  return field;
}
