import { beforeEach, describe, expect, test } from 'vitest';
import { matchOption, planFieldWrite } from '../../utils/fill';
import { useEnglishMessages } from './support/messages';
import { control, detected, options } from './support/fill-fields';

beforeEach(useEnglishMessages);

// Values and texts that no matcher reads as a sex code.
const numberedSex = options(['', '--'], ['31', 'Typ 31'], ['32', 'Typ 32'], ['39', 'Typ 39']);

describe('planFieldWrite with a profile date format', () => {
  test('writes the date in the profile format', () => {
    const field = detected('date_of_birth', [control({ dateFormat: 'dd.MM.yyyy' })]);
    const plan = planFieldWrite(field, '2011-03-05');
    expect(plan.status).toBe('ready');
    expect(plan.display).toBe('05.03.2011');
  });

  test('prefers the profile format over a hint', () => {
    const field = detected('date_of_birth', [
      control({ dateFormat: 'yyyyMMdd', hint: 'TT.MM.JJJJ' }),
    ]);
    expect(planFieldWrite(field, '2011-03-05').display).toBe('20110305');
  });

  test('writes a date list in the profile format', () => {
    const field = detected('declared_dates_of_birth', [control({ dateFormat: 'dd/MM/yyyy' })]);
    const plan = planFieldWrite(field, ['2011-03-05', '2010-01-02']);
    expect(plan.display).toBe('05/03/2011, 02/01/2010');
  });

  test('keeps the native format of a date input', () => {
    const field = detected('date_of_birth', [control({ kind: 'date', dateFormat: 'dd.MM.yyyy' })]);
    expect(planFieldWrite(field, '2011-03-05').display).toBe('2011-03-05');
  });
});

describe('planFieldWrite with a profile code map', () => {
  test('picks the option the code map names', () => {
    const select = control({ kind: 'select', options: numberedSex, codes: { M: '31', F: '32' } });
    const plan = planFieldWrite(detected('sex', [select]), 'F');
    expect(plan.status).toBe('ready');
    expect(plan.steps[0]).toMatchObject({ action: 'select', key: 'k1', index: 2 });
  });

  test('leaves the choice open without a code map', () => {
    const select = control({ kind: 'select', options: numberedSex });
    expect(planFieldWrite(detected('sex', [select]), 'F').status).toBe('needs-choice');
  });

  test('writes the mapped text into a text box', () => {
    const box = control({ codes: { F: 'W' } });
    expect(planFieldWrite(detected('sex', [box]), 'F').display).toBe('W');
  });

  test('maps every code of a list', () => {
    const select = control({
      kind: 'select-multiple',
      options: options(['004', 'A'], ['999', 'S']),
      codes: { AFG: '004', XXA: '999' },
    });
    const plan = planFieldWrite(detected('nationalities', [select]), ['AFG', 'XXA']);
    expect(plan.steps[0]).toMatchObject({ action: 'select-multiple', key: 'k1', indexes: [0, 1] });
  });
});

describe('matchOption with a code map', () => {
  test('returns the option with the mapped value', () => {
    expect(matchOption('sex', 'M', numberedSex, 'de', { M: '31' })).toEqual({ index: 1 });
  });

  test('falls back to matching when no option has the mapped value', () => {
    const sexOptions = options(['M', 'Male'], ['F', 'Female']);
    expect(matchOption('sex', 'F', sexOptions, 'en', { F: 'W' })).toEqual({ index: 1 });
  });

  test('ignores keys of the object prototype', () => {
    const sexOptions = options(['M', 'Male'], ['F', 'Female']);
    expect(matchOption('sex', 'constructor', sexOptions, 'en', {})).toHaveProperty('candidates');
  });
});
