/**
 * Terminal screens that label boxes with three-letter mnemonics of their own
 * site, and one-character flag boxes.
 */
import { describe, expect, test } from 'vitest';
import { expandMnemonic, expandPromptPart } from '../../utils/detect/mnemonics';
import { fieldAt, fieldIdAt, scanMarkup } from './detect-helpers';

describe('expanding a mnemonic', () => {
  test.each([
    ['CAT/', 'category'],
    ['RSN/', 'reason'],
    ['GRD/', 'guardian'],
    ['FTH/', 'father'],
    ['LNG/', 'language'],
    ['RPT/', 'reporter'],
    ['LSL/', 'last seen location'],
    ['GRT/', 'guardian telephone'],
    ['DSP/', 'destination place'],
    ['UMN/', 'unaccompanied minor'],
    ['GST/', 'guardian status'],
    ['CLO/', 'clothing'],
  ])('%s reads as "%s"', (label, words) => {
    expect(expandMnemonic(label)).toBe(words);
  });

  test.each([
    // Known mnemonics are vocabulary words.
    'DOB/',
    'SMT/',
    // Centre or country: the letters shorten both.
    'CTR/',
    // Letters of one phrase in another order are no mnemonic of it.
    'MNU/',
    // National identifiers are no English words.
    'NIF',
    'DNI',
    'OIB',
  ])('%s stays as it is', (label) => {
    expect(expandMnemonic(label)).toBe(label);
  });

  test.each([
    ['29 RSN', 'reason'],
    ['2 FAC', 'facility'],
    ['33 FPH', 'facility phone'],
    ['34 DLF', 'date left facility'],
  ])('the numbered prompt %s reads as "%s"', (label, words) => {
    expect(expandMnemonic(label)).toBe(words);
  });

  test.each([
    // Three capitals without a slash or a number are more often a national abbreviation.
    'RSN',
    // Father or facility: the letters shorten both with an address.
    'FAD/',
    '32 FAD',
    // A number after the letters is no field number.
    'RSN 29',
  ])('%s stays as it is', (label) => {
    expect(expandMnemonic(label)).toBe(label);
  });

  test('only a label of one mnemonic is read as one', () => {
    expect(expandMnemonic('GRD/ NAME')).toBe('GRD/ NAME');
    expect(expandMnemonic('Grd/')).toBe('Grd/');
  });
});

describe('expanding a four-letter mnemonic', () => {
  test.each([
    ['SURN/', 'surname'],
    ['CLTH/', 'clothing'],
    ['CTZN/', 'citizenship'],
    ['FTHR/', 'father'],
    ['WRN1/', 'warning'],
    ['BPLC/', 'birth place'],
    ['BDTE/', 'birth date'],
    ['PTEL/', 'placement telephone'],
    ['PADR/', 'placement address'],
    ['DLSN/', 'date last seen'],
    ['TLSN/', 'time last seen'],
  ])('%s reads as "%s"', (label, words) => {
    expect(expandMnemonic(label)).toBe(words);
  });

  test.each([
    // With a last word of one letter, it would read as "mother last".
    'MTEL/',
    // Given name or guardian name.
    'GNAM/',
    // Known words stay: "warn" is a vocabulary word of the warnings, as in "Warn: absconder".
    'WARN/',
    'RISK/',
    'CASE/',
  ])('%s stays as it is', (label) => {
    expect(expandMnemonic(label)).toBe(label);
  });
});

