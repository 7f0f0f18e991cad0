import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatDate, inferDateFormat, parsePageValue } from '../../utils/fill';
import { getField } from '../../utils/catalogue';
import { valueTexts } from '../../utils/fill/value-text';
import type {
  ControlInfo,
  OptionInfo,
  PageValue,
  PartRole,
} from '../../utils/messaging/page-model';
import { clockOptions, control, detected, options } from './support/fill-fields';

function textField(fieldId: string, text: string, facts: Partial<ControlInfo> = {}) {
  return detected(fieldId, [control(facts)], { value: { kind: 'text', text } });
}

function selectField(
  fieldId: string,
  list: OptionInfo[],
  selected: number[],
  kind: ControlInfo['kind'] = 'select',
) {
  const value: PageValue = { kind: 'options', selected: selected.map((index) => list[index]) };
  return detected(fieldId, [control({ kind, options: list })], { value });
}

describe('parsePageValue dates', () => {
  test.each([
    ['date_of_birth', '24.12.1985', { placeholder: 'TT.MM.JJJJ' }, '1985-12-24'],
    ['date_of_birth', '05-03-1979', { placeholder: 'dd-mm-rrrr' }, '1979-03-05'],
    ['date_of_birth', '1985-12-24', { kind: 'date' }, '1985-12-24'],
    ['date_of_birth', '00.00.2010', { placeholder: 'TT.MM.JJJJ' }, '2010'],
    ['date_of_birth', '2010', { placeholder: 'TT.MM.JJJJ' }, '2010'],
    ['date_of_birth', '07.2010', { placeholder: 'TT.MM.JJJJ' }, '2010-07'],
    ['date_of_birth', '24/12/1985', { placeholder: '__/__/____', lang: 'en' }, '1985-12-24'],
    ['id_document_issue_date', '10.01.2020', { lang: 'de' }, '2020-01-10'],
    ['last_seen_at', '2024-06-14T21:30:00', { kind: 'datetime-local' }, '2024-06-14T21:30'],
    ['last_seen_at', '14.06.2024 21:30', { placeholder: 'TT.MM.JJJJ' }, '2024-06-14T21:30'],
  ] as const)('reads %s %j', (fieldId, text, facts, expected) => {
    expect(parsePageValue(textField(fieldId, text, facts))).toEqual({
      status: 'valid',
      value: expected,
    });
  });

  test.each([
    ['date_of_birth', '31.02.2010', { placeholder: 'TT.MM.JJJJ' }],
    ['date_of_birth', '24.13.1985', { placeholder: 'TT.MM.JJJJ' }],
    ['date_of_birth', 'gestern', { placeholder: 'TT.MM.JJJJ' }],
    ['date_of_birth', '05/03/1979', { placeholder: '__/__/____', lang: 'en' }],
    ['id_document_issue_date', '2020', { lang: 'de' }],
    ['id_document_issue_date', '00.00.2020', { lang: 'de' }],
  ] as const)('finds %s %j invalid', (fieldId, text, facts) => {
    expect(parsePageValue(textField(fieldId, text, facts))).toEqual({ status: 'invalid' });
  });

  test('reads a page date in the page language', () => {
    const field = textField('date_of_birth', '05/03/1979', { placeholder: '__/__/____' });
    expect(parsePageValue(field, { lang: 'fr' })).toEqual({ status: 'valid', value: '1979-03-05' });
  });

  test('reads declared dates from a list', () => {
    const field = textField('declared_dates_of_birth', '01.03.2009, 2010', {
      placeholder: 'TT.MM.JJJJ',
    });
    expect(parsePageValue(field)).toEqual({ status: 'valid', value: ['2009-03-01', '2010'] });
  });
});

