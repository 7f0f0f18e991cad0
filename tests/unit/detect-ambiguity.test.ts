/** Assignment of fields: similar candidates and fields claimed twice are reported as ambiguous. */
import { describe, expect, test } from 'vitest';
import { type FieldCandidate, assignFields } from '../../utils/detect';

function candidate(fieldId: string, confidence: number): FieldCandidate {
  return { fieldId, confidence, evidenceIndex: 0 };
}

describe('assignFields', () => {
  test('clear winner is assigned', () => {
    const [assignment] = assignFields([
      { candidates: [candidate('surname', 0.9), candidate('forenames', 0.5)], labelKey: 'a' },
    ]);
    expect(assignment).toEqual({ fieldId: 'surname', confidence: 0.9 });
  });

  test('low confidence stays unassigned', () => {
    const [assignment] = assignFields([{ candidates: [candidate('surname', 0.3)], labelKey: 'a' }]);
    expect(assignment.fieldId).toBeUndefined();
  });

  test('no candidates stays unassigned', () => {
    const [assignment] = assignFields([{ candidates: [], labelKey: '' }]);
    expect(assignment).toEqual({ confidence: 0 });
  });

  test('similar candidates are ambiguous', () => {
    const [assignment] = assignFields([
      { candidates: [candidate('surname', 0.63), candidate('name_at_birth', 0.63)], labelKey: 'a' },
    ]);
    expect(assignment.fieldId).toBe('surname');
    expect(assignment.ambiguousWith).toEqual(['name_at_birth']);
  });

  test('unsure field claimed twice', () => {
    const assignments = assignFields([
      { candidates: [candidate('surname', 0.6)], labelKey: 'name' },
      { candidates: [candidate('surname', 0.65)], labelKey: 'nom' },
    ]);
    expect(assignments[0].ambiguousWith).toEqual(['surname']);
    expect(assignments[1].ambiguousWith).toEqual(['surname']);
  });

  test('same label twice', () => {
    const assignments = assignFields([
      { candidates: [candidate('surname', 1)], labelKey: 'cognome' },
      { candidates: [candidate('surname', 1)], labelKey: 'cognome' },
    ]);
    expect(assignments[0].ambiguousWith).toEqual(['surname']);
    expect(assignments[1].ambiguousWith).toEqual(['surname']);
  });

  test('sure different labels are encodings', () => {
    const assignments = assignFields([
      { candidates: [candidate('date_of_birth', 1)], labelKey: 'geburtsdatum' },
      { candidates: [candidate('date_of_birth', 0.95)], labelKey: 'date of birth' },
    ]);
    expect(assignments[0].ambiguousWith).toBeUndefined();
    expect(assignments[1].ambiguousWith).toBeUndefined();
  });

  test('list fields may repeat', () => {
    const assignments = assignFields([
      { candidates: [candidate('phone_numbers', 0.6)], labelKey: 'telefono' },
      { candidates: [candidate('phone_numbers', 0.6)], labelKey: 'telefono' },
    ]);
    expect(assignments[0].ambiguousWith).toBeUndefined();
    expect(assignments[1].ambiguousWith).toBeUndefined();
  });

  test('distant confidences are no conflict', () => {
    const assignments = assignFields([
      { candidates: [candidate('surname', 0.9)], labelKey: 'nazwisko' },
      {
        candidates: [candidate('surname', 0.63), candidate('name_at_birth', 0.63)],
        labelKey: 'familienname geburtsname',
      },
    ]);
    expect(assignments[0].ambiguousWith).toBeUndefined();
    expect(assignments[1].ambiguousWith).toEqual(['name_at_birth']);
  });
});