describe('a part of a hyphenated prompt', () => {
  test.each([
    ['GIV', 'given'],
    ['BRTH', 'birth'],
    ['GDN', 'guardian'],
    ['NM', 'name'],
    ['TM', 'time'],
    ['CLOTH', 'clothing'],
    ['UNACC', 'unaccompanied'],
    // Conventional abbreviations read as their words.
    ['NO', 'number'],
    ['DT', 'date'],
    ['PH', 'phone'],
    ['FA', 'father'],
    ['AKA', 'alias'],
    // A word and an abbreviation written together.
    ['KEYWRK', 'key worker'],
    // Vocabulary words stay.
    ['CASE', 'case'],
  ])('%s reads as "%s"', (part, word) => {
    expect(expandPromptPart(part)).toBe(word);
  });

  test('"INT" is internal, not "institution"', () => {
    expect(expandPromptPart('INT')).toBe('internal');
  });

  test.each([
    // No word has these letters in this order.
    'QV',
    'XQZ',
  ])('%s reads as no word', (part) => {
    expect(expandPromptPart(part)).toBeUndefined();
  });
});

describe('a terminal screen of bare prompts', () => {
  const line = (top: number, parts: string) =>
    `<div style="position:relative;top:${top}em">${parts}</div>`;
  const page = `<html lang="en"><body><div class="screen">
    <span>MPX01 MISSING JUVENILE ENTRY</span>
    ${line(1, '<span>OPR</span><input id="opr" maxlength="6"><span>CASE#</span><input id="case" maxlength="12">')}
    ${line(2, '<span>SURN</span><input id="surn" maxlength="24"><span>Y/N</span>')}
    ${line(3, '<span>CTZN</span><input id="ctzn" maxlength="3"><span>ISO 3166</span>')}
    ${line(4, '<span>CLTH</span><input id="clth" maxlength="60">')}
    ${line(5, '<span>WARN</span><input id="wrn1" maxlength="2"><input id="wrn2" maxlength="2">')}
    ${line(6, '<span>DLSN</span><input id="dlsn" maxlength="8"><span>TLSN</span><input id="tlsn" maxlength="4">')}
    ${line(7, '<span>PTEL</span><input id="ptel" maxlength="16"><span>PADR</span><input id="padr" maxlength="50">')}
    ${line(8, '<span>FTHR</span><input id="fthr" maxlength="30"><span>MTHR</span><input id="mthr" maxlength="30">')}
    ${line(9, '<span>RMKS</span><input id="rmks" maxlength="60">')}
  </div></body></html>`;

  test.each([
    ['#case', 'national_case_number'],
    ['#surn', 'surname'],
    ['#ctzn', 'nationalities'],
    ['#clth', 'clothing'],
    ['#wrn1', 'warning_flags'],
    ['#ptel', 'care_centre_phone'],
    ['#padr', 'care_centre_address'],
    ['#fthr', 'father_name'],
    ['#mthr', 'mother_name'],
  ])('%s is %s', (selector, fieldId) => {
    expect(fieldIdAt(scanMarkup(page), selector)).toBe(fieldId);
  });

  test('date and time last seen join', () => {
    const field = fieldAt(scanMarkup(page), '#dlsn');
    expect(field?.fieldId).toBe('last_seen_at');
    expect(field?.selectors).toEqual(['#dlsn', '#tlsn']);
  });

  test('hint of the box before dropped', () => {
    expect(fieldAt(scanMarkup(page), '#ctzn')?.label).toBe('citizenship');
  });

  test('remarks and operator stay unclassified', () => {
    const result = scanMarkup(page);
    expect(fieldIdAt(result, '#rmks')).toBe('unclassified');
    expect(fieldIdAt(result, '#opr')).toBe('unclassified');
  });
});

