import { beforeEach, describe, expect, test } from 'vitest';
import { planFieldWrite } from '../../utils/fill';
import { useEnglishMessages } from './support/messages';
import { clockOptions, control, detected, options } from './support/fill-fields';

beforeEach(useEnglishMessages);

const nationalitySelect = options(
  ['', '-- bitte wählen --'],
  ['AUT', 'Österreich'],
  ['CIV', "Côte d'Ivoire"],
  ['DEU', 'Deutschland'],
);

describe('planFieldWrite text', () => {
  test('writes a text as it is', () => {
    const plan = planFieldWrite(detected('surname', [control()]), 'Brennecke-Ahlgrim');
    expect(plan.status).toBe('ready');
    expect(plan.steps).toEqual([{ action: 'set-text', key: 'k1', text: 'Brennecke-Ahlgrim' }]);
    expect(plan.display).toBe('Brennecke-Ahlgrim');
  });

  test('writes upper case where the control asks', () => {
    const plan = planFieldWrite(detected('surname', [control({ upperCase: true })]), 'Straße', {
      lang: 'de',
    });
    expect(plan.display).toBe('STRASSE');
  });

  test('shortens a text over maxLength', () => {
    const field = detected('alert_reason', [control({ maxLength: 10 })]);
    const plan = planFieldWrite(field, 'Left the reception centre at night');
    expect(plan.status).toBe('shortened');
    expect(plan.display).toBe('Left the r');
    expect(plan.steps).toEqual([{ action: 'set-text', key: 'k1', text: 'Left the r' }]);
    expect(plan.fullText).toBe('Left the reception centre at night');
    expect(plan.reason).toBe('fill_reason_shortened');
  });

  test('keeps whole list items when shortening', () => {
    const field = detected('aliases', [control({ maxLength: 20 })]);
    const plan = planFieldWrite(field, ['Amir Haddad', 'Emir', 'Amer Hadad']);
    expect(plan.status).toBe('shortened');
    expect(plan.display).toBe('Amir Haddad, Emir');
    expect(plan.fullText).toBe('Amir Haddad, Emir, Amer Hadad');
  });

  test('does not split a surrogate pair', () => {
    const plan = planFieldWrite(detected('clothing', [control({ maxLength: 2 })]), 'a😀b');
    expect(plan.display).toBe('a');
  });

  test('joins a list with commas', () => {
    const plan = planFieldWrite(detected('phone_numbers', [control()]), ['+49 30 1', '+49 30 2']);
    expect(plan.display).toBe('+49 30 1, +49 30 2');
  });

  test.each([
    ['alpha-3 by default', {}, 'CIV'],
    ['alpha-2 for two characters', { maxLength: 2 }, 'CI'],
    ['alpha-2 when the hint asks', { hint: 'ISO 3166 alpha-2' }, 'CI'],
    ['numeric when the hint asks', { hint: 'numerischer Code' }, '384'],
  ])('writes a country code as %s', (_, facts, expected) => {
    const plan = planFieldWrite(detected('country_of_birth', [control(facts)]), 'CIV');
    expect(plan.display).toBe(expected);
  });

  test('writes list codes into text', () => {
    const plan = planFieldWrite(detected('nationalities', [control()]), ['NLD', 'SYR']);
    expect(plan.display).toBe('NLD, SYR');
  });

  test('writes yes or no in the page language', () => {
    const plan = planFieldWrite(detected('unaccompanied', [control()]), true, { lang: 'de' });
    expect(plan.display).toBe('Ja');
  });

  test('writes contacts and destinations as text', () => {
    const contacts = [{ name: 'Samir', country: 'SYR', phone: '+963 11 1234567' }];
    expect(planFieldWrite(detected('contacts_abroad', [control()]), contacts).display).toBe(
      'Samir (SYR) +963 11 1234567',
    );
    const destination = { country: 'SWE', place: 'Malmö' };
    expect(planFieldWrite(detected('intended_destination', [control()]), destination).display).toBe(
      'Malmö, SWE',
    );
  });

  test('writes a number', () => {
    expect(planFieldWrite(detected('height_cm', [control()]), 145).display).toBe('145');
  });
});

