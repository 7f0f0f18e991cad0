import { Component } from 'preact';
import { countryOptions } from '@/components/common/country-options';
import { t } from '@/utils/i18n';

interface CountrySelectProps {
  id: string;
  value: string;
  onChange(code: string): void;
  errorId?: string;
  invalid?: boolean;
}

/** The options never change, so the select skips comparing its 250 options on each render. */
class CountryOptions extends Component {
  override shouldComponentUpdate(): boolean {
    return false;
  }

  override render() {
    return (
      <>
        {countryOptions().map((option) => (
          <option key={option.code} value={option.code}>
            {`${option.name} (${option.code})`}
          </option>
        ))}
      </>
    );
  }
}

/** Renders a select of ISO 3166-1 alpha-3 and ICAO special country codes. */
export function CountrySelect({ id, value, onChange, errorId, invalid }: CountrySelectProps) {
  const known = value === '' || countryOptions().some((option) => option.code === value);
  return (
    <select
      id={id}
      value={value}
      onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value)}
      aria-describedby={errorId}
      aria-invalid={invalid}
    >
      <option value="">{t('editor_not_set')}</option>
      {/* Keeps an unknown code visible so the officer sees what to correct. */}
      {!known && <option value={value}>{value}</option>}
      <CountryOptions />
    </select>
  );
}
