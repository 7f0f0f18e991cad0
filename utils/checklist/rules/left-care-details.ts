import { t } from '../../i18n';
import { fieldNames } from '../messages';
import type { Rule } from '../types';
import { isGiven } from '../values';

const CARE_FIELDS = [
  'care_centre_name',
  'care_centre_address',
  'care_centre_phone',
  'left_care_at',
] as const;

/**
 * When the child left care or the ABSCONDED flag is set, the centre's name,
 * address and 24-hour phone and the time the child left are required. Good
 * practice: the centre is where the search starts.
 */
export const leftCareDetails: Rule = {
  id: 'left_care_details',
  defaultSeverity: 'warning',
  fields: [...CARE_FIELDS, 'warning_flags'],
  check({ leftCare, values }) {
    if (!leftCare) return { pass: true };
    const missing = CARE_FIELDS.filter((fieldId) => !isGiven(values[fieldId]));
    if (missing.length === 0) return { pass: true };
    return {
      pass: false,
      message: t('rule_left_care_details_fail', fieldNames(missing)),
      fields: missing,
    };
  },
};
