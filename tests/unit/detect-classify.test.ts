/** The classifier, the option analysis and the assignment of fields, without a DOM. */
import { describe, expect, test } from 'vitest';
import {
  type ClassifierInput,
  type EvidenceItem,
  analyzeOptions,
  assignFields,
  classifyControl,
} from '../../utils/detect';
import type { FieldCandidate } from '../../utils/detect';
import type { OptionInfo } from '../../utils/messaging/page-model';

function label(text: string, source: EvidenceItem['source'] = 'label-for'): EvidenceItem {
  return { source, text, form: 'label' };
}

function best(input: ClassifierInput): FieldCandidate | undefined {
  return classifyControl(input)[0];
}

function options(...texts: string[]): OptionInfo[] {
  return texts.map((text, index) => ({ value: String(index + 1), text }));
}

function numbers(from: number, to: number): OptionInfo[] {
  return Array.from({ length: to - from + 1 }, (_, index) => {
    const value = String(from + index);
    return { value, text: value };
  });
}

describe('classifyControl', () => {
  test('label for scores full confidence', () => {
    const candidate = best({ evidence: [label('Cognome')], kind: 'text' });
    expect(candidate?.fieldId).toBe('surname');
    expect(candidate?.confidence).toBe(1);
  });

  test('source weight scales confidence', () => {
    const candidate = best({ evidence: [label('Cognome', 'placeholder')], kind: 'text' });
    expect(candidate?.confidence).toBeCloseTo(0.8, 5);
  });

  test('agreeing sources add a bonus', () => {
    const evidence = [label('Cognome', 'table-left'), { source: 'name-id', text: 'txtCognome', form: 'identifier' } as const];
    expect(best({ evidence, kind: 'text' })?.confidence).toBeCloseTo(0.95, 5);
  });

  test('photo label on a text input is no photo', () => {
    expect(best({ evidence: [label('Foto')], kind: 'text' })).toBeUndefined();
  });

  test('photo label on a file input is facial image', () => {
    expect(best({ evidence: [label('Foto')], kind: 'file' })?.fieldId).toBe('facial_image');
  });

  test('estimated date on a date input stays date of birth', () => {
    const input: ClassifierInput = { evidence: [label('Data di nascita presunta')], kind: 'date' };
    expect(best(input)?.fieldId).toBe('date_of_birth');
  });

  test('estimated date on a checkbox is the flag', () => {
    const input: ClassifierInput = { evidence: [label('Data di nascita presunta')], kind: 'checkbox' };
    expect(best(input)?.fieldId).toBe('date_of_birth_estimated');
  });

  test('autocomplete names the field', () => {
    const evidence: EvidenceItem[] = [{ source: 'name-id', text: 'bday bday-day', form: 'autocomplete' }];
    expect(best({ evidence, kind: 'text' })?.fieldId).toBe('date_of_birth');
  });

  test('date mask lowers fields without a date', () => {
    const plain = best({ evidence: [label('Tatzeit')], kind: 'text' });
    const masked = classifyControl({ evidence: [label('Cognome')], kind: 'text', dateLike: true })[0];
    expect(plain?.fieldId).toBe('last_seen_at');
    expect(masked?.confidence).toBeCloseTo(0.8, 5);
  });

  test('ignored part words leave the date label', () => {
    const input: ClassifierInput = {
      evidence: [label('Giorno'), label('Data di nascita', 'table-left')],
      kind: 'date',
      ignoredWords: new Set(['giorno']),
    };
    const candidate = best(input);
    expect(candidate?.fieldId).toBe('date_of_birth');
    expect(candidate?.evidenceIndex).toBe(1);
  });

  test('child attribute in guardian section is lowered', () => {
    const input: ClassifierInput = { evidence: [label('Data di nascita')], kind: 'date', context: ['Tutore'] };
    expect(best(input)?.confidence).toBeLessThan(0.35);
  });

  test('child section keeps child attributes', () => {
    const input: ClassifierInput = {
      evidence: [label('Data di nascita')],
      kind: 'date',
      context: ['Dati del minore', 'Tutore'],
    };
    expect(best(input)?.confidence).toBe(1);
  });

  test('label naming the child shuts out context', () => {
    const input: ClassifierInput = { evidence: [label('Nome del minore')], kind: 'text', context: ['Tutore'] };
    expect(best(input)?.fieldId).toBe('forenames');
  });

  test('text before a labelled control is context', () => {
    const input: ClassifierInput = {
      evidence: [label('Nome'), label('Dati del padre', 'text-before')],
      kind: 'text',
    };
    expect(best(input)?.fieldId).toBe('father_name');
  });

  test('options name an unlabelled select', () => {
    const input: ClassifierInput = { evidence: [], kind: 'select', options: options('männlich', 'weiblich') };
    const candidate = best(input);
    expect(candidate?.fieldId).toBe('sex');
    expect(candidate?.evidenceIndex).toBe(-1);
  });
});

