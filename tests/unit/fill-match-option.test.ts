import { describe, expect, it, test } from 'vitest';
import { matchOption } from '../../utils/fill';
import type { OptionInfo } from '../../utils/messaging/page-model';

function options(...pairs: [value: string, text: string][]): OptionInfo[] {
  return pairs.map(([value, text]) => ({ value, text }));
}

/** The nationality select of a German portal: alpha-3 values, German names. */
const germanNationalities = options(
  ['', '-- bitte wählen --'],
  ['AUT', 'Österreich'],
  ['CHE', 'Schweiz'],
  ['CIV', "Côte d'Ivoire"],
  ['CZE', 'Tschechien'],
  ['DEU', 'Deutschland'],
  ['XXA', 'staatenlos'],
  ['XXX', 'ungeklärt'],
);

/** A nationality select whose values are database ids that mean nothing. */
const namesOnly = options(
  ['0', 'Bitte auswählen'],
  ['56', 'Belgien'],
  ['3', 'Elfenbeinküste'],
  ['4', 'Tschechien'],
  ['5', 'staatenlos'],
);

describe('matchOption countries', () => {
  test.each([
    ['CIV', germanNationalities, 3],
    ['AUT', germanNationalities, 1],
    ['XXA', germanNationalities, 6],
    ['XXX', germanNationalities, 7],
    ['CIV', namesOnly, 2],
    ['CZE', namesOnly, 3],
    ['BEL', namesOnly, 1],
    ['XXA', namesOnly, 4],
  ])('finds %s', (code, list, index) => {
    expect(matchOption('nationalities', code, list, 'de')).toEqual({ index });
  });

  test.each([
    ['alpha-2 values', options(['AT', 'Austria'], ['CI', 'Ivory Coast']), 1],
    ['numeric values', options(['040', 'Austria'], ['384', 'Ivory Coast']), 1],
    ['unpadded numeric values', options(['40', 'A'], ['384', 'B']), 1],
    ['lower-case values', options(['aut', 'A'], ['civ', 'B']), 1],
    ['French names', options(['1', 'Autriche'], ['2', "Côte d'Ivoire"]), 1],
    ['Italian names', options(['1', 'Austria'], ['2', "Costa d'Avorio"]), 1],
    ['Bulgarian names', options(['1', 'Австрия'], ['2', 'Кот д’Ивоар']), 1],
    ['Latvian names', options(['1', 'Austrija'], ['2', 'Kotdivuāra']), 1],
    [
      'code and name in one text',
      options(['1', 'AUT - Österreich'], ['2', 'CIV - Elfenbeinküste']),
      1,
    ],
    ['name in capitals', options(['1', 'ÖSTERREICH'], ['2', "COTE D'IVOIRE"]), 1],
  ])('reads %s', (_, list, index) => {
    expect(matchOption('country_of_birth', 'CIV', list)).toEqual({ index });
  });

  test('prefers the page language for names', () => {
    const list = options(['', '--'], ['1', 'Österreich'], ['2', 'Deutschland']);
    expect(matchOption('id_document_country', 'DEU', list, 'de')).toEqual({ index: 2 });
  });

  test('does not trust a value that the text contradicts', () => {
    // 040 is Austria's numeric code, but this option's text names Germany.
    const list = options(['040', 'Deutschland'], ['041', 'Österreich']);
    expect(matchOption('nationalities', 'AUT', list)).toEqual({ index: 1 });
  });

  test('lists every option when none matches', () => {
    const list = options(
      ['', '-- bitte wählen --'],
      ['AUT', 'Österreich'],
      ['DEU', 'Deutschland'],
    );
    expect(matchOption('nationalities', 'SYR', list)).toEqual({ candidates: [1, 2] });
  });

  test('reads destination countries', () => {
    expect(matchOption('intended_destination', 'CZE', germanNationalities)).toEqual({ index: 4 });
  });
});

describe('matchOption phone calling codes', () => {
  const callingCodes = options(
    ['', '--'],
    ['+1', 'Kanada (+1)'],
    ['+1', 'USA (+1)'],
    ['+49', 'Deutschland (+49)'],
  );

  test('picks the United States among shared +1 values', () => {
    expect(matchOption('phone_numbers', '+1 202 555 0147', callingCodes)).toEqual({ index: 2 });
  });

  test('picks Canada by its area code', () => {
    expect(matchOption('phone_numbers', '+1 416 555 0100', callingCodes)).toEqual({ index: 1 });
  });

  test('reads a 00 prefix', () => {
    expect(matchOption('care_centre_phone', '0049 30 1234567', callingCodes)).toEqual({ index: 3 });
  });

  test('reads calling codes shown only in the text', () => {
    const list = options(['DE', 'Deutschland +49'], ['IT', 'Italia +39']);
    expect(matchOption('phone_numbers', '+39 06 1234 5678', list)).toEqual({ index: 1 });
  });

  test('asks when the calling code is missing', () => {
    expect(matchOption('phone_numbers', '+39 06 1234 5678', callingCodes)).toEqual({
      candidates: [1, 2, 3],
    });
  });
});