describe('a terminal screen of hyphenated prompts', () => {
  const page = `<html lang="en"><body><pre>MPX02 MISSING JUVENILE ENTRY
GIV-NM  \u25B8<input id="giv" maxlength="20">  BRTH-NM \u25B8<input id="brth" maxlength="24">
MO-NM   \u25B8<input id="mo" maxlength="25">   GDN-NM  \u25B8<input id="gdn" maxlength="25">
LFT-DT  \u25B8<input id="lftdt" maxlength="8"> LFT-TM  \u25B8<input id="lfttm" maxlength="4">
UNACC   \u25B8<input id="unacc" maxlength="1"> Y/N CLOTH \u25B8<input id="cloth" maxlength="60">
INT-RMK \u25B8<input id="rmk" maxlength="60">
TXN     \u25B8<input id="txn" maxlength="8">
</pre></body></html>`;

  test.each([
    ['#giv', 'forenames'],
    ['#brth', 'name_at_birth'],
    ['#mo', 'mother_name'],
    ['#gdn', 'guardian_name'],
    ['#unacc', 'unaccompanied'],
    ['#cloth', 'clothing'],
  ])('%s is %s', (selector, fieldId) => {
    expect(fieldIdAt(scanMarkup(page), selector)).toBe(fieldId);
  });

  test('date and time left join', () => {
    const field = fieldAt(scanMarkup(page), '#lftdt');
    expect(field?.fieldId).toBe('left_care_at');
    expect(field?.selectors).toEqual(['#lftdt', '#lfttm']);
  });

  test('remarks and transaction stay unclassified', () => {
    const result = scanMarkup(page);
    expect(fieldIdAt(result, '#rmk')).toBe('unclassified');
    expect(fieldIdAt(result, '#txn')).toBe('unclassified');
  });
});

describe('a terminal screen of slashed and bracketed prompts', () => {
  const page = `<html lang="en"><body><pre>SISMIN  MISSING MINOR ENTRY
ISS-SVC  <input id="iss" maxlength="16"> DOSS-NO <input id="doss" maxlength="16">
CH-FAM   <input id="fam" maxlength="26"> CH/GVN  <input id="gvn" maxlength="26">
FAM(B)   <input id="famb" maxlength="26"> AKA <input id="aka" maxlength="26">
BRTH(D)  <input id="dob" maxlength="8"> YYYYMMDD BRTH(E) <input id="est" maxlength="1"> Y/N
BRTH(P)  <input id="pob" maxlength="24">
LEFT(D)  <input id="left" maxlength="8"> (T) <input id="lefttm" maxlength="4">
GDN-ST   <input id="gst" maxlength="1"> A=APPOINTED N=PENDING GDN/TEL <input id="gtel" maxlength="20">
RPT-BY   <input id="rby" maxlength="26"> RPT(D) <input id="rdt" maxlength="8">
OPR      <input id="opr" maxlength="8">
</pre></body></html>`;

  test.each([
    ['#iss', 'issuing_authority'],
    ['#doss', 'national_case_number'],
    ['#fam', 'surname'],
    ['#gvn', 'forenames'],
    ['#famb', 'name_at_birth'],
    ['#aka', 'aliases'],
    ['#dob', 'date_of_birth'],
    ['#est', 'date_of_birth_estimated'],
    ['#pob', 'place_of_birth'],
    ['#gst', 'guardian_status'],
    ['#gtel', 'guardian_contact'],
    ['#rby', 'reported_by'],
    ['#rdt', 'reported_at'],
  ])('%s is %s', (selector, fieldId) => {
    expect(fieldIdAt(scanMarkup(page), selector)).toBe(fieldId);
  });

  test('a bracketed time after a date joins it', () => {
    const field = fieldAt(scanMarkup(page), '#left');
    expect(field?.fieldId).toBe('left_care_at');
    expect(field?.selectors).toEqual(['#left', '#lefttm']);
  });

  test('the operator stays unclassified', () => {
    expect(fieldIdAt(scanMarkup(page), '#opr')).toBe('unclassified');
  });

  test('a lone mnemonic keeps its own reading', () => {
    const prompts = ['SURN', 'GIVN', 'DOB', 'CTZN', 'CLTH', 'WARN', 'FTHR', 'MTHR', 'RPT'];
    const body = prompts
      .map((prompt, index) => `${prompt} <input id="p${index}" maxlength="20">`)
      .join('\n');
    const result = scanMarkup(`<html lang="en"><body><pre>${body}</pre></body></html>`);
    expect(fieldIdAt(result, '#p1')).toBe('forenames');
    expect(fieldIdAt(result, '#p8')).toBe('reported_by');
  });
});