describe('parsePageValue split dates', () => {
  const months = options(['', 'Monat'], ['1', 'Januar'], ['2', 'Februar'], ['3', 'März']);
  const controls = [
    control({ key: 'd' }),
    control({ key: 'm', kind: 'select', options: months, lang: 'de' }),
    control({ key: 'y' }),
  ];

  function split(fieldId: string, day: string, month: number, year: string) {
    const value: PageValue = {
      kind: 'parts',
      parts: [
        { kind: 'text', text: day },
        { kind: 'options', selected: [months[month]] },
        { kind: 'text', text: year },
      ],
    };
    return detected(fieldId, controls, { roles: ['day', 'month', 'year'], value });
  }

  test('reads day, month name and year', () => {
    expect(parsePageValue(split('date_of_birth', '24', 3, '1985'))).toEqual({
      status: 'valid',
      value: '1985-03-24',
    });
  });

  test('reads a year alone as a partial date of birth', () => {
    expect(parsePageValue(split('date_of_birth', '', 0, '2010'))).toEqual({
      status: 'valid',
      value: '2010',
    });
  });

  test('finds a year alone invalid for a full date', () => {
    const field = split('id_document_issue_date', '', 0, '2010');
    expect(parsePageValue(field)).toEqual({ status: 'invalid' });
  });

  test('finds 30 February invalid', () => {
    expect(parsePageValue(split('date_of_birth', '30', 2, '2010'))).toEqual({ status: 'invalid' });
  });

  test('reads empty parts as empty', () => {
    expect(parsePageValue(split('date_of_birth', '', 0, ''))).toEqual({ status: 'empty' });
  });

  test('reads date and time controls', () => {
    const value: PageValue = {
      kind: 'parts',
      parts: [
        { kind: 'text', text: '14.06.2024' },
        { kind: 'text', text: '21:30' },
      ],
    };
    const controls = [control({ placeholder: 'TT.MM.JJJJ' }), control({ kind: 'time' })];
    const field = detected('last_seen_at', controls, { roles: ['date', 'time'], value });
    expect(parsePageValue(field)).toEqual({ status: 'valid', value: '2024-06-14T21:30' });
  });

  test('reads day, month, year and time controls', () => {
    const value: PageValue = {
      kind: 'parts',
      parts: [
        { kind: 'text', text: '14' },
        { kind: 'text', text: '6' },
        { kind: 'text', text: '2024' },
        { kind: 'text', text: '21:30' },
      ],
    };
    const controls = [control(), control(), control(), control()];
    const roles: PartRole[] = ['day', 'month', 'year', 'time'];
    const field = detected('last_seen_at', controls, { roles, value });
    expect(parsePageValue(field)).toEqual({ status: 'valid', value: '2024-06-14T21:30' });
  });
});

describe('parsePageValue options', () => {
  const nationalities = options(
    ['', '-- bitte wählen --'],
    ['AUT', 'Österreich'],
    ['3', 'Elfenbeinküste'],
    ['DEU', 'Deutschland'],
  );

  test.each([
    ['country by value', 'country_of_birth', nationalities, [1], 'AUT'],
    ['country by German name', 'country_of_birth', nationalities, [2], 'CIV'],
    ['sex by German word', 'sex', options(['1', 'männlich'], ['2', 'weiblich']), [1], 'F'],
    ['sex by ISO/IEC 5218 code', 'sex', options(['1', '1'], ['2', '2']), [0], 'M'],
    ['category by text', 'alert_category', options(['x', 'A(i) vermisst']), [0], 'A_I'],
    ['legacy category', 'alert_category', options(['2A_II', 'Gefahr']), [0], 'A_II'],
    ['eye colour by word', 'eye_colour', options(['1', 'azzurri']), [0], 'BLU'],
    ['legacy hair code', 'hair_colour', options(['WHT', 'white']), [0], 'WHI'],
    ['boolean answer', 'unaccompanied', options(['J', 'Ja'], ['N', 'Nein']), [1], false],
    ['height with unit', 'height_cm', options(['a', '145 cm']), [0], 145],
    ['free text', 'id_document_type', options(['P', 'Reisepass']), [0], 'Reisepass'],
    ['destination country', 'intended_destination', nationalities, [3], { country: 'DEU' }],
    [
      'guardian question yes',
      'guardian_status',
      options(['y', 'Yes'], ['n', 'No']),
      [0],
      'APPOINTED',
    ],
    [
      'guardian question no',
      'guardian_status',
      options(['1', 'Iva'], ['2', 'Le']),
      [1],
      'NOT_YET_APPOINTED',
    ],
    [
      'guardian status words',
      'guardian_status',
      options(['a', 'Nominato'], ['b', 'Non ancora']),
      [1],
      'NOT_YET_APPOINTED',
    ],
  ] as const)('reads %s', (_, fieldId, list, selected, expected) => {
    expect(parsePageValue(selectField(fieldId, [...list], [...selected]))).toEqual({
      status: 'valid',
      value: expected,
    });
  });

  test('reads every selected nationality', () => {
    const field = selectField('nationalities', nationalities, [1, 3], 'select-multiple');
    expect(parsePageValue(field)).toEqual({ status: 'valid', value: ['AUT', 'DEU'] });
  });

  test('reads the placeholder as empty', () => {
    const field = selectField('country_of_birth', nationalities, [0]);
    expect(parsePageValue(field)).toEqual({ status: 'empty' });
  });

  test('reads no selection as empty', () => {
    const field = selectField('country_of_birth', nationalities, []);
    expect(parsePageValue(field)).toEqual({ status: 'empty' });
  });

  test('finds an option without a code invalid', () => {
    const list = options(['1', 'männlich'], ['3', 'divers']);
    expect(parsePageValue(selectField('sex', list, [1]))).toEqual({ status: 'invalid' });
  });
});

