import { beforeEach, describe, expect, test } from 'vitest';
import { planFieldWrite } from '@/utils/fill';
import type { DetectedField, FrameReport, PageValue } from '@/utils/messaging/page-model';
import { buildFieldViews, type FrameState } from '@/utils/panel/alert-state';
import { captureLabel, capturePage } from '@/utils/panel/capture';
import { buildPreview, isWritable, rowResult, writesByFrame } from '@/utils/panel/fill-plan';
import { control, detected, options } from './support/fill-fields';
import { useEnglishMessages } from './support/messages';

beforeEach(useEnglishMessages);

function viewsOf(...fields: DetectedField[]) {
  const report: FrameReport = { revision: 1, fields, lostKeys: [], closedRootsUnread: 0 };
  const frames = new Map<number, FrameState>([[0, { url: 'http://127.0.0.1/', report }]]);
  return buildFieldViews(frames, new Map());
}

function text(value: string): PageValue {
  return { kind: 'text', text: value };
}

const readonlyDate = control({ key: 'tz', placeholder: 'TT.MM.JJJJ', state: 'readonly' });

describe('planFieldWrite of a read-only date', () => {
  test('leaves a read-only date to the page calendar', () => {
    const plan = planFieldWrite(detected('last_seen_at', [readonlyDate]), '2024-06-14T10:30', {
      lang: 'de',
    });
    expect(plan.status).toBe('guided');
    expect(plan.reason).toBe('fill_reason_set_via_picker');
    expect(plan.steps).toEqual([]);
  });

  test('shows the date in the control format', () => {
    const plan = planFieldWrite(detected('last_seen_at', [readonlyDate]), '2024-06-14T10:30', {
      lang: 'de',
    });
    expect(plan.display).toBe('14.06.2024');
  });

  test('still locks a disabled date', () => {
    const disabled = { ...readonlyDate, state: 'disabled' as const };
    expect(planFieldWrite(detected('last_seen_at', [disabled]), '2024-06-14').status).toBe(
      'locked',
    );
  });

  test('locks a read-only date the system already set', () => {
    const field = detected('last_seen_at', [readonlyDate], {
      value: { kind: 'text', text: '01.06.2024' },
    });
    expect(planFieldWrite(field, '2024-06-14T10:30', { lang: 'de' }).status).toBe('locked');
  });

  test('still locks a read-only text', () => {
    const field = detected('national_case_number', [control({ state: 'readonly' })]);
    expect(planFieldWrite(field, 'ST-1').status).toBe('locked');
  });
});

describe('buildPreview', () => {
  test('leaves a transliteration unticked until the officer accepts it', () => {
    const surname = detected('surname', [control({ key: 'fam', pattern: '[A-Z ]+' })]);
    const [row] = buildPreview(viewsOf(surname), { surname: 'Jäger' });
    expect(row.targets[0].plan.transliteration?.original).toBe('Jäger');
    expect(isWritable(row)).toBe(true);
    expect(row.checked).toBe(false);
  });

  test('ticks a select that waits for its options', () => {
    const town = detected('place_of_birth', [
      control({ key: 'town', kind: 'select', options: options(['', '--']) }),
    ]);
    const [row] = buildPreview(viewsOf(town), { place_of_birth: 'Bergamo' });
    expect(row.targets[0].plan.status).toBe('waiting');
    expect(row.checked).toBe(true);
    expect(row.value).toBe('Bergamo');
  });

  test('sends no write for a waiting row in the first stage', () => {
    const town = detected('place_of_birth', [
      control({ key: 'town', kind: 'select', options: options(['', '--']) }),
    ]);
    const rows = buildPreview(viewsOf(town), { place_of_birth: 'Bergamo' });
    expect(writesByFrame(rows).size).toBe(0);
  });

  test('offers no checkbox for a guided date', () => {
    const field = detected('last_seen_at', [readonlyDate]);
    const [row] = buildPreview(viewsOf(field), { last_seen_at: '2024-06-14T10:30' });
    expect(isWritable(row)).toBe(false);
    expect(row.checked).toBe(false);
  });
});

