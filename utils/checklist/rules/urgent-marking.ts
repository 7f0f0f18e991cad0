import { RISK, WARNING } from '../../catalogue';
import { t } from '../../i18n';
import { isCategoryD } from '../categories';
import { fieldName } from '../messages';
import type { Rule, RuleContext } from '../types';
import { readCodes, readText } from '../values';
import { mentionsUnaccompaniedMinor } from './unaccompanied-terms';

/** The word that starts field 311 of the SIRENE M form in an urgent case. */
export const URGENT_PREFIX = 'URGENT';

/** Returns the message keys of what makes the case urgent. */
export function urgencyTriggers({ category, values }: RuleContext): string[] {
  const risks = readCodes(values, 'risk_indicators', RISK);
  const flags = readCodes(values, 'warning_flags', WARNING);
  const triggers: string[] = [];
  if (category && isCategoryD(category)) triggers.push('rule_urgent_marking_trigger_category_d');
  if (risks.includes('TRAFFICKING')) triggers.push('rule_urgent_marking_trigger_trafficking');
  if (risks.includes('SUICIDE') || flags.includes('SUICIDE_RISK')) {
    triggers.push('rule_urgent_marking_trigger_suicide');
  }
  return triggers;
}

/**
 * A D_* category, a trafficking risk or a suicide risk makes urgency_note
 * start with URGENT, the marking of field 311 of the SIRENE M form, and name an
 * unaccompanied minor where that applies. The triggers are good practice.
 */
export const urgentMarking: Rule = {
  id: 'urgent_marking',
  defaultSeverity: 'warning',
  fields: ['urgency_note', 'alert_category', 'risk_indicators', 'warning_flags'],
  check(context) {
    const triggers = urgencyTriggers(context);
    if (triggers.length === 0) return { pass: true };

    const note = readText(context.values, 'urgency_note') ?? '';
    const noteName = fieldName('urgency_note');
    const messages: string[] = [];
    if (!note.startsWith(URGENT_PREFIX)) {
      const reasons = triggers.map((key) => t(key)).join(', ');
      messages.push(t('rule_urgent_marking_fail', [noteName, reasons]));
    }
    if (context.unaccompaniedMinor && !mentionsUnaccompaniedMinor(note)) {
      messages.push(t('rule_urgent_marking_fail_unaccompanied', noteName));
    }

    if (messages.length === 0) return { pass: true };
    return { pass: false, message: messages.join(' '), fields: ['urgency_note'] };
  },
};