describe('analyzeOptions', () => {
  test.each([
    [options('Maschio', 'Femmina'), 'sex'],
    [options('Mężczyzna', 'Kobieta'), 'sex'],
    [options('мъж', 'жена'), 'sex'],
    [options('vīrietis', 'sieviete'), 'sex'],
    [options('BLN', 'BRO', 'BLK', 'RED'), 'hair_colour'],
    [options('castani', 'azzurri', 'verdi', 'nocciola'), 'eye_colour'],
    [options('A(i)', 'A(ii)', 'B', 'C', 'D(i)'), 'alert_category'],
    [options('Protezione', 'Impedire il viaggio', 'Comunicare il luogo di soggiorno'), 'action_on_hit'],
    [options('Arabic', 'Pashto', 'Tigrinya', 'Somali'), 'languages'],
    [options('Menschenhandel', 'Zwangsheirat', 'Ausbeutung'), 'risk_indicators'],
    [options('Nominato', 'Non ancora nominato'), 'guardian_status'],
    [options('Kanada (+1)', 'USA (+1)', 'Deutschland (+49)'), 'phone_numbers'],
  ])('%j suits %s', (list, fieldId) => {
    expect(analyzeOptions(list).fields[0]?.fieldId).toBe(fieldId);
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

  test('colour list without a telltale suits both', () => {
    const fields = analyzeOptions(options('black', 'brown', 'blue')).fields.map((hint) => hint.fieldId);
    expect(fields).toEqual(['eye_colour', 'hair_colour']);
  });

  test.each([
    [[{ value: '', text: 'gg' }, ...numbers(1, 31)], 'day'],
    [numbers(1, 12), 'month'],
    [[{ value: '0', text: 'Mese' }, ...numbers(1, 12)], 'month'],
    [numbers(1950, 2024), 'year'],
    [options('Gennaio', 'Febbraio', 'Marzo', 'Aprile', 'Maggio', 'Giugno', 'Luglio', 'Agosto', 'Settembre', 'Ottobre', 'Novembre', 'Dicembre'), 'month'],
  ])('range %# is %s', (list, role) => {
    expect(analyzeOptions(list).role).toBe(role);
  });

  test('short number list has no role', () => {
    expect(analyzeOptions(numbers(1, 4)).role).toBeUndefined();
  });

  test('twelve countries are no months', () => {
    const list = options('Austria', 'Belgio', 'Cipro', 'Danimarca', 'Estonia', 'Francia', 'Grecia', 'Irlanda', 'Italia', 'Lettonia', 'Malta', 'Polonia');
    expect(analyzeOptions(list).role).toBeUndefined();
  });
});

describe('assignFields', () => {
  const candidate = (fieldId: string, confidence: number): FieldCandidate => ({ fieldId, confidence, evidenceIndex: 0 });

  test('clear winner is assigned', () => {
    const [assignment] = assignFields([{ candidates: [candidate('surname', 0.9), candidate('forenames', 0.5)], labelKey: 'a' }]);
    expect(assignment).toEqual({ fieldId: 'surname', confidence: 0.9 });
  });

  test('low confidence stays unassigned', () => {
    const [assignment] = assignFields([{ candidates: [candidate('surname', 0.3)], labelKey: 'a' }]);
    expect(assignment.fieldId).toBeUndefined();
  });

  test('similar candidates are ambiguous', () => {
    const [assignment] = assignFields([
      { candidates: [candidate('surname', 0.63), candidate('name_at_birth', 0.63)], labelKey: 'a' },
    ]);
    expect(assignment.fieldId).toBe('surname');
    expect(assignment.ambiguousWith).toEqual(['name_at_birth']);
  });

  test('unsure field claimed twice is ambiguous', () => {
    const assignments = assignFields([
      { candidates: [candidate('surname', 0.6)], labelKey: 'name' },
      { candidates: [candidate('surname', 0.65)], labelKey: 'nom' },
    ]);
    expect(assignments[0].ambiguousWith).toEqual(['surname']);
    expect(assignments[1].ambiguousWith).toEqual(['surname']);
  });

  test('same label twice is ambiguous', () => {
    const assignments = assignFields([
      { candidates: [candidate('surname', 1)], labelKey: 'cognome' },
      { candidates: [candidate('surname', 1)], labelKey: 'cognome' },
    ]);
    expect(assignments.map((assignment) => assignment.ambiguousWith)).toEqual([['surname'], ['surname']]);
  });

  test('sure and different labels are encodings', () => {
    const assignments = assignFields([
      { candidates: [candidate('date_of_birth', 1)], labelKey: 'geburtsdatum' },
      { candidates: [candidate('date_of_birth', 0.95)], labelKey: 'date of birth' },
    ]);
    expect(assignments.map((assignment) => assignment.ambiguousWith)).toEqual([undefined, undefined]);
  });

  test('list fields may repeat', () => {
    const assignments = assignFields([
      { candidates: [candidate('phone_numbers', 0.6)], labelKey: 'telefono' },
      { candidates: [candidate('phone_numbers', 0.6)], labelKey: 'telefono' },
    ]);
    expect(assignments.map((assignment) => assignment.ambiguousWith)).toEqual([undefined, undefined]);
  });

  test('distant confidences are no conflict', () => {
    const assignments = assignFields([
      { candidates: [candidate('surname', 0.9)], labelKey: 'nazwisko' },
      { candidates: [candidate('surname', 0.63), candidate('name_at_birth', 0.63)], labelKey: 'familienname geburtsname' },
    ]);
    expect(assignments[0].ambiguousWith).toBeUndefined();
    expect(assignments[1].ambiguousWith).toEqual(['name_at_birth']);
  });
});
