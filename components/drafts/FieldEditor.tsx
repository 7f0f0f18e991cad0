import type { FunctionComponent } from 'preact';
import type { FieldDefinition, FieldType } from '@/utils/catalogue';
import { fieldName } from '@/utils/catalogue-labels';
import { t } from '@/utils/i18n';
import type { DraftError } from '@/utils/schema/draft';
import { BooleanEditor } from './fields/BooleanEditor';
import { CodeEditor } from './fields/CodeEditor';
import { DateEditor } from './fields/DateEditor';
import { IntegerEditor } from './fields/IntegerEditor';
import { ListEditor } from './fields/ListEditor';
import { PartialDateInput } from './fields/PartialDateInput';
import { PhotoEditor } from './fields/PhotoEditor';
import { ContactsEditor, DestinationEditor } from './fields/RecordEditors';
import { TextEditor } from './fields/TextEditor';
import { asString, controlId, type EditorProps } from './fields/types';
import { fieldErrorTexts } from './field-errors';

function PartialDateEditor({ field, value, onChange, errorId, invalid }: EditorProps) {
  return (
    <PartialDateInput
      idPrefix={controlId(field.id)}
      value={asString(value)}
      onChange={onChange}
      errorId={errorId}
      invalid={invalid}
    />
  );
}

const EDITORS: Record<FieldType, FunctionComponent<EditorProps>> = {
  text: TextEditor,
  phone: TextEditor,
  'text-list': ListEditor,
  'partial-date': PartialDateEditor,
  'partial-date-list': ListEditor,
  date: DateEditor,
  datetime: DateEditor,
  boolean: BooleanEditor,
  integer: IntegerEditor,
  code: CodeEditor,
  'code-list': ListEditor,
  image: PhotoEditor,
  contacts: ContactsEditor,
  destination: DestinationEditor,
};

/** Types edited with one control, which a `<label>` names. The others get a fieldset. */
const ONE_CONTROL_TYPES = new Set<FieldType>([
  'text',
  'phone',
  'date',
  'datetime',
  'integer',
  'code',
]);

const HINT_KEYS: Partial<Record<FieldType, string>> = {
  'partial-date': 'editor_partial_date_hint',
  'partial-date-list': 'editor_partial_date_hint',
  phone: 'editor_phone_hint',
};

interface FieldEditorProps {
  field: FieldDefinition;
  value: unknown;
  /** Errors to show, which stay empty until the officer leaves the field or tries to save. */
  errors: readonly DraftError[];
  onChange(id: string, value: unknown): void;
  onLeave(id: string): void;
}

/** Renders one catalogue field with its label, editor, format hint and errors. */
export function FieldEditor({ field, value, errors, onChange, onLeave }: FieldEditorProps) {
  const Editor = EDITORS[field.type];
  const errorId = `field-${field.id}-error`;
  const hintKey = HINT_KEYS[field.type];
  const hintId = hintKey ? `field-${field.id}-hint` : undefined;
  const invalid = errors.length > 0;
  const describedIds = [hintId, invalid ? errorId : undefined].filter(Boolean);
  const describedBy = describedIds.length > 0 ? describedIds.join(' ') : undefined;

  const editor = (
    <Editor
      field={field}
      value={value}
      onChange={(next) => onChange(field.id, next)}
      errorId={describedBy}
      invalid={invalid}
    />
  );
  const details = (
    <>
      {hintId && (
        <p id={hintId} class="field-hint">
          {t(hintKey!)}
        </p>
      )}
      {invalid && (
        <div id={errorId} class="field-error">
          {fieldErrorTexts(field.id, errors).map((text) => (
            <p key={text}>
              <span aria-hidden="true">⚠ </span>
              {text}
            </p>
          ))}
        </div>
      )}
    </>
  );

  const className = invalid ? 'field field-invalid' : 'field';
  const leave = () => onLeave(field.id);
  if (field.type === 'boolean') {
    return (
      <div class={className} data-field-id={field.id} onFocusOut={leave}>
        {editor}
        {details}
      </div>
    );
  }
  if (ONE_CONTROL_TYPES.has(field.type)) {
    return (
      <div class={className} data-field-id={field.id} onFocusOut={leave}>
        <label for={controlId(field.id)}>{fieldName(field.id)}</label>
        {details}
        {editor}
      </div>
    );
  }
  return (
    <fieldset class={className} data-field-id={field.id} onFocusOut={leave}>
      <legend>{fieldName(field.id)}</legend>
      {details}
      {editor}
    </fieldset>
  );
}
