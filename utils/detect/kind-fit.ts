/**
 * Fit of a control kind to a field's type, from 0 (impossible: a photo in a
 * text box, a name in a date picker) to 1.
 */
import { type FieldType, getField } from '../catalogue/fields';
import type { ControlKind } from '../messaging/page-model';
import { NOT_A_FIELD } from './vocabulary';

type Fit = Partial<Record<ControlKind, number>>;

// prettier-ignore
const TEXT: Fit = {
  text: 1, textarea: 1, select: 0.7, 'select-multiple': 0.5, 'radio-group': 0.5,
  'checkbox-group': 0.4,
};
const TEXT_LIST: Fit = { ...TEXT, 'select-multiple': 0.8, 'checkbox-group': 0.7 };
const DATE: Fit = { text: 1, date: 1, 'datetime-local': 0.8, select: 0.5, textarea: 0.3 };
// prettier-ignore
const DATETIME: Fit = {
  text: 1, date: 1, 'datetime-local': 1, time: 0.7, select: 0.5, textarea: 0.3,
};
const BOOLEAN: Fit = { checkbox: 1, 'radio-group': 1, select: 1, text: 0.4 };
// prettier-ignore
const CODE: Fit = {
  select: 1, 'radio-group': 1, text: 0.8, 'select-multiple': 0.7, 'checkbox-group': 0.6,
  textarea: 0.4,
};
// prettier-ignore
const CODE_LIST: Fit = {
  select: 1, 'select-multiple': 1, 'checkbox-group': 1, 'radio-group': 0.7, checkbox: 0.7,
  text: 0.8, textarea: 0.6,
};

const FIT_BY_TYPE: Record<FieldType, Fit> = {
  text: TEXT,
  'text-list': TEXT_LIST,
  'partial-date': DATE,
  'partial-date-list': { ...DATE, textarea: 0.7 },
  date: DATE,
  datetime: DATETIME,
  boolean: BOOLEAN,
  integer: { text: 1, select: 0.8 },
  phone: { text: 1, textarea: 0.5, select: 0.4 },
  code: CODE,
  'code-list': CODE_LIST,
  image: { file: 1 },
  contacts: { textarea: 1, text: 0.8 },
  // A destination is a country and a place, and portals often ask the country from a list.
  destination: { text: 1, textarea: 1, select: 0.85 },
};

/** Fields stored as text that a portal may take as an uploaded file. */
const FILE_REFERENCES: Record<string, number> = {
  fingerprints_reference: 0.8,
  dna_profile_reference: 0.5,
};

/**
 * Fields whose few codes a portal offers as a choice, not as free text. A text
 * box labelled "Guardian (appointed by the court)" takes the guardian's name,
 * but the input of a combobox offers a list, as a select does.
 */
const CHOICE_ONLY: Readonly<Record<string, Fit>> = {
  guardian_status: { ...CODE, text: 0, textarea: 0 },
};

/** Fit of a number or reference that the officer types, which no list of choices offers. */
const TYPED: Fit = { text: 1, textarea: 0.7, select: 0.2 };

/** Numbers and references of records, which a portal requests in a text box. */
const TYPED_ONLY = new Set([
  'decision_reference',
  'national_register_number',
  'id_document_number',
  'fingerprints_reference',
  'dna_profile_reference',
  'eurodac_reference',
  'national_case_number',
  'interpol_notice_number',
]);

/**
 * Returns how well a control of `kind` can hold field `fieldId`, from 0 to 1.
 * A text box that takes one character takes a flag as well as a checkbox
 * does, as a terminal's `EST/` box for Y or N, and a box of one or two
 * characters takes a code as a list does. `combobox` marks a text box that
 * is a combobox's input.
 */
export function kindFit(
  fieldId: string,
  kind: ControlKind,
  maxLength?: number,
  combobox = false,
): number {
  if (fieldId === NOT_A_FIELD) return 1;
  if (kind === 'file') return fieldId === 'facial_image' ? 1 : (FILE_REFERENCES[fieldId] ?? 0);
  const type = getField(fieldId).type;
  if (kind === 'text' && maxLength === 1 && type === 'boolean') return 1;
  const takesChoice = kind === 'text' && (combobox || isCodeBox(maxLength));
  const choiceOnly = takesChoice ? undefined : CHOICE_ONLY[fieldId];
  const fit = choiceOnly ?? (TYPED_ONLY.has(fieldId) ? TYPED : FIT_BY_TYPE[type]);
  return fit[kind] ?? 0;
}

/** Maximum length of a text box that takes a code, as a terminal's `GDN-ST` box for A or N. */
const MAX_CODE_BOX = 2;

function isCodeBox(maxLength: number | undefined): boolean {
  return maxLength !== undefined && maxLength > 0 && maxLength <= MAX_CODE_BOX;
}

/** Tells whether the field's value is a date or a date and time. */
export function isDateField(fieldId: string): boolean {
  if (fieldId === NOT_A_FIELD) return false;
  const type = getField(fieldId).type;
  return (
    type === 'partial-date' ||
    type === 'date' ||
    type === 'datetime' ||
    type === 'partial-date-list'
  );
}
