import { describe, expect, it } from 'vitest';
import {
  DRAFT_ERROR_MESSAGES,
  parseDraftFile,
  serializeDrafts,
  shortenValue,
  validateDraftFields,
  validateFieldValue,
  type Draft,
  type DraftError,
  type DraftFields,
} from '@/utils/schema/draft';
import messages from '../../public/_locales/en/messages.json';

// A 1×1 PNG image.
const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk' +
  'YPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

function file(fields: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return { format: 'vigila-draft', version: 1, ...extra, fields };
}

function draftsOf(text: string): Draft[] {
  const result = parseDraftFile(text);
  if (!result.ok) throw new Error(`expected a valid file, got ${result.errors[0].message}`);
  return result.drafts;
}

function errorsOf(text: string): DraftError[] {
  const result = parseDraftFile(text);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.errors;
}

describe('draft field values', () => {
  const valid: [string, unknown][] = [
    ['surname', 'AHMADI'],
    ['surname', ''],
    ['aliases', ['Ahmadi', 'Ahmady']],
    ['aliases', []],
    ['date_of_birth', '2011'],
    ['date_of_birth', '2011-03'],
    ['date_of_birth', '2011-03-15'],
    ['date_of_birth', '2012-02-29'],
    ['date_of_birth', '2000-02-29'],
    ['declared_dates_of_birth', ['2010', '2011-01-01']],
    ['id_document_issue_date', '2023-12-31'],
    ['last_seen_at', '2024-03-15T21:30'],
    ['last_seen_at', '2024-03-15T00:00'],
    ['date_of_birth_estimated', true],
    ['unaccompanied', false],
    ['height_cm', 152],
    ['weight_kg', 0],
    ['care_centre_phone', '+39 06 1234 5678'],
    ['care_centre_phone', '(030) 123-45/67'],
    ['sex', 'F'],
    ['alert_category', 'D_I'],
    ['hair_colour', 'WHI'],
    ['country_of_birth', 'AFG'],
    ['country_of_birth', 'XXA'],
    ['nationalities', ['AFG', 'XXB']],
    ['warning_flags', ['ABSCONDED', 'SUICIDE_RISK']],
    ['languages', ['prs', 'pus']],
    ['facial_image', { name: 'photo.png', type: 'image/png', dataUrl: PIXEL }],
    ['contacts_abroad', [{ name: 'Uncle', country: 'DEU', phone: '+49 30 123456' }]],
    ['contacts_abroad', [{ name: 'Cousin' }]],
    ['intended_destination', { country: 'GBR', place: 'London' }],
    ['intended_destination', { place: 'Calais' }],
  ];
  it.each(valid)('%s accepts %j', (id, value) => {
    expect(validateFieldValue(id, value)).toEqual([]);
  });

  const invalid: [string, unknown, string][] = [
    ['surname', 42, 'editor_error_text'],
    ['aliases', 'Ahmadi', 'editor_error_list'],
    ['aliases', ['Ahmadi', 7], 'editor_error_text'],
    ['date_of_birth', '2011-02-29', 'editor_error_partial_date'],
    ['date_of_birth', '2011-13', 'editor_error_partial_date'],
    ['date_of_birth', '2011-00', 'editor_error_partial_date'],
    ['date_of_birth', '2011-04-31', 'editor_error_partial_date'],
    ['date_of_birth', '1900-02-29', 'editor_error_partial_date'],
    ['date_of_birth', '15/03/2011', 'editor_error_partial_date'],
    ['date_of_birth', '0000', 'editor_error_partial_date'],
    ['declared_dates_of_birth', ['2011', '2011-2'], 'editor_error_partial_date'],
    ['id_document_issue_date', '2023-12', 'editor_error_date'],
    ['id_document_issue_date', '2023-02-30', 'editor_error_date'],
    ['last_seen_at', '2024-03-15', 'editor_error_datetime'],
    ['last_seen_at', '2024-03-15T24:00', 'editor_error_datetime'],
    ['last_seen_at', '2024-03-15T21:30:00', 'editor_error_datetime'],
    ['unaccompanied', 'yes', 'editor_error_boolean'],
    ['height_cm', 152.5, 'editor_error_integer'],
    ['height_cm', -1, 'editor_error_integer'],
    ['height_cm', '152', 'editor_error_integer'],
    ['care_centre_phone', 'call the office', 'editor_error_phone'],
    ['care_centre_phone', '+ ()', 'editor_error_phone'],
    ['sex', 'X', 'editor_error_code'],
    ['hair_colour', 'WHT', 'editor_error_code'],
    ['country_of_birth', 'AF', 'editor_error_country'],
    ['country_of_birth', 'afg', 'editor_error_country'],
    ['nationalities', ['AFG', 'ZZZ'], 'editor_error_country'],
    ['warning_flags', ['RUNAWAY'], 'editor_error_code'],
    ['languages', ['fa'], 'editor_error_language'],
    ['facial_image', 'photo.png', 'editor_error_image'],
    [
      'facial_image',
      { name: 'a.txt', type: 'text/plain', dataUrl: 'data:text/plain;base64,AAAA' },
      'editor_error_image',
    ],
    [
      'facial_image',
      { name: 'a.jpg', type: 'image/jpeg', dataUrl: PIXEL },
      'editor_error_image_type',
    ],
    ['contacts_abroad', [{ country: 'DEU' }], 'editor_error_text'],
    ['contacts_abroad', [{ name: 'Uncle', country: 'Germany' }], 'editor_error_country'],
    ['contacts_abroad', { name: 'Uncle' }, 'editor_error_list'],
    ['intended_destination', {}, 'editor_error_destination'],
    ['intended_destination', { country: 'UK' }, 'editor_error_country'],
  ];
  it.each(invalid)('%s rejects %j', (id, value, messageKey) => {
    const errors = validateFieldValue(id, value);
    expect(errors.map((error) => error.messageKey)).toContain(messageKey);
  });

  it('treats an undefined value as valid', () => {
    expect(validateFieldValue('surname', undefined)).toEqual([]);
  });

  it('names list element in path', () => {
    const [error] = validateFieldValue('nationalities', ['AFG', 'ZZZ']);
    expect(error.path).toBe('nationalities[1]');
  });

  it('names record key in path', () => {
    const [error] = validateFieldValue('contacts_abroad', [{ name: 'A', country: 'Germany' }]);
    expect(error.path).toBe('contacts_abroad[0].country');
  });

  it('lists allowed codes of list', () => {
    const [error] = validateFieldValue('sex', 'X');
    expect(error.message).toBe('Choose one of these codes: M, F, U.');
  });

  it('rejects an unknown key in a record', () => {
    const [error] = validateFieldValue('intended_destination', { place: 'Calais', by: 'train' });
    expect(error.path).toBe('intended_destination.by');
    expect(error.messageKey).toBe('drafts_error_unknown_key');
    expect(error.value).toBe('"train"');
  });

  it('rejects an unknown field id in fields', () => {
    const [error] = validateDraftFields({ surname: 'A', shoe_size: 38 });
    expect(error.path).toBe('fields.shoe_size');
    expect(error.messageKey).toBe('drafts_error_unknown_field');
    expect(error.value).toBe('38');
  });
});

