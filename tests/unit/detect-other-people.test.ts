/**
 * People other than the child: the officer who takes the report and the
 * person reporting. Also a whole name in one control, case, decision and
 * report words, inflected document words, a 24-hour phone, ids that spell
 * umlauts with two letters, lone number labels, and a date and a time under
 * one label.
 */
import { describe, expect, test } from 'vitest';
import {
  type EvidenceItem,
  classifyControl,
  matchWords,
  scanDocument,
  tokenizeText,
} from '../../utils/detect';
import type { ControlKind } from '../../utils/messaging/page-model';
import { fieldAt, fieldIdAt, loadMarkup } from './detect-helpers';

function label(text: string, source: EvidenceItem['source'] = 'label-for'): EvidenceItem {
  return { source, text, form: 'label' };
}

function identifier(text: string): EvidenceItem {
  return { source: 'name-id', text, form: 'identifier' };
}

/** Returns the best field for a control with this evidence and these section texts, or "none". */
function fieldOf(
  evidence: EvidenceItem[],
  context: string[] = [],
  kind: ControlKind = 'text',
): string {
  return classifyControl({ evidence, context, kind })[0]?.fieldId ?? 'none';
}

describe('official taking the report', () => {
  test.each([
    ['Telefon', 'Служител, приел сигнала'],
    ['Tālrunis', 'Ziņojumu pieņēma'],
    ['Telefono', 'Agente verbalizzante'],
    ['Telefon', 'Funkcjonariusz przyjmujący zgłoszenie'],
    ['Téléphone', 'Policier ayant reçu la déclaration'],
    ['Phone', 'Receiving officer'],
  ])('%s under "%s" is no field', (text, section) => {
    expect(fieldOf([label(text)], [section], 'text')).toBe('none');
  });

  test.each([
    ['Име и фамилия', 'Служител, приел сигнала'],
    ['Vārds, uzvārds', 'Amatpersona'],
    ['Name', 'Officer receiving the report'],
    ['Nombre', 'Agente actuante'],
  ])('%s under "%s" is no field', (text, section) => {
    expect(fieldOf([label(text)], [section])).toBe('none');
  });

  test.each([
    'Teléfono del agente',
    'Telefono dell agente verbalizzante',
    'Telefon des Sachbearbeiters',
    'Amatpersonas tālrunis',
    'Officer phone',
  ])('%s is no field', (text) => {
    expect(fieldOf([label(text)], [], 'text')).toBe('none');
  });

  test('officer in the label wins over the section', () => {
    const text = 'Uffiċjal li rċieva r-rapport / Officer receiving the report Isem / Name';
    expect(fieldOf([label(text, 'aria-labelledby')])).toBe('none');
  });

  test.each([
    ['Telefon', 'Dati del minore'],
    ['Tālrunis', 'Bērna dati'],
    ['Phone', 'Missing person'],
  ])('%s under "%s" stays the phone', (text, section) => {
    expect(fieldOf([label(text)], [section], 'text')).toBe('phone_numbers');
  });
});

describe('person reporting', () => {
  test.each([
    'Telefon der meldenden Person',
    'Telefon zgłaszającego',
    'Phone of the reporting person',
    'Telefono del segnalante',
    'Teléfono del denunciante',
  ])('%s is no field', (text) => {
    expect(fieldOf([label(text)], [], 'text')).toBe('none');
  });

  test.each(['Meldende Person', 'Zgłaszający', 'Подал сигнала', 'Подала сигнала'])(
    '%s is the reporter',
    (text) => {
      expect(fieldOf([label(text)])).toBe('reported_by');
    },
  );

  test.each(['Ziņots (datums, laiks)', 'Ziņota'])('%s is the report time', (text) => {
    expect(fieldOf([label(text)], [], 'datetime-local')).toBe('reported_at');
  });
});

