/** Vocabulary matching: labels in many languages, specific over general readings, context. */
import { describe, expect, test } from 'vitest';
import { FIELD_IDS, isFieldId } from '../../utils/catalogue/fields';
import { FIELD_TERMS, matchWords, tokenizeIdentifier, tokenizeText } from '../../utils/detect';

function bestField(label: string, context = ''): string | undefined {
  const matches = matchWords(tokenizeText(label), tokenizeText(context));
  return [...matches].sort((a, b) => b.score - a.score)[0]?.fieldId;
}

function fieldsOf(label: string): string[] {
  return matchWords(tokenizeText(label))
    .map((match) => match.fieldId)
    .sort();
}

describe('vocabulary table', () => {
  test('keys are catalogue field ids', () => {
    expect(Object.keys(FIELD_TERMS).filter((id) => !isFieldId(id))).toEqual([]);
  });

  test('every catalogue field has terms', () => {
    expect(FIELD_IDS.filter((id) => !(id in FIELD_TERMS))).toEqual([]);
  });

  test('term weights lie in 0 to 1', () => {
    const weights = Object.values(FIELD_TERMS).flatMap((terms) => terms.map((term) => term.weight));
    expect(weights.filter((weight) => weight <= 0 || weight > 1)).toEqual([]);
  });
});

describe('labels by language', () => {
  test.each([
    // English and NCIC mnemonics
    ['Surname', 'surname'],
    ['Given names', 'forenames'],
    ['Date of birth', 'date_of_birth'],
    ['DOB', 'date_of_birth'],
    ['NAM', 'surname'],
    ['SEX', 'sex'],
    ['HGT', 'height_cm'],
    ['WGT', 'weight_kg'],
    ['EYE', 'eye_colour'],
    ['HAI', 'hair_colour'],
    ['SMT', 'distinguishing_marks'],
    ['DLC', 'last_seen_at'],
    ['OCA', 'national_case_number'],
    ['Place last seen', 'last_seen_place'],
    ['Interpol yellow notice', 'interpol_notice_number'],
    ['Eurodac number', 'eurodac_reference'],
    ['Languages spoken', 'languages'],
    ['Intended destination', 'intended_destination'],
    ['Relatives abroad', 'contacts_abroad'],
    ['Previous disappearances', 'previous_disappearances'],
    ['Health needs', 'health_needs'],
    ['Risk indicators', 'risk_indicators'],
    ['Social media accounts', 'social_media'],
    ['IMEI', 'phone_numbers'],
    ['Type of identity document', 'id_document_type'],
    ['Passport number', 'id_document_number'],
    ['Issuing country', 'id_document_country'],
    ['Date of issue', 'id_document_issue_date'],
    ['DNA profile', 'dna_profile_reference'],
    ['Fingerprints', 'fingerprints_reference'],
    ['Linked alerts', 'linked_alerts'],
    ['Reason for the alert', 'alert_reason'],
    ['Action to be taken', 'action_on_hit'],
    ['Decision reference', 'decision_reference'],
    ['Issuing authority', 'issuing_authority'],
    ['Type of case', 'case_type'],
    ['Registration number', 'national_register_number'],
    ['Warning flags', 'warning_flags'],
    ['Urgency note', 'urgency_note'],
    ['Other dates of birth', 'declared_dates_of_birth'],
    ['Also known as', 'aliases'],
    // Italian
    ['Cognome', 'surname'],
    ['Nome', 'forenames'],
    ['Cognome alla nascita', 'name_at_birth'],
    ['Data di nascita', 'date_of_birth'],
    ['Luogo di nascita', 'place_of_birth'],
    ['Stato di nascita', 'country_of_birth'],
    ['Cittadinanza', 'nationalities'],
    ['Sesso', 'sex'],
    ['Segni particolari', 'distinguishing_marks'],
    ['Data della scomparsa', 'last_seen_at'],
    ['Data della denuncia', 'reported_at'],
    ['Motivo della segnalazione', 'alert_reason'],
    ['Provvedimento da adottare', 'action_on_hit'],
    ['Abbigliamento', 'clothing'],
    // German
    ['Familienname', 'surname'],
    ['Geburtsname', 'name_at_birth'],
    ['Geburtsdatum', 'date_of_birth'],
    ['Geb.-Datum', 'date_of_birth'],
    ['Geburtsort', 'place_of_birth'],
    ['Geburtsland', 'country_of_birth'],
    ['Staatsangehörigkeit', 'nationalities'],
    ['Lichtbild', 'facial_image'],
    ['Besondere Merkmale', 'distinguishing_marks'],
    ['Vermisst seit', 'last_seen_at'],
    ['Ausschreibungsgrund', 'alert_reason'],
    ['Aktenzeichen des Beschlusses', 'decision_reference'],
    ['Name des Vormunds', 'guardian_name'],
    ['Telefonnummer des Vormunds', 'guardian_contact'],
    ['Vormund bestellt', 'guardian_status'],
    // Polish
    ['Nazwisko', 'surname'],
    ['Imię (imiona)', 'forenames'],
    ['Nazwisko rodowe', 'name_at_birth'],
    ['Data urodzenia', 'date_of_birth'],
    ['Miejsce urodzenia', 'place_of_birth'],
    ['Obywatelstwo', 'nationalities'],
    ['Płeć', 'sex'],
    ['Wzrost', 'height_cm'],
    ['Data zaginięcia', 'last_seen_at'],
    ['Znaki szczególne', 'distinguishing_marks'],
    // French
    ['Nom', 'surname'],
    ['Prénom(s)', 'forenames'],
    ['Nom de naissance', 'name_at_birth'],
    ['Date de naissance', 'date_of_birth'],
    ['Lieu de naissance', 'place_of_birth'],
    ['Nationalité', 'nationalities'],
    ['Signes particuliers', 'distinguishing_marks'],
    ['Date de disparition', 'last_seen_at'],
    // Spanish
    ['Apellidos', 'surname'],
    ['Nombre', 'forenames'],
    ['Fecha de nacimiento', 'date_of_birth'],
    ['Nacionalidad', 'nationalities'],
    ['Señas particulares', 'distinguishing_marks'],
    // Portuguese
    ['Apelido', 'surname'],
    ['Data de nascimento', 'date_of_birth'],
    ['Nacionalidade', 'nationalities'],
    ['Cor dos olhos', 'eye_colour'],
    // Latvian
    ['Uzvārds', 'surname'],
    ['Vārds', 'forenames'],
    ['Dzimšanas datums', 'date_of_birth'],
    ['Dzimšanas uzvārds', 'name_at_birth'],
    ['Pilsonība', 'nationalities'],
    ['Dzimums', 'sex'],
    // Maltese
    ['Kunjom', 'surname'],
    ['Isem', 'forenames'],
    ['Data tat-twelid', 'date_of_birth'],
    ['Post tat-twelid', 'place_of_birth'],
    ['Nazzjonalità', 'nationalities'],
    // Bulgarian
    ['Фамилия', 'surname'],
    ['Име', 'forenames'],
    ['Дата на раждане', 'date_of_birth'],
    ['Място на раждане', 'place_of_birth'],
    ['Гражданство', 'nationalities'],
    ['Пол', 'sex'],
    ['Снимка', 'facial_image'],
  ])('%s is %s', (label, fieldId) => {
    expect(bestField(label)).toBe(fieldId);
  });
});