describe('parseDraftFile', () => {
  it('reads one draft object', () => {
    const result = parseDraftFile(JSON.stringify(file({ surname: 'AHMADI' }, { id: 'd1' })));
    expect(result).toEqual({
      ok: true,
      drafts: [{ id: 'd1', label: undefined, fields: { surname: 'AHMADI' } }],
    });
  });

  it('reads an array of drafts', () => {
    const text = JSON.stringify([file({ surname: 'A' }), file({ surname: 'B' }, { label: 'B' })]);
    const drafts = draftsOf(text);
    expect(drafts.map((draft) => draft.fields.surname)).toEqual(['A', 'B']);
    expect(drafts[1].label).toBe('B');
  });

  it('gives path and value of error', () => {
    const text = JSON.stringify([
      file({ surname: 'A' }),
      file({ surname: 'B' }),
      file({ date_of_birth: '2011-02-29' }),
    ]);
    const [error] = errorsOf(text);
    expect(error.path).toBe('[2].fields.date_of_birth');
    expect(error.value).toBe('"2011-02-29"');
    expect(error.messageKey).toBe('editor_error_partial_date');
  });

  it('omits index for one object', () => {
    const [error] = errorsOf(JSON.stringify(file({ sex: 'female' })));
    expect(error.path).toBe('fields.sex');
  });

  it('rejects whole file for one error', () => {
    const text = JSON.stringify([file({ surname: 'A' }), file({ height_cm: 'tall' })]);
    const result = parseDraftFile(text);
    expect(result.ok).toBe(false);
    expect('drafts' in result).toBe(false);
  });

  it('reports every error of the file', () => {
    const text = JSON.stringify([file({ sex: 'X' }), file({ height_cm: 'tall' })]);
    expect(errorsOf(text).map((error) => error.path)).toEqual([
      '[0].fields.sex',
      '[1].fields.height_cm',
    ]);
  });

  it('rejects an unknown key beside fields', () => {
    const [error] = errorsOf(JSON.stringify([file({}, { owner: 'me' })]));
    expect(error.path).toBe('[0].owner');
    expect(error.messageKey).toBe('drafts_error_unknown_key');
  });

  it('rejects an unknown field id', () => {
    const [error] = errorsOf(JSON.stringify([file({ religion: 'x' })]));
    expect(error.path).toBe('[0].fields.religion');
    expect(error.messageKey).toBe('drafts_error_unknown_field');
  });

  it('rejects a wrong format name', () => {
    const [error] = errorsOf(JSON.stringify({ ...file({}), format: 'other' }));
    expect(error.path).toBe('format');
    expect(error.messageKey).toBe('drafts_error_format');
  });

  it('rejects an unsupported version', () => {
    const [error] = errorsOf(JSON.stringify({ ...file({}), version: 2 }));
    expect(error.path).toBe('version');
    expect(error.messageKey).toBe('drafts_error_version');
  });

  it('rejects a draft without fields', () => {
    const [error] = errorsOf(JSON.stringify({ format: 'vigila-draft', version: 1 }));
    expect(error.path).toBe('fields');
    expect(error.messageKey).toBe('drafts_error_fields');
  });

  it('rejects a value that is not a draft', () => {
    const [error] = errorsOf('[42]');
    expect(error.path).toBe('[0]');
    expect(error.messageKey).toBe('drafts_error_draft');
  });

  it('rejects an empty array', () => {
    const [error] = errorsOf('[]');
    expect(error.messageKey).toBe('drafts_error_empty_file');
  });

  it('rejects duplicate draft ids', () => {
    const text = JSON.stringify([file({}, { id: 'same' }), file({}, { id: 'same' })]);
    const [error] = errorsOf(text);
    expect(error.path).toBe('[1].id');
    expect(error.messageKey).toBe('drafts_error_duplicate_id');
  });

  it('gives line and column of malformed JSON', () => {
    const [error] = errorsOf('[\n  { "format": "vigila-draft",, }\n]');
    expect(error.path).toBe('');
    expect(error.messageKey).toBe('drafts_error_json_position');
    expect(error.substitutions).toEqual(['2', '30']);
  });

  it('gives the end position of truncated JSON', () => {
    const [error] = errorsOf('{\n  "format": ');
    expect(error.substitutions).toEqual(['2', '13']);
  });

  it('rejects an empty text as malformed JSON', () => {
    const [error] = errorsOf('');
    expect(error.messageKey).toMatch(/^drafts_error_json/);
  });

  it('shortens a long offending value', () => {
    const [error] = errorsOf(JSON.stringify(file({ height_cm: 'x'.repeat(500) })));
    expect(error.value.length).toBe(60);
    expect(error.value.endsWith('…')).toBe(true);
  });
});