describe('planFieldWrite status', () => {
  test.each([undefined, null, '', '   ', [], ['']])('skips empty value %j', (value) => {
    const plan = planFieldWrite(detected('surname', [control()]), value);
    expect(plan.status).toBe('skipped');
    expect(plan.steps).toEqual([]);
    expect(plan.reason).toBe('fill_reason_empty');
  });

  test.each(['readonly', 'disabled'] as const)('locks a %s control', (state) => {
    const plan = planFieldWrite(detected('surname', [control({ state })]), 'Hollweg');
    expect(plan.status).toBe('locked');
    expect(plan.steps).toEqual([]);
    expect(plan.reason).toBe('fill_reason_locked');
  });

  test('locks a split date with one locked part', () => {
    const controls = [
      control({ key: 'd' }),
      control({ key: 'm' }),
      control({ key: 'y', state: 'readonly' }),
    ];
    const field = detected('date_of_birth', controls, { roles: ['day', 'month', 'year'] });
    expect(planFieldWrite(field, '1985-12-24').status).toBe('locked');
  });

  test('reports the current page value', () => {
    const field = detected('surname', [control()], { value: { kind: 'text', text: ' Alt ' } });
    expect(planFieldWrite(field, 'Neu').current).toBe('Alt');
  });

  test('reports a placeholder as no current value', () => {
    const select = control({ kind: 'select', options: nationalitySelect });
    const value = { kind: 'options' as const, selected: [nationalitySelect[0]] };
    const plan = planFieldWrite(detected('nationalities', [select], { value }), ['AUT']);
    expect(plan.current).toBe('');
  });

  test('rejects an unknown field', () => {
    const plan = planFieldWrite(detected('shoe_size', [control()]), '42');
    expect(plan.status).toBe('rejected');
    expect(plan.reason).toBe('fill_reason_not_supported');
  });

  test('rejects text into a file control', () => {
    const plan = planFieldWrite(detected('surname', [control({ kind: 'file' })]), 'X');
    expect(plan.status).toBe('rejected');
    expect(plan.reason).toBe('fill_reason_control_mismatch');
  });
});

