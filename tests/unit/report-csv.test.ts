import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '@/utils/report/csv';
import { AUDIT_CSV_HEADER, auditEntriesToCsv } from '@/utils/report/supervisor';
import type { AuditEntry } from '@/utils/schema/audit';

describe('csvCell', () => {
  const cases: [string, Parameters<typeof csvCell>[0], string][] = [
    ['plain text', 'photo', 'photo'],
    ['number', 72.5, '72.5'],
    ['empty', undefined, ''],
    ['null', null, ''],
    ['comma', 'a,b', '"a,b"'],
    ['double quote', 'say "now"', '"say ""now"""'],
    ['line feed', 'one\ntwo', '"one\ntwo"'],
    ['carriage return', 'one\rtwo', '"one\rtwo"'],
    ['formula', '=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['plus sign', '+39 06', "'+39 06"],
    ['at sign', '@cmd', "'@cmd"],
  ];
  it.each(cases)('quotes %s', (_name, cell, expected) => {
    expect(csvCell(cell)).toBe(expected);
  });

  it('keeps a negative number', () => {
    expect(csvCell(-1)).toBe('-1');
  });
});

describe('toCsv', () => {
  it('ends every row with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('a,b\r\n1,x\r\n');
  });
});

describe('auditEntriesToCsv', () => {
  const entry: AuditEntry = {
    at: Date.UTC(2026, 10, 30, 2, 15),
    origin: 'https://portal.example',
    checklistId: 'unit-7',
    checklistVersion: 3,
    score: 64,
    outcome: 'overridden',
    failedRules: ['photo_present', 'guardian_recorded'],
    missingFields: ['facial_image'],
    overrideReason: 'Photo with the centre, "tomorrow", sent by fax',
  };

  it('writes the header', () => {
    const [header] = auditEntriesToCsv([]).split('\r\n');
    expect(header).toBe(AUDIT_CSV_HEADER.join(','));
  });

  it('writes one row per entry', () => {
    const [, row] = auditEntriesToCsv([entry]).split('\r\n');
    expect(row).toBe(
      '2026-11-30T02:15:00.000Z,https://portal.example,unit-7,3,64,overridden,' +
        'photo_present guardian_recorded,facial_image,' +
        '"Photo with the centre, ""tomorrow"", sent by fax",',
    );
  });

  it('writes the count of unlogged checks', () => {
    const summary: AuditEntry = { ...entry, outcome: 'blocked', unloggedChecks: 2989 };
    delete summary.overrideReason;
    const [, row] = auditEntriesToCsv([summary]).split('\r\n');
    expect(row.endsWith(',blocked,photo_present guardian_recorded,facial_image,,2989')).toBe(true);
  });

  it('orders rows oldest first', () => {
    const later = { ...entry, at: entry.at + 1000, checklistId: 'later' };
    const rows = auditEntriesToCsv([later, entry]).split('\r\n');
    expect(rows[1]).toContain('unit-7');
    expect(rows[2]).toContain('later');
  });
});
