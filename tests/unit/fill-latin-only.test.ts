import { beforeEach, describe, expect, test } from 'vitest';
import { planFieldWrite } from '../../utils/fill';
import {
  compilePattern,
  proposeLatinSpellings,
  restrictsToLatin,
} from '../../utils/fill/latin-only';
import { useEnglishMessages } from './support/messages';
import { control, detected } from './support/fill-fields';

beforeEach(useEnglishMessages);

const upper = (text: string) => text.toUpperCase();
const same = (text: string) => text;

describe('restrictsToLatin', () => {
  test.each([
    ['an upper-case control', { upperCase: true }, true],
    ['a pattern', { pattern: '[A-Za-z ]+' }, true],
    ['an English hint', { hint: 'in block capitals' }, true],
    ['a German hint', { hint: 'in lateinischen Buchstaben' }, true],
    ['an Italian hint', { hint: 'in stampatello maiuscolo' }, true],
    ['an unrelated hint', { hint: 'max. 40 Zeichen' }, false],
    ['a plain control', {}, false],
  ])('reads %s as %s', (_, facts, expected) => {
    expect(restrictsToLatin(control(facts))).toBe(expected);
  });
});

describe('compilePattern', () => {
  test('anchors the pattern at both ends', () => {
    const pattern = compilePattern('[A-Z ]+');
    expect(pattern?.test('MULLER')).toBe(true);
    expect(pattern?.test('MULLER-1')).toBe(false);
  });

  test('returns undefined for a pattern that does not compile', () => {
    expect(compilePattern('[A-Z')).toBeUndefined();
  });
});

describe('proposeLatinSpellings', () => {
  test('proposes both spellings for a pattern of capitals', () => {
    const info = control({ pattern: '[A-Z ]+', upperCase: true });
    expect(proposeLatinSpellings('Jäger', info, upper)).toEqual(['JAGER', 'JAEGER']);
  });

  test('writes hyphens as spaces when the pattern rejects them', () => {
    const info = control({ pattern: '[A-Z ]+', upperCase: true });
    expect(proposeLatinSpellings('Oyelaran-Pfeil', info, upper)).toEqual(['OYELARAN PFEIL']);
  });

  test('keeps hyphens that the pattern accepts', () => {
    const info = control({ pattern: "[A-Za-z' -]+" });
    expect(proposeLatinSpellings('Kötter-Nuñez', info, same)).toEqual([
      'Kotter-Nunez',
      'Koetter-Nunez',
    ]);
  });

  test('upper-cases a spelling for a pattern of capitals alone', () => {
    const info = control({ pattern: '[A-Z]+' });
    expect(proposeLatinSpellings('Jäger', info, same)).toEqual(['JAGER', 'JAEGER']);
  });

  test('proposes nothing for a text that fits', () => {
    const info = control({ pattern: '[A-Z ]+', upperCase: true });
    expect(proposeLatinSpellings('Brandt', info, upper)).toEqual([]);
  });

  test('proposes nothing for a control without restriction', () => {
    expect(proposeLatinSpellings('Müller', control(), same)).toEqual([]);
  });

  test('proposes nothing when no spelling fits the pattern', () => {
    const info = control({ pattern: '[0-9]+' });
    expect(proposeLatinSpellings('Müller', info, same)).toEqual([]);
  });

  test('transliterates Cyrillic for an upper-case control without pattern', () => {
    const info = control({ upperCase: true });
    expect(proposeLatinSpellings('Жанна', info, upper)).toEqual(['ZHANNA']);
  });
});

describe('planFieldWrite with Latin-only controls', () => {
  test('proposes the transliteration with the original', () => {
    const field = detected('surname', [control({ pattern: '[A-Z ]+', upperCase: true })]);
    const plan = planFieldWrite(field, 'Müller-Lüdenscheidt', { lang: 'de' });
    expect(plan.status).toBe('ready');
    expect(plan.display).toBe('MULLER LUDENSCHEIDT');
    expect(plan.steps).toEqual([{ action: 'set-text', key: 'k1', text: 'MULLER LUDENSCHEIDT' }]);
    expect(plan.transliteration?.original).toBe('Müller-Lüdenscheidt');
    expect(plan.transliteration?.spellings.map((spelling) => spelling.label)).toEqual([
      'MULLER LUDENSCHEIDT',
      'MUELLER LUEDENSCHEIDT',
    ]);
  });

  test('cuts a transliteration that outgrows maxLength', () => {
    const field = detected('forenames', [control({ upperCase: true, maxLength: 6 })]);
    const plan = planFieldWrite(field, 'Щепан');
    expect(plan.status).toBe('shortened');
    expect(plan.display).toBe('SHCHEP');
    expect(plan.fullText).toBe('SHCHEPAN');
    expect(plan.transliteration?.original).toBe('Щепан');
  });

  test('writes upper case without a proposal when it already fits', () => {
    const field = detected('surname', [control({ upperCase: true })]);
    const plan = planFieldWrite(field, 'Straße', { lang: 'de' });
    expect(plan.display).toBe('STRASSE');
    expect(plan.transliteration).toBeUndefined();
  });

  test('spells each list item in the same style', () => {
    const field = detected('aliases', [control({ pattern: '[A-Za-z ,]+' })]);
    const plan = planFieldWrite(field, ['Jäger', 'Jurij Šolc']);
    expect(plan.transliteration?.spellings.map((spelling) => spelling.label)).toEqual([
      'Jager, Jurij Solc',
      'Jaeger, Jurij Solc',
    ]);
  });
});