describe('planFieldWrite options', () => {
  test('selects a country', () => {
    const select = control({ kind: 'select', options: nationalitySelect });
    const plan = planFieldWrite(detected('country_of_birth', [select]), 'CIV', { lang: 'de' });
    expect(plan.status).toBe('ready');
    expect(plan.steps).toEqual([
      { action: 'select', key: 'k1', index: 2, value: 'CIV', text: "Côte d'Ivoire" },
    ]);
    expect(plan.display).toBe("Côte d'Ivoire");
  });

  test('takes the first of a list in a single select', () => {
    const select = control({ kind: 'select', options: nationalitySelect });
    const plan = planFieldWrite(detected('nationalities', [select]), ['DEU', 'AUT']);
    expect(plan.status).toBe('shortened');
    expect(plan.steps).toEqual([
      { action: 'select', key: 'k1', index: 3, value: 'DEU', text: 'Deutschland' },
    ]);
    expect(plan.reason).toBe('fill_reason_first_value_only');
  });

  test('selects every value of a multiple select', () => {
    const select = control({ kind: 'select-multiple', options: nationalitySelect });
    const plan = planFieldWrite(detected('nationalities', [select]), ['DEU', 'AUT']);
    expect(plan.status).toBe('ready');
    expect(plan.steps).toEqual([{ action: 'select-multiple', key: 'k1', indexes: [3, 1] }]);
    expect(plan.display).toBe('Deutschland, Österreich');
  });

  test('checks the boxes of a risk group', () => {
    const group = control({
      kind: 'checkbox-group',
      options: options(['t', 'Trafficking'], ['e', 'Exploitation'], ['m', 'Medical']),
    });
    const plan = planFieldWrite(detected('risk_indicators', [group]), ['MEDICAL', 'TRAFFICKING']);
    expect(plan.steps).toEqual([{ action: 'select-multiple', key: 'k1', indexes: [2, 0] }]);
  });

  test('clicks the radio button of a sex', () => {
    const choices = options(['m', 'Maschio'], ['f', 'Femmina']);
    const radios = control({ kind: 'radio-group', options: choices });
    const plan = planFieldWrite(detected('sex', [radios]), 'F');
    expect(plan.steps).toEqual([{ action: 'click-choice', key: 'k1', index: 1 }]);
  });

  test('picks the phone calling code by country', () => {
    const select = control({
      kind: 'select',
      options: options(
        ['', '--'],
        ['+1', 'Kanada (+1)'],
        ['+1', 'USA (+1)'],
        ['+49', 'Deutschland (+49)'],
      ),
    });
    const plan = planFieldWrite(detected('phone_numbers', [select]), ['+1 202 555 0147']);
    expect(plan.steps).toEqual([
      { action: 'select', key: 'k1', index: 2, value: '+1', text: 'USA (+1)' },
    ]);
  });

  test('offers the candidates of an ambiguous option', () => {
    const select = control({
      kind: 'select',
      options: options(['', '--'], ['a', 'Arabic'], ['b', 'Arabic'], ['c', 'French']),
    });
    const plan = planFieldWrite(detected('languages', [select]), ['ara']);
    expect(plan.status).toBe('needs-choice');
    expect(plan.steps).toEqual([]);
    expect(plan.reason).toBe('fill_reason_option_ambiguous');
    expect(plan.choices).toEqual([
      {
        label: 'Arabic',
        steps: [{ action: 'select', key: 'k1', index: 1, value: 'a', text: 'Arabic' }],
      },
      {
        label: 'Arabic',
        steps: [{ action: 'select', key: 'k1', index: 2, value: 'b', text: 'Arabic' }],
      },
    ]);
  });

  test('offers every option when none matches', () => {
    const select = control({ kind: 'select', options: nationalitySelect });
    const plan = planFieldWrite(detected('country_of_birth', [select]), 'SYR');
    expect(plan.status).toBe('needs-choice');
    expect(plan.reason).toBe('fill_reason_option_not_found');
    expect(plan.choices?.map((choice) => choice.label)).toEqual([
      'Österreich',
      "Côte d'Ivoire",
      'Deutschland',
    ]);
  });

  test('keeps matched values in the choices of a multiple select', () => {
    const select = control({ kind: 'select-multiple', options: nationalitySelect });
    const plan = planFieldWrite(detected('nationalities', [select]), ['DEU', 'SYR']);
    expect(plan.status).toBe('needs-choice');
    expect(plan.choices?.[0].steps).toEqual([
      { action: 'select-multiple', key: 'k1', indexes: [3, 1] },
    ]);
  });

  test('waits for a select with nothing to pick', () => {
    const select = control({ kind: 'select', options: options(['', '--']) });
    const plan = planFieldWrite(detected('sex', [select]), 'F');
    expect(plan.status).toBe('waiting');
    expect(plan.reason).toBe('fill_reason_waits_for_options');
    expect(plan.display).toBe('F');
    expect(plan.steps).toEqual([]);
  });

  test('waits for a disabled select with nothing to pick', () => {
    const select = control({ kind: 'select', state: 'disabled', options: options(['', '--']) });
    expect(planFieldWrite(detected('place_of_birth', [select]), 'Bergamo').status).toBe('waiting');
  });

  test('rejects a radio group with nothing to pick', () => {
    const radios = control({ kind: 'radio-group', options: [] });
    expect(planFieldWrite(detected('sex', [radios]), 'F').status).toBe('rejected');
  });

  test('checks a boolean checkbox', () => {
    const plan = planFieldWrite(detected('unaccompanied', [control({ kind: 'checkbox' })]), true);
    expect(plan.steps).toEqual([{ action: 'check', key: 'k1', checked: true }]);
    expect(plan.display).toBe('Checked');
  });

  test('answers a boolean radio group', () => {
    const radios = control({ kind: 'radio-group', options: options(['1', 'Ja'], ['0', 'Nein']) });
    const plan = planFieldWrite(detected('date_of_birth_estimated', [radios]), false);
    expect(plan.steps).toEqual([{ action: 'click-choice', key: 'k1', index: 1 }]);
  });
});

