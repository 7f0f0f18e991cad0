/** The classifier: evidence, kind and context to field candidates, without a DOM. */
import { describe, expect, test } from 'vitest';
import {
  type ClassifierInput,
  type EvidenceItem,
  type FieldCandidate,
  classifyControl,
} from '../../utils/detect';
import type { OptionInfo } from '../../utils/messaging/page-model';

function label(text: string, source: EvidenceItem['source'] = 'label-for'): EvidenceItem {
  return { source, text, form: 'label' };
}

function best(input: ClassifierInput): FieldCandidate | undefined {
  return classifyControl(input)[0];
}

function options(...texts: string[]): OptionInfo[] {
  return texts.map((text, index) => ({ value: String(index + 1), text }));
}

describe('classifyControl', () => {
  test('label for scores full confidence', () => {
    const candidate = best({ evidence: [label('Cognome')], kind: 'text' });
    expect(candidate?.fieldId).toBe('surname');
    expect(candidate?.confidence).toBe(1);
  });

  test('source weight scales confidence', () => {
    const candidate = best({ evidence: [label('Cognome', 'placeholder')], kind: 'text' });
    expect(candidate?.confidence).toBeCloseTo(0.8, 5);
  });

  test('agreeing sources add a bonus', () => {
    const evidence: EvidenceItem[] = [
      label('Cognome', 'table-left'),
      { source: 'name-id', text: 'txtCognome', form: 'identifier' },
    ];
    expect(best({ evidence, kind: 'text' })?.confidence).toBeCloseTo(0.95, 5);
  });

  test('photo label on text input', () => {
    expect(best({ evidence: [label('Foto')], kind: 'text' })).toBeUndefined();
  });

  test('photo label on file input', () => {
    expect(best({ evidence: [label('Foto')], kind: 'file' })?.fieldId).toBe('facial_image');
  });

  test('estimated date on date input', () => {
    const input: ClassifierInput = { evidence: [label('Data di nascita presunta')], kind: 'date' };
    expect(best(input)?.fieldId).toBe('date_of_birth');
  });

  test('estimated date on checkbox', () => {
    const evidence = [label('Data di nascita presunta')];
    expect(best({ evidence, kind: 'checkbox' })?.fieldId).toBe('date_of_birth_estimated');
  });

  test('autocomplete names the field', () => {
    const evidence: EvidenceItem[] = [
      { source: 'name-id', text: 'bday bday-day', form: 'autocomplete' },
    ];
    expect(best({ evidence, kind: 'text' })?.fieldId).toBe('date_of_birth');
  });

  test('Tatzeit with date mask', () => {
    const input: ClassifierInput = { evidence: [label('Tatzeit')], kind: 'text', dateLike: true };
    expect(best(input)?.fieldId).toBe('last_seen_at');
    expect(best(input)?.confidence).toBe(1);
  });

  test('date mask lowers other fields', () => {
    const input: ClassifierInput = { evidence: [label('Cognome')], kind: 'text', dateLike: true };
    expect(best(input)?.confidence).toBeCloseTo(0.8, 5);
  });

  test('ignored part words leave date label', () => {
    const input: ClassifierInput = {
      evidence: [label('Giorno'), label('Data di nascita', 'table-left')],
      kind: 'date',
      ignoredWords: new Set(['giorno']),
    };
    const candidate = best(input);
    expect(candidate?.fieldId).toBe('date_of_birth');
    expect(candidate?.evidenceIndex).toBe(1);
  });

  test('child attribute in guardian section', () => {
    const input: ClassifierInput = {
      evidence: [label('Data di nascita')],
      kind: 'date',
      context: ['Tutore'],
    };
    expect(best(input)?.confidence).toBeLessThan(0.35);
  });

  test('nearer child section wins', () => {
    const input: ClassifierInput = {
      evidence: [label('Data di nascita')],
      kind: 'date',
      context: ['Dati del minore', 'Tutore'],
    };
    expect(best(input)?.confidence).toBe(1);
  });

  test('label naming the child ignores context', () => {
    const input: ClassifierInput = {
      evidence: [label('Nome del minore')],
      kind: 'text',
      context: ['Tutore'],
    };
    expect(best(input)?.fieldId).toBe('forenames');
  });

  test('text before labelled control is context', () => {
    const input: ClassifierInput = {
      evidence: [label('Nome'), label('Dati del padre', 'text-before')],
      kind: 'text',
    };
    expect(best(input)?.fieldId).toBe('father_name');
  });

  test('options name an unlabelled select', () => {
    const input: ClassifierInput = {
      evidence: [],
      kind: 'select',
      options: options('männlich', 'weiblich'),
    };
    const candidate = best(input);
    expect(candidate?.fieldId).toBe('sex');
    expect(candidate?.evidenceIndex).toBe(-1);
  });

  test('country list alone is ambiguous', () => {
    const input: ClassifierInput = {
      evidence: [],
      kind: 'select',
      options: options('Italia', 'Germania', 'Francia', 'Afghanistan'),
    };
    const [first, second] = classifyControl(input);
    expect(first.fieldId).toBe('nationalities');
    expect(second.fieldId).toBe('country_of_birth');
    expect(first.confidence - second.confidence).toBeLessThanOrEqual(0.1);
  });
});