describe('a terminal screen of prompts with dot leaders', () => {
  const page = `<html lang="en"><body><pre>MPJ100  MISSING PERSON - JUVENILE          SCREEN 1
OPERATOR ID . . . . . . . . : <input id="opr" maxlength="8">
CHILD SURNAME . . . . . . . : <input id="sur" maxlength="30">
EST (Y/N) . . : <input id="est" maxlength="1">  LANGS (ISO 639-3) . . : <input id="lang" maxlength="20">
WARN MKRS (AB=ABSCONDER SU=SUICIDE) : <input id="wrn" maxlength="2">
RISK (TR EX FM FG SU) . . . : <input id="risk" maxlength="2">
L/S DATE (DDMMCCYY) . . . . : <input id="lsd" maxlength="8">  TIME (HHMM) : <input id="lst" maxlength="4">
GDN NAME . . . . . . . . . : <input id="gdn" maxlength="30">
GDN TEL/EMAIL . . . . . . . : <input id="gtel" maxlength="40">
RPTD BY . . . . . . . . . . : <input id="rby" maxlength="30">
NAFIS REF . . . . . . . . . : <input id="nafis" maxlength="14">
SIS CAT (AI AII B C DI DII DIII) . : <input id="cat" maxlength="4">
DEST CTRY (ISO3). . . . . . : <input id="dstc" maxlength="3">   DEST PLACE : <input id="dstp" maxlength="30">
SIRENE M FORM 311 . . . . . : <input id="note1" maxlength="52">
                              <input id="note2" maxlength="52">
</pre></body></html>`;

  test.each([
    ['#sur', 'surname'],
    ['#est', 'date_of_birth_estimated'],
    ['#lang', 'languages'],
    ['#wrn', 'warning_flags'],
    ['#risk', 'risk_indicators'],
    ['#gdn', 'guardian_name'],
    ['#gtel', 'guardian_contact'],
    ['#rby', 'reported_by'],
    ['#nafis', 'fingerprints_reference'],
  ])('%s is %s', (selector, fieldId) => {
    expect(fieldIdAt(scanMarkup(page), selector)).toBe(fieldId);
  });

  test('a date and a time with masks join', () => {
    const field = fieldAt(scanMarkup(page), '#lsd');
    expect(field?.fieldId).toBe('last_seen_at');
    expect(field?.selectors).toEqual(['#lsd', '#lst']);
  });

  test('the operator stays unclassified', () => {
    expect(fieldIdAt(scanMarkup(page), '#opr')).toBe('unclassified');
  });

  test('CAT after SIS is the category', () => {
    expect(fieldIdAt(scanMarkup(page), '#cat')).toBe('alert_category');
  });

  test('a full word after an abbreviation ends the prompt: DEST PLACE', () => {
    expect(fieldAt(scanMarkup(page), '#dstc')?.selectors).toEqual(['#dstc', '#dstp']);
  });

  test("an unlabelled box of a long text box's length is its next line", () => {
    expect(fieldAt(scanMarkup(page), '#note1')?.selectors).toEqual(['#note1', '#note2']);
  });
});

describe('a web form with a few capitals alone', () => {
  test('lone capitals read as written', () => {
    const page = `<html lang="it"><body><form>
      <label for="c">Cognome</label><input id="c">
      <label for="n">Nome</label><input id="n">
      <span>SURN</span><input id="s">
      <label for="cap">CAP</label><input id="cap">
    </form></body></html>`;
    const result = scanMarkup(page);
    expect(fieldIdAt(result, '#c')).toBe('surname');
    expect(fieldIdAt(result, '#s')).not.toBe('surname');
  });
});

