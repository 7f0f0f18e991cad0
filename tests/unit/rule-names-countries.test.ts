import { beforeEach, describe, expect, it } from 'vitest';
import { formatMessage, useEnglishMessages } from './support/messages';
import { checkRule, type RuleCase } from './support/rules';

beforeEach(useEnglishMessages);

describe('names_latin_form', () => {
  const cases: RuleCase[] = [
    { name: 'no names', values: {}, pass: true },
    { name: 'Latin surname', values: { surname: 'AHMADI' }, pass: true },
    {
      name: 'Latin letters with diacritics',
      values: { surname: 'Müller', forenames: 'Zoë Ştefan' },
      pass: true,
    },
    { name: 'Arabic surname', values: { surname: 'أحمدي' }, pass: false },
    { name: 'Cyrillic forenames', values: { surname: 'IVANOV', forenames: 'Иван' }, pass: false },
    { name: 'Greek name at birth', values: { name_at_birth: 'Παπαδόπουλος' }, pass: false },
    {
      name: 'Latin form with original as alias',
      values: { surname: 'AHMADI', aliases: ['أحمدي'] },
      pass: true,
    },
    { name: 'non-Latin alias alone', values: { aliases: ['Иван'] }, pass: true },
    { name: 'name with digits and spaces', values: { surname: 'AL 2ND' }, pass: true },
  ];

  it.each(cases)('$name', ({ values, pass }) => {
    expect(checkRule('names_latin_form', values).pass).toBe(pass);
  });

  it('asks for an alias when the original is not kept', () => {
    const outcome = checkRule('names_latin_form', { surname: 'أحمدي' });
    expect(outcome.message).toBe(
      formatMessage('rule_names_latin_form_fail', [
        formatMessage('field_surname'),
        formatMessage('field_aliases'),
      ]),
    );
  });

  it('notes an alias already kept', () => {
    const outcome = checkRule('names_latin_form', {
      surname: 'أحمدي',
      aliases: ['أحمدي'],
    });
    expect(outcome.message).toBe(
      formatMessage('rule_names_latin_form_fail_alias_kept', [
        formatMessage('field_surname'),
        formatMessage('field_aliases'),
      ]),
    );
  });

  it('points at each non-Latin name field', () => {
    const outcome = checkRule('names_latin_form', {
      surname: 'Иванов',
      forenames: 'Иван',
    });
    expect(outcome.fields).toEqual(['surname', 'forenames', 'aliases']);
  });
});

describe('country_codes_valid', () => {
  const cases: RuleCase[] = [
    { name: 'no countries', values: {}, pass: true },
    { name: 'alpha-3 country of birth', values: { country_of_birth: 'AFG' }, pass: true },
    { name: 'ICAO stateless code', values: { nationalities: ['XXA'] }, pass: true },
    { name: 'alpha-2 country of birth', values: { country_of_birth: 'AF' }, pass: false },
    { name: 'lower-case code', values: { id_document_country: 'afg' }, pass: false },
    { name: 'one bad nationality', values: { nationalities: ['ERI', 'ZZZ'] }, pass: false },
    { name: 'country name instead of code', values: { country_of_birth: 'Eritrea' }, pass: false },
    {
      name: 'contact with valid country',
      values: { contacts_abroad: [{ name: 'Uncle', country: 'SWE', phone: '+46 8 123 456 78' }] },
      pass: true,
    },
    {
      name: 'contact with invalid country',
      values: { contacts_abroad: [{ name: 'Uncle', country: 'SE' }] },
      pass: false,
    },
    {
      name: 'destination with valid country',
      values: { intended_destination: { country: 'DEU', place: 'Munich' } },
      pass: true,
    },
    {
      name: 'destination with invalid country',
      values: { intended_destination: { country: 'GER' } },
      pass: false,
    },
    {
      name: 'destination with place only',
      values: { intended_destination: { place: 'Calais' } },
      pass: true,
    },
    { name: 'blank country', values: { country_of_birth: '' }, pass: true },
  ];

  it.each(cases)('$name', ({ values, pass }) => {
    expect(checkRule('country_codes_valid', values).pass).toBe(pass);
  });

  it('points at the invalid fields only', () => {
    const outcome = checkRule('country_codes_valid', {
      country_of_birth: 'AFG',
      nationalities: ['AF'],
      intended_destination: { country: 'UK' },
    });
    expect(outcome.fields).toEqual(['nationalities', 'intended_destination']);
  });
});
