import { t } from '../../i18n';
import { parsePartialDate } from '../dates';
import { fieldName } from '../messages';
import type { Rule } from '../types';

function distinctDates(values: Readonly<Record<string, unknown>>): Set<string> {
  const declared = values.declared_dates_of_birth;
  const texts = [values.date_of_birth, ...(Array.isArray(declared) ? declared : [])];
  return new Set(texts.filter((text): text is string => parsePartialDate(text) !== undefined));
}

/**
 * When the child declared more than one date of birth, the date of birth is
 * marked as estimated and every declared date is kept in
 * declared_dates_of_birth. Good practice. How a doubtful date counts for age
 * is decided where the rule context is built.
 */
export const estimatedBirthDate: Rule = {
  id: 'estimated_birth_date',
  defaultSeverity: 'warning',
  fields: ['date_of_birth', 'date_of_birth_estimated', 'declared_dates_of_birth'],
  check({ values }) {
    if (distinctDates(values).size <= 1 || values.date_of_birth_estimated === true) {
      return { pass: true };
    }
    return {
      pass: false,
      message: t('rule_estimated_birth_date_fail', [
        fieldName('date_of_birth_estimated'),
        fieldName('declared_dates_of_birth'),
      ]),
    };
  },
};