describe('a terminal screen with mnemonics of its own', () => {
  const page = `<html><body><pre>
 NAM/ <input id="nam" maxlength="30">  DOB/ <input id="dob" maxlength="8">  EST/ <input id="est" maxlength="1">
 RSN/ <input id="rsn" maxlength="40">
 LNG/ <input id="lng" maxlength="20">  LSL/ <input id="lsl" maxlength="40">
 GRD/ <input id="grd" maxlength="30">  GRT/ <input id="grt" maxlength="15">
 FTH/ <input id="fth" maxlength="30">  MTH/ <input id="mth" maxlength="30">
</pre></body></html>`;

  test.each([
    ['#nam', 'surname'],
    ['#est', 'date_of_birth_estimated'],
    ['#rsn', 'alert_reason'],
    ['#lng', 'languages'],
    ['#lsl', 'last_seen_place'],
    ['#grd', 'guardian_name'],
    ['#grt', 'guardian_contact'],
    ['#fth', 'father_name'],
    ['#mth', 'mother_name'],
  ])('%s is %s', (selector, fieldId) => {
    expect(fieldIdAt(scanMarkup(page), selector)).toBe(fieldId);
  });
});

describe('one-character boxes', () => {
  test('a box for Y or N after "Estimated" is the estimate flag', () => {
    const page = `<html><body><p><label for="e">Estimated</label><input id="e" maxlength="1"></p></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#e')).toBe('date_of_birth_estimated');
  });

  test('a wider box after "Estimated" is no flag', () => {
    const page = `<html><body><p><label for="e">Estimated</label><input id="e" maxlength="20"></p></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#e')).not.toBe('date_of_birth_estimated');
  });
});

