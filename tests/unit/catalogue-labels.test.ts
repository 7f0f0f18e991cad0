import { beforeEach, describe, expect, it } from 'vitest';
import { CODE_LISTS, FIELDS, ICAO_SPECIAL_COUNTRY } from '@/utils/catalogue';
import { codeLabel, fieldName } from '@/utils/catalogue-labels';
import messages from '../../public/_locales/en/messages.json';
import { useEnglishMessages } from './support/messages';

const catalogue = messages as Record<string, { message: string }>;

beforeEach(useEnglishMessages);

describe('catalogue labels', () => {
  it.each(FIELDS.map((field) => field.id))('has a name for field %s', (id) => {
    expect(catalogue[`field_${id}`]?.message).toBeTruthy();
  });

  const codes = Object.entries(CODE_LISTS).flatMap(([list, values]) =>
    values.map((code) => [list, code] as const),
  );
  it.each(codes)('has a label for code %s %s', (list, code) => {
    expect(catalogue[`code_${list}_${code}`]?.message).toBeTruthy();
  });

  it.each(ICAO_SPECIAL_COUNTRY)('has a label for ICAO country %s', (code) => {
    expect(catalogue[`code_COUNTRY_${code}`]?.message).toBeTruthy();
  });

  it('fieldName returns the English field name', () => {
    expect(fieldName('date_of_birth')).toBe('Date of birth');
  });

  it('codeLabel returns the English code label', () => {
    expect(codeLabel('ACTION', 'PROTECT')).toBe('Place under protection');
  });

  it('fieldName returns the key for an unknown field', () => {
    expect(fieldName('no_such_field')).toBe('field_no_such_field');
  });
});