describe('matchOption sex', () => {
  const german = options(
    ['0', 'unbekannt'],
    ['1', 'männlich'],
    ['2', 'weiblich'],
    ['3', 'divers'],
  );
  const pairs: [string, OptionInfo[], string, number][] = [
    ['German numeric codes', german, 'F', 2],
    ['German numeric codes', german, 'M', 1],
    ['German numeric codes', german, 'U', 0],
    ['Italian words', options(['', 'Seleziona'], ['MA', 'Maschio'], ['FE', 'Femmina']), 'F', 2],
    ['Bulgarian words', options(['a', 'мъж'], ['b', 'жена']), 'M', 0],
    ['Latvian words', options(['a', 'vīrietis'], ['b', 'sieviete']), 'F', 1],
    ['Portuguese words', options(['a', 'Masculino'], ['b', 'Feminino']), 'M', 0],
    ['French words', options(['a', 'Masculin'], ['b', 'Féminin']), 'F', 1],
    ['Polish words', options(['a', 'mężczyzna'], ['b', 'kobieta']), 'F', 1],
    ['Maltese words', options(['a', 'Maskil'], ['b', 'Femminil']), 'M', 0],
    ['English words', options(['a', 'Male'], ['b', 'Female']), 'F', 1],
    ['letter values', options(['M', 'männlich'], ['W', 'weiblich'], ['X', 'divers']), 'F', 1],
    ['ICAO X for unspecified', options(['M', 'M'], ['F', 'F'], ['X', 'X']), 'U', 2],
  ];

  test.each(pairs)('reads %s for %s', (_, list, code, index) => {
    expect(matchOption('sex', code, list)).toEqual({ index });
  });

  test('trusts the text over a numeric value', () => {
    const swapped = options(['1', 'weiblich'], ['2', 'männlich']);
    expect(matchOption('sex', 'F', swapped)).toEqual({ index: 0 });
    expect(matchOption('sex', 'M', swapped)).toEqual({ index: 1 });
  });

  test('does not read "divers" as unknown', () => {
    const list = options(['', '--'], ['1', 'männlich'], ['2', 'weiblich'], ['3', 'divers']);
    expect(matchOption('sex', 'U', list)).toEqual({ candidates: [1, 2, 3] });
  });
});

describe('matchOption colours', () => {
  test.each([
    ['eye_colour', 'BLU', options(['BLK', 'schwarz'], ['BLU', 'blau'], ['BRO', 'braun']), 1],
    ['eye_colour', 'BLU', options(['1', 'nero'], ['2', 'azzurro'], ['3', 'marrone']), 1],
    ['eye_colour', 'HAZ', options(['1', 'brązowe'], ['2', 'piwne']), 1],
    ['eye_colour', 'GRN', options(['a', 'Grün'], ['b', 'Grau']), 0],
    ['hair_colour', 'BRO', options(['1', 'biondi'], ['2', 'castani'], ['3', 'neri']), 1],
    ['hair_colour', 'GRY', options(['BLN', 'Blond'], ['GRE', 'Grey']), 1],
    ['hair_colour', 'WHI', options(['WHT', 'weiß'], ['RED', 'rot']), 0],
    ['hair_colour', 'BLN', options(['1', 'рус'], ['2', 'черен']), 0],
    ['hair_colour', 'BAL', options(['1', 'Glatze'], ['2', 'blond']), 0],
  ])('reads %s %s', (fieldId, code, list, index) => {
    expect(matchOption(fieldId, code, list)).toEqual({ index });
  });
});

describe('matchOption alert categories', () => {
  const textual = options(
    ['', '---'],
    ['10', 'A(i) vermisst, Schutz'],
    ['11', 'A(ii) vermisst, Gefahrenabwehr'],
    ['12', 'B vermisst'],
    ['13', 'C Entführungsgefahr'],
    ['14', 'D (i) Menschenhandel'],
    ['15', 'D (ii) Terrorismus'],
    ['16', 'D (iii) bewaffnete Gruppen'],
  );

  test.each([
    ['A_I', 1],
    ['A_II', 2],
    ['B', 3],
    ['C', 4],
    ['D_I', 5],
    ['D_II', 6],
    ['D_III', 7],
  ])('finds %s in option texts', (code, index) => {
    expect(matchOption('alert_category', code, textual)).toEqual({ index });
  });

  test.each([
    [
      'legacy values',
      options(['2A_I', 'Schutz'], ['2A_II', 'Gefahr'], ['2B', 'Aufenthalt']),
      'A_II',
      1,
    ],
    ['legacy texts', options(['a', '2a(i)'], ['b', '2a(ii)'], ['c', '2b']), 'B', 2],
    ['catalogue values', options(['A_I', 'x'], ['A_II', 'y']), 'A_I', 0],
    ['arabic numerals', options(['1', 'A1'], ['2', 'A2']), 'A_II', 1],
  ])('reads %s', (_, list, code, index) => {
    expect(matchOption('alert_category', code, list)).toEqual({ index });
  });
});

