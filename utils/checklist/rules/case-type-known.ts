import { CASE_TYPE } from '../../catalogue';
import { t } from '../../i18n';
import type { Rule } from '../types';
import { readCode } from '../values';

/**
 * An unaccompanied minor who left care has case type UNACCOMPANIED_MIGRANT or
 * RUNAWAY. Good practice: the type of case is Art. 20(3)(r) data of
 * Regulation (EU) 2018/1862.
 */
export const caseTypeKnown: Rule = {
  id: 'case_type_known',
  defaultSeverity: 'warning',
  fields: ['case_type', 'unaccompanied', 'left_care_at'],
  check({ unaccompaniedMinor, leftCare, values }) {
    if (!unaccompaniedMinor || !leftCare) return { pass: true };
    const caseType = readCode(values, 'case_type', CASE_TYPE);
    if (caseType === 'UNACCOMPANIED_MIGRANT' || caseType === 'RUNAWAY') return { pass: true };
    return { pass: false, message: t('rule_case_type_known_fail') };
  },
};