describe('planFieldWrite dates', () => {
  test.each([
    ['native date', { kind: 'date' }, 'de', '1985-12-24'],
    ['German mask', { placeholder: 'TT.MM.JJJJ', maxLength: 10 }, 'de', '24.12.1985'],
    ['French mask', { placeholder: 'jj/mm/aaaa' }, 'de', '24/12/1985'],
    ['packed digits', { placeholder: 'yyyymmdd', maxLength: 8 }, 'en', '19851224'],
    ['US mask', { placeholder: 'MM/DD/YYYY' }, 'en', '12/24/1985'],
  ] as const)('writes a date of birth into a %s', (_, facts, lang, expected) => {
    const field = detected('date_of_birth', [control(facts)]);
    const plan = planFieldWrite(field, '1985-12-24', { lang });
    expect(plan.status).toBe('ready');
    expect(plan.steps).toEqual([{ action: 'set-text', key: 'k1', text: expected }]);
  });

  test('writes a Polish mask', () => {
    const field = detected('date_of_birth', [control({ placeholder: 'dd-mm-rrrr' })]);
    expect(planFieldWrite(field, '1979-03-05', { lang: 'pl' }).display).toBe('05-03-1979');
  });

  test('asks for the order of day and month', () => {
    const field = detected('date_of_birth', [control({ placeholder: '__/__/____' })]);
    const plan = planFieldWrite(field, '1979-03-05', { lang: 'en' });
    expect(plan.status).toBe('needs-choice');
    expect(plan.reason).toBe('fill_reason_date_order_unknown');
    expect(plan.choices).toEqual([
      {
        label: '05/03/1979 (DD/MM/YYYY)',
        steps: [{ action: 'set-text', key: 'k1', text: '05/03/1979' }],
      },
      {
        label: '03/05/1979 (MM/DD/YYYY)',
        steps: [{ action: 'set-text', key: 'k1', text: '03/05/1979' }],
      },
    ]);
  });

  test('does not ask when both orders agree', () => {
    const field = detected('date_of_birth', [control({ placeholder: '__/__/____' })]);
    const plan = planFieldWrite(field, '2010-05-05', { lang: 'en' });
    expect(plan.status).toBe('ready');
    expect(plan.display).toBe('05/05/2010');
  });

  test('asks how to write a year of birth into a text box', () => {
    const field = detected('date_of_birth', [control({ placeholder: 'TT.MM.JJJJ' })]);
    const plan = planFieldWrite(field, '2010', { lang: 'de' });
    expect(plan.status).toBe('needs-choice');
    expect(plan.steps).toEqual([]);
    expect(plan.reason).toBe('fill_reason_partial_date');
    expect(plan.choices?.map((choice) => choice.steps[0])).toEqual([
      { action: 'set-text', key: 'k1', text: '01.01.2010' },
      { action: 'set-text', key: 'k1', text: '31.12.2010' },
      { action: 'set-text', key: 'k1', text: '00.00.2010' },
    ]);
    expect(plan.choices?.[1].label).toBe(
      '31.12.2010, the last possible day (assumes the younger age)',
    );
  });

  test('asks how to write a month of birth into a native date', () => {
    const plan = planFieldWrite(detected('date_of_birth', [control({ kind: 'date' })]), '2010-02');
    expect(plan.status).toBe('needs-choice');
    expect(plan.choices?.map((choice) => choice.steps[0])).toEqual([
      { action: 'set-text', key: 'k1', text: '2010-02-01' },
      { action: 'set-text', key: 'k1', text: '2010-02-28' },
    ]);
  });

  test('writes the date of a date-time into a date control', () => {
    const field = detected('last_seen_at', [control({ placeholder: 'TT.MM.JJJJ' })]);
    expect(planFieldWrite(field, '2024-06-14T21:30', { lang: 'de' }).display).toBe('14.06.2024');
  });

  test('writes a date-time into a native control', () => {
    const field = detected('left_care_at', [control({ kind: 'datetime-local' })]);
    expect(planFieldWrite(field, '2024-06-14T21:30').display).toBe('2024-06-14T21:30');
  });

  test('writes a date-time into a text mask with time', () => {
    const field = detected('reported_at', [control({ placeholder: 'TT.MM.JJJJ hh:mm' })]);
    const plan = planFieldWrite(field, '2024-06-15T08:05', { lang: 'de' });
    expect(plan.display).toBe('15.06.2024 08:05');
  });

  test('rejects a date into a date-time control', () => {
    const field = detected('id_document_issue_date', [control({ kind: 'datetime-local' })]);
    const plan = planFieldWrite(field, '2020-01-10');
    expect(plan.status).toBe('rejected');
    expect(plan.reason).toBe('fill_reason_time_missing');
  });

  test('rejects an invalid draft date', () => {
    const field = detected('date_of_birth', [control({ kind: 'date' })]);
    const plan = planFieldWrite(field, '2010-02-30');
    expect(plan.status).toBe('rejected');
    expect(plan.reason).toBe('fill_reason_value_invalid');
  });

  test('rejects a date into a select', () => {
    const select = control({ kind: 'select', options: options(['1', 'x']) });
    const plan = planFieldWrite(detected('date_of_birth', [select]), '2010-02-03');
    expect(plan.status).toBe('rejected');
  });

  test('asks when no format can be read', () => {
    const field = detected('date_of_birth', [control({ maxLength: 6 })]);
    const plan = planFieldWrite(field, '2010-02-03', { lang: 'de' });
    expect(plan.status).toBe('needs-choice');
    expect(plan.reason).toBe('fill_reason_date_format_unknown');
    expect(plan.choices).toEqual([]);
  });
});

