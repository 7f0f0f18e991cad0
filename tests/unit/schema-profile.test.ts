import { describe, expect, it } from 'vitest';
import {
  isSupportedDateFormat,
  parseProfile,
  parseProfileFile,
  serializeProfiles,
  type PortalProfile,
  type ProfileError,
} from '@/utils/schema/profile';

function validProfile(): PortalProfile {
  return {
    format: 'vigila-profile',
    version: 1,
    id: 'portal-it',
    name: 'Portale segnalazioni',
    urlPattern: 'https://portal.example/alerts/*',
    fields: {
      surname: { selector: '#txtCognome' },
      date_of_birth: {
        frame: { urlPattern: 'https://portal.example/form/*', index: 1 },
        selector: ['#g', '#m', '#a'],
        roles: ['day', 'month', 'year'],
      },
      last_seen_at: { selector: '#visto', dateFormat: "dd.MM.yyyy' 'HH:mm" },
      sex: { selector: 'x-form >>> select[name="sesso"]', codes: { M: '1', F: '2' } },
      nationalities: { selector: '#citt', codes: { AFG: '004', XXA: '999' } },
      unaccompanied: { selector: '#msna', codes: { true: 'S', false: 'N' } },
    },
  };
}

function errorsOf(input: unknown): ProfileError[] {
  const result = parseProfile(input);
  if (result.ok) throw new Error('expected the profile to be invalid');
  return result.errors;
}

function errorAt(errors: ProfileError[], path: string): ProfileError | undefined {
  return errors.find((error) => error.path === path);
}

