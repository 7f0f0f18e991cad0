import { isCountryCode } from '../../catalogue';
import { t } from '../../i18n';
import { fieldName } from '../messages';
import type { Rule } from '../types';
import { isGiven, readRecord, readRecords } from '../values';

type Values = Readonly<Record<string, unknown>>;

function isValidCode(value: unknown): boolean {
  if (!isGiven(value)) return true;
  return typeof value === 'string' && isCountryCode(value);
}

/** Returns the country values of each country field, by field id. */
function countryValues(values: Values): [string, unknown[]][] {
  const nationalities = values.nationalities;
  return [
    ['country_of_birth', [values.country_of_birth]],
    ['nationalities', Array.isArray(nationalities) ? nationalities : [nationalities]],
    ['id_document_country', [values.id_document_country]],
    ['contacts_abroad', readRecords(values, 'contacts_abroad').map((contact) => contact.country)],
    ['intended_destination', [readRecord(values, 'intended_destination')?.country]],
  ];
}

/**
 * Every country field contains a valid ISO 3166-1 alpha-3 or ICAO special code.
 * Good practice.
 */
export const countryCodesValid: Rule = {
  id: 'country_codes_valid',
  defaultSeverity: 'warning',
  fields: [
    'country_of_birth',
    'nationalities',
    'id_document_country',
    'contacts_abroad',
    'intended_destination',
  ],
  check({ values }) {
    const invalid = countryValues(values)
      .filter(([, codes]) => !codes.every(isValidCode))
      .map(([fieldId]) => fieldId);
    if (invalid.length === 0) return { pass: true };
    const messages = invalid.map((fieldId) =>
      t('rule_country_codes_valid_fail', fieldName(fieldId)),
    );
    return { pass: false, message: messages.join(' '), fields: invalid };
  },
};