describe('planFieldWrite split dates', () => {
  const boxes = [
    control({ key: 'day', maxLength: 2 }),
    control({ key: 'month', maxLength: 2 }),
    control({ key: 'year', maxLength: 4 }),
  ];
  const roles = ['day', 'month', 'year'] as const;

  test('writes year, then month, then day', () => {
    const field = detected('date_of_birth', boxes, { roles: [...roles] });
    const plan = planFieldWrite(field, '1985-12-04');
    expect(plan.status).toBe('ready');
    expect(plan.steps).toEqual([
      { action: 'set-text', key: 'year', text: '1985' },
      { action: 'set-text', key: 'month', text: '12' },
      { action: 'set-text', key: 'day', text: '04' },
    ]);
    expect(plan.display).toBe('04 12 1985');
  });

  test('picks German month names in selects', () => {
    const months = [
      'Januar',
      'Februar',
      'März',
      'April',
      'Mai',
      'Juni',
      'Juli',
      'August',
      'September',
      'Oktober',
      'November',
      'Dezember',
    ];
    const numbers = (from: number, to: number) =>
      range(from, to).map((number) => [String(number), String(number)] as [string, string]);
    // Months as a JavaScript page numbers them: value 0 is January.
    const monthOptions = months.map((name, index) => [String(index), name] as [string, string]);
    const selects = [
      control({ key: 'day', kind: 'select', options: options(['', 'Tag'], ...numbers(1, 31)) }),
      control({ key: 'month', kind: 'select', options: options(['', 'Monat'], ...monthOptions) }),
      control({
        key: 'year',
        kind: 'select',
        options: options(['', 'Jahr'], ...numbers(1980, 2025)),
      }),
    ];
    const field = detected('date_of_birth', selects, { roles: [...roles] });
    const plan = planFieldWrite(field, '1985-03-24', { lang: 'de' });
    expect(plan.steps).toEqual([
      { action: 'select', key: 'year', index: 6, value: '1985', text: '1985' },
      { action: 'select', key: 'month', index: 3, value: '2', text: 'März' },
      { action: 'select', key: 'day', index: 24, value: '24', text: '24' },
    ]);
    expect(plan.display).toBe('24 März 1985');
  });

  test('asks when a year is not offered', () => {
    const selects = [
      control({ key: 'day', kind: 'select', options: options(['1', '1']) }),
      control({ key: 'month', kind: 'select', options: options(['1', '1']) }),
      control({ key: 'year', kind: 'select', options: options(['2000', '2000']) }),
    ];
    const field = detected('date_of_birth', selects, { roles: [...roles] });
    const plan = planFieldWrite(field, '1985-01-01');
    expect(plan.status).toBe('needs-choice');
    expect(plan.reason).toBe('fill_reason_option_not_found');
  });

  test('offers the known parts of a partial date', () => {
    const plan = planFieldWrite(detected('date_of_birth', boxes, { roles: [...roles] }), '2010-07');
    expect(plan.status).toBe('needs-choice');
    expect(plan.choices?.map((choice) => choice.steps)).toEqual([
      [
        { action: 'set-text', key: 'year', text: '2010' },
        { action: 'set-text', key: 'month', text: '07' },
      ],
      [
        { action: 'set-text', key: 'year', text: '2010' },
        { action: 'set-text', key: 'month', text: '07' },
        { action: 'set-text', key: 'day', text: '01' },
      ],
      [
        { action: 'set-text', key: 'year', text: '2010' },
        { action: 'set-text', key: 'month', text: '07' },
        { action: 'set-text', key: 'day', text: '31' },
      ],
    ]);
    expect(plan.choices?.[0].label).toBe('07 2010, with the unknown parts left empty');
  });

  test('writes date and time into split controls', () => {
    const controls = [
      control({ key: 'date', kind: 'date' }),
      control({ key: 'time', kind: 'time' }),
    ];
    const field = detected('last_seen_at', controls, { roles: ['date', 'time'] });
    const plan = planFieldWrite(field, '2024-06-14T21:30');
    expect(plan.steps).toEqual([
      { action: 'set-text', key: 'date', text: '2024-06-14' },
      { action: 'set-text', key: 'time', text: '21:30' },
    ]);
    expect(plan.display).toBe('2024-06-14 21:30');
  });

  test('adds the time to each date choice', () => {
    const controls = [
      control({ key: 'date', placeholder: '__/__/____' }),
      control({ key: 'time' }),
    ];
    const field = detected('last_seen_at', controls, { roles: ['date', 'time'] });
    const plan = planFieldWrite(field, '2024-06-04T21:30', { lang: 'en' });
    expect(plan.status).toBe('needs-choice');
    expect(plan.choices?.[1].steps).toEqual([
      { action: 'set-text', key: 'date', text: '06/04/2024' },
      { action: 'set-text', key: 'time', text: '21:30' },
    ]);
  });

  test('writes day, month, year and time into four controls', () => {
    const controls = [
      control({ key: 'd', maxLength: 2 }),
      control({ key: 'm', maxLength: 2 }),
      control({ key: 'y', maxLength: 4 }),
      control({ key: 't' }),
    ];
    const field = detected('last_seen_at', controls, { roles: ['day', 'month', 'year', 'time'] });
    const plan = planFieldWrite(field, '2024-06-14T21:30');
    expect(plan.steps).toEqual([
      { action: 'set-text', key: 'y', text: '2024' },
      { action: 'set-text', key: 'm', text: '06' },
      { action: 'set-text', key: 'd', text: '14' },
      { action: 'set-text', key: 't', text: '21:30' },
    ]);
    expect(plan.display).toBe('14 06 2024 21:30');
  });

  test('leaves the time control of a date without a time', () => {
    const controls = [
      control({ key: 'd' }),
      control({ key: 'm' }),
      control({ key: 'y' }),
      control({ key: 't' }),
    ];
    const field = detected('last_seen_at', controls, { roles: ['day', 'month', 'year', 'time'] });
    const keys = planFieldWrite(field, '2024-06-14').steps.map((step) => step.key);
    expect(keys).toEqual(['y', 'm', 'd']);
  });

  test('rejects a name split over two controls', () => {
    const controls = [control({ key: 's' }), control({ key: 'f' })];
    const field = detected('surname', controls, { roles: ['surname', 'forenames'] });
    expect(planFieldWrite(field, 'Ravnsborg').reason).toBe('fill_reason_not_supported');
  });
});