describe('serializeDrafts', () => {
  const fields: DraftFields = {
    surname: 'AHMADI',
    forenames: 'Sami',
    date_of_birth: '2011-03',
    nationalities: ['AFG'],
    height_cm: 150,
    unaccompanied: true,
    contacts_abroad: [{ name: 'Uncle', country: 'DEU', phone: '+49 30 123456' }],
    intended_destination: { country: 'GBR' },
    facial_image: { name: 'p.png', type: 'image/png', dataUrl: PIXEL },
  };

  it('round-trips through parseDraftFile', () => {
    const drafts: Draft[] = [{ id: 'd1', label: 'Case 1', fields }, { fields: { surname: 'B' } }];
    const result = parseDraftFile(serializeDrafts(drafts));
    expect(result).toEqual({
      ok: true,
      drafts: [
        { id: 'd1', label: 'Case 1', fields },
        { id: undefined, label: undefined, fields: { surname: 'B' } },
      ],
    });
  });

  it('writes fields in catalogue order', () => {
    const text = serializeDrafts([{ fields: { height_cm: 150, surname: 'A' } }]);
    expect(text.indexOf('"surname"')).toBeLessThan(text.indexOf('"height_cm"'));
  });

  it('marks each entry with format and version', () => {
    const [entry] = JSON.parse(serializeDrafts([{ fields: {} }]));
    expect(entry.format).toBe('vigila-draft');
    expect(entry.version).toBe(1);
  });
});

describe('draft error messages', () => {
  const catalogue = messages as Record<string, { message: string }>;
  it.each(Object.entries(DRAFT_ERROR_MESSAGES))('%s matches messages.json', (key, english) => {
    expect(catalogue[key]?.message).toBe(english);
  });

  it('shortenValue leaves a missing value empty', () => {
    expect(shortenValue(undefined)).toBe('');
  });
});
