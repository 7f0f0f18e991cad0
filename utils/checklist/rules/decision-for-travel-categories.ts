import { t } from '../../i18n';
import { isChildCategory } from '../categories';
import { fieldName } from '../messages';
import type { Rule } from '../types';
import { readText } from '../values';

/**
 * Categories C, D_* and E follow a decision of the competent, including
 * judicial, authorities: Regulation (EU) 2018/1862, Art. 32(3) for C, and
 * Art. 32(4) for D and E (that paragraph was not verified against the text).
 */
export const decisionForTravelCategories: Rule = {
  id: 'decision_for_travel_categories',
  defaultSeverity: 'blocking',
  fields: ['alert_category', 'decision_reference'],
  check({ category, values }) {
    const needsDecision = category !== undefined && (isChildCategory(category) || category === 'E');
    if (!needsDecision || readText(values, 'decision_reference')) return { pass: true };
    return {
      pass: false,
      message: t('rule_decision_for_travel_categories_fail', [
        category,
        fieldName('decision_reference'),
      ]),
    };
  },
};
