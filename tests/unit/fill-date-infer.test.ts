import { describe, expect, test } from 'vitest';
import { dateFormatCandidates, inferDateFormat } from '../../utils/fill';
import type { ControlInfo } from '../../utils/messaging/page-model';

function control(facts: Partial<ControlInfo>): ControlInfo {
  return { key: 'k', kind: 'text', state: 'editable', ...facts };
}

describe('inferDateFormat', () => {
  test.each([
    ['native date', { kind: 'date' }, undefined, 'yyyy-MM-dd'],
    ['native date-time', { kind: 'datetime-local' }, undefined, "yyyy-MM-dd'T'HH:mm"],
    ['native time', { kind: 'time' }, undefined, 'HH:mm'],
    ['German TT.MM.JJJJ', { placeholder: 'TT.MM.JJJJ', maxLength: 10 }, 'de', 'dd.MM.yyyy'],
    ['German JJJJ-MM-TT', { placeholder: 'JJJJ-MM-TT' }, 'de', 'yyyy-MM-dd'],
    ['French jj/mm/aaaa', { placeholder: 'jj/mm/aaaa' }, 'de', 'dd/MM/yyyy'],
    ['Italian gg/mm/aaaa', { placeholder: 'gg/mm/aaaa' }, 'it', 'dd/MM/yyyy'],
    ['Polish dd-mm-rrrr', { placeholder: 'dd-mm-rrrr' }, 'pl', 'dd-MM-yyyy'],
    ['English DD/MM/YYYY', { placeholder: 'DD/MM/YYYY' }, 'en', 'dd/MM/yyyy'],
    ['dd.mm.yyyy', { placeholder: 'dd.mm.yyyy' }, undefined, 'dd.MM.yyyy'],
    ['US MM/DD/YYYY', { placeholder: 'MM/DD/YYYY' }, 'en', 'MM/dd/yyyy'],
    ['packed yyyymmdd', { placeholder: 'yyyymmdd', maxLength: 8 }, 'en', 'yyyyMMdd'],
    ['packed JJJJMMTT', { placeholder: 'JJJJMMTT', maxLength: 8 }, 'de', 'yyyyMMdd'],
    ['packed ddmmyyyy', { placeholder: 'ddmmyyyy' }, 'en', 'ddMMyyyy'],
    ['Romanian zz.ll.aaaa', { placeholder: 'zz.ll.aaaa' }, 'ro', 'dd.MM.yyyy'],
    ['Bulgarian ДД.ММ.ГГГГ', { placeholder: 'ДД.ММ.ГГГГ' }, 'bg', 'dd.MM.yyyy'],
    ['Latvian DD.MM.GGGG.', { placeholder: 'DD.MM.GGGG.' }, 'lv', 'dd.MM.yyyy'],
    ['Maltese jj/xx/ssss', { placeholder: 'jj/xx/ssss' }, 'mt', 'dd/MM/yyyy'],
    ['Maltese mask with time', { placeholder: 'jj/xx/ssss ss:mm' }, 'mt', 'dd/MM/yyyy HH:mm'],
    ['Spanish two-digit year', { placeholder: 'dd/mm/aa' }, 'es', 'dd/MM/yy'],
    ['mask with dots on English page', { placeholder: '__.__.____' }, 'en', 'dd.MM.yyyy'],
    ['mask with slashes on French page', { placeholder: '__/__/____' }, 'fr', 'dd/MM/yyyy'],
    ['mask with year first', { placeholder: '____-__-__' }, 'en', 'yyyy-MM-dd'],
    ['zero mask', { placeholder: '00/00/0000' }, 'pt', 'dd/MM/yyyy'],
    ['example in hint', { hint: 'z.B. 24.12.1985' }, 'de', 'dd.MM.yyyy'],
    ['US example in hint', { hint: 'e.g. 12/31/2000' }, 'en', 'MM/dd/yyyy'],
    ['day-first example', { hint: 'e.g. 31/12/2000' }, 'en', 'dd/MM/yyyy'],
    ['escaped pattern', { pattern: '\\d{2}\\.\\d{2}\\.\\d{4}' }, 'en', 'dd.MM.yyyy'],
    ['class pattern', { pattern: '[0-9]{4}-[0-9]{2}-[0-9]{2}' }, 'en', 'yyyy-MM-dd'],
    ['mask with time', { placeholder: 'TT.MM.JJJJ hh:mm' }, 'de', 'dd.MM.yyyy HH:mm'],
    ['mask with time blanks', { placeholder: '__.__.____ __:__' }, 'de', 'dd.MM.yyyy HH:mm'],
    ['German page without hint', {}, 'de', 'dd.MM.yyyy'],
    ['Dutch page without hint', {}, 'nl', 'dd-MM-yyyy'],
    ['Polish page without hint', {}, 'pl', 'dd.MM.yyyy'],
    ['control language over page', { lang: 'fr' }, 'en', 'dd/MM/yyyy'],
  ] as const)('reads %s', (_, facts, lang, expected) => {
    expect(inferDateFormat(control(facts), lang)).toBe(expected);
  });

  test.each([
    ['slashes mask on English page', { placeholder: '__/__/____' }, 'en'],
    ['slashes mask with no language', { placeholder: '__/__/____' }, undefined],
    ['example with day and month under 13', { hint: 'e.g. 05/03/1979' }, 'en'],
    ['English page without hint', {}, 'en-GB'],
    ['eight characters without hint', { maxLength: 8 }, 'de'],
    ['too short for a date', { maxLength: 6 }, 'de'],
    ['year in the middle', { placeholder: 'dd/yyyy/mm' }, 'de'],
  ] as const)('finds %s ambiguous', (_, facts, lang) => {
    expect(inferDateFormat(control(facts), lang)).toBe('ambiguous');
  });
});

describe('dateFormatCandidates', () => {
  test('offers both orders for an unknown order', () => {
    const formats = dateFormatCandidates(control({ placeholder: '__/__/____' }), 'en');
    expect(formats).toEqual(['dd/MM/yyyy', 'MM/dd/yyyy']);
  });

  test('offers both packed orders for eight characters', () => {
    expect(dateFormatCandidates(control({ maxLength: 8 }), 'de')).toEqual(['yyyyMMdd', 'ddMMyyyy']);
  });

  test('offers nothing for a control too short', () => {
    expect(dateFormatCandidates(control({ maxLength: 4 }), 'de')).toEqual([]);
  });

  test('ignores words that only look like a mask', () => {
    const formats = dateFormatCandidates(control({ hint: 'Version 1.2.3', lang: 'de' }));
    expect(formats).toEqual(['dd.MM.yyyy']);
  });
});
