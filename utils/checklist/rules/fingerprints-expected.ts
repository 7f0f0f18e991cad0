import { t } from '../../i18n';
import { hasReachedAge } from '../age';
import { fieldName } from '../messages';
import type { Rule } from '../types';
import { readText } from '../values';

/** Age from which a Eurodac reference implies that fingerprints were taken. */
const FINGERPRINT_AGE = 6;

/**
 * A Eurodac reference and an age of 6 or over imply fingerprints, so an empty
 * fingerprints_reference gets a warning. Good practice.
 */
export const fingerprintsExpected: Rule = {
  id: 'fingerprints_expected',
  defaultSeverity: 'warning',
  fields: ['eurodac_reference', 'fingerprints_reference', 'date_of_birth'],
  check({ values, youngestBirthDay, now }) {
    if (!readText(values, 'eurodac_reference') || readText(values, 'fingerprints_reference')) {
      return { pass: true };
    }
    if (!youngestBirthDay || !hasReachedAge(youngestBirthDay, FINGERPRINT_AGE, now)) {
      return { pass: true };
    }
    return {
      pass: false,
      message: t('rule_fingerprints_expected_fail', [
        String(FINGERPRINT_AGE),
        fieldName('fingerprints_reference'),
      ]),
    };
  },
};
