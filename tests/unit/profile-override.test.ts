import { describe, expect, it } from 'vitest';
import type { DetectedField } from '@/utils/messaging/page-model';
import { applyProfile, type LocatedControl } from '@/utils/profile/override';
import type { FrameInfo } from '@/utils/profile/select';
import type { PortalProfile, ProfileField } from '@/utils/schema/profile';
import { control, detected } from './support/fill-fields';

const TOP: FrameInfo = { isTop: true, url: 'https://portal.example/alerts/new' };
const CHILD: FrameInfo = { isTop: false, url: 'https://portal.example/frame.html', index: 0 };

function profile(fields: Record<string, ProfileField>): PortalProfile {
  return {
    format: 'vigila-profile',
    version: 1,
    id: 'p',
    name: 'Portal profile',
    urlPattern: 'https://portal.example/*',
    fields,
  };
}

/** Returns a locator that finds the given controls by selector. */
function page(controls: Record<string, LocatedControl>) {
  return (selector: string) => controls[selector];
}

const fld7: LocatedControl = {
  control: control({ key: 'c7' }),
  value: { kind: 'text', text: '' },
  label: 'Feld 7',
};
const familienname: LocatedControl = {
  control: control({ key: 'c3' }),
  value: { kind: 'text', text: 'Ahmadi' },
  label: 'Familienname',
};

function heuristicSurname(): DetectedField {
  return { ...detected('surname', [control({ key: 'c3' })]), confidence: 0.9 };
}

function fieldOf(fields: DetectedField[], fieldId: string): DetectedField | undefined {
  return fields.find((field) => field.fieldId === fieldId);
}

