import { t } from '../i18n';
import type { ControlInfo, WriteStep } from '../messaging/page-model';
import { firstPossibleDay, lastPossibleDay } from './date-completion';
import { dateFormatCandidates } from './date-infer';
import {
  dateFormatUnits,
  describeDateFormat,
  formatDateParts,
  type DateFormat,
} from './date-format';
import type { DateParts } from './iso-date';
import { blockedPlan, choicePlan, controlLang, readyPlan, type PlanContext } from './plan-result';
import type { FieldPlan, PlanChoice } from './plan-types';

/**
 * Lists the formats a date control may take: the one a portal profile gives
 * for a text box, else those inferred from the control.
 */
export function controlDateFormats(control: ControlInfo, lang?: string): DateFormat[] {
  const typed = control.kind === 'text' || control.kind === 'textarea';
  if (typed && control.dateFormat) return [control.dateFormat];
  return dateFormatCandidates(control, lang);
}

function setText(control: ControlInfo, text: string): WriteStep {
  return { action: 'set-text', key: control.key, text };
}

function lacksUnit(parts: DateParts, format: DateFormat): boolean {
  const units = dateFormatUnits(format);
  const lacksDay = units.has('day') && parts.day === undefined;
  return lacksDay || (units.has('month') && parts.month === undefined);
}

/** Labels a text with its pattern when the formats differ, so the officer can tell them apart. */
function labelText(text: string, format: DateFormat, formats: DateFormat[]): string {
  return formats.length > 1 ? `${text} (${describeDateFormat(format)})` : text;
}

/**
 * Offers ways to write a partial date into a control that takes a full date,
 * so that the officer decides and no day is invented. The choices are the
 * first possible day, the last possible day, and in a text control the "00"
 * convention for an unknown day and month.
 */
function partialChoices(
  control: ControlInfo,
  parts: DateParts,
  formats: DateFormat[],
): PlanChoice[] {
  const typed = control.kind === 'text' || control.kind === 'textarea';
  return formats.flatMap((format) => {
    const choice = (key: string, completed: DateParts): PlanChoice => {
      const text = formatDateParts(completed, format);
      return { label: t(key, labelText(text, format, formats)), steps: [setText(control, text)] };
    };
    const choices = [
      choice('fill_choice_first_day', firstPossibleDay(parts)),
      choice('fill_choice_last_day', lastPossibleDay(parts)),
    ];
    const zeros = { year: parts.year, month: parts.month ?? 0, day: 0 };
    if (typed) choices.push(choice('fill_choice_zero_day', zeros));
    return choices;
  });
}

/**
 * Plans writing a date or date-time into one control in the control's own
 * format. A date-time in a date-only control writes its date. When the order
 * of day and month is unknown the plan offers both, unless they give the
 * same text.
 */
export function planSingleDate(
  context: PlanContext,
  control: ControlInfo,
  parts: DateParts,
): FieldPlan {
  const formats = controlDateFormats(control, controlLang(context, control));
  if (formats.length === 0) return choicePlan(context, 'fill_reason_date_format_unknown', []);

  if (dateFormatUnits(formats[0]).has('hour') && parts.hour === undefined) {
    return blockedPlan(context, 'rejected', 'fill_reason_time_missing');
  }
  if (lacksUnit(parts, formats[0])) {
    return choicePlan(context, 'fill_reason_partial_date', partialChoices(control, parts, formats));
  }

  const texts = formats.map((format) => formatDateParts(parts, format));
  if (new Set(texts).size === 1) return readyPlan(context, [setText(control, texts[0])], texts[0]);

  const choices = formats.map((format, index) => ({
    label: t('fill_choice_date_format', [texts[index], describeDateFormat(format)]),
    steps: [setText(control, texts[index])],
  }));
  return choicePlan(context, 'fill_reason_date_order_unknown', choices);
}
