import { ACTION, type Action, type AlertCategory } from '../../catalogue';
import { t } from '../../i18n';
import type { Rule } from '../types';
import { readCode } from '../values';

/** Hours within which measures for a child found are decided (Art. 33(3)). */
const CHILD_MEASURES_HOURS = 12;

function allowedActions(category: AlertCategory): readonly Action[] {
  return category === 'B' ? ['REPORT_WHEREABOUTS'] : ['PROTECT', 'PREVENT_TRAVEL'];
}

/**
 * A_*, C, D_* and E take PROTECT or PREVENT_TRAVEL, and B takes
 * REPORT_WHEREABOUTS (Regulation (EU) 2018/1862, Art. 33(1), (2)). A passing result for a child
 * reminds that measures are decided in the child's best interests within 12
 * hours of a hit (Art. 33(3)).
 */
export const actionFitsCategory: Rule = {
  id: 'action_fits_category',
  defaultSeverity: 'blocking',
  fields: ['action_on_hit', 'alert_category'],
  check({ category, child, values }) {
    const action = readCode(values, 'action_on_hit', ACTION);
    if (!category || !action) return { pass: true };

    if (allowedActions(category).includes(action)) {
      const message = child
        ? t('rule_action_fits_category_pass_child', String(CHILD_MEASURES_HOURS))
        : undefined;
      return { pass: true, message };
    }
    const key =
      category === 'B' ? 'rule_action_fits_category_fail_b' : 'rule_action_fits_category_fail';
    return { pass: false, message: t(key, category) };
  },
};
