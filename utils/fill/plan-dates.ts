import { t } from '../i18n';
import type { ControlInfo } from '../messaging/page-model';
import { describeDateFormat, formatDateParts, formatWithout } from './date-format';
import { parseIsoParts, type DateParts } from './iso-date';
import { controlDateFormats, planSingleDate } from './plan-date';
import { planDateParts } from './plan-date-parts';
import { blockedPlan, choicePlan, controlLang, type PlanContext } from './plan-result';
import { planTextWrite } from './plan-text';
import type { FieldPlan } from './plan-types';

const DATE_KINDS = new Set<ControlInfo['kind']>([
  'text',
  'textarea',
  'date',
  'datetime-local',
  'time',
]);

/** Plans a draft date, date-time or partial date into a field's control or split controls. */
export function planDateWrite(context: PlanContext, iso: string): FieldPlan {
  const parts = parseIsoParts(iso);
  if (!parts) return blockedPlan(context, 'rejected', 'fill_reason_value_invalid');

  const { controls } = context.field;
  if (controls.length > 1) return planDateParts(context, parts);
  if (!DATE_KINDS.has(controls[0].kind)) {
    return blockedPlan(context, 'rejected', 'fill_reason_control_mismatch');
  }
  return planSingleDate(context, controls[0], parts);
}

function unitsMissing(parts: DateParts): ('day' | 'month' | 'hour' | 'minute')[] {
  const missing: ('day' | 'month' | 'hour' | 'minute')[] = [];
  if (parts.month === undefined) missing.push('month');
  if (parts.day === undefined) missing.push('day');
  if (parts.hour === undefined) missing.push('hour', 'minute');
  return missing;
}

/** Formats every date of a list in one pattern, a partial date without the units it lacks. */
function listItems(dates: DateParts[], format: string): string[] {
  return dates.map((parts) => formatDateParts(parts, formatWithout(format, unitsMissing(parts))));
}

/**
 * Plans a list of dates, such as every declared date of birth. A text box
 * takes them all, joined with ", ", each partial date written with only the
 * units it has. Any other control takes the first date.
 */
export function planDateListWrite(context: PlanContext, isoDates: string[]): FieldPlan {
  const dates = isoDates.map(parseIsoParts);
  if (dates.some((parts) => parts === undefined)) {
    return blockedPlan(context, 'rejected', 'fill_reason_value_invalid');
  }

  const control = context.field.controls[0];
  const single = context.field.controls.length === 1;
  const typed = single && (control.kind === 'text' || control.kind === 'textarea');
  if (!typed) {
    const plan = planDateWrite(context, isoDates[0]);
    if (plan.status !== 'ready' || isoDates.length === 1) return plan;
    return { ...plan, status: 'shortened', reason: 'fill_reason_first_value_only' };
  }

  const formats = controlDateFormats(control, controlLang(context, control));
  const plans = formats.map((format) =>
    planTextWrite(context, control, listItems(dates as DateParts[], format)),
  );
  if (plans.length === 0) return choicePlan(context, 'fill_reason_date_format_unknown', []);
  if (new Set(plans.map((plan) => plan.display)).size === 1) return plans[0];

  const choices = plans.map((plan, index) => ({
    label: t('fill_choice_date_format', [plan.display, describeDateFormat(formats[index])]),
    steps: plan.steps,
  }));
  return choicePlan(context, 'fill_reason_date_order_unknown', choices);
}