describe('rowResult', () => {
  test('reports a guided date as needing the officer, with its reason', () => {
    const field = detected('last_seen_at', [readonlyDate]);
    const [row] = buildPreview(
      viewsOf(field),
      { last_seen_at: '2024-06-14T10:30' },
      {
        lang: 'de',
      },
    );
    const result = rowResult(row, []);
    expect(result.status).toBe('needs-choice');
    expect(result.reason).toBe('fill_reason_set_via_picker');
    expect(result.value).toBe('14.06.2024');
  });

  test('reports a waiting row as waiting until its select is filled', () => {
    const town = detected('place_of_birth', [
      control({ key: 'town', kind: 'select', options: options(['', '--']) }),
    ]);
    const [row] = buildPreview(viewsOf(town), { place_of_birth: 'Bergamo' });
    const result = rowResult(row, []);
    expect(result.status).toBe('waiting');
    expect(result.reason).toBe('fill_reason_waits_for_options');
  });

  test('shows the spelling the officer picked', () => {
    const surname = detected('surname', [control({ key: 'fam', pattern: '[A-Z ]+' })]);
    const [row] = buildPreview(viewsOf(surname), { surname: 'Jäger' });
    const spelling = row.targets[0].plan.transliteration!.spellings[1];
    const picked = {
      ...row,
      checked: true,
      targets: [{ ...row.targets[0], chosen: spelling.steps, chosenLabel: spelling.label }],
    };
    expect(rowResult(picked, [{ fieldId: 'surname', status: 'filled' }]).value).toBe('JAEGER');
  });
});

describe('capturePage', () => {
  const fields = [
    detected('surname', [control({ key: 'fam' })], { value: text('Haidari') }),
    detected('date_of_birth', [control({ key: 'geb', placeholder: 'TT.MM.JJJJ' })], {
      value: text('03.04.2010'),
    }),
    detected(
      'nationalities',
      [
        control({
          key: 'sta',
          kind: 'select',
          options: options(['', '--'], ['AFG', 'Afghanistan']),
        }),
      ],
      { value: { kind: 'options', selected: [{ value: 'AFG', text: 'Afghanistan' }] } },
    ),
    detected('height_cm', [control({ key: 'gro' })], { value: text('abc') }),
    detected('forenames', [control({ key: 'vor' })], { value: text('') }),
  ];

  test('captures values as catalogue values', () => {
    const capture = capturePage(viewsOf(...fields), 'de');
    expect(capture.fields.surname).toBe('Haidari');
    expect(capture.fields.date_of_birth).toBe('2010-04-03');
    expect(capture.fields.nationalities).toEqual(['AFG']);
  });

  test('lists a value that does not read as its field without capturing it', () => {
    const capture = capturePage(viewsOf(...fields), 'de');
    expect(capture.fields.height_cm).toBeUndefined();
    expect(capture.entries).toContainEqual({ fieldId: 'height_cm', status: 'unreadable' });
  });

  test('leaves out empty fields', () => {
    const capture = capturePage(viewsOf(...fields), 'de');
    expect(capture.entries.find((entry) => entry.fieldId === 'forenames')).toBeUndefined();
  });

  test('takes no photo from a file input', () => {
    const photo = detected('facial_image', [control({ key: 'foto', kind: 'file' })], {
      value: { kind: 'file', files: [{ name: 'face.jpg', type: 'image/jpeg', size: 2_449 }] },
    });
    const capture = capturePage(viewsOf(photo));
    expect(capture.fields.facial_image).toBeUndefined();
    expect(capture.entries).toEqual([{ fieldId: 'facial_image', status: 'unreadable' }]);
  });

  test('lists an ambiguous control without capturing it', () => {
    const ambiguous = {
      ...detected('name_at_birth', [control({ key: 'x' })], { value: text('Zielonka') }),
      ambiguousWith: ['surname'],
    };
    const capture = capturePage(viewsOf(ambiguous));
    expect(capture.entries).toEqual([{ fieldId: 'name_at_birth', status: 'ambiguous' }]);
    expect(capture.fields).toEqual({});
  });
});

describe('captureLabel', () => {
  test('names the draft after the page title and the time', () => {
    const label = captureLabel(' Aufnahme ', new Date(2024, 5, 14, 10, 30), 'de-DE');
    expect(label).toBe('Aufnahme, 14.06.24, 10:30');
  });
});