describe('planFieldWrite lists over several boxes', () => {
  const boxes = (count: number, facts: Partial<Parameters<typeof control>[0]> = {}) =>
    Array.from({ length: count }, (_, index) => control({ key: `a${index + 1}`, ...facts }));

  test('writes one name variant per box', () => {
    const plan = planFieldWrite(detected('aliases', boxes(2)), ['Amir Haddad', 'Emir']);
    expect(plan.status).toBe('ready');
    expect(plan.steps).toEqual([
      { action: 'set-text', key: 'a1', text: 'Amir Haddad' },
      { action: 'set-text', key: 'a2', text: 'Emir' },
    ]);
    expect(plan.display).toBe('Amir Haddad, Emir');
  });

  test('puts the variants that no box is left for into the last box', () => {
    const plan = planFieldWrite(detected('aliases', boxes(2)), ['Amir', 'Emir', 'Amer']);
    expect(plan.steps).toEqual([
      { action: 'set-text', key: 'a1', text: 'Amir' },
      { action: 'set-text', key: 'a2', text: 'Emir, Amer' },
    ]);
  });

  test('leaves a box without a variant as it is', () => {
    const plan = planFieldWrite(detected('aliases', boxes(3)), ['Amir']);
    expect(plan.steps).toEqual([{ action: 'set-text', key: 'a1', text: 'Amir' }]);
  });

  test('reports a variant cut to its box', () => {
    const plan = planFieldWrite(detected('aliases', boxes(2, { maxLength: 6 })), [
      'Amir',
      'Emir Haddad',
    ]);
    expect(plan.status).toBe('shortened');
    expect(plan.fullText).toBe('Amir, Emir Haddad');
  });

  test('leaves the list to the officer where a box takes only Latin letters', () => {
    const field = detected('aliases', boxes(2, { upperCase: true }));
    const plan = planFieldWrite(field, ['Амир', 'Emir']);
    expect(plan.status).toBe('rejected');
    expect(plan.steps).toEqual([]);
  });
});

