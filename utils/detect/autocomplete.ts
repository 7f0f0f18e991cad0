/**
 * HTML autocomplete tokens (WHATWG HTML, "Autofill") that name catalogue
 * fields or date parts. `section-*`, `shipping` and `billing` prefixes are ignored.
 */
import type { DatePartRole } from './options';

const FIELD_BY_TOKEN: Record<string, { fieldId: string; weight: number }> = {
  bday: { fieldId: 'date_of_birth', weight: 1 },
  'bday-day': { fieldId: 'date_of_birth', weight: 1 },
  'bday-month': { fieldId: 'date_of_birth', weight: 1 },
  'bday-year': { fieldId: 'date_of_birth', weight: 1 },
  'family-name': { fieldId: 'surname', weight: 1 },
  'given-name': { fieldId: 'forenames', weight: 1 },
  'additional-name': { fieldId: 'forenames', weight: 0.8 },
  name: { fieldId: 'surname', weight: 0.6 },
  nickname: { fieldId: 'aliases', weight: 0.7 },
  sex: { fieldId: 'sex', weight: 1 },
  tel: { fieldId: 'phone_numbers', weight: 1 },
  'tel-national': { fieldId: 'phone_numbers', weight: 1 },
  'tel-local': { fieldId: 'phone_numbers', weight: 0.9 },
  'tel-country-code': { fieldId: 'phone_numbers', weight: 0.7 },
  photo: { fieldId: 'facial_image', weight: 1 },
  language: { fieldId: 'languages', weight: 0.9 },
  country: { fieldId: 'nationalities', weight: 0.5 },
  'country-name': { fieldId: 'nationalities', weight: 0.5 },
};

const ROLE_BY_TOKEN: Record<string, DatePartRole> = {
  'bday-day': 'day',
  'bday-month': 'month',
  'bday-year': 'year',
  'cc-exp-month': 'month',
  'cc-exp-year': 'year',
};

function tokens(autocomplete: string): string[] {
  return autocomplete.toLowerCase().split(/\s+/).filter(Boolean);
}

/** Returns the fields that an autocomplete attribute names, with a weight from 0 to 1. */
export function autocompleteFields(autocomplete: string): { fieldId: string; weight: number }[] {
  return tokens(autocomplete).flatMap((token) => FIELD_BY_TOKEN[token] ?? []);
}

/** Returns the date part that an autocomplete attribute names, such as `bday-day`. */
export function autocompleteRole(autocomplete: string): DatePartRole | undefined {
  for (const token of tokens(autocomplete)) {
    if (ROLE_BY_TOKEN[token]) return ROLE_BY_TOKEN[token];
  }
  return undefined;
}