describe('whole name in one control', () => {
  test.each([
    'KUNJOM, ISMIJIET / SURNAME, FORENAMES',
    'Cognome e nome',
    'Imię i nazwisko',
    'Nachname, Vorname',
    'Nom et prénom',
    'Фамилия и име',
  ])('%s is the surname', (text) => {
    expect(matchWords(tokenizeText(text)).map((match) => match.fieldId)).toEqual(['surname']);
  });

  test('forename alone stays the forenames', () => {
    expect(matchWords(tokenizeText('Ismijiet / Forenames')).map((match) => match.fieldId)).toEqual([
      'forenames',
    ]);
  });

  test('father named in full stays the father', () => {
    expect(fieldOf([label('Cognome e nome del padre')])).toBe('father_name');
  });
});

describe('case, decision and report numbers', () => {
  test.each([
    'Рег. № на преписката',
    'Registration number of the case file',
    'Numero di registro del procedimento',
    'Lietas reģistrācijas numurs',
  ])('%s is the case number', (text) => {
    expect(fieldOf([label(text)])).toBe('national_case_number');
  });

  test('register number alone stays the register number', () => {
    expect(fieldOf([label('Registration number')])).toBe('national_register_number');
  });

  test.each(['Акт на компетентния орган, №', 'Decyzja organu, nr', 'Lēmums, iestāde', 'Akts Nr.'])(
    '%s is the decision reference',
    (text) => {
      expect(fieldOf([label(text)])).toBe('decision_reference');
    },
  );

  test('authority alone stays the issuing authority', () => {
    expect(fieldOf([label('Компетентен орган')])).toBe('issuing_authority');
  });
});

describe('document words', () => {
  test.each([
    ['Rodzaj dokumentu', 'id_document_type'],
    ['Numer dokumentu', 'id_document_number'],
    ['Numer paszportu', 'id_document_number'],
    ['Dokumenta veids', 'id_document_type'],
    ['Dokumenta Nr.', 'id_document_number'],
    ['Pases numurs', 'id_document_number'],
    ['Вид на документа', 'id_document_type'],
    ['Номер на документа', 'id_document_number'],
    ['Tipo de documento', 'id_document_type'],
    ['Numéro du document', 'id_document_number'],
    ['Dokumenta izdevējvalsts', 'id_document_country'],
    ['Ausstellungsstaat des Dokuments', 'id_document_country'],
  ])('%s is %s', (text, fieldId) => {
    expect(fieldOf([label(text)])).toBe(fieldId);
  });

  test('issuing country alone stays a country', () => {
    expect(fieldOf([label('Izdevējvalsts')])).toBe('id_document_country');
  });

  test('number alone names no document', () => {
    expect(fieldOf([label('Numer')])).toBe('none');
  });
});

describe('actions, leaving and care phones in Latvian', () => {
  test('action if found is the action on hit', () => {
    expect(fieldOf([label('Rīcība, ja persona atrasta')], [], 'select')).toBe('action_on_hit');
  });

  test.each(['Centru atstāja', 'Iestādi atstāja (datums)'])('%s is the time of leaving', (text) => {
    expect(fieldOf([label(text)], [], 'datetime-local')).toBe('left_care_at');
  });

  test.each([
    ['Diennakts tālrunis', 'Uzņemšanas centrs'],
    ['Telefon (24 Std.)', 'Einrichtung'],
    ['Telefono h24', 'Struttura di accoglienza'],
  ])('%s under "%s" is the centre phone', (text, section) => {
    const candidates = classifyControl({
      evidence: [label(text)],
      context: [section],
      kind: 'text',
    });
    expect(candidates[0]?.fieldId).toBe('care_centre_phone');
    expect(candidates.some((candidate) => candidate.fieldId === 'phone_numbers')).toBe(false);
  });

  test('bare phone in a centre section is not the centre phone', () => {
    expect(fieldOf([label('Tālrunis')], ['Bērna dati'], 'text')).toBe('phone_numbers');
  });
});