describe('planFieldWrite date lists', () => {
  test('writes every declared date into a text box', () => {
    const textarea = control({ kind: 'textarea', placeholder: 'TT.MM.JJJJ' });
    const field = detected('declared_dates_of_birth', [textarea]);
    const plan = planFieldWrite(field, ['2009-03-01', '2010', '2008-11'], { lang: 'de' });
    expect(plan.display).toBe('01.03.2009, 2010, 11.2008');
  });

  test('writes the first declared date into a native date', () => {
    const field = detected('declared_dates_of_birth', [control({ kind: 'date' })]);
    const plan = planFieldWrite(field, ['2009-03-01', '2010-01-01']);
    expect(plan.status).toBe('shortened');
    expect(plan.steps).toEqual([{ action: 'set-text', key: 'k1', text: '2009-03-01' }]);
  });
});

describe('planFieldWrite photo', () => {
  const jpeg = { name: 'kind.jpg', type: 'image/jpeg', dataUrl: 'data:image/jpeg;base64,/9j/4AAQ' };

  test('attaches an accepted photo', () => {
    const file = control({ kind: 'file', accept: 'image/jpeg', hint: 'max. 200 KB' });
    const plan = planFieldWrite(detected('facial_image', [file]), jpeg);
    expect(plan.status).toBe('ready');
    expect(plan.steps).toEqual([
      {
        action: 'attach-file',
        key: 'k1',
        name: 'kind.jpg',
        type: 'image/jpeg',
        base64: '/9j/4AAQ',
      },
    ]);
    expect(plan.display).toBe('kind.jpg');
  });

  // 1,400 base64 characters decode to 1,050 bytes, just over 1 KB.
  const large = `data:image/jpeg;base64,${'A'.repeat(1400)}`;
  const png = 'data:image/png;base64,iVBORw==';
  const tooLarge = 'fill_reason_photo_too_large';
  const invalid = 'fill_reason_photo_invalid';

  test.each([
    ['a PNG for a JPEG control', 'image/jpeg', '', 'image/png', png, 'fill_reason_photo_type'],
    ['a photo over the hint limit', 'image/*', 'Datei max. 1 KB', 'image/jpeg', large, tooLarge],
    ['a photo over a limit in MB', '.jpg,.jpeg', '≤ 0.001 MB', 'image/jpeg', large, tooLarge],
    ['a photo without data', '', '', 'image/jpeg', 'https://127.0.0.1/a.jpg', invalid],
  ])('rejects %s', (_, accept, hint, type, dataUrl, reason) => {
    const file = control({ kind: 'file', accept, hint });
    const image = { name: 'kind.jpg', type, dataUrl };
    const plan = planFieldWrite(detected('facial_image', [file]), image);
    expect(plan.status).toBe('rejected');
    expect(plan.steps).toEqual([]);
    expect(plan.reason).toBe(reason);
  });

  test('ignores a minimum size in the hint', () => {
    const file = control({ kind: 'file', hint: 'mind. 1 KB, höchstens 2 MB' });
    expect(planFieldWrite(detected('facial_image', [file]), jpeg).status).toBe('ready');
  });

  test('rejects a photo for a text box', () => {
    expect(planFieldWrite(detected('facial_image', [control()]), jpeg).status).toBe('rejected');
  });
});

