import { describe, expect, it } from 'vitest';
import {
  hasChanges,
  markSaved,
  newWorkingCopy,
  normaliseField,
  validateCopy,
  workingCopyOf,
} from '@/components/drafts/working-copy';

const STORED = {
  id: 'd1',
  label: 'Case 1',
  fields: { surname: 'AHMADI', aliases: ['Ahmady'] },
  createdAt: 1,
  updatedAt: 1,
};

describe('working copy normaliseField', () => {
  const cases: [string, unknown, unknown][] = [
    ['surname', '  AHMADI ', 'AHMADI'],
    ['surname', '   ', undefined],
    ['aliases', ['Ahmady', '', '  '], ['Ahmady']],
    ['aliases', ['', ''], undefined],
    ['height_cm', '152', 152],
    ['height_cm', ' ', undefined],
    ['height_cm', '1.5', '1.5'],
    ['unaccompanied', false, false],
    ['contacts_abroad', [{ name: 'Uncle', country: '', phone: '' }], [{ name: 'Uncle' }]],
    ['contacts_abroad', [{ name: '', country: '', phone: '' }], undefined],
    ['intended_destination', { country: '', place: '' }, undefined],
    ['date_of_birth', '2011-03', '2011-03'],
  ];
  it.each(cases)('%s turns %j into %j', (id, value, expected) => {
    expect(normaliseField(id, value)).toEqual(expected);
  });
});

describe('working copy changes', () => {
  it('has none when just opened', () => {
    expect(hasChanges(workingCopyOf(STORED))).toBe(false);
  });

  it('has none for an empty row', () => {
    const copy = workingCopyOf(STORED);
    const edited = { ...copy, fields: { ...copy.fields, aliases: ['Ahmady', ''] } };
    expect(hasChanges(edited)).toBe(false);
  });

  it('has some after an edit', () => {
    const copy = workingCopyOf(STORED);
    expect(hasChanges({ ...copy, fields: { ...copy.fields, surname: 'B' } })).toBe(true);
  });

  it('has some after a label edit', () => {
    expect(hasChanges({ ...workingCopyOf(STORED), label: 'Case 2' })).toBe(true);
  });

  it('has none after markSaved', () => {
    const copy = { ...newWorkingCopy(), fields: { surname: 'A' } };
    const saved = markSaved(copy, { ...STORED, label: '', fields: { surname: 'A' } });
    expect(hasChanges(saved)).toBe(false);
  });

  it('keeps the render key through markSaved', () => {
    const copy = newWorkingCopy();
    expect(markSaved(copy, STORED).renderKey).toBe(copy.renderKey);
  });

  it('gives new copies distinct keys', () => {
    expect(newWorkingCopy().key).not.toBe(newWorkingCopy().key);
  });
});

describe('working copy validateCopy', () => {
  it('returns no errors for a valid copy', () => {
    expect(validateCopy(workingCopyOf(STORED)).size).toBe(0);
  });

  it('returns errors by field id', () => {
    const copy = { ...newWorkingCopy(), fields: { height_cm: '1.5', sex: 'X' } };
    expect([...validateCopy(copy).keys()]).toEqual(['sex', 'height_cm']);
  });
});