describe('applyProfile', () => {
  it('maps a control the heuristics missed', () => {
    const result = applyProfile(
      [],
      profile({ surname: { selector: '#fld_07' } }),
      TOP,
      page({ '#fld_07': fld7 }),
    );
    const surname = fieldOf(result.fields, 'surname');
    expect(surname?.controls[0].key).toBe('c7');
    expect(surname?.source).toBe('profile');
    expect(surname?.confidence).toBe(1);
  });

  it('gives the profile name as evidence', () => {
    const result = applyProfile(
      [],
      profile({ surname: { selector: '#fld_07' } }),
      TOP,
      page({ '#fld_07': fld7 }),
    );
    expect(fieldOf(result.fields, 'surname')?.evidence).toEqual([
      { source: 'profile', text: 'Portal profile' },
    ]);
  });

  it('keeps the page label of the control', () => {
    const result = applyProfile(
      [],
      profile({ surname: { selector: '#fld_07' } }),
      TOP,
      page({ '#fld_07': fld7 }),
    );
    expect(fieldOf(result.fields, 'surname')?.label).toBe('Feld 7');
  });

  it('reports the profile selector', () => {
    const result = applyProfile(
      [],
      profile({ surname: { selector: '#fld_07' } }),
      TOP,
      page({ '#fld_07': fld7 }),
    );
    expect(fieldOf(result.fields, 'surname')?.selectors).toEqual(['#fld_07']);
  });

  it('replaces a heuristic claim of the same field elsewhere', () => {
    const result = applyProfile(
      [heuristicSurname()],
      profile({ surname: { selector: '#fld_07' } }),
      TOP,
      page({ '#fld_07': fld7 }),
    );
    const surnames = result.fields.filter((field) => field.fieldId === 'surname');
    expect(surnames.map((field) => field.controls[0].key)).toEqual(['c7']);
  });

  it('replaces a heuristic claim on the pinned control', () => {
    const result = applyProfile(
      [heuristicSurname()],
      profile({ name_at_birth: { selector: '#familienname' } }),
      TOP,
      page({ '#familienname': familienname }),
    );
    expect(fieldOf(result.fields, 'surname')).toBeUndefined();
    expect(fieldOf(result.fields, 'name_at_birth')?.controls[0].key).toBe('c3');
  });

  it('reads the value of the pinned control', () => {
    const result = applyProfile(
      [],
      profile({ name_at_birth: { selector: '#familienname' } }),
      TOP,
      page({ '#familienname': familienname }),
    );
    expect(fieldOf(result.fields, 'name_at_birth')?.value).toEqual({
      kind: 'text',
      text: 'Ahmadi',
    });
  });

  it('keeps heuristic fields the profile does not name', () => {
    const forenames = detected('forenames', [control({ key: 'c2' })]);
    const result = applyProfile(
      [forenames, heuristicSurname()],
      profile({ surname: { selector: '#fld_07' } }),
      TOP,
      page({ '#fld_07': fld7 }),
    );
    expect(fieldOf(result.fields, 'forenames')).toBe(forenames);
  });

  it('lists a selector that found nothing', () => {
    const result = applyProfile([], profile({ surname: { selector: '#gone' } }), TOP, page({}));
    expect(result.missing).toEqual(['surname']);
  });

  it('drops a guess for a missing selector', () => {
    const result = applyProfile(
      [heuristicSurname()],
      profile({ surname: { selector: '#gone' } }),
      TOP,
      page({}),
    );
    expect(fieldOf(result.fields, 'surname')).toBeUndefined();
  });

  it('misses a split field with one part gone', () => {
    const mapping = { selector: ['#d', '#m'], roles: ['day', 'month'] } as ProfileField;
    const result = applyProfile([], profile({ date_of_birth: mapping }), TOP, page({ '#d': fld7 }));
    expect(result.missing).toEqual(['date_of_birth']);
  });

  it('leaves fields of another frame to that frame', () => {
    const mapping = { frame: { urlPattern: 'https://portal.example/frame.html' }, selector: '#g1' };
    const result = applyProfile(
      [],
      profile({ guardian_name: mapping }),
      TOP,
      page({ '#g1': fld7 }),
    );
    expect(result.fields).toEqual([]);
    expect(result.missing).toEqual([]);
  });

  it('drops a guess for another frame\'s field', () => {
    const mapping = { selector: '#fld_07' };
    const guess = detected('surname', [control({ key: 'c9' })]);
    const result = applyProfile(
      [guess],
      profile({ surname: mapping }),
      CHILD,
      page({ '#fld_07': fld7 }),
    );
    expect(result.fields).toEqual([]);
  });

  it('applies a field to the child frame it names', () => {
    const mapping = {
      frame: { urlPattern: 'https://portal.example/frame.html', index: 0 },
      selector: '#g1',
    };
    const result = applyProfile(
      [],
      profile({ guardian_name: mapping }),
      CHILD,
      page({ '#g1': fld7 }),
    );
    expect(fieldOf(result.fields, 'guardian_name')?.controls[0].key).toBe('c7');
  });

  it('joins the parts of a split field with their roles', () => {
    const parts = {
      '#d': { control: control({ key: 'd' }), value: { kind: 'text', text: '05' } },
      '#m': { control: control({ key: 'm' }), value: { kind: 'text', text: '' } },
      '#y': { control: control({ key: 'y' }), value: { kind: 'text', text: '' } },
    } as Record<string, LocatedControl>;
    const mapping = {
      selector: ['#d', '#m', '#y'],
      roles: ['day', 'month', 'year'],
    } as ProfileField;
    const result = applyProfile([], profile({ date_of_birth: mapping }), TOP, page(parts));
    const field = fieldOf(result.fields, 'date_of_birth');
    expect(field?.roles).toEqual(['day', 'month', 'year']);
    expect(field?.value.kind).toBe('parts');
    expect(field?.controls.map((item) => item.key)).toEqual(['d', 'm', 'y']);
  });

  it('takes scan roles when the profile has none', () => {
    const parts = {
      '#d': { control: control({ key: 'd' }), value: { kind: 'text', text: '' }, role: 'day' },
      '#m': { control: control({ key: 'm' }), value: { kind: 'text', text: '' }, role: 'month' },
    } as Record<string, LocatedControl>;
    const result = applyProfile(
      [],
      profile({ date_of_birth: { selector: ['#d', '#m'] } }),
      TOP,
      page(parts),
    );
    expect(fieldOf(result.fields, 'date_of_birth')?.roles).toEqual(['day', 'month']);
  });

  it('passes the date format to the control', () => {
    const mapping = { selector: '#fld_11', dateFormat: 'dd.MM.yyyy' };
    const result = applyProfile(
      [],
      profile({ date_of_birth: mapping }),
      TOP,
      page({ '#fld_11': fld7 }),
    );
    expect(fieldOf(result.fields, 'date_of_birth')?.controls[0].dateFormat).toBe('dd.MM.yyyy');
  });

  it('passes the code map to the control', () => {
    const mapping = { selector: '#fld_09', codes: { M: '1', F: '2' } };
    const result = applyProfile([], profile({ sex: mapping }), TOP, page({ '#fld_09': fld7 }));
    expect(fieldOf(result.fields, 'sex')?.controls[0].codes).toEqual({ M: '1', F: '2' });
  });

  it('leaves the located control unchanged', () => {
    const mapping = { selector: '#fld_09', codes: { M: '1' } };
    applyProfile([], profile({ sex: mapping }), TOP, page({ '#fld_09': fld7 }));
    expect(fld7.control.codes).toBeUndefined();
  });

  it('clears an ambiguity with a field the profile pins', () => {
    const forenames = {
      ...detected('forenames', [control({ key: 'c5' })]),
      ambiguousWith: ['surname'],
    };
    const result = applyProfile(
      [forenames],
      profile({ surname: { selector: '#fld_07' } }),
      TOP,
      page({ '#fld_07': fld7 }),
    );
    expect(fieldOf(result.fields, 'forenames')?.ambiguousWith).toBeUndefined();
  });

  it('keeps an ambiguity with a field the profile does not name', () => {
    const forenames = {
      ...detected('forenames', [control({ key: 'c5' })]),
      ambiguousWith: ['surname', 'aliases'],
    };
    const result = applyProfile(
      [forenames],
      profile({ surname: { selector: '#fld_07' } }),
      TOP,
      page({ '#fld_07': fld7 }),
    );
    expect(fieldOf(result.fields, 'forenames')?.ambiguousWith).toEqual(['aliases']);
  });
});
