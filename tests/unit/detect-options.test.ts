/** Option lists as evidence: the field a list suits, date parts, prompts and summaries. */
import { describe, expect, test } from 'vitest';
import { analyzeOptions } from '../../utils/detect';
import { isPromptOption, optionSummary } from '../../utils/detect/options';
import type { OptionInfo } from '../../utils/messaging/page-model';

function options(...texts: string[]): OptionInfo[] {
  return texts.map((text, index) => ({ value: String(index + 1), text }));
}

function numbers(from: number, to: number): OptionInfo[] {
  return Array.from({ length: to - from + 1 }, (_, index) => {
    const value = String(from + index);
    return { value, text: value };
  });
}

const ITALIAN_MONTHS = options(
  'Gennaio', 'Febbraio', 'Marzo', 'Aprile', 'Maggio', 'Giugno',
  'Luglio', 'Agosto', 'Settembre', 'Ottobre', 'Novembre', 'Dicembre',
);

const TWELVE_COUNTRIES = options(
  'Austria', 'Belgio', 'Cipro', 'Danimarca', 'Estonia', 'Francia',
  'Grecia', 'Irlanda', 'Italia', 'Lettonia', 'Malta', 'Polonia',
);

describe('analyzeOptions fields', () => {
  test.each([
    [options('Maschio', 'Femmina'), 'sex'],
    [options('Mężczyzna', 'Kobieta'), 'sex'],
    [options('мъж', 'жена'), 'sex'],
    [options('vīrietis', 'sieviete'), 'sex'],
    [options('BLN', 'BRO', 'BLK', 'RED'), 'hair_colour'],
    [options('castani', 'azzurri', 'verdi', 'nocciola'), 'eye_colour'],
    [options('A(i)', 'A(ii)', 'B', 'C', 'D(i)'), 'alert_category'],
    [options('Protezione', 'Impedire il viaggio', 'Comunicare il luogo'), 'action_on_hit'],
    [options('Arabic', 'Pashto', 'Tigrinya', 'Somali'), 'languages'],
    [options('Menschenhandel', 'Zwangsheirat', 'Ausbeutung'), 'risk_indicators'],
    [options('Nominato', 'Non ancora nominato'), 'guardian_status'],
    [options('Kanada (+1)', 'USA (+1)', 'Deutschland (+49)'), 'phone_numbers'],
  ])('%j suits %s', (list, fieldId) => {
    expect(analyzeOptions(list).fields[0]?.fieldId).toBe(fieldId);
  });

  test('category codes as values', () => {
    const codes = ['A_I', 'A_II', 'B', 'C', 'D_I'];
    const list = codes.map((value) => ({ value, text: `Cat. ${value}` }));
    expect(analyzeOptions(list).fields[0]?.fieldId).toBe('alert_category');
  });

  test('country list suits country fields', () => {
    const list = [
      { value: '', text: '-- bitte wählen --' },
      { value: 'AUT', text: 'Österreich' },
      { value: 'CHE', text: 'Schweiz' },
      { value: 'CIV', text: "Côte d'Ivoire" },
      { value: 'DEU', text: 'Deutschland' },
    ];
    expect(analyzeOptions(list).fields.map((hint) => hint.fieldId)).toEqual([
      'nationalities',
      'country_of_birth',
      'id_document_country',
    ]);
  });

  test('plain colours suit eyes and hair', () => {
    const hints = analyzeOptions(options('black', 'brown', 'blue')).fields;
    expect(hints.map((hint) => hint.fieldId)).toEqual(['eye_colour', 'hair_colour']);
  });

  test('unknown texts suit nothing', () => {
    expect(analyzeOptions(options('Alpha', 'Beta', 'Gamma')).fields).toEqual([]);
  });
});

describe('analyzeOptions date parts', () => {
  test.each([
    ['days with prompt', [{ value: '', text: 'gg' }, ...numbers(1, 31)], 'day'],
    ['months', numbers(1, 12), 'month'],
    ['months with word prompt', [{ value: '0', text: 'Mese' }, ...numbers(1, 12)], 'month'],
    ['years', numbers(1950, 2024), 'year'],
    ['month names', ITALIAN_MONTHS, 'month'],
  ])('%s', (_, list, role) => {
    expect(analyzeOptions(list).role).toBe(role);
  });

  test('short number list', () => {
    expect(analyzeOptions(numbers(1, 4)).role).toBeUndefined();
  });

  test('twelve countries are no months', () => {
    expect(analyzeOptions(TWELVE_COUNTRIES).role).toBeUndefined();
  });

  test('long year list is sampled', () => {
    expect(analyzeOptions(numbers(1900, 2030)).role).toBe('year');
  });
});

describe('isPromptOption', () => {
  test.each([
    [{ value: '', text: 'Afghanistan' }, true],
    [{ value: '-1', text: 'x' }, true],
    [{ value: '0', text: '--' }, true],
    [{ value: '0', text: 'Seleziona' }, true],
    [{ value: 'x', text: '-- bitte wählen --' }, true],
    [{ value: '0', text: 'unbekannt' }, false],
    [{ value: 'AFG', text: 'Afghanistan' }, false],
  ])('%j is %s', (option, expected) => {
    expect(isPromptOption(option)).toBe(expected);
  });
});

describe('optionSummary', () => {
  test('long list shows three and a count', () => {
    const list = [{ value: '', text: '--' }, ...options('A1', 'B2', 'C3', 'D4', 'E5')];
    expect(optionSummary(list)).toBe('A1, B2, C3, … (6)');
  });

  test('short list shows all', () => {
    expect(optionSummary(options('Maschio', 'Femmina'))).toBe('Maschio, Femmina');
  });
});
