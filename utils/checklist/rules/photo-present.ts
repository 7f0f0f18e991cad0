import { t } from '../../i18n';
import { fieldName } from '../messages';
import type { Rule } from '../types';
import { isGiven } from '../values';

/**
 * A child without a facial image is a blocking item. Good practice, since
 * Regulation (EU) 2018/1862 requires photographs where available (Art. 22(1)).
 * A page without a photo control fails too, as a warning only: the photo may
 * belong on another step of the portal or go through the SIRENE Bureau, and
 * the officer cannot add it on this page.
 */
export const photoPresent: Rule = {
  id: 'photo_present',
  defaultSeverity: 'blocking',
  fields: ['facial_image'],
  check({ child, values, onPage }) {
    if (!child || isGiven(values.facial_image)) return { pass: true };
    if (!onPage('facial_image')) {
      return { pass: false, severity: 'warning', message: t('rule_photo_present_no_control') };
    }
    return { pass: false, message: t('rule_photo_present_fail', fieldName('facial_image')) };
  },
};