describe('leaving a placement', () => {
  test('"Left placement" is when the child left care', () => {
    const page = `<html lang="en"><body><label for="lp">Left placement</label><input id="lp" placeholder="DD/MM/YYYY HH:mm"></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#lp')).toBe('left_care_at');
  });
});

describe('a prompt after other screen text', () => {
  test('only the prompt labels the box', () => {
    const page = `<html><body><div class="screen">
      <span>SISM010R</span><span>NATIONAL SIS INTERFACE - MISSING JUVENILE</span><span>12/05/26</span>
      <span>Enter alert data, press Enter.</span><span>UMN/</span><input id="u" maxlength="1">
    </div></body></html>`;
    expect(fieldAt(scanMarkup(page), '#u')?.label).toBe('UMN/');
    expect(fieldIdAt(scanMarkup(page), '#u')).toBe('unaccompanied');
  });
});

describe('boxes of four, two and two characters', () => {
  test('boxes with prompts of their own stay three fields', () => {
    const page = `<html><body><pre>
 DOB/ <input id="dob" maxlength="4"> CAT/ <input id="cat" maxlength="2"> SEX/ <input id="sex" maxlength="2">
</pre></body></html>`;
    const result = scanMarkup(page);
    expect(fieldAt(result, '#dob')?.selectors).toEqual(['#dob']);
    expect(fieldIdAt(result, '#cat')).toBe('alert_category');
    expect(fieldIdAt(result, '#sex')).toBe('sex');
  });
});

describe('three capitals on web portals', () => {
  test.each([
    ['it', 'CAP'],
    ['pt', 'CEP'],
    ['es', 'TLF:'],
    ['fr', 'DEP'],
  ])('%s "%s" is no mnemonic', (lang, label) => {
    const page = `<html lang="${lang}"><body><label for="x">${label}</label><input id="x"></body></html>`;
    expect(fieldAt(scanMarkup(page), '#x')?.fieldId ?? 'none').not.toMatch(
      /centre|left_care|destination|mother/,
    );
  });

  test('a mask part after the label keeps the label', () => {
    const page = `<html lang="it"><body><div>Data di nascita GG/ <input id="gg" name="gg" maxlength="2"> MM/ <input id="mm" name="mm" maxlength="2"> AAAA <input id="aaaa" name="aaaa" maxlength="4"></div></body></html>`;
    const field = fieldAt(scanMarkup(page), '#gg');
    expect(field?.fieldId).toBe('date_of_birth');
    expect(field?.selectors).toHaveLength(3);
  });

  test('day, month and year prompts make one date', () => {
    const page = `<html><body><pre>
 DOB/ DAY/ <input id="d" maxlength="2"> MTH/ <input id="m" maxlength="2"> YR/ <input id="y" maxlength="4">
</pre></body></html>`;
    const field = fieldAt(scanMarkup(page), '#d');
    expect(field?.fieldId).toBe('date_of_birth');
    expect(field?.selectors).toEqual(['#d', '#m', '#y']);
  });
});

describe('a screen with numbered prompts', () => {
  const page = `<html><body><div class="screen">
<div class="ln">02 ORI <input id="ori" maxlength="9">  04 CAT <input id="cat" maxlength="2"></div>
<div class="ln">08 NAM <input id="nam" maxlength="24">,<input id="fnm" maxlength="24"></div>
<div class="ln">15 CTZ <input id="ctz1" maxlength="3"> <input id="ctz2" maxlength="3">  18 LNG <input id="lng1" maxlength="3"> <input id="lng2" maxlength="3"></div>
<div class="ln">29 RSN <input id="rsn" maxlength="60"></div>
<div class="ln">31 FAC <input id="fac" maxlength="40"></div>
<div class="ln">40 FTH <input id="fth" maxlength="30"> 41 MTH <input id="mth" maxlength="30"></div>
<div class="ln">42 DST <input id="dst1" maxlength="3"> <input id="dst2" maxlength="20"></div>
<div class="ln">ACTION ===&gt; <input id="cmd" maxlength="20"></div>
</div></body></html>`;

  test.each([
    ['#ori', 'issuing_authority'],
    ['#cat', 'alert_category'],
    ['#nam', 'surname'],
    ['#rsn', 'alert_reason'],
    ['#fac', 'care_centre_name'],
    ['#fth', 'father_name'],
    ['#mth', 'mother_name'],
  ])('%s is %s', (selector, fieldId) => {
    expect(fieldIdAt(scanMarkup(page), selector)).toBe(fieldId);
  });

  test('the box after the surname and a comma holds the forenames', () => {
    const result = scanMarkup(page);
    expect(fieldIdAt(result, '#fnm')).toBe('forenames');
    expect(fieldAt(result, '#fnm')?.selectors).toEqual(['#fnm']);
  });

  test('an unlabelled box of the same width is a second nationality or language', () => {
    const result = scanMarkup(page);
    expect(fieldAt(result, '#ctz1')?.fieldId).toBe('nationalities');
    expect(fieldAt(result, '#ctz1')?.selectors).toEqual(['#ctz1', '#ctz2']);
    expect(fieldAt(result, '#lng1')?.selectors).toEqual(['#lng1', '#lng2']);
  });

  test("the box after a destination's country code holds its town", () => {
    const result = scanMarkup(page);
    expect(fieldAt(result, '#dst1')?.fieldId).toBe('intended_destination');
    expect(fieldAt(result, '#dst1')?.selectors).toEqual(['#dst1', '#dst2']);
  });

  test('the command line is no field', () => {
    const result = scanMarkup(page);
    expect(fieldAt(result, '#cmd')).toBeUndefined();
    expect(result.unclassified.some((control) => control.selectors.includes('#cmd'))).toBe(true);
  });
});

describe('unlabelled boxes on web forms', () => {
  test('a wider unlabelled box after a nationality is no second nationality', () => {
    const page = `<html><body><p><label for="n">Nationality</label>
      <input id="n" maxlength="3"> <input id="other" maxlength="40"></p></body></html>`;
    expect(fieldAt(scanMarkup(page), '#n')?.selectors).toEqual(['#n']);
  });

  test('a labelled box after the surname and a comma keeps its own label', () => {
    const page = `<html><body><p><label for="s">Surname</label><input id="s">,
      <label for="f">Place of birth</label><input id="f"></p></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#f')).toBe('place_of_birth');
  });
});

