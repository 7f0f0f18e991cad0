import { t } from '../../i18n';
import { fieldName } from '../messages';
import type { Rule } from '../types';
import { readText } from '../values';
import { findSupplementaryData } from './supplementary-data';

/** Free-text SIS fields that the rule scans for supplementary data. */
const SIS_TEXT_FIELDS = ['alert_reason', 'distinguishing_marks'] as const;

/**
 * Supplementary data in a SIS field is a warning: an alert contains only the data
 * that Regulation (EU) 2018/1862, Art. 20(3) lists. Languages, phones, the
 * guardian and the care centre belong in the national file and the SIRENE
 * M form.
 */
export const sisPayloadOnly: Rule = {
  id: 'sis_payload_only',
  defaultSeverity: 'warning',
  fields: SIS_TEXT_FIELDS,
  check({ values }) {
    const messages: string[] = [];
    const fields: string[] = [];
    for (const fieldId of SIS_TEXT_FIELDS) {
      const kinds = findSupplementaryData(readText(values, fieldId) ?? '');
      if (kinds.length === 0) continue;
      const found = kinds.map((kind) => t(`rule_sis_payload_only_kind_${kind}`)).join(', ');
      messages.push(t('rule_sis_payload_only_fail', [fieldName(fieldId), found]));
      fields.push(fieldId);
    }
    if (messages.length === 0) return { pass: true };
    return { pass: false, message: messages.join(' '), fields };
  },
};
