/**
 * Labels phrased about the person ("Languages (s)he speaks"), other
 * spellings of a name, an institution the child left, a care centre's
 * section or table row around a bare label, and date parts named by the
 * empty option of a select.
 */
import { describe, expect, test } from 'vitest';
import {
  AMBIGUITY_MARGIN,
  type EvidenceItem,
  type FieldCandidate,
  SURE_CONFIDENCE,
  classifyControl,
  scanDocument,
} from '../../utils/detect';
import { fieldAt, fieldIdAt, loadMarkup } from './detect-helpers';

function label(text: string, source: EvidenceItem['source'] = 'label-for'): EvidenceItem {
  return { source, text, form: 'label' };
}

function candidatesOf(evidence: EvidenceItem[], context: string[] = []): FieldCandidate[] {
  return classifyControl({ evidence, context, kind: 'text' });
}

/** Returns the best field for a text box with these labels and section texts, or "none". */
function fieldOf(evidence: EvidenceItem[], context: string[] = []): string {
  return candidatesOf(evidence, context)[0]?.fieldId ?? 'none';
}

describe('person-phrased labels', () => {
  test.each([
    'Languages (s)he speaks',
    'Languages he/she speaks',
    'Lingue che il/la minore parla',
    'Sprachen, die er/sie spricht',
    "Langues qu'il/elle parle",
    'Idiomas que él/ella habla',
    'Języki, którymi się posługuje',
    'Línguas que fala',
    'Valodas, kurās runā',
    'Lingwi li jitkellem',
    'Езици, които говори',
  ])('%s is surely languages', (text) => {
    const [best] = candidatesOf([label(text)]);
    expect(best?.fieldId).toBe('languages');
    // Pronouns and the verb are explained, so the label leaves no doubt.
    expect(best?.confidence).toBeGreaterThanOrEqual(SURE_CONFIDENCE);
  });

  test('speaking verb alone names no field', () => {
    expect(fieldOf([label('Parla')])).toBe('none');
  });

  test('pronouns alone name no field', () => {
    expect(fieldOf([label('er/sie')])).toBe('none');
  });
});

describe('exact word before a wildcard', () => {
  test('Muttersprache is the language', () => {
    expect(fieldOf([label('Muttersprache')])).toBe('languages');
  });

  test('Mutter compound is the mother', () => {
    expect(fieldOf([label('Muttername')])).toBe('mother_name');
  });
});

describe('other spellings and names in use', () => {
  test.each([
    'Andere Schreibweisen',
    'Otras grafías',
    'Aliaspersonalien',
    'Inne używane nazwiska',
    'Citi lietotie vārdi, rakstības',
    'Other names used',
  ])('%s is aliases', (text) => {
    expect(fieldOf([label(text)])).toBe('aliases');
  });

  test('names alone are not aliases', () => {
    expect(fieldOf([label('Vārdi')])).toBe('forenames');
  });
});

describe('institution the child left', () => {
  test.each([
    'Iestāde, no kuras aizgāja',
    'Istituto da cui è fuggito',
    'Établissement quitté',
    'Centro del que se fugó',
    'Ośrodek, z którego uciekł',
    'Institution the child left',
  ])('%s is the care centre', (text) => {
    expect(fieldOf([label(text)])).toBe('care_centre_name');
  });

  test('leaving with a date is the time', () => {
    expect(fieldOf([label('Data in cui è fuggito')])).toBe('left_care_at');
  });

  test('institution alone is the authority', () => {
    expect(fieldOf([label('Iestāde')])).toBe('issuing_authority');
  });

  test('care centre phone abbreviated', () => {
    expect(fieldOf([label('Iestādes tālr.')])).toBe('care_centre_phone');
  });
});

describe('bare address in a section', () => {
  test.each([
    ['Adresse', 'Foyer / Tutelle'],
    ['Indirizzo', 'Struttura di accoglienza e tutela'],
  ])('%s under "%s" is the centre', (text, legend) => {
    const [best, next] = candidatesOf([label(text)], [legend]);
    expect(best?.fieldId).toBe('care_centre_address');
    expect(best.confidence - (next?.confidence ?? 0)).toBeGreaterThan(AMBIGUITY_MARGIN);
  });

  // The catalogue's guardian contact is a phone or e-mail, so an address is no field.
  test.each([
    [[label('Indirizzo')], ['Tutore']],
    [[label('Adres opiekuna prawnego')], []],
    [[label('Adresse du curateur')], ['Curateur / parents']],
    [[label('Adresse des parents')], []],
  ])('guardian or parents address %j is no field', (evidence, context) => {
    expect(fieldOf(evidence, context)).toBe('none');
  });

  test('guardian contacts in the label', () => {
    expect(fieldOf([label('Aizbildņa kontakti')])).toBe('guardian_contact');
  });
});

