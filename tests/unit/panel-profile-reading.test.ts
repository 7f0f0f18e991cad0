import { describe, expect, it } from 'vitest';
import { parsePageValue } from '@/utils/fill';
import { readableByProfile } from '@/utils/panel/profile-reading';
import { control, detected, options } from './support/fill-fields';

const numberedSex = options(['', '--'], ['31', 'Typ 31'], ['32', 'Typ 32']);

function read(field: ReturnType<typeof detected>) {
  return parsePageValue(readableByProfile(field));
}

describe('readableByProfile', () => {
  it('reads a selected option through the code map', () => {
    const select = control({ kind: 'select', options: numberedSex, codes: { M: '31', F: '32' } });
    const field = detected('sex', [select], {
      value: { kind: 'options', selected: [{ value: '32', text: 'Typ 32' }] },
    });
    expect(read(field)).toEqual({ status: 'valid', value: 'F' });
  });

  it('reads a text through the code map', () => {
    const box = control({ codes: { F: 'W' } });
    const field = detected('sex', [box], { value: { kind: 'text', text: 'W' } });
    expect(read(field)).toEqual({ status: 'valid', value: 'F' });
  });

  it('reads a date in the profile format', () => {
    const box = control({ dateFormat: 'dd.MM.yyyy' });
    const field = detected('date_of_birth', [box], { value: { kind: 'text', text: '05.03.2011' } });
    expect(read(field)).toEqual({ status: 'valid', value: '2011-03-05' });
  });

  it('reads a date order that labels would leave open', () => {
    const box = control({ dateFormat: 'MM/dd/yyyy' });
    const field = detected('date_of_birth', [box], { value: { kind: 'text', text: '03/05/2011' } });
    expect(read(field)).toEqual({ status: 'valid', value: '2011-03-05' });
  });

  it('reads a date and time in the profile format', () => {
    const box = control({ dateFormat: 'dd.MM.yyyy HH:mm' });
    const field = detected('last_seen_at', [box], {
      value: { kind: 'text', text: '03.12.2026 21:40' },
    });
    expect(read(field)).toEqual({ status: 'valid', value: '2026-12-03T21:40' });
  });

  it('keeps an empty date empty', () => {
    const box = control({ dateFormat: 'dd.MM.yyyy' });
    const field = detected('date_of_birth', [box], { value: { kind: 'text', text: '' } });
    expect(read(field)).toEqual({ status: 'empty' });
  });

  it('returns a field without a profile format as it is', () => {
    const field = detected('surname', [control()]);
    expect(readableByProfile(field)).toBe(field);
  });
});