describe('parsePageValue text', () => {
  test.each([
    ['surname', '  Hollweg ', 'Hollweg'],
    ['height_cm', '145', 145],
    ['height_cm', '145 cm', 145],
    ['weight_kg', '38kg', 38],
    ['aliases', 'Amir; Emir, Amer', ['Amir', 'Emir', 'Amer']],
    ['nationalities', 'Deutschland, SYR', ['DEU', 'SYR']],
    ['country_of_birth', 'Côte d’Ivoire', 'CIV'],
    ['sex', 'W', 'F'],
    ['unaccompanied', 'ja', true],
    ['intended_destination', 'Malmö', { place: 'Malmö' }],
    ['languages', 'Arabisch, ti', ['ara', 'tir']],
    ['contacts_abroad', 'Samir +963 11 1234567', [{ name: 'Samir', phone: '+963 11 1234567' }]],
    ['contacts_abroad', 'Samir (SYR)', [{ name: 'Samir', country: 'SYR' }]],
    [
      'contacts_abroad',
      'Hamid Ahmadzai (cugino) (DEU) +49 40 555 0177, Aisha (Schweden)',
      [
        { name: 'Hamid Ahmadzai (cugino)', country: 'DEU', phone: '+49 40 555 0177' },
        { name: 'Aisha', country: 'SWE' },
      ],
    ],
    ['contacts_abroad', 'Samir, room 12', [{ name: 'Samir' }, { name: 'room 12' }]],
  ] as const)('reads %s %j', (fieldId, text, expected) => {
    expect(parsePageValue(textField(fieldId, text))).toEqual({ status: 'valid', value: expected });
  });

  test.each([
    ['height_cm', 'abc'],
    ['height_cm', '1,45 m'],
    ['country_of_birth', 'Atlantis'],
    ['nationalities', 'DEU, Atlantis'],
    ['unaccompanied', 'vielleicht'],
    ['contacts_abroad', '+963 11 1234567'],
  ])('finds %s %j invalid', (fieldId, text) => {
    expect(parsePageValue(textField(fieldId, text))).toEqual({ status: 'invalid' });
  });

  test('reads back the contacts a fill wrote', () => {
    const contacts = [
      { name: 'Hamid Ahmadzai (cugino)', country: 'DEU', phone: '+49 40 555 0177' },
      { name: 'Aisha', country: 'SWE' },
      { name: 'Karim', phone: '+33 1 55 55 01 23' },
    ];
    const definition = getField('contacts_abroad');
    const text = valueTexts(definition, contacts, control({ kind: 'textarea' })).join(', ');
    const field = textField('contacts_abroad', text, { kind: 'textarea' });
    expect(parsePageValue(field)).toEqual({ status: 'valid', value: contacts });
  });

  test('reads a blank text as empty', () => {
    expect(parsePageValue(textField('surname', '   '))).toEqual({ status: 'empty' });
  });

  test('reads an unknown field as invalid', () => {
    expect(parsePageValue(textField('shoe_size', '42'))).toEqual({ status: 'invalid' });
  });
});