describe('parseProfile', () => {
  it('accepts a complete profile', () => {
    const result = parseProfile(validProfile());
    expect(result.ok).toBe(true);
  });

  it('returns the fields as given', () => {
    const result = parseProfile(validProfile());
    expect(result.ok && result.profile.fields.sex).toEqual({
      selector: 'x-form >>> select[name="sesso"]',
      codes: { M: '1', F: '2' },
    });
  });

  it('rejects a wrong format', () => {
    const errors = errorsOf({ ...validProfile(), format: 'vigila-draft' });
    expect(errorAt(errors, 'format')?.messageKey).toBe('profile_error_format');
  });

  it('rejects another version', () => {
    const errors = errorsOf({ ...validProfile(), version: 2 });
    expect(errorAt(errors, 'version')?.messageKey).toBe('profile_error_version');
  });

  it('rejects an empty name', () => {
    const errors = errorsOf({ ...validProfile(), name: '  ' });
    expect(errorAt(errors, 'name')?.messageKey).toBe('profile_error_name');
  });

  it('rejects an invalid URL pattern with its value', () => {
    const errors = errorsOf({ ...validProfile(), urlPattern: 'portal.example/alerts' });
    const error = errorAt(errors, 'urlPattern');
    expect(error?.messageKey).toBe('profile_error_url_pattern');
    expect(error?.value).toBe('"portal.example/alerts"');
  });

  it('rejects an unknown field id', () => {
    const profile = validProfile();
    const errors = errorsOf({
      ...profile,
      fields: { ...profile.fields, surnme: { selector: '#a' } },
    });
    const error = errorAt(errors, 'fields.surnme');
    expect(error?.messageKey).toBe('profile_error_unknown_field');
    expect(error?.value).toBe('{"selector":"#a"}');
  });

  it('rejects an unknown key of the profile', () => {
    const errors = errorsOf({ ...validProfile(), owner: 'IT' });
    expect(errorAt(errors, 'owner')?.messageKey).toBe('profile_error_unknown_key');
  });

  it('rejects an unknown key of a field mapping', () => {
    const profile = validProfile();
    const fields = { ...profile.fields, surname: { selector: '#a', label: 'Cognome' } };
    const errors = errorsOf({ ...profile, fields });
    expect(errorAt(errors, 'fields.surname.label')?.messageKey).toBe('profile_error_unknown_key');
  });

  it('rejects an unknown key of a frame', () => {
    const profile = validProfile();
    const frame = { urlPattern: 'https://portal.example/*', name: 'main' };
    const fields = { ...profile.fields, surname: { selector: '#a', frame } };
    const errors = errorsOf({ ...profile, fields });
    expect(errorAt(errors, 'fields.surname.frame.name')?.messageKey).toBe(
      'profile_error_unknown_key',
    );
  });

  it('rejects an empty selector', () => {
    const fields = { surname: { selector: '' } };
    const errors = errorsOf({ ...validProfile(), fields });
    expect(errorAt(errors, 'fields.surname.selector')?.messageKey).toBe('profile_error_selector');
  });

  it('rejects a selector with an empty shadow step', () => {
    const fields = { surname: { selector: 'x-form >>> ' } };
    const errors = errorsOf({ ...validProfile(), fields });
    expect(errorAt(errors, 'fields.surname.selector')?.value).toBe('"x-form >>> "');
  });

  it('rejects a selector that is not CSS', () => {
    const fields = { surname: { selector: '#a[' } };
    const errors = errorsOf({ ...validProfile(), fields });
    expect(errorAt(errors, 'fields.surname.selector')?.messageKey).toBe('profile_error_selector');
  });

  it('rejects an empty selector in a list', () => {
    const fields = { date_of_birth: { selector: ['#g', ''] } };
    const errors = errorsOf({ ...validProfile(), fields });
    expect(errorAt(errors, 'fields.date_of_birth.selector[1]')?.messageKey).toBe(
      'profile_error_selector',
    );
  });

  it('rejects an unknown role', () => {
    const fields = { date_of_birth: { selector: ['#g', '#m'], roles: ['day', 'week'] } };
    const errors = errorsOf({ ...validProfile(), fields });
    expect(errorAt(errors, 'fields.date_of_birth.roles[1]')?.messageKey).toBe(
      'profile_error_roles',
    );
  });

  it('rejects roles that do not match the selectors', () => {
    const fields = { date_of_birth: { selector: ['#g', '#m', '#a'], roles: ['day'] } };
    const error = errorAt(errorsOf({ ...validProfile(), fields }), 'fields.date_of_birth.roles');
    expect(error?.messageKey).toBe('profile_error_roles_count');
    expect(error?.substitutions).toEqual(['3']);
  });

  it('rejects a negative frame index', () => {
    const fields = {
      surname: { selector: '#a', frame: { urlPattern: 'about:srcdoc', index: -1 } },
    };
    const errors = errorsOf({ ...validProfile(), fields });
    expect(errorAt(errors, 'fields.surname.frame.index')?.value).toBe('-1');
  });

  it('rejects an invalid frame pattern', () => {
    const fields = { surname: { selector: '#a', frame: { urlPattern: 'form.html' } } };
    const errors = errorsOf({ ...validProfile(), fields });
    expect(errorAt(errors, 'fields.surname.frame.urlPattern')?.messageKey).toBe(
      'profile_error_frame_url_pattern',
    );
  });

  it('rejects a date format with unsupported letters', () => {
    const fields = { date_of_birth: { selector: '#d', dateFormat: 'EEE dd.MM.yyyy' } };
    const errors = errorsOf({ ...validProfile(), fields });
    expect(errorAt(errors, 'fields.date_of_birth.dateFormat')?.messageKey).toBe(
      'profile_error_date_format',
    );
  });

  it('rejects a date format on a field without a date', () => {
    const fields = { surname: { selector: '#a', dateFormat: 'dd.MM.yyyy' } };
    const errors = errorsOf({ ...validProfile(), fields });
    expect(errorAt(errors, 'fields.surname.dateFormat')?.messageKey).toBe(
      'profile_error_date_format_field',
    );
  });

  it('rejects a code that the code list lacks, naming the codes', () => {
    const fields = { sex: { selector: '#s', codes: { M: '1', W: '2' } } };
    const error = errorAt(errorsOf({ ...validProfile(), fields }), 'fields.sex.codes.W');
    expect(error?.messageKey).toBe('profile_error_code');
    expect(error?.substitutions).toEqual(['M, F, U']);
  });

  it('rejects an unknown country code', () => {
    const fields = { nationalities: { selector: '#c', codes: { XYZ: '1' } } };
    const errors = errorsOf({ ...validProfile(), fields });
    expect(errorAt(errors, 'fields.nationalities.codes.XYZ')?.messageKey).toBe(
      'profile_error_code_country',
    );
  });

  it('rejects codes on a text field', () => {
    const fields = { surname: { selector: '#a', codes: { M: '1' } } };
    const errors = errorsOf({ ...validProfile(), fields });
    expect(errorAt(errors, 'fields.surname.codes')?.messageKey).toBe('profile_error_codes_field');
  });

  it('rejects an option value that is not text', () => {
    const fields = { sex: { selector: '#s', codes: { M: 1 } } };
    const errors = errorsOf({ ...validProfile(), fields });
    expect(errorAt(errors, 'fields.sex.codes.M')?.messageKey).toBe('profile_error_code_value');
  });

  it('returns every error of a profile at once', () => {
    const errors = errorsOf({ ...validProfile(), version: 3, urlPattern: '', extra: true });
    expect(errors.map((error) => error.path).sort()).toEqual(['extra', 'urlPattern', 'version']);
  });

  it('gives each error an English message', () => {
    const [error] = errorsOf({ ...validProfile(), version: 2 });
    expect(error.message).toBe('Unsupported version. This version of Vigila reads version 1.');
  });
});

