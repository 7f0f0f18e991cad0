import { t } from '@/utils/i18n';
import { CountrySelect } from './CountrySelect';
import { RowList } from './RowList';
import { asArray, asRecord, asString, controlId, inputValue, type EditorProps } from './types';

interface PartProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  errorId?: string;
  invalid: boolean;
  type?: 'text' | 'tel';
}

function TextPart({ id, label, value, onChange, errorId, invalid, type = 'text' }: PartProps) {
  const common = {
    id,
    autoComplete: 'off',
    value,
    onInput: (event: Event) => onChange(inputValue(event)),
    'aria-describedby': errorId,
    'aria-invalid': invalid,
  };
  return (
    <div class="record-part">
      <label for={id}>{label}</label>
      {type === 'tel' ? <input {...common} type="tel" /> : <input {...common} type="text" />}
    </div>
  );
}

function CountryPart({ id, label, value, onChange, errorId, invalid }: PartProps) {
  return (
    <div class="record-part">
      <label for={id}>{label}</label>
      <CountrySelect
        id={id}
        value={value}
        onChange={onChange}
        errorId={errorId}
        invalid={invalid}
      />
    </div>
  );
}

/** Edits contacts abroad as rows of name, country and phone. */
export function ContactsEditor({ field, value, onChange, errorId, invalid }: EditorProps) {
  return (
    <RowList
      fieldId={field.id}
      rows={asArray(value)}
      emptyRow={{ name: '', country: '', phone: '' }}
      onChange={onChange}
      renderRow={(row, index, onRowChange) => {
        const contact = asRecord(row);
        const part = (key: string, label: string) => ({
          id: controlId(field.id, `${index}-${key}`),
          label,
          value: asString(contact[key]),
          onChange: (text: string) => onRowChange({ ...contact, [key]: text }),
          errorId,
          invalid,
        });
        return (
          <div class="record">
            <TextPart {...part('name', t('editor_contact_name'))} />
            <CountryPart {...part('country', t('editor_contact_country'))} />
            <TextPart {...part('phone', t('editor_contact_phone'))} type="tel" />
          </div>
        );
      }}
    />
  );
}

/** Edits the destination the child spoke of, as a country, a place or both. */
export function DestinationEditor({ field, value, onChange, errorId, invalid }: EditorProps) {
  const destination = asRecord(value);
  const part = (key: string, label: string) => ({
    id: key === 'country' ? controlId(field.id) : controlId(field.id, key),
    label,
    value: asString(destination[key]),
    onChange: (text: string) => onChange({ ...destination, [key]: text }),
    errorId,
    invalid,
  });
  return (
    <div class="record">
      <CountryPart {...part('country', t('editor_destination_country'))} />
      <TextPart {...part('place', t('editor_destination_place'))} />
    </div>
  );
}