describe('plural labels', () => {
  test.each([
    ['Staatsbürgerschaft(en)', 'nationalities'],
    ['Staatsbürgerschaften', 'nationalities'],
    // A Latvian genitive ends in "-s", which is no plural ending.
    ['Meklēšanas pamatojums', 'alert_reason'],
  ])('%s is %s', (label, fieldId) => {
    expect(bestField(label)).toBe(fieldId);
  });
});

describe('specific readings replace general ones', () => {
  test.each([
    ['Nazwisko rodowe', ['name_at_birth']],
    ['Cognome alla nascita', ['name_at_birth']],
    ['Name at birth', ['name_at_birth']],
    ['Geburtsname', ['name_at_birth']],
    ['Nome del padre', ['father_name']],
    ['Telefono del centro', ['care_centre_phone']],
    ['Telephone 24h', ['care_centre_phone']],
    ['Ort zuletzt gesehen', ['last_seen_place']],
    ['Date of birth (estimated)', ['date_of_birth_estimated']],
  ])('%s names only %j', (label, expected) => {
    expect(fieldsOf(label)).toEqual(expected);
  });
});

describe('ambiguous labels', () => {
  test.each([['Familienname (Geburtsname)', ['name_at_birth', 'surname']]])(
    '%s names %j equally',
    (label, expected) => {
      const matches = matchWords(tokenizeText(label));
      expect(matches.map((match) => match.fieldId).sort()).toEqual(expected);
      expect(matches[0].score).toBeCloseTo(matches[1].score, 5);
    },
  );
});

describe('coverage', () => {
  test('unknown words lower the score', () => {
    const [full] = matchWords(tokenizeText('Cognome'));
    const [partial] = matchWords(tokenizeText('Cognome attestato dal comune'));
    expect(full.score).toBe(1);
    expect(partial.score).toBeLessThan(full.score);
  });

  test('child and interface words do not lower it', () => {
    const [match] = matchWords(tokenizeText('Geburtsdatum des Kindes (Pflichtfeld)'));
    expect(match.fieldId).toBe('date_of_birth');
    expect(match.score).toBe(1);
  });

  test('label of only neutral words matches nothing', () => {
    expect(matchWords(tokenizeText('Kind (Pflichtfeld)'))).toEqual([]);
  });
});

describe('context words', () => {
  test.each([
    ['Cognome', 'Tutore', 'guardian_name'],
    ['Name', 'Vormund', 'guardian_name'],
    ['Telefono', 'Tutore legale', 'guardian_contact'],
    ['Telefono', 'Centro di accoglienza', 'care_centre_phone'],
    ['Indirizzo', 'Struttura di accoglienza', 'care_centre_address'],
    ['Nom', 'Père', 'father_name'],
    ['Imię', 'Matka', 'mother_name'],
    ['Datum', 'Verschwinden', 'last_seen_at'],
    ['Nummer', 'Reisepass', 'id_document_number'],
  ])('%s under %s is %s', (label, context, fieldId) => {
    expect(bestField(label, context)).toBe(fieldId);
  });

  test('context alone names no field', () => {
    expect(matchWords([], tokenizeText('Tutore'))).toEqual([]);
    expect(matchWords(tokenizeText('Bemerkung'), tokenizeText('Vormund'))).toEqual([]);
  });
});

describe('identifiers', () => {
  test.each([
    ['ctl00$Main$dtNascita', 'date_of_birth'],
    ['txtCognome', 'surname'],
    ['datadinascita', 'date_of_birth'],
    ['luogonascita', 'place_of_birth'],
    ['txtGebDat', 'date_of_birth'],
    ['gebOrt', 'place_of_birth'],
    ['nomePadre', 'father_name'],
    ['p_uzvards', 'surname'],
    ['txtTelTutore', 'guardian_contact'],
  ])('%s is %s', (identifier, fieldId) => {
    const matches = [...matchWords(tokenizeIdentifier(identifier))];
    const [match] = matches.sort((a, b) => b.score - a.score);
    expect(match?.fieldId).toBe(fieldId);
  });
});