describe('parsePageValue checkboxes and files', () => {
  test.each([true, false])('reads a checkbox checked %s', (checked) => {
    const value: PageValue = { kind: 'checked', checked };
    const field = detected('unaccompanied', [control({ kind: 'checkbox' })], { value });
    expect(parsePageValue(field)).toEqual({ status: 'valid', value: checked });
  });

  test('reads an attached photo as its name, type and size', () => {
    const files = [{ name: 'a.jpg', type: 'image/jpeg', size: 1200 }];
    const value: PageValue = { kind: 'file', files };
    const field = detected('facial_image', [control({ kind: 'file' })], { value });
    expect(parsePageValue(field)).toEqual({
      status: 'valid',
      value: { name: 'a.jpg', type: 'image/jpeg', size: 1200 },
    });
  });

  test('finds a document in the photo control invalid', () => {
    const files = [{ name: 'a.pdf', type: 'application/pdf', size: 1 }];
    const value: PageValue = { kind: 'file', files };
    const field = detected('facial_image', [control({ kind: 'file' })], { value });
    expect(parsePageValue(field)).toEqual({ status: 'invalid' });
  });

  test('reads no file as empty', () => {
    const value: PageValue = { kind: 'file', files: [] };
    const field = detected('facial_image', [control({ kind: 'file' })], { value });
    expect(parsePageValue(field)).toEqual({ status: 'empty' });
  });
});

describe('parsePageValue round trip', () => {
  const controls: [string, Partial<ControlInfo>, string][] = [
    ['native', { kind: 'date' }, 'de'],
    ['German', { placeholder: 'TT.MM.JJJJ' }, 'de'],
    ['French', { placeholder: 'jj/mm/aaaa' }, 'fr'],
    ['Polish', { placeholder: 'dd-mm-rrrr' }, 'pl'],
    ['US', { placeholder: 'MM/DD/YYYY' }, 'en'],
    ['packed', { placeholder: 'yyyymmdd', maxLength: 8 }, 'en'],
    ['Dutch page', {}, 'nl'],
  ];
  const isoDate = fc
    .date({ min: new Date(1900, 0, 1), max: new Date(2099, 11, 31), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));

  test.each(controls)('reads back what a %s control was given', (_, facts, lang) => {
    const info = control({ ...facts, lang });
    const format = inferDateFormat(info);
    expect(format).not.toBe('ambiguous');
    fc.assert(
      fc.property(isoDate, (iso) => {
        const value: PageValue = { kind: 'text', text: formatDate(iso, format) };
        const field = detected('date_of_birth', [info], { value });
        expect(parsePageValue(field)).toEqual({ status: 'valid', value: iso });
      }),
    );
  });
});

describe('parsePageValue date with hour and minute lists', () => {
  const hourList = clockOptions(24);
  const minuteList = clockOptions(4, 15);
  const controls = [
    control({ key: 'date', placeholder: 'GG/MM/AAAA' }),
    control({ key: 'hour', kind: 'select', options: hourList }),
    control({ key: 'minute', kind: 'select', options: minuteList }),
  ];
  const roles: PartRole[] = ['date', 'hour', 'minute'];

  function field(date: string, hour: number, minute: number) {
    const value: PageValue = {
      kind: 'parts',
      parts: [
        { kind: 'text', text: date },
        { kind: 'options', selected: [hourList[hour]] },
        { kind: 'options', selected: [minuteList[minute]] },
      ],
    };
    return detected('left_care_at', controls, { roles, value });
  }

  test('reads the date, the hour and the minutes', () => {
    expect(parsePageValue(field('14/03/2026', 21, 3))).toEqual({
      status: 'valid',
      value: '2026-03-14T21:45',
    });
  });

  test('reads an empty date beside the first hour and minute as empty', () => {
    expect(parsePageValue(field('', 0, 0))).toEqual({ status: 'empty' });
  });
});
