import { RISK, type AlertCategory, type Risk } from '../../catalogue';
import { t } from '../../i18n';
import type { Rule } from '../types';
import { readCodes } from '../values';

/** Risk indicators that match each risk of Regulation (EU) 2018/1862, Art. 32(1)(d). */
const MATCHING_RISKS: Partial<Record<AlertCategory, readonly Risk[]>> = {
  // Trafficking in human beings, forced marriage, FGM or other gender-based violence.
  D_I: ['TRAFFICKING', 'EXPLOITATION', 'FORCED_MARRIAGE', 'FGM'],
  // Terrorist offences.
  D_II: ['TERRORISM'],
  // Enlistment into armed groups or active part in hostilities.
  D_III: ['ARMED_GROUPS'],
};

/**
 * Category D needs at least one matching risk indicator. This is good practice:
 * 1862 has no risk field, but allows D only on a concrete and apparent risk
 * (Art. 32(1)(d)).
 */
export const riskForCategoryD: Rule = {
  id: 'risk_for_category_d',
  defaultSeverity: 'warning',
  fields: ['alert_category', 'risk_indicators'],
  check({ category, values }) {
    const matching = category ? MATCHING_RISKS[category] : undefined;
    if (!category || !matching) return { pass: true };

    const risks = readCodes(values, 'risk_indicators', RISK);
    if (risks.some((risk) => matching.includes(risk))) return { pass: true };
    return {
      pass: false,
      message: t(`rule_risk_for_category_d_fail_${category.toLowerCase()}`),
    };
  },
};
