import { t } from '../../i18n';
import { firstDay, parseLocalDateTime, parsePartialDate, wallClockMinutes } from '../dates';
import { fieldName } from '../messages';
import type { Rule, RuleContext } from '../types';

/** Fields in the order their times must follow. */
const ORDER = ['date_of_birth', 'left_care_at', 'last_seen_at', 'reported_at'] as const;

interface Stamp {
  fieldId: string;
  minutes: number;
}

function stampOf(fieldId: string, context: RuleContext): Stamp | undefined {
  const value = context.values[fieldId];
  if (fieldId === 'date_of_birth') {
    // The earliest possible day, so that a partial date fails only when every
    // day it can mean is out of order.
    const date = parsePartialDate(value);
    return date && { fieldId, minutes: wallClockMinutes(firstDay(date)) };
  }
  const minutes = parseLocalDateTime(value);
  return minutes === undefined ? undefined : { fieldId, minutes };
}

/**
 * date_of_birth <= left_care_at <= last_seen_at <= reported_at <= now. Good
 * practice. Values that are missing or do not parse are skipped, and each
 * remaining one is compared with the next one given.
 */
export const datesInOrder: Rule = {
  id: 'dates_in_order',
  defaultSeverity: 'warning',
  fields: ORDER,
  check(context) {
    const stamps = ORDER.map((fieldId) => stampOf(fieldId, context)).filter(
      (stamp) => stamp !== undefined,
    );
    const messages: string[] = [];
    const fields = new Set<string>();

    for (let index = 1; index < stamps.length; index++) {
      const [earlier, later] = [stamps[index - 1], stamps[index]];
      if (earlier.minutes <= later.minutes) continue;
      messages.push(
        t('rule_dates_in_order_fail', [fieldName(earlier.fieldId), fieldName(later.fieldId)]),
      );
      fields.add(earlier.fieldId).add(later.fieldId);
    }

    const last = stamps.at(-1);
    if (last && last.minutes > wallClockMinutes(context.now)) {
      messages.push(t('rule_dates_in_order_fail_future', fieldName(last.fieldId)));
      fields.add(last.fieldId);
    }

    if (messages.length === 0) return { pass: true };
    return { pass: false, message: messages.join(' '), fields: [...fields] };
  },
};