describe('row header under a column header', () => {
  const page = `
<html lang="es"><body><form>
<fieldset><legend>Personas de contacto</legend>
<table>
  <thead><tr><th></th><th>Nombre</th><th>Teléfono</th></tr></thead>
  <tbody>
    <tr><th>Centro de acogida</th><td><input id="c-nombre"></td><td><input id="c-tel"></td></tr>
    <tr><th>Padre</th><td><input id="p-nombre"></td><td><input id="p-tel"></td></tr>
  </tbody>
</table>
</fieldset>
<table>
  <thead><tr><th></th><th>Nombre</th></tr></thead>
  <tbody><tr><th>Menor</th><td><input id="m-nombre"></td></tr></tbody>
</table>
</form></body></html>`;

  test.each([
    ['#c-nombre', 'care_centre_name'],
    ['#c-tel', 'care_centre_phone'],
    ['#p-nombre', 'father_name'],
  ])('%s is %s', (selector, fieldId) => {
    expect(fieldIdAt(scanDocument(loadMarkup(page)), selector)).toBe(fieldId);
  });

  test('child row keeps the column name', () => {
    expect(fieldIdAt(scanDocument(loadMarkup(page)), '#m-nombre')).toBe('forenames');
  });
});

describe('date parts named by an empty option', () => {
  const page = `
<html lang="de"><body><form><table><tr>
  <td>Geb.-Datum</td>
  <td>
    <select name="selTagGeb" id="t"><option value="">Tag</option><option>01</option><option>15</option></select>
    <select name="selMonatGeb" id="m"><option value="">Monat</option><option>01</option><option>12</option></select>
    <select name="selJahrGeb" id="j"><option value="">Jahr</option><option>2010</option><option>2011</option></select>
  </td>
</tr></table></form></body></html>`;

  test('three selects are one date of birth', () => {
    const field = fieldAt(scanDocument(loadMarkup(page)), '#t');
    expect(field?.fieldId).toBe('date_of_birth');
    expect(field?.roles).toEqual(['day', 'month', 'year']);
  });

  test('prompt option names no part', () => {
    const prompt = page.replaceAll(/>(Tag|Monat|Jahr)</g, '>-- bitte wählen --<');
    expect(fieldAt(scanDocument(loadMarkup(prompt)), '#t')?.roles).toBeUndefined();
  });
});

describe('phones of a workplace', () => {
  test.each([
    ['Dienesta tālrunis', ['Atbildīgais darbinieks']],
    ['AGY PHONE/', []],
    ['Diensttelefon', []],
    ['Telefono d’ufficio', []],
    ['Téléphone du bureau', []],
    ['District telephone', ['Officer in the case']],
  ])('%s is no field', (text, context) => {
    expect(fieldOf([label(text)], context)).toBe('none');
  });

  test('the child’s mobile is still the phone', () => {
    expect(fieldOf([label('Téléphone portable de l’enfant')], ['Personne disparue'])).toBe(
      'phone_numbers',
    );
  });
});

describe('officers’ numbers', () => {
  test.each([
    ['PC number', ['Officer in the case']],
    ['Dienstausweis-Nr. / Nr legitymacji', ['Meldung und Sachbearbeitung']],
  ])('%s is no field', (text, context) => {
    expect(fieldOf([label(text)], context)).toBe('none');
  });
});

describe('Swiss and Iberian terms', () => {
  test.each([
    ['N° SYMIC / N° de dossier asile ZEMIS-Nummer · Numero SIMIC', 'national_register_number'],
    ['Numéro de dossier asile', 'national_register_number'],
    ['Nom et prénom du curateur', 'guardian_name'],
    ['Name des Beistands', 'guardian_name'],
    ['Téléphone / courriel du curateur', 'guardian_contact'],
    ['País emissor', 'id_document_country'],
    ['País expedidor', 'id_document_country'],
  ])('%s is %s', (text, fieldId) => {
    expect(fieldOf([label(text)])).toBe(fieldId);
  });
});

