import { messagesLanguage, t } from '@/utils/i18n';

interface PartialDateInputProps {
  /** Prefix of the ids of the three controls. */
  idPrefix: string;
  value: string;
  onChange(value: string): void;
  errorId?: string;
  invalid: boolean;
}

const MONTHS = Array.from({ length: 12 }, (_, index) => String(index + 1).padStart(2, '0'));
const DAYS = Array.from({ length: 31 }, (_, index) => String(index + 1).padStart(2, '0'));

/** Names of the months `01` to `12` by interface language, which may differ from the browser's. */
const monthNames = new Map<string, string[]>();

function monthName(month: string): string {
  const language = messagesLanguage();
  let names = monthNames.get(language);
  if (!names) {
    const format = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' });
    names = MONTHS.map((code) => format.format(Date.UTC(2000, Number(code) - 1, 1)));
    monthNames.set(language, names);
  }
  return names[Number(month) - 1];
}

/** Splits `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (or an unfinished form) into its parts. */
function splitDate(value: string): [string, string, string] {
  const [year = '', month = '', day = ''] = value.split('-');
  return [year, month, day];
}

/**
 * Joins the parts. A day without a month gives `YYYY--DD`, which the schema
 * rejects, so the editor shows what is missing instead of dropping the day.
 */
function joinDate(year: string, month: string, day: string): string {
  if (year === '' && month === '' && day === '') return '';
  let text = year;
  if (month !== '' || day !== '') text += `-${month}`;
  if (day !== '') text += `-${day}`;
  return text;
}

/**
 * Renders a date whose month and day may be unknown, as a year input and two
 * optional selects.
 */
export function PartialDateInput(props: PartialDateInputProps) {
  const { idPrefix, value, onChange, errorId, invalid } = props;
  const [year, month, day] = splitDate(value);
  const selectValue = (event: Event) => (event.currentTarget as HTMLSelectElement).value;

  return (
    <div class="partial-date">
      <div>
        <label for={`${idPrefix}-year`}>{t('editor_partial_year')}</label>
        <input
          id={`${idPrefix}-year`}
          class="input-year"
          type="text"
          inputMode="numeric"
          maxLength={4}
          autoComplete="off"
          value={year}
          onInput={(event) => onChange(joinDate(selectValue(event), month, day))}
          aria-describedby={errorId}
          aria-invalid={invalid}
        />
      </div>
      <div>
        <label for={`${idPrefix}-month`}>{t('editor_partial_month')}</label>
        <select
          id={`${idPrefix}-month`}
          value={month}
          onChange={(event) => onChange(joinDate(year, selectValue(event), day))}
          aria-describedby={errorId}
        >
          <option value="">{t('editor_not_known')}</option>
          {MONTHS.map((code) => (
            <option key={code} value={code}>{`${code} ${monthName(code)}`}</option>
          ))}
        </select>
      </div>
      <div>
        <label for={`${idPrefix}-day`}>{t('editor_partial_day')}</label>
        <select
          id={`${idPrefix}-day`}
          value={day}
          onChange={(event) => onChange(joinDate(year, month, selectValue(event)))}
          aria-describedby={errorId}
        >
          <option value="">{t('editor_not_known')}</option>
          {DAYS.map((code) => (
            <option key={code} value={code}>{code}</option>
          ))}
        </select>
      </div>
    </div>
  );
}
