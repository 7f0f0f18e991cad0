import { getField, type FieldDefinition } from '../catalogue';
import type { ControlInfo, DetectedField, PageValue } from '../messaging/page-model';
import { chosenOptions } from './page-text';
import { parseDateOfControl, parseDateParts } from './parse-date';
import { splitList, valueReader } from './parse-value';

export type PageValueReading =
  | { status: 'empty' }
  | { status: 'valid'; value: unknown }
  | { status: 'invalid' };

const EMPTY: PageValueReading = { status: 'empty' };
const INVALID: PageValueReading = { status: 'invalid' };

const LIST_TYPES = new Set(['text-list', 'code-list', 'partial-date-list', 'contacts']);
const DATE_TYPES = new Set(['partial-date', 'partial-date-list', 'date', 'datetime']);

function valid(value: unknown): PageValueReading {
  return value === undefined ? INVALID : { status: 'valid', value };
}

/** Reads a list: every item must read, or the whole field is invalid. */
function validList(items: unknown[]): PageValueReading {
  return items.some((item) => item === undefined) ? INVALID : { status: 'valid', value: items };
}

function readDateText(
  text: string,
  control: ControlInfo,
  definition: FieldDefinition,
  lang?: string,
): unknown {
  // A native date-time control may add seconds, which drafts do not hold.
  const withoutSeconds = text.trim().replace(/(T\d{2}:\d{2}):\d{2}(?:\.\d+)?$/, '$1');
  return parseDateOfControl(withoutSeconds, control, definition.type, lang);
}

function readText(
  text: string,
  control: ControlInfo,
  definition: FieldDefinition,
  lang?: string,
): PageValueReading {
  if (text.trim() === '') return EMPTY;
  const isList = LIST_TYPES.has(definition.type);
  if (DATE_TYPES.has(definition.type)) {
    if (!isList) return valid(readDateText(text, control, definition, lang));
    return validList(splitList(text).map((item) => readDateText(item, control, definition, lang)));
  }

  const read = valueReader(definition, control.lang ?? lang);
  if (!isList) return valid(read(text));
  return validList(splitList(text).map((item) => read(item)));
}

function readOptions(
  value: Extract<PageValue, { kind: 'options' }>,
  control: ControlInfo,
  definition: FieldDefinition,
  lang?: string,
): PageValueReading {
  const chosen = chosenOptions(value.selected, control);
  if (chosen.length === 0) return EMPTY;
  if (DATE_TYPES.has(definition.type)) return INVALID;

  const read = valueReader(definition, control.lang ?? lang);
  const values = chosen.map((option) => read(option.text, option));
  return LIST_TYPES.has(definition.type) ? validList(values) : valid(values[0]);
}

function readChecked(checked: boolean, definition: FieldDefinition): PageValueReading {
  if (definition.type === 'boolean') return { status: 'valid', value: checked };
  return checked ? INVALID : EMPTY;
}

function readFiles(
  value: Extract<PageValue, { kind: 'file' }>,
  definition: FieldDefinition,
): PageValueReading {
  const [file] = value.files;
  if (!file) return EMPTY;
  if (definition.type !== 'image' || !file.type.startsWith('image/')) return INVALID;
  // A report carries no file bytes, so the photo reads as its name, type and size.
  return { status: 'valid', value: { name: file.name, type: file.type, size: file.size } };
}

function readParts(
  field: DetectedField,
  definition: FieldDefinition,
  lang?: string,
): PageValueReading {
  if (field.value.kind !== 'parts') return INVALID;
  const { parts } = field.value;
  if (DATE_TYPES.has(definition.type)) {
    const roles = field.roles ?? [];
    const reading = parseDateParts(parts, field.controls, roles, definition.type, lang);
    return reading.status === 'valid' ? { status: 'valid', value: reading.iso } : reading;
  }
  const texts = parts.map((part) => (part.kind === 'text' ? part.text.trim() : ''));
  const joined = texts.filter((text) => text !== '').join(' ');
  return readText(joined, field.controls[0], definition, lang);
}

/**
 * Converts what the page holds for a field into a catalogue value, the way a
 * capture reads it: dates in the control's format to ISO 8601, options back
 * to codes, numbers, and yes/no words and checkboxes to booleans. Returns
 * `empty` for a blank control, an unselected select or its placeholder, and
 * `invalid` when the text does not read as the field's type, such as
 * "31.02.2010" for a date of birth or "abc" for a height.
 */
export function parsePageValue(
  field: DetectedField,
  options: { lang?: string } = {},
): PageValueReading {
  let definition: FieldDefinition;
  try {
    definition = getField(field.fieldId);
  } catch {
    return INVALID;
  }
  const { value } = field;
  const control = field.controls[0];
  const lang = options.lang;

  switch (value.kind) {
    case 'text':
      return readText(value.text, control, definition, lang);
    case 'options':
      return readOptions(value, control, definition, lang);
    case 'checked':
      return readChecked(value.checked, definition);
    case 'file':
      return readFiles(value, definition);
    case 'parts':
      return readParts(field, definition, lang);
  }
}
