import { describe, expect, it } from 'vitest';
import type { DetectedField } from '@/utils/messaging/page-model';
import {
  addMapping,
  frameOf,
  newProfileFor,
  profileFromDetections,
  type TabFrame,
} from '@/utils/profile/build';
import { parseProfile } from '@/utils/schema/profile';
import { control, detected } from './support/fill-fields';

const PAGE = 'http://127.0.0.1:4000/portal/new.html?case=7';
const FRAMES: TabFrame[] = [
  { frameId: 0, url: PAGE },
  { frameId: 3, url: 'http://127.0.0.1:4000/portal/part.html', frameIndex: 0 },
  { frameId: 4, url: 'http://127.0.0.1:4000/portal/part.html', frameIndex: 1 },
  { frameId: 5, url: 'about:srcdoc', frameIndex: 2 },
];

function field(fieldId: string, selectors: string[], extra: Partial<DetectedField> = {}) {
  const controls = selectors.map((_, index) => control({ key: `${fieldId}${index}` }));
  return { ...detected(fieldId, controls), selectors, ...extra };
}

describe('newProfileFor', () => {
  it('names the profile after host and path', () => {
    expect(newProfileFor(PAGE, 'id1').name).toBe('127.0.0.1:4000/portal/new.html');
  });

  it('matches the page with any query', () => {
    expect(newProfileFor(PAGE, 'id1').urlPattern).toBe('http://127.0.0.1:4000/portal/new.html*');
  });
});

describe('frameOf', () => {
  it('gives the index when another frame has the same pattern', () => {
    expect(frameOf(FRAMES[2], FRAMES)).toEqual({
      urlPattern: 'http://127.0.0.1:4000/portal/part.html',
      index: 1,
    });
  });

  it('leaves out the index for a frame of its own pattern', () => {
    expect(frameOf(FRAMES[3], FRAMES)).toEqual({ urlPattern: 'about:srcdoc' });
  });
});

describe('profileFromDetections', () => {
  it('maps a top-frame field without a frame', () => {
    const profile = profileFromDetections(
      [{ frameId: 0, field: field('surname', ['#surname']) }],
      FRAMES,
      PAGE,
    );
    expect(profile.fields.surname).toEqual({ selector: '#surname' });
  });

  it('maps a child-frame field with its frame', () => {
    const profile = profileFromDetections(
      [{ frameId: 5, field: field('surname', ['#s']) }],
      FRAMES,
      PAGE,
    );
    expect(profile.fields.surname.frame).toEqual({ urlPattern: 'about:srcdoc' });
  });

  it('maps a split date with its roles', () => {
    const split = field('date_of_birth', ['#d', '#m', '#y'], { roles: ['day', 'month', 'year'] });
    const profile = profileFromDetections([{ frameId: 0, field: split }], FRAMES, PAGE);
    expect(profile.fields.date_of_birth).toEqual({
      selector: ['#d', '#m', '#y'],
      roles: ['day', 'month', 'year'],
    });
  });

  it('leaves out roles a profile cannot hold', () => {
    const split = field('surname', ['#a', '#b'], { roles: ['surname', 'forenames'] });
    const profile = profileFromDetections([{ frameId: 0, field: split }], FRAMES, PAGE);
    expect(profile.fields.surname.roles).toBeUndefined();
  });

  it('skips an ambiguous detection', () => {
    const ambiguous = field('surname', ['#a'], { ambiguousWith: ['name_at_birth'] });
    const profile = profileFromDetections([{ frameId: 0, field: ambiguous }], FRAMES, PAGE);
    expect(profile.fields).toEqual({});
  });

  it('keeps the date format and codes of a pinned control', () => {
    const pinned = field('sex', ['#s']);
    pinned.controls[0] = { ...pinned.controls[0], codes: { M: '1' } };
    const profile = profileFromDetections([{ frameId: 0, field: pinned }], FRAMES, PAGE);
    expect(profile.fields.sex.codes).toEqual({ M: '1' });
  });

  it('keeps the id, name and pattern of the profile it replaces', () => {
    const base = {
      ...newProfileFor(PAGE, 'kept'),
      name: 'Portal',
      urlPattern: 'http://127.0.0.1/*',
    };
    const profile = profileFromDetections([], FRAMES, PAGE, base);
    expect([profile.id, profile.name, profile.urlPattern]).toEqual([
      'kept',
      'Portal',
      'http://127.0.0.1/*',
    ]);
  });

  it('builds a valid profile', () => {
    const detections = [
      { frameId: 0, field: field('surname', ['#surname']) },
      { frameId: 4, field: field('guardian_name', ['x-a >>> #g']) },
    ];
    const result = parseProfile(profileFromDetections(detections, FRAMES, PAGE));
    expect(result.ok).toBe(true);
  });
});

describe('addMapping', () => {
  const base = { ...newProfileFor(PAGE, 'p'), fields: { name_at_birth: { selector: '#fld_07' } } };

  it('adds the picked control for the field', () => {
    const profile = addMapping(base, { fieldId: 'surname', selectors: ['#x'] }, FRAMES[0], FRAMES);
    expect(profile.fields.surname).toEqual({ selector: '#x' });
  });

  it('moves a control from the field that had it', () => {
    const profile = addMapping(
      base,
      { fieldId: 'surname', selectors: ['#fld_07'] },
      FRAMES[0],
      FRAMES,
    );
    expect(Object.keys(profile.fields)).toEqual(['surname']);
  });

  it('names the frame of a pick in a child frame', () => {
    const pick = { fieldId: 'guardian_name', selectors: ['#g1'], frameIndex: 1 };
    const profile = addMapping(base, pick, { frameId: 4, url: FRAMES[2].url }, FRAMES);
    expect(profile.fields.guardian_name.frame).toEqual({
      urlPattern: 'http://127.0.0.1:4000/portal/part.html',
      index: 1,
    });
  });

  it('keeps the date format of a field mapped again', () => {
    const withFormat = {
      ...base,
      fields: { date_of_birth: { selector: '#a', dateFormat: 'dd.MM.yyyy' } },
    };
    const profile = addMapping(
      withFormat,
      { fieldId: 'date_of_birth', selectors: ['#b'] },
      FRAMES[0],
      FRAMES,
    );
    expect(profile.fields.date_of_birth).toEqual({ selector: '#b', dateFormat: 'dd.MM.yyyy' });
  });

  it('leaves the given profile unchanged', () => {
    addMapping(base, { fieldId: 'surname', selectors: ['#x'] }, FRAMES[0], FRAMES);
    expect(Object.keys(base.fields)).toEqual(['name_at_birth']);
  });
});
