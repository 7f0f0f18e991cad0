/**
 * Abbreviated label words ("Data nasc.", "Dz. datums", "Tfno.") and number
 * signs, read as the vocabulary words they stand for, in the ten languages.
 */
import { describe, expect, test } from 'vitest';
import { type EvidenceItem, classifyControl } from '../../utils/detect';
import { expandAbbreviations, expansionOf } from '../../utils/detect/abbreviations';

function label(text: string): EvidenceItem {
  return { source: 'label-for', text, form: 'label' };
}

/** Returns the best field for a text box with this label, or "none". */
function fieldOf(text: string): string {
  return classifyControl({ evidence: [label(text)], kind: 'text' })[0]?.fieldId ?? 'none';
}

describe('expandAbbreviations', () => {
  test('long start becomes its word', () => {
    expect(expandAbbreviations('Luogo nasc.')).toBe('Luogo nascita ');
  });

  test('short abbreviation uses its entry', () => {
    expect(expandAbbreviations('Miejsce ur.')).toBe('Miejsce urodzenia ');
  });

  test('abbreviation before a hyphen', () => {
    expect(expandAbbreviations('Tgb.-Nr.')).toBe('tagebuch -Nr.');
  });

  test('word of the label picks the phrase', () => {
    expect(expandAbbreviations('Segni partic.')).toBe('Segni particolari ');
  });

  test('expanded neighbour picks the phrase', () => {
    expect(expandAbbreviations('Cod. fisc.')).toBe('codice  fiscale ');
  });

  test('number sign becomes a number word', () => {
    expect(expandAbbreviations('Рег. №')).toBe('регистър   no ');
  });

  test('label without full stop stays', () => {
    expect(expandAbbreviations('Data ur')).toBe('Data ur');
  });

  test('dotted acronym stays', () => {
    expect(expandAbbreviations('D.O.B.')).toBe('D.O.B.');
  });

  test('full stop inside a word stays', () => {
    expect(expandAbbreviations('Geb.Datum')).toBe('Geb.Datum');
  });

  test('known word before a full stop stays', () => {
    expect(expandAbbreviations('Please enter the surname.')).toBe('Please enter the surname.');
  });
});

describe('expansionOf', () => {
  test('start of one concept in two languages', () => {
    expect(expansionOf('naiss')).toBe('naissance');
  });

  test('start shorter than the minimum stays', () => {
    expect(expansionOf('nas')).toBeUndefined();
  });

  test('start of words of different meanings stays', () => {
    // "pers." starts "personas" (a register number), "personal" and "personenbeschreibung".
    expect(expansionOf('pers')).toBeUndefined();
  });

  test('start completed by a label word', () => {
    expect(expansionOf('pers', new Set(['kods']))).toBe('personas');
  });

  test('stop word stays', () => {
    expect(expansionOf('oder')).toBeUndefined();
  });
});

describe('abbreviated labels', () => {
  test.each([
    ['Luogo nasc.', 'place_of_birth'],
    ['N. pratica', 'national_case_number'],
    ['Cod. fisc.', 'national_register_number'],
    ['Nr dok.', 'id_document_number'],
    ['Nazw. rodowe', 'name_at_birth'],
    ['Staatsangeh.', 'nationalities'],
    ['Bes. Merkmale', 'distinguishing_marks'],
    ['Reg.-Nr.', 'national_register_number'],
    ['Lieu de naiss.', 'place_of_birth'],
    ['N° de PV', 'national_case_number'],
    ['País nac.', 'country_of_birth'],
    ['Tfno.', 'phone_numbers'],
    ['N.º proc.', 'national_case_number'],
    ['Telem.', 'phone_numbers'],
    ['Dz. datums', 'date_of_birth'],
    ['Pers. kods', 'national_register_number'],
    ['Tālr. nr.', 'phone_numbers'],
    ['Nru. tal-każ', 'national_case_number'],
    ['Data tat-twel.', 'date_of_birth'],
    ['Място на раж.', 'place_of_birth'],
    ['Тел.', 'phone_numbers'],
    ['Case #', 'national_case_number'],
    ['Reg. no.', 'national_register_number'],
  ])('%s is %s', (text, fieldId) => {
    expect(fieldOf(text)).toBe(fieldId);
  });

  test.each([
    ['Data ur', 'none'],
    ['Segni', 'none'],
    ['Pers.', 'none'],
  ])('%s names no field', (text, fieldId) => {
    expect(fieldOf(text)).toBe(fieldId);
  });
});

describe('national acronyms', () => {
  test.each([
    ['NUIPC', 'national_case_number'],
    ['N.º RGNR', 'national_case_number'],
    ['NIF', 'national_register_number'],
    ['EGN', 'national_register_number'],
    ['Personal code', 'national_register_number'],
  ])('%s is %s', (text, fieldId) => {
    expect(fieldOf(text)).toBe(fieldId);
  });
});
