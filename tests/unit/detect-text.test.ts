/** Normalising and tokenising of label texts and control identifiers. */
import { describe, expect, test } from 'vitest';
import {
  foldLatin,
  identifierWords,
  lastPathSegment,
  normalizeText,
  splitCamelCase,
  tokenizeIdentifier,
  tokenizeText,
} from '../../utils/detect';

describe('normalizeText', () => {
  test.each([
    ['Nazwisko:', 'nazwisko'],
    ['Data urodzenia *', 'data urodzenia'],
    ['Imię (imiona):', 'imie imiona'],
    ['Vorname(n)', 'vornamen'],
    ['Prénom(s)', 'prenoms'],
    ['Staatsangehörigkeit', 'staatsangehorigkeit'],
    ['Größe', 'grosse'],
    ['Płeć', 'plec'],
    ['Uzvārds', 'uzvards'],
    ['Għoli', 'gholi'],
    ['data tat-twelid', 'data tat twelid'],
    ["Colore dell'occhio", 'colore dell occhio'],
    ['D.O.B.', 'dob'],
    ['  Familienname   (Geburtsname):  ', 'familienname geburtsname'],
    ['E-Mail', 'e mail'],
  ])('%j becomes %j', (text, expected) => {
    expect(normalizeText(text)).toBe(expected);
  });

  test('Cyrillic keeps its letters', () => {
    expect(normalizeText('Дата на раждане:')).toBe('дата на раждане');
    expect(foldLatin('Йордан')).toBe('йордан');
  });
});

describe('tokenizeText', () => {
  test.each([
    ['Data di nascita', ['data', 'nascita']],
    ['Date of birth', ['date', 'birth']],
    ['Name des Vaters', ['name', 'vaters']],
    ['Дата на раждане', ['дата', 'раждане']],
    ['Imię i nazwisko', ['imie', 'nazwisko']],
    ['Nom du père', ['nom', 'pere']],
  ])('%j gives %j', (text, expected) => {
    expect(tokenizeText(text)).toEqual(expected);
  });
});

describe('splitCamelCase', () => {
  test.each([
    ['txtCognome', ['txt', 'Cognome']],
    ['DOBDay', ['DOB', 'Day']],
    ['txtNm1', ['txt', 'Nm', '1']],
    ['field07name', ['field', '07', 'name']],
    ['dateOfBirth', ['date', 'Of', 'Birth']],
  ])('%s gives %j', (piece, expected) => {
    expect(splitCamelCase(piece)).toEqual(expected);
  });
});

describe('lastPathSegment', () => {
  test.each([
    ['ctl00$Main$dtNascita', 'dtNascita'],
    ['ctl00$cph$txtNm1', 'txtNm1'],
    ['ctl00_cph_txtNm1', 'txtNm1'],
    ['ctl00_ContentPlaceHolder1_txtCognome', 'txtCognome'],
    ['MainContent_txt_Nome', 'txt_Nome'],
    ['dob_day', 'dob_day'],
    ['date_of_birth', 'date_of_birth'],
  ])('%s gives %s', (identifier, expected) => {
    expect(lastPathSegment(identifier)).toBe(expected);
  });
});

describe('tokenizeIdentifier', () => {
  test.each([
    ['txtCognome', ['cognome']],
    ['ctl00$Main$dtNascita', ['dt', 'nascita']],
    ['ctl00_cph_txtNm1', ['nm']],
    ['ddlCittadinanza', ['cittadinanza']],
    ['chkMsna', ['msna']],
    ['cboSesso', ['sesso']],
    ['rbSesso', ['sesso']],
    ['lblNome', ['nome']],
    ['calDataScomparsa', ['dt', 'data', 'scomparsa']],
    ['date_of_birth', ['date', 'birth']],
    ['dob-day', ['dob', 'day']],
    ['p_uzvards', ['p', 'uzvards']],
    ['fld_07', []],
    ['txtGebDat', ['geb', 'dat']],
    ['NachnameKind', ['nachname', 'kind']],
  ])('%s gives %j', (identifier, expected) => {
    expect(tokenizeIdentifier(identifier)).toEqual(expected);
  });

  test('single letters stay in identifier words', () => {
    expect(identifierWords('dob_d')).toEqual(['dob', 'd']);
  });

  test('single letters that are stop words leave tokens', () => {
    expect(tokenizeIdentifier('dob_d')).toEqual(['dob']);
  });
});
