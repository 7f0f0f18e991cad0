import { describe, expect, test } from 'vitest';
import {
  hasNonLatinLetter,
  latinSpellings,
  transliterate,
} from '../../utils/fill/icao-transliteration';

describe('transliterate Latin letters with diacritics', () => {
  test.each([
    ['Ä', 'A'],
    ['Å', 'A'],
    ['Ö', 'O'],
    ['Ü', 'U'],
    ['Ø', 'OE'],
    ['Æ', 'AE'],
    ['Œ', 'OE'],
    ['ß', 'ss'],
    ['ẞ', 'SS'],
    ['Þ', 'TH'],
    ['Ĳ', 'IJ'],
    ['Ł', 'L'],
    ['Ñ', 'N'],
    ['Ș', 'S'],
    ['Ț', 'T'],
    ['ı', 'i'],
    ['Ç', 'C'],
    ['Đ', 'D'],
  ])('writes %s as %s', (letter, latin) => {
    expect(transliterate(letter)).toBe(latin);
  });

  test.each([
    ['Ä', 'AE'],
    ['Å', 'AA'],
    ['Ö', 'OE'],
    ['Ü', 'UE'],
    ['Ø', 'OE'],
    ['É', 'E'],
  ])('writes %s as %s in the expanded style', (letter, latin) => {
    expect(transliterate(letter, 'expanded')).toBe(latin);
  });

  test('keeps the case of each letter', () => {
    expect(transliterate('Müller-Lüdenscheidt')).toBe('Muller-Ludenscheidt');
  });

  test('writes ß in an upper-case word as SS', () => {
    expect(transliterate('STRAẞE')).toBe('STRASSE');
  });

  test('drops a combining diacritic that NFC cannot compose', () => {
    expect(transliterate('Ş\u0327e')).toBe('Se');
  });

  test('keeps digits, spaces and name punctuation', () => {
    expect(transliterate("O'Neill-Smith 2.")).toBe("O'Neill-Smith 2.");
  });
});

describe('transliterate Cyrillic', () => {
  test.each([
    ['Ж', 'ZH'],
    ['Щ', 'SHCH'],
    ['Х', 'KH'],
    ['Ц', 'TS'],
    ['Ч', 'CH'],
    ['Ш', 'SH'],
    ['Ю', 'IU'],
    ['Я', 'IA'],
    ['Ъ', 'IE'],
    ['Ы', 'Y'],
    ['Й', 'I'],
    ['Ё', 'E'],
    ['Є', 'IE'],
    ['Ї', 'I'],
    ['Ў', 'U'],
    ['Љ', 'LJ'],
    ['Џ', 'DZ'],
  ])('writes %s as %s', (letter, latin) => {
    expect(transliterate(letter)).toBe(latin);
  });

  test('drops the soft sign', () => {
    expect(transliterate('Игорь')).toBe('Igor');
  });

  test('capitalises a capital that becomes two letters', () => {
    expect(transliterate('Жанна')).toBe('Zhanna');
  });

  test('keeps an upper-case word upper case', () => {
    expect(transliterate('ЩУКИН')).toBe('SHCHUKIN');
  });

  test('writes a full name', () => {
    expect(transliterate('Юлия Щербакова')).toBe('Iuliia Shcherbakova');
  });
});

describe('transliterate Greek', () => {
  test.each([
    ['Θ', 'TH'],
    ['Χ', 'CH'],
    ['Ψ', 'PS'],
    ['Η', 'I'],
    ['Ω', 'O'],
    ['Β', 'V'],
    ['Ξ', 'X'],
  ])('writes %s as %s', (letter, latin) => {
    expect(transliterate(letter)).toBe(latin);
  });

  test('writes ου as ou', () => {
    expect(transliterate('Γιούλα')).toBe('Gioula');
  });

  test('writes ευ as ev before a voiced letter', () => {
    expect(transliterate('Ευάγγελος')).toBe('Evangelos');
  });

  test('writes αυ as af before a voiceless letter', () => {
    expect(transliterate('Ναύτης')).toBe('Naftis');
  });

  test('writes the final sigma as s', () => {
    expect(transliterate('Νίκος')).toBe('Nikos');
  });

  test('writes a place name in upper case', () => {
    expect(transliterate('ΘΕΣΣΑΛΟΝΙΚΗ')).toBe('THESSALONIKI');
  });
});

describe('transliterate other scripts', () => {
  test('returns undefined for an Arabic name', () => {
    expect(transliterate('حسن')).toBeUndefined();
  });

  test('returns undefined for a Cyrillic letter outside the table', () => {
    expect(transliterate('Ђорђе')).toBeUndefined();
  });
});

describe('latinSpellings', () => {
  test('offers the plain spelling first and the expanded one second', () => {
    expect(latinSpellings('Jäger')).toEqual(['Jager', 'Jaeger']);
  });

  test('offers one spelling when the styles agree', () => {
    expect(latinSpellings('Øster')).toEqual(['Oester']);
  });

  test('offers nothing for an untransliterable text', () => {
    expect(latinSpellings('حسن')).toEqual([]);
  });
});

describe('hasNonLatinLetter', () => {
  test.each([
    ['Müller', true],
    ['Жанна', true],
    ['Muller', false],
    ["O'Neill-Smith 2", false],
  ])('reads %s as %s', (text, expected) => {
    expect(hasNonLatinLetter(text)).toBe(expected);
  });
});