describe('umlauts spelled with two letters', () => {
  test.each([
    ['person.staatsangehoerigkeit', 'nationalities', 'select'],
    ['beschreibung.groesse', 'height_cm', 'text'],
    ['koerpergroesse', 'height_cm', 'text'],
    ['augenfarbe', 'eye_colour', 'select'],
  ] as const)('%s is %s', (name, fieldId, kind) => {
    expect(fieldOf([identifier(name)], [], kind)).toBe(fieldId);
  });

  test('word without an umlaut spelling stays unknown', () => {
    expect(fieldOf([identifier('person.quelle')])).toBe('none');
  });
});

describe('phone adjectives', () => {
  test.each([
    'Utenze telefoniche in uso al minore',
    'Numero telefonico',
    'Contacto telefónico',
    'Numer telefonu',
  ])('%s is the phone', (text) => {
    expect(fieldOf([label(text)], [], 'text')).toBe('phone_numbers');
  });
});

describe('panel title bars', () => {
  test('panel title makes its controls an officer section', () => {
    loadMarkup(`
      <div class="ui-panel">
        <div class="ui-panel-titlebar">Служител, приел сигнала</div>
        <div class="ui-panel-content">
          <label>Име и фамилия <input id="name"></label>
          <label>Телефон <input type="tel" id="phone"></label>
        </div>
      </div>`);
    const result = scanDocument(document);
    expect(fieldIdAt(result, '#name')).toBe('unclassified');
    expect(fieldIdAt(result, '#phone')).toBe('unclassified');
  });

  test('panel title of the child keeps the phone', () => {
    loadMarkup(`
      <div class="card">
        <div class="card-header">Данни за детето</div>
        <div class="card-body"><label>Телефон <input type="tel" id="phone"></label></div>
      </div>`);
    expect(fieldIdAt(scanDocument(document), '#phone')).toBe('phone_numbers');
  });
});

describe('lone number label', () => {
  test.each([
    ['Tipo de documento', 'N.º'],
    ['Rodzaj dokumentu', 'Nr'],
    ['Type of document', 'No.'],
    ['Art des Ausweises', 'Nr.'],
  ])('number after "%s" is the document number', (first, second) => {
    loadMarkup(`
      <div class="row">
        <label for="type">${first}</label><select id="type"><option></option><option>P</option></select>
        <label for="number">${second}</label><input id="number">
      </div>`);
    const result = scanDocument(document);
    expect(fieldIdAt(result, '#type')).toBe('id_document_type');
    expect(fieldIdAt(result, '#number')).toBe('id_document_number');
  });

  test('number in another block stays unclassified', () => {
    loadMarkup(`
      <div><div><div><label for="type">Tipo de documento</label><select id="type"></select></div></div></div>
      <div><div><div><label for="number">N.º</label><input id="number"></div></div></div>`);
    expect(fieldIdAt(scanDocument(document), '#number')).toBe('unclassified');
  });
});

describe('date and time under one label', () => {
  test.each([
    ["Visto l'ultima volta il", 'alle ore'],
    ['Zuletzt gesehen am', 'um'],
    ['Vu pour la dernière fois le', 'à'],
    ['Pēdējo reizi redzēts', 'plkst.'],
  ])('%s with "%s" is one split field', (text, timeWord) => {
    loadMarkup(`
      <table><tr><td>${text}</td>
        <td><input type="date" id="date"> ${timeWord} <input type="time" id="time"></td></tr></table>`);
    const field = fieldAt(scanDocument(document), '#date');
    expect(field?.fieldId).toBe('last_seen_at');
    expect(field?.selectors).toEqual(['#date', '#time']);
  });

  test('time of another event is not joined', () => {
    loadMarkup(`
      <table><tr><td>Geburtsdatum</td>
        <td><input type="date" id="date"> Uhrzeit der Meldung <input type="time" id="time"></td></tr></table>`);
    const field = fieldAt(scanDocument(document), '#date');
    expect(field?.selectors).toEqual(['#date']);
  });
});