describe('labels of authorities, registers and actions', () => {
  test.each([
    ['fr', 'Zone de police / service', 'issuing_authority'],
    ['en', 'Reporting district / branch', 'issuing_authority'],
    ['bg', 'Структура, въвела сигнала', 'issuing_authority'],
    ['pt', 'Unidade / Subunidade (PSP)', 'issuing_authority'],
    ['fr', 'Numéro SP (Office des Étrangers)', 'national_register_number'],
    ['en', 'IPA reference no.', 'national_register_number'],
    ['it', 'Condotta da tenere in caso di rintraccio', 'action_on_hit'],
    ['bg', 'Действия при установяване', 'action_on_hit'],
    ['es', 'Actuación en caso de localización', 'action_on_hit'],
    ['bg', 'Предупредителни указания', 'warning_flags'],
  ])('%s "%s" is %s', (lang, label, fieldId) => {
    const page = `<html lang="${lang}"><body><label for="c">${label}</label><input id="c"></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#c')).toBe(fieldId);
  });

  test('a generated id says nothing beside the section title', () => {
    const page = `<html lang="es"><body><fieldset><legend>Datos del atestado</legend>
      <label for="el-id-5302-46">Actuación en caso de localización</label><input id="el-id-5302-46">
      <label for="el-id-5302-20">Dependencia instructora</label><input id="el-id-5302-20">
    </fieldset></body></html>`;
    const result = scanMarkup(page);
    expect(fieldIdAt(result, '#el-id-5302-46')).toBe('action_on_hit');
    expect(fieldIdAt(result, '#el-id-5302-20')).toBe('issuing_authority');
  });

  test('a switch labelled with both its states asks the question', () => {
    const page = `<html lang="en"><body><label for="uam">Unaccompanied minor
      <span class="switch-active">Yes</span> <span class="switch-inactive">No</span></label>
      <input id="uam" type="checkbox"></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#uam')).toBe('unaccompanied');
  });

  test('a "No" box after the question still takes no field', () => {
    const page = `<html lang="en"><body><p>Unaccompanied minor
      <label><input id="y" type="checkbox"> Yes</label> <label><input id="n" type="checkbox"> No</label></p>
      </body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#n')).not.toBe('unaccompanied');
  });
});

describe('a terminal screen of prompts of several words, as VPLUS writes them', () => {
  const page = `<html lang="en"><body><pre>MCH100   MISSING CHILD - ALERT ENTRY              SCREEN 1 OF 2
ISSUING UNIT <input id="unit" maxlength="20">  CASE REF <input id="case" maxlength="12">  OPR <input id="opr" maxlength="6">
SIS CAT <input id="cat" maxlength="4"> (AI AII B C DI DII DIII E)   CASE TYPE <input id="type" maxlength="1">
CRT/LA ORDER NO/DATE <input id="order" maxlength="24">
SURNAME <input id="sur" maxlength="24">  FORENAMES <input id="fore" maxlength="24">
POB <input id="pob" maxlength="20">  COB <input id="cob" maxlength="3">  NATY <input id="naty" maxlength="18">
EYES <input id="eyes" maxlength="3">  HAIR <input id="hair" maxlength="3">  SMT <input id="smt" maxlength="60">
HO REF <input id="ho" maxlength="12">  FP REF <input id="fp" maxlength="12">
GDN ST <input id="gst" maxlength="1"> (A=APPTD N=NOT YET APPTD)  GDN NAME <input id="gdn" maxlength="30">
LEFT CARE DDMMYY <input id="left" maxlength="6"> HHMM <input id="lefttm" maxlength="4">
L/S DDMMYY <input id="ls" maxlength="6"> HHMM <input id="lstm" maxlength="4">
PREV MISSING EPISODES <input id="prev" maxlength="40">
RPTD BY <input id="rby" maxlength="24">  RPTD DDMMYY <input id="rdt" maxlength="6"> HHMM <input id="rtm" maxlength="4">
</pre></body></html>`;

  test.each([
    ['#unit', 'issuing_authority'],
    ['#case', 'national_case_number'],
    ['#cat', 'alert_category'],
    ['#type', 'case_type'],
    ['#order', 'decision_reference'],
    ['#ho', 'national_register_number'],
    ['#fp', 'fingerprints_reference'],
    ['#gst', 'guardian_status'],
    ['#gdn', 'guardian_name'],
    ['#prev', 'previous_disappearances'],
    ['#rby', 'reported_by'],
    ['#rdt', 'reported_at'],
  ])('%s is %s', (selector, fieldId) => {
    expect(fieldIdAt(scanMarkup(page), selector)).toBe(fieldId);
  });

  test.each([
    ['#left', 'left_care_at', ['#left', '#lefttm']],
    ['#ls', 'last_seen_at', ['#ls', '#lstm']],
  ])('%s and the HHMM box after it are %s', (selector, fieldId, selectors) => {
    const field = fieldAt(scanMarkup(page), selector);
    expect(field?.fieldId).toBe(fieldId);
    expect(field?.selectors).toEqual(selectors);
  });

  test('the operator stays unclassified', () => {
    expect(fieldIdAt(scanMarkup(page), '#opr')).toBe('unclassified');
  });
});

describe('an all-capitals web form with few prompts stays a web form', () => {
  test('labels of words in capitals keep their national abbreviations', () => {
    const rows = ['COGNOME', 'NOME', 'DATA DI NASCITA', 'LUOGO DI NASCITA', 'CAP', 'COMUNE']
      .map(
        (label, index) =>
          `<tr><td><label for="f${index}">${label}</label></td><td><input id="f${index}"></td></tr>`,
      )
      .join('');
    const result = scanMarkup(
      `<html lang="it"><body><form><table>${rows}</table></form></body></html>`,
    );
    expect(fieldIdAt(result, '#f2')).toBe('date_of_birth');
    expect(fieldIdAt(result, '#f0')).toBe('surname');
  });
});

describe('a terminal screen whose prompts are numbered and whose boxes are bracketed', () => {
  const box = (id: string, length: number) =>
    `<span>[</span><input id="${id}" maxlength="${length}"><span>]</span>`;
  const page = `<html lang="en"><body><pre> MISPER-JUV  MISSING JUVENILE          PAGE 1 OF 1
 01 ISS AGY ${box('agy', 24)}  02 CASE NO ${box('case', 12)}
 09 SURN ${box('surn', 30)}  10 FNAM ${box('fnam', 24)}
 11 BIRTH SURN ${box('bsurn', 24)}  12 AKA ${box('aka', 30)}
 16 POB ${box('pob', 22)}  17 COB ${box('cob', 3)} (ISO3)  18 SEX ${box('sex', 1)}
 19 NATY ${box('naty', 20)}  20 LANG ${box('lang', 20)}
 30 HGT ${box('hgt', 3)} CM  31 WGT ${box('wgt', 3)} KG  32 EYE ${box('eye', 3)}
 34 SMT ${box('smt', 60)}
 37 MED ${box('med', 40)}
 55 M311 ${box('m311', 64)}    COURT/AUTH ORDER REF
 CMD> <input id="cmd" maxlength="30">
</pre></body></html>`;

  test.each([
    ['#agy', 'issuing_authority'],
    ['#case', 'national_case_number'],
    ['#surn', 'surname'],
    ['#fnam', 'forenames'],
    ['#bsurn', 'name_at_birth'],
    ['#sex', 'sex'],
    ['#wgt', 'weight_kg'],
    ['#eye', 'eye_colour'],
    ['#med', 'health_needs'],
    ['#m311', 'urgency_note'],
  ])('%s is %s', (selector, fieldId) => {
    expect(fieldIdAt(scanMarkup(page), selector)).toBe(fieldId);
  });

  test('the command line holds no field', () => {
    expect(fieldIdAt(scanMarkup(page), '#cmd')).toBe('unclassified');
  });
});

describe('a WARN/ prompt', () => {
  test('reads as the warnings', () => {
    const page = `<html lang="en"><body><pre>WARN/ <input id="w" maxlength="10"></pre></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#w')).toBe('warning_flags');
  });
});