describe('matchOption other values', () => {
  test('reads languages by code and name', () => {
    const list = options(['ar', 'Arabisch'], ['fa', 'Persisch'], ['ti', 'Tigrinya']);
    expect(matchOption('languages', 'ara', list)).toEqual({ index: 0 });
    expect(matchOption('languages', 'tir', options(['1', 'Tigrinya'], ['2', 'Dari']))).toEqual({
      index: 0,
    });
  });

  test('reads yes and no', () => {
    const list = options(['J', 'Ja'], ['N', 'Nein']);
    expect(matchOption('unaccompanied', 'true', list)).toEqual({ index: 0 });
    expect(matchOption('unaccompanied', 'false', list)).toEqual({ index: 1 });
  });

  test('reads numbers with units', () => {
    const list = options(['a', '140 cm'], ['b', '145 cm'], ['c', '150 cm']);
    expect(matchOption('height_cm', '145', list)).toEqual({ index: 1 });
  });

  test('reads closed codes spelled as words', () => {
    const list = options(['a', 'Suicide risk'], ['b', 'Armed']);
    expect(matchOption('warning_flags', 'SUICIDE_RISK', list)).toEqual({ index: 0 });
  });

  test('reads free text without case or accents', () => {
    const list = options(['P', 'Reisepass'], ['I', 'Personalausweis']);
    expect(matchOption('id_document_type', 'personalausweis', list)).toEqual({ index: 1 });
  });
});

describe('matchOption duplicates and choices', () => {
  test('tells duplicate values apart by text', () => {
    const list = options(['X', 'Österreich'], ['X', 'Deutschland']);
    expect(matchOption('nationalities', 'DEU', list)).toEqual({ index: 1 });
  });

  test('returns every candidate when texts tie', () => {
    const list = options(['', '--'], ['a', 'Arabic'], ['b', 'Arabic']);
    expect(matchOption('languages', 'ara', list)).toEqual({ candidates: [1, 2] });
  });

  test('never returns the placeholder or disabled options', () => {
    const list: OptionInfo[] = [
      { value: '', text: 'Please select' },
      { value: 'AUT', text: 'Austria' },
      { value: 'DEU', text: 'Germany', disabled: true },
      { value: 'ITA', text: 'Italy' },
    ];
    expect(matchOption('nationalities', 'DEU', list)).toEqual({ candidates: [1, 3] });
  });

  test('skips a first option that asks for a choice', () => {
    const list = options(['0', 'Bitte wählen'], ['1', 'Österreich']);
    expect(matchOption('nationalities', 'SYR', list)).toEqual({ candidates: [1] });
  });
});

describe('matchOption with descriptive option texts', () => {
  const options = (texts: string[]) => [
    { value: '', text: '-- choose --' },
    ...texts.map((text, index) => ({ value: `v${index}`, text })),
  ];

  it.each([
    ['action_on_hit', 'PROTECT', ['Place in protective custody', 'Prevent travel', 'Report whereabouts'], 1],
    ['action_on_hit', 'PROTECT', ['In Gewahrsam nehmen (Schutz)', 'Reise verhindern', 'Aufenthaltsort mitteilen'], 1],
    ['action_on_hit', 'REPORT_WHEREABOUTS', ['Protezione', 'Impedire il viaggio', 'Comunicare il luogo'], 3],
    ['case_type', 'UNACCOMPANIED_MIGRANT', ['Weglaufen', 'Kindesentziehung durch Elternteil', 'Unbegleiteter minderjähriger Flüchtling'], 3],
    ['case_type', 'RUNAWAY', ['Weglaufen', 'Kindesentziehung durch Elternteil'], 1],
    ['guardian_status', 'NOT_YET_APPOINTED', ['Tutore nominato', 'Tutore non ancora nominato'], 2],
    ['guardian_status', 'APPOINTED', ['Tutore nominato', 'Tutore non ancora nominato'], 1],
  ])('matches %s %s by its words', (fieldId, code, texts, index) => {
    expect(matchOption(fieldId, code, options(texts))).toEqual({ index });
  });
});
