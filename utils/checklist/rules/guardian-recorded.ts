import { GUARDIAN_STATUS } from '../../catalogue';
import { t } from '../../i18n';
import { fieldName } from '../messages';
import type { Rule } from '../types';
import { readCode, readText } from '../values';

/**
 * An unaccompanied minor has a guardian, or guardian_status NOT_YET_APPOINTED.
 * Good practice.
 */
export const guardianRecorded: Rule = {
  id: 'guardian_recorded',
  defaultSeverity: 'warning',
  fields: ['guardian_name', 'guardian_status', 'unaccompanied'],
  check({ unaccompaniedMinor, values }) {
    if (!unaccompaniedMinor || readText(values, 'guardian_name')) return { pass: true };
    const status = readCode(values, 'guardian_status', GUARDIAN_STATUS);
    if (status === 'NOT_YET_APPOINTED') return { pass: true };
    return {
      pass: false,
      message: t('rule_guardian_recorded_fail', [
        fieldName('guardian_name'),
        fieldName('guardian_status'),
      ]),
      fields: ['guardian_name', 'guardian_status'],
    };
  },
};