describe('planFieldWrite malformed drafts', () => {
  test('wraps a single value of a list field', () => {
    const plan = planFieldWrite(detected('nationalities', [control()]), 'SYR');
    expect(plan.display).toBe('SYR');
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}

describe('planFieldWrite date with hour and minute lists', () => {
  const hourList = clockOptions(24);
  const minuteList = clockOptions(12, 5);
  const controls = [
    control({ key: 'date', placeholder: 'GG/MM/AAAA' }),
    control({ key: 'hour', kind: 'select', options: hourList }),
    control({ key: 'minute', kind: 'select', options: minuteList }),
  ];
  const field = () => detected('left_care_at', controls, { roles: ['date', 'hour', 'minute'] });

  test('writes the date, then selects the hour and the minutes', () => {
    const plan = planFieldWrite(field(), '2026-03-14T21:35');
    expect(plan.status).toBe('ready');
    expect(plan.steps).toEqual([
      { action: 'set-text', key: 'date', text: '14/03/2026' },
      { action: 'select', key: 'hour', index: 21, value: '21', text: '21' },
      { action: 'select', key: 'minute', index: 7, value: '35', text: '35' },
    ]);
    expect(plan.display).toBe('14/03/2026 21:35');
  });

  test('writes the date alone when the draft has no time', () => {
    const plan = planFieldWrite(field(), '2026-03-14');
    expect(plan.steps).toEqual([{ action: 'set-text', key: 'date', text: '14/03/2026' }]);
  });

  test('writes nothing when the minute list lacks the minutes', () => {
    const plan = planFieldWrite(field(), '2026-03-14T21:37');
    expect(plan.status).toBe('needs-choice');
    expect(plan.reason).toBe('fill_reason_option_not_found');
    expect(plan.choices ?? []).toEqual([]);
  });

  test('types the hour and minutes into boxes after day, month and year', () => {
    const boxes = ['day', 'month', 'year', 'hour', 'minute'].map((key) =>
      control({ key, maxLength: key === 'year' ? 4 : 2 }),
    );
    const plan = planFieldWrite(
      detected('last_seen_at', boxes, { roles: ['day', 'month', 'year', 'hour', 'minute'] }),
      '2026-03-14T07:05',
    );
    expect(plan.steps).toEqual([
      { action: 'set-text', key: 'year', text: '2026' },
      { action: 'set-text', key: 'month', text: '03' },
      { action: 'set-text', key: 'day', text: '14' },
      { action: 'set-text', key: 'hour', text: '07' },
      { action: 'set-text', key: 'minute', text: '05' },
    ]);
  });
});
