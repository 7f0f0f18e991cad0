import { t } from '../../i18n';
import { isCategoryA } from '../categories';
import { fieldName } from '../messages';
import type { Rule } from '../types';
import { isGiven, readText } from '../values';

/**
 * A DNA profile may be added only to a category A alert, and only when no
 * photograph, facial image or fingerprints suitable for identification are
 * available (Regulation (EU) 2018/1862, Art. 42(3)). The rule cannot tell
 * whether a recorded image or fingerprint is usable, so that case is a hint.
 */
export const dnaOnlyCategoryA: Rule = {
  id: 'dna_only_category_a',
  defaultSeverity: 'blocking',
  fields: ['dna_profile_reference', 'alert_category', 'facial_image', 'fingerprints_reference'],
  check({ values, category }) {
    if (!readText(values, 'dna_profile_reference') || !category) return { pass: true };

    if (!isCategoryA(category)) {
      return {
        pass: false,
        message: t('rule_dna_only_category_a_fail', fieldName('dna_profile_reference')),
        fields: ['dna_profile_reference', 'alert_category'],
      };
    }
    const imageOrPrints =
      isGiven(values.facial_image) || readText(values, 'fingerprints_reference') !== undefined;
    if (!imageOrPrints) return { pass: true };
    return {
      pass: false,
      severity: 'info',
      message: t('rule_dna_only_category_a_fail_usable'),
      fields: ['dna_profile_reference', 'facial_image', 'fingerprints_reference'],
    };
  },
};
