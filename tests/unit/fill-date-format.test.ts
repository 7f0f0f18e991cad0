import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  describeDateFormat,
  formatDate,
  formatWithout,
  parseDateText,
} from '../../utils/fill/date-format';
import { formatIsoParts, type DateParts } from '../../utils/fill/iso-date';

/** Writes parsed parts as ISO 8601, or undefined when the text did not parse. */
function isoOf(parts: DateParts | undefined): string | undefined {
  return parts === undefined ? undefined : formatIsoParts(parts);
}

describe('formatDate', () => {
  test.each([
    ['1985-12-24', 'yyyy-MM-dd', '1985-12-24'],
    ['1985-12-24', 'dd.MM.yyyy', '24.12.1985'],
    ['1985-12-24', 'dd/MM/yyyy', '24/12/1985'],
    ['1985-12-24', 'MM/dd/yyyy', '12/24/1985'],
    ['1985-12-24', 'yyyyMMdd', '19851224'],
    ['1979-03-05', 'dd-MM-yyyy', '05-03-1979'],
    ['1979-03-05', 'd.M.yyyy', '5.3.1979'],
    ['1985-12-24', 'dd.MM.yy', '24.12.85'],
    ['2024-06-14T09:05', "yyyy-MM-dd'T'HH:mm", '2024-06-14T09:05'],
    ['2024-06-14T09:05', 'HH:mm', '09:05'],
    ['2024-06-14T09:05', 'dd.MM.yyyy HH:mm', '14.06.2024 09:05'],
    ['2024-06-14T09:05', 'dd.MM.yyyy', '14.06.2024'],
    ['1985-12', 'MM.yyyy', '12.1985'],
    ['1985', 'yyyy', '1985'],
  ])('formats %s as %s', (iso, format, expected) => {
    expect(formatDate(iso, format)).toBe(expected);
  });

  test.each([
    ['1985', 'dd.MM.yyyy'],
    ['1985-12', 'dd.MM.yyyy'],
    ['1985-12-24', 'HH:mm'],
  ])('rejects %s in %s, which lacks a unit', (iso, format) => {
    expect(() => formatDate(iso, format)).toThrow(RangeError);
  });

  test.each(['24.12.1985', '1985-13-01', '2010-02-31', '1985-12-24T25:00', ''])(
    'rejects invalid ISO date %j',
    (iso) => {
      expect(() => formatDate(iso, 'dd.MM.yyyy')).toThrow(RangeError);
    },
  );
});

describe('parseDateText', () => {
  const today = new Date(2025, 5, 1);

  test.each([
    ['24.12.1985', 'dd.MM.yyyy', '1985-12-24'],
    ['5.3.1979', 'dd.MM.yyyy', '1979-03-05'],
    [' 24. 12. 1985 ', 'dd.MM.yyyy', '1985-12-24'],
    ['05-03-1979', 'dd-MM-yyyy', '1979-03-05'],
    ['12/24/1985', 'MM/dd/yyyy', '1985-12-24'],
    ['19851224', 'yyyyMMdd', '1985-12-24'],
    ['24.12.85', 'dd.MM.yy', '1985-12-24'],
    ['01.01.20', 'dd.MM.yy', '2020-01-01'],
    ['14.06.2024 09:05', 'dd.MM.yyyy HH:mm', '2024-06-14T09:05'],
    ['2024-06-14T09:05', "yyyy-MM-dd'T'HH:mm", '2024-06-14T09:05'],
    ['00.00.2010', 'dd.MM.yyyy', '2010'],
    ['00.05.2010', 'dd.MM.yyyy', '2010-05'],
    ['12.1985', 'MM.yyyy', '1985-12'],
  ])('reads %j in %s as %s', (text, format, expected) => {
    expect(isoOf(parseDateText(text, format, today))).toBe(expected);
  });

  test.each([
    ['31.02.2010', 'dd.MM.yyyy'],
    ['29.02.2011', 'dd.MM.yyyy'],
    ['24.13.1985', 'dd.MM.yyyy'],
    ['24.12.1985x', 'dd.MM.yyyy'],
    ['123.12.1985', 'dd.MM.yyyy'],
    ['1985-12-24', 'dd.MM.yyyy'],
    ['24.12.85', 'dd.MM.yyyy'],
    ['abc', 'dd.MM.yyyy'],
    ['05.00.2010', 'dd.MM.yyyy'],
    ['14.06.2024 24:00', 'dd.MM.yyyy HH:mm'],
  ])('rejects %j in %s', (text, format) => {
    expect(parseDateText(text, format, today)).toBeUndefined();
  });
});

describe('describeDateFormat', () => {
  test.each([
    ['dd/MM/yyyy', 'DD/MM/YYYY'],
    ['yyyyMMdd', 'YYYYMMDD'],
    ['dd.MM.yyyy HH:mm', 'DD.MM.YYYY hh:mm'],
  ])('describes %s as %s', (format, expected) => {
    expect(describeDateFormat(format)).toBe(expected);
  });
});

describe('formatWithout', () => {
  test.each([
    ['dd.MM.yyyy', ['day'], '12.1985'],
    ['dd.MM.yyyy', ['day', 'month'], '1985'],
    ['yyyy-MM-dd', ['day'], '1985-12'],
    ['MM/dd/yyyy', ['day'], '12/1985'],
    ['dd.MM.yyyy HH:mm', ['hour', 'minute'], '24.12.1985'],
  ] as const)('drops units from %s', (format, missing, expected) => {
    const parts = { year: 1985, month: 12, day: 24 };
    const reduced = formatWithout(format, [...missing]);
    expect(formatDate(formatIsoParts(parts), reduced)).toBe(expected);
  });
});

describe('format and parse round trip', () => {
  const formats = [
    'yyyy-MM-dd',
    'dd.MM.yyyy',
    'dd/MM/yyyy',
    'MM/dd/yyyy',
    'dd-MM-yyyy',
    'yyyyMMdd',
    'ddMMyyyy',
    'd.M.yyyy',
  ];
  const isoDate = fc
    .date({ min: new Date(1900, 0, 1), max: new Date(2099, 11, 31), noInvalidDate: true })
    .map((date) =>
      formatIsoParts({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() }),
    );

  test('gives back every date in every format', () => {
    fc.assert(
      fc.property(isoDate, fc.constantFrom(...formats), (iso, format) => {
        expect(isoOf(parseDateText(formatDate(iso, format), format))).toBe(iso);
      }),
    );
  });

  test('gives back date-times in a text format', () => {
    const dateTime = fc
      .tuple(isoDate, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([date, hour, minute]) => formatIsoParts({ ...parseParts(date), hour, minute }));
    fc.assert(
      fc.property(dateTime, (iso) => {
        const text = formatDate(iso, 'dd.MM.yyyy HH:mm');
        expect(isoOf(parseDateText(text, 'dd.MM.yyyy HH:mm'))).toBe(iso);
      }),
    );
  });
});

function parseParts(iso: string) {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day };
}