describe('Polish last-seen phrasings', () => {
  test.each([
    'Miejsce, w którym widziano go po raz ostatni',
    'Miejsce, w którym widziano ją po raz ostatni',
    'Miejsce, gdzie był widziany po raz ostatni',
    'Miejsce ostatniego widzenia',
    'Post fejn deher l-aħħar',
  ])('%s is the last-seen place', (text) => {
    expect(fieldOf([label(text)])).toBe('last_seen_place');
  });
});

describe('text split by an element', () => {
  test('a translation in its own element stays a separate word', () => {
    const doc = loadMarkup(
      `<table><tr><td>N° de procédure<small>Geschäftsnummer</small></td>
        <td><input id="n"></td></tr></table>`,
    );
    expect(fieldAt(scanDocument(doc), '#n')?.label).toBe('N° de procédure Geschäftsnummer');
  });

  test('a word marked up in pieces stays one word', () => {
    const doc = loadMarkup(`<label for="s"><b>S</b>urname</label><input id="s">`);
    expect(fieldIdAt(scanDocument(doc), '#s')).toBe('surname');
  });
});

describe('Austrian and French terms', () => {
  test.each([
    [['Geschäftszahl (PAD):'], [], 'national_case_number'],
    [['IFA-Zahl (BFA):'], [], 'national_register_number'],
    [['Obsorgeberechtigte(r):'], ['Obsorge'], 'guardian_name'],
    [['Telefon/E-Mail:'], ['Obsorge'], 'guardian_contact'],
    [['Name:'], ['Anzeiger/in'], 'reported_by'],
    [['Bezeichnung:'], ['Betreuungseinrichtung'], 'care_centre_name'],
    [['Abgang am:'], ['Betreuungseinrichtung'], 'left_care_at'],
    [['N° de signalisation FAED'], [], 'fingerprints_reference'],
    [['Date et heure du signalement'], [], 'reported_at'],
  ])('%j under %j is %s', ([text], context, fieldId) => {
    expect(fieldOf([label(text)], context)).toBe(fieldId);
  });

  test('the reporter’s phone is no field', () => {
    expect(fieldOf([label('Telefon:')], ['Anzeiger/in'])).toBe('none');
  });
});

describe('nearest section first', () => {
  test('a date under last seen inside a step about leaving care', () => {
    const context = ['Zuletzt gesehen', 'Schritt 2 von 3: Beschreibung und Abgängigkeit'];
    const [best, next] = candidatesOf([label('Datum:', 'table-left')], context);
    expect(best?.fieldId).toBe('last_seen_at');
    expect(next?.fieldId).toBe('left_care_at');
    expect(best.confidence - next.confidence).toBeGreaterThan(AMBIGUITY_MARGIN);
  });
});

describe('controls too short for a field', () => {
  test('a one-character flag is no DNA reference', () => {
    const input = { evidence: [label('DNA:', 'text-before')], kind: 'text' as const, maxLength: 1 };
    expect(classifyControl(input)[0]?.fieldId).toBeUndefined();
  });

  test('a one-letter box still takes the sex code', () => {
    const input = { evidence: [label('SEX:', 'text-before')], kind: 'text' as const, maxLength: 1 };
    expect(classifyControl(input)[0]?.fieldId).toBe('sex');
  });

  test('a two-letter box still takes a place of birth', () => {
    const input = { evidence: [label('POB:', 'text-before')], kind: 'text' as const, maxLength: 2 };
    expect(classifyControl(input)[0]?.fieldId).toBe('place_of_birth');
  });
});

describe('Polish and Bulgarian registers', () => {
  test.each([
    ['M. UR.', 'place_of_birth'],
    ['Рег. № на издирването', 'national_case_number'],
  ])('%s is %s', (text, fieldId) => {
    expect(fieldOf([label(text, 'table-left')])).toBe(fieldId);
  });

  test('the session box of the signed-in user is no field', () => {
    const evidence = [label('Zalogowany: st. asp. M. Nowak (KMP Biała Podlaska)', 'text-before')];
    expect(fieldOf(evidence)).toBe('none');
  });
});

describe('date masks in a title', () => {
  test('title-masked date joins its time', () => {
    const doc = loadMarkup(`<table><tr><th>Data i godz. ostatniego widzenia</th><td>
      <input name="d" size="10" title="RRRR-MM-DD"> godz. <input name="t" size="5" title="GG:MM">
      </td></tr></table>`);
    const field = fieldAt(scanDocument(doc), 'input[name="d"]');
    expect(field?.fieldId).toBe('last_seen_at');
    expect(field?.roles).toEqual(['date', 'time']);
  });
});
