/**
 * Terminal screens that label boxes with three-letter mnemonics of their own
 * site, and one-character flag boxes.
 */
import { describe, expect, test } from 'vitest';
import { expandMnemonic } from '../../utils/detect/mnemonics';
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

  test('only a label of one mnemonic is read as one', () => {
    expect(expandMnemonic('GRD/ NAME')).toBe('GRD/ NAME');
    expect(expandMnemonic('Grd/')).toBe('Grd/');
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
