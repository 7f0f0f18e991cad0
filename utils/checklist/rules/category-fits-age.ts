import { t } from '../../i18n';
import { isChildCategory } from '../categories';
import type { Rule } from '../types';

/**
 * A minor takes A_I, A_II, B, C or D_*. E is for adults only, and C and D are
 * for minors only (Regulation (EU) 2018/1862, Art. 32(1)). An unaccompanied
 * minor in category B gets a warning, as good practice, because category A
 * applies to children in particular (Art. 32(2)).
 */
export const categoryFitsAge: Rule = {
  id: 'category_fits_age',
  defaultSeverity: 'blocking',
  fields: ['alert_category', 'date_of_birth'],
  check({ category, minor, unaccompaniedMinor, majorityAge }) {
    if (!category) return { pass: true };
    const age = String(majorityAge);

    if (category === 'E' && minor === true) {
      return { pass: false, message: t('rule_category_fits_age_fail', age) };
    }
    if (isChildCategory(category) && minor === false) {
      return {
        pass: false,
        message: t('rule_category_fits_age_fail_child_only', [category, age]),
      };
    }
    if (category === 'B' && unaccompaniedMinor) {
      return {
        pass: false,
        severity: 'warning',
        message: t('rule_category_fits_age_fail_unaccompanied_b'),
        fields: ['alert_category', 'unaccompanied', 'case_type'],
      };
    }
    return { pass: true };
  },
};
