import { t } from '../../i18n';
import { reachesAgeWithin } from '../age';
import type { Rule } from '../types';

/**
 * A child who reaches the majority age within the checklist's warning period
 * gets a warning: the reason and the action on hit must then be updated, or the
 * alert deleted. The rule is recalled as Regulation (EU) 2018/1862, Art. 32(7),
 * majority under the issuing State's law, but that paragraph was not verified.
 */
export const majorityNear: Rule = {
  id: 'majority_near',
  defaultSeverity: 'warning',
  fields: ['date_of_birth', 'alert_reason', 'action_on_hit'],
  check({ minor, youngestBirthDay, majorityAge, majorityWarningMonths, now }) {
    if (minor !== true || !youngestBirthDay) return { pass: true };
    if (!reachesAgeWithin(youngestBirthDay, majorityAge, majorityWarningMonths, now)) {
      return { pass: true };
    }
    return {
      pass: false,
      message: t('rule_majority_near_fail', [String(majorityAge), String(majorityWarningMonths)]),
    };
  },
};