describe('parseProfileFile', () => {
  it('reads one profile object', () => {
    const result = parseProfileFile(JSON.stringify(validProfile()));
    expect(result.ok && result.profiles.map((profile) => profile.id)).toEqual(['portal-it']);
  });

  it('reads an array of profiles', () => {
    const second = { ...validProfile(), id: 'portal-de' };
    const result = parseProfileFile(JSON.stringify([validProfile(), second]));
    expect(result.ok && result.profiles).toHaveLength(2);
  });

  it('prefixes paths with the index in an array', () => {
    const result = parseProfileFile(
      JSON.stringify([validProfile(), { ...validProfile(), id: '' }]),
    );
    expect(!result.ok && result.errors.map((error) => error.path)).toEqual(['[1].id']);
  });

  it('rejects the whole file for one invalid profile', () => {
    const result = parseProfileFile(JSON.stringify([validProfile(), { format: 'x' }]));
    expect(result.ok).toBe(false);
  });

  it('rejects a duplicate id', () => {
    const result = parseProfileFile(JSON.stringify([validProfile(), validProfile()]));
    expect(!result.ok && result.errors[0].messageKey).toBe('profile_error_duplicate_id');
  });

  it('rejects an empty array', () => {
    const result = parseProfileFile('[]');
    expect(!result.ok && result.errors[0].messageKey).toBe('profile_error_empty_file');
  });

  it('names the line and column of invalid JSON', () => {
    const result = parseProfileFile('{\n  "format": "x",, }');
    expect(!result.ok && result.errors[0].messageKey).toBe('profile_error_json_position');
    expect(!result.ok && result.errors[0].substitutions).toEqual(['2', '17']);
  });

  it('names the end of a cut file', () => {
    const result = parseProfileFile('{"format":');
    expect(!result.ok && result.errors[0].substitutions).toEqual(['1', '11']);
  });
});

describe('serializeProfiles', () => {
  it('writes a file that parses back to the same profiles', () => {
    const text = serializeProfiles([validProfile()]);
    const result = parseProfileFile(text);
    expect(result.ok && result.profiles).toEqual([validProfile()]);
  });

  it('leaves out store bookkeeping', () => {
    const text = serializeProfiles([{ ...validProfile(), updatedAt: 5 } as PortalProfile]);
    expect(text).not.toContain('updatedAt');
  });

  it('writes fields in catalogue order', () => {
    const profile = {
      ...validProfile(),
      fields: { sex: { selector: '#s' }, surname: { selector: '#a' } },
    };
    const [entry] = JSON.parse(serializeProfiles([profile])) as PortalProfile[];
    expect(Object.keys(entry.fields)).toEqual(['surname', 'sex']);
  });
});

describe('isSupportedDateFormat', () => {
  it.each([
    ['dd.MM.yyyy', true],
    ['yyyyMMdd', true],
    ["yyyy-MM-dd'T'HH:mm", true],
    ['d/M/yy', true],
    ['EEEE dd.MM.yyyy', false],
    ["'date'", false],
    ['', false],
  ])('reads %j as %s', (format, expected) => {
    expect(isSupportedDateFormat(format)).toBe(expected);
  });
});
