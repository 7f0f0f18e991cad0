import { beforeEach, describe, expect, it } from 'vitest';
import { formatMessage, useEnglishMessages } from './support/messages';
import { checkRule, type RuleCase } from './support/rules';

beforeEach(useEnglishMessages);

const CHILD = '2012-03-01';
const ADULT = '2000-01-01';
const PHOTO = { name: 'child.jpg', type: 'image/jpeg', dataUrl: 'data:image/jpeg;base64,AA==' };

describe('case_type_known', () => {
  const cases: RuleCase[] = [
    {
      name: 'accompanied child who left care',
      values: { left_care_at: '2025-06-01T20:00' },
      pass: true,
    },
    { name: 'unaccompanied child still in care', values: { unaccompanied: true }, pass: true },
    {
      name: 'unaccompanied child left care without case type',
      values: { unaccompanied: true, left_care_at: '2025-06-01T20:00' },
      pass: false,
    },
    {
      name: 'unaccompanied child left care as parental abduction',
      values: {
        unaccompanied: true,
        care_centre_name: 'Centro Aurora',
        case_type: 'PARENTAL_ABDUCTION',
      },
      pass: false,
    },
    {
      name: 'unaccompanied child absconded as runaway',
      values: { unaccompanied: true, warning_flags: ['ABSCONDED'], case_type: 'RUNAWAY' },
      pass: true,
    },
    {
      name: 'unaccompanied migrant case left care',
      values: { case_type: 'UNACCOMPANIED_MIGRANT', left_care_at: '2025-06-01T20:00' },
      pass: true,
    },
    {
      name: 'unaccompanied adult left care',
      values: { unaccompanied: true, left_care_at: '2025-06-01T20:00', date_of_birth: ADULT },
      pass: true,
    },
  ];

  it.each(cases)('$name', ({ values, pass }) => {
    expect(checkRule('case_type_known', values).pass).toBe(pass);
  });
});

describe('photo_present', () => {
  const cases: RuleCase[] = [
    { name: 'child with photo', values: { date_of_birth: CHILD, facial_image: PHOTO }, pass: true },
    { name: 'child without photo', values: { date_of_birth: CHILD }, pass: false },
    {
      name: 'child with empty image record',
      values: { date_of_birth: CHILD, facial_image: { name: '', type: '', dataUrl: '' } },
      pass: false,
    },
    { name: 'adult without photo', values: { date_of_birth: ADULT }, pass: true },
    { name: 'unknown age without photo', values: {}, pass: true },
    { name: 'unknown age, unaccompanied, no photo', values: { unaccompanied: true }, pass: false },
    { name: 'unknown age in category C, no photo', values: { alert_category: 'C' }, pass: false },
    { name: 'unknown age in category B, no photo', values: { alert_category: 'B' }, pass: true },
  ];

  it.each(cases)('$name', ({ values, pass }) => {
    expect(checkRule('photo_present', values).pass).toBe(pass);
  });

  it('names the photo field', () => {
    const outcome = checkRule('photo_present', { date_of_birth: CHILD });
    expect(outcome.message).toBe(
      formatMessage('rule_photo_present_fail', formatMessage('field_facial_image')),
    );
  });

  it('blocks on a page with an empty photo control', () => {
    const outcome = checkRule('photo_present', { date_of_birth: CHILD }, undefined, {
      date_of_birth: 'present',
      facial_image: 'missing',
    });
    expect(outcome.pass).toBe(false);
    expect(outcome.severity).toBeUndefined();
  });

  it('only warns on a page without a photo control', () => {
    const outcome = checkRule('photo_present', { date_of_birth: CHILD }, undefined, {
      date_of_birth: 'present',
    });
    expect(outcome.pass).toBe(false);
    expect(outcome.severity).toBe('warning');
    expect(outcome.message).toBe(formatMessage('rule_photo_present_no_control'));
  });
});

describe('left_care_details', () => {
  const complete = {
    care_centre_name: 'Centro Aurora',
    care_centre_address: 'Via Roma 1, Bari',
    care_centre_phone: '+39 080 123 4567',
    left_care_at: '2025-06-01T20:00',
  };
  const cases: RuleCase[] = [
    { name: 'child never in care', values: {}, pass: true },
    { name: 'all details', values: complete, pass: true },
    { name: 'left care without centre', values: { left_care_at: '2025-06-01T20:00' }, pass: false },
    { name: 'centre without phone', values: { ...complete, care_centre_phone: '' }, pass: false },
    { name: 'absconded flag alone', values: { warning_flags: ['ABSCONDED'] }, pass: false },
    { name: 'other warning flag', values: { warning_flags: ['VIOLENT'] }, pass: true },
  ];

  it.each(cases)('$name', ({ values, pass }) => {
    expect(checkRule('left_care_details', values).pass).toBe(pass);
  });

  it('points at the missing fields only', () => {
    const outcome = checkRule('left_care_details', { care_centre_name: 'Centro Aurora' });
    expect(outcome.fields).toEqual(['care_centre_address', 'care_centre_phone', 'left_care_at']);
  });

  it('lists the missing fields in its message', () => {
    const outcome = checkRule('left_care_details', { ...complete, care_centre_address: undefined });
    expect(outcome.message).toBe(
      formatMessage('rule_left_care_details_fail', formatMessage('field_care_centre_address')),
    );
  });
});

describe('guardian_recorded', () => {
  const cases: RuleCase[] = [
    { name: 'accompanied child', values: { date_of_birth: CHILD }, pass: true },
    { name: 'unaccompanied without guardian', values: { unaccompanied: true }, pass: false },
    {
      name: 'unaccompanied with guardian name',
      values: { unaccompanied: true, guardian_name: 'Avv. Bianchi' },
      pass: true,
    },
    {
      name: 'unaccompanied, guardian not yet appointed',
      values: { unaccompanied: true, guardian_status: 'NOT_YET_APPOINTED' },
      pass: true,
    },
    {
      name: 'unaccompanied, appointed without name',
      values: { unaccompanied: true, guardian_status: 'APPOINTED' },
      pass: false,
    },
    {
      name: 'unaccompanied migrant case without guardian',
      values: { case_type: 'UNACCOMPANIED_MIGRANT' },
      pass: false,
    },
    {
      name: 'unaccompanied adult',
      values: { unaccompanied: true, date_of_birth: ADULT },
      pass: true,
    },
  ];

  it.each(cases)('$name', ({ values, pass }) => {
    expect(checkRule('guardian_recorded', values).pass).toBe(pass);
  });
});
