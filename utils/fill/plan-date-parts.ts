import { t } from '../i18n';
import type { ControlInfo, PartRole, WriteStep } from '../messaging/page-model';
import { datePart, firstPossibleDay, lastPossibleDay } from './date-completion';
import type { ClockUnit, DateUnit } from './date-mask';
import { matchDatePartOption } from './date-part-options';
import type { DateParts } from './iso-date';
import { planSingleDate } from './plan-date';
import { blockedPlan, choicePlan, controlLang, readyPlan, type PlanContext } from './plan-result';
import type { FieldPlan, PlanChoice } from './plan-types';

/** Year first, then month, then day, so that pages which rebuild the day list see the month. */
const WRITE_ORDER: DateUnit[] = ['year', 'month', 'day'];

interface PartControl {
  unit: DateUnit | ClockUnit;
  control: ControlInfo;
}

interface PartWrite {
  step: WriteStep;
  text: string;
}

function partText(control: ControlInfo, unit: DateUnit | ClockUnit, value: number): string {
  if (unit !== 'year') return String(value).padStart(2, '0');
  if (control.maxLength === 2) return String(value % 100).padStart(2, '0');
  return String(value).padStart(4, '0');
}

/** Plans the write of one unit into a text box or a select, or returns undefined. */
function partWrite(context: PlanContext, part: PartControl, value: number): PartWrite | undefined {
  const { control, unit } = part;
  if (control.kind !== 'select') {
    const text = partText(control, unit, value);
    return { step: { action: 'set-text', key: control.key, text }, text };
  }
  const options = control.options ?? [];
  const index = matchDatePartOption(options, unit, value, controlLang(context, control));
  if (index === undefined) return undefined;
  const option = options[index];
  const step: WriteStep = {
    action: 'select',
    key: control.key,
    index,
    value: option.value,
    text: option.text,
  };
  return { step, text: option.text.trim() };
}

/** Plans writes for the units the parts have, in write order, or undefined when one cannot be. */
function partWrites(
  context: PlanContext,
  controls: PartControl[],
  parts: DateParts,
): PartWrite[] | undefined {
  const writes: PartWrite[] = [];
  for (const part of controls) {
    const value = parts[part.unit];
    if (value === undefined) continue;
    const write = partWrite(context, part, value);
    if (!write) return undefined;
    writes.push(write);
  }
  return writes;
}

/** Joins the written texts in the order the controls stand on the page. */
function displayOf(writes: PartWrite[], controls: PartControl[], all: ControlInfo[]): string {
  return writes
    .map((write, index) => ({ write, at: all.indexOf(controls[index].control) }))
    .sort((left, right) => left.at - right.at)
    .map((entry) => entry.write.text)
    .join(' ');
}

function choiceOf(
  label: string,
  context: PlanContext,
  controls: PartControl[],
  parts: DateParts,
): PlanChoice | undefined {
  const written = controls.filter((part) => parts[part.unit] !== undefined);
  const writes = partWrites(context, written, parts);
  if (!writes) return undefined;
  const display = displayOf(writes, written, context.field.controls);
  return { label: t(label, display), steps: writes.map((write) => write.step) };
}

/**
 * Plans a date split over day, month and year controls, text boxes or
 * selects. A partial date gets the choice of writing only its known units or
 * completing it, never an invented day.
 */
function planDayMonthYear(context: PlanContext, roles: PartRole[], parts: DateParts): FieldPlan {
  const { controls } = context.field;
  const ordered: PartControl[] = WRITE_ORDER.flatMap((unit) => {
    const index = roles.indexOf(unit);
    return index === -1 ? [] : [{ unit, control: controls[index] }];
  });

  const missing = ordered.some((part) => parts[part.unit] === undefined);
  if (missing) {
    const choices = [
      choiceOf('fill_choice_known_parts', context, ordered, parts),
      choiceOf('fill_choice_first_day', context, ordered, firstPossibleDay(parts)),
      choiceOf('fill_choice_last_day', context, ordered, lastPossibleDay(parts)),
    ].filter((choice): choice is PlanChoice => choice !== undefined);
    return choicePlan(context, 'fill_reason_partial_date', choices);
  }

  const writes = partWrites(context, ordered, parts);
  if (!writes) return choicePlan(context, 'fill_reason_option_not_found', []);
  const display = displayOf(writes, ordered, controls);
  const plan = readyPlan(
    context,
    writes.map((write) => write.step),
    display,
  );
  return withTimeSteps(context, plan, roles, parts);
}

/**
 * Adds the writes of the time to a date's plan: into the field's time
 * control, or into its hour and minute controls. A draft without a time
 * leaves those controls as they are. A time that an hour or minute list
 * does not offer, as 14:37 in a list of every fifth minute, blocks the plan.
 */
function withTimeSteps(
  context: PlanContext,
  datePlan: FieldPlan,
  roles: PartRole[],
  parts: DateParts,
): FieldPlan {
  const time = timeText(parts);
  if (time === undefined) return datePlan;
  const timeSteps = timeWrites(context, roles, parts, time);
  if (!timeSteps) return choicePlan(context, 'fill_reason_option_not_found', []);
  if (timeSteps.length === 0) return datePlan;

  if (datePlan.status === 'ready') {
    const steps = [...datePlan.steps, ...timeSteps];
    return { ...datePlan, steps, display: `${datePlan.display} ${time}` };
  }
  const choices = datePlan.choices?.map((choice) => ({
    label: `${choice.label} ${time}`,
    steps: [...choice.steps, ...timeSteps],
  }));
  return choices ? { ...datePlan, choices } : datePlan;
}

/** Returns the writes of a time into the field's time controls, or undefined when a list lacks it. */
function timeWrites(
  context: PlanContext,
  roles: PartRole[],
  parts: DateParts,
  time: string,
): WriteStep[] | undefined {
  const { controls } = context.field;
  if (roles.includes('time')) {
    return [{ action: 'set-text', key: controls[roles.indexOf('time')].key, text: time }];
  }
  const steps: WriteStep[] = [];
  for (const unit of CLOCK_UNITS) {
    const index = roles.indexOf(unit);
    const value = parts[unit];
    if (index === -1 || value === undefined) continue;
    const write = partWrite(context, { unit, control: controls[index] }, value);
    if (!write) return undefined;
    steps.push(write.step);
  }
  return steps;
}

const CLOCK_UNITS: ClockUnit[] = ['hour', 'minute'];

function timeText(parts: DateParts): string | undefined {
  if (parts.hour === undefined || parts.minute === undefined) return undefined;
  return `${String(parts.hour).padStart(2, '0')}:${String(parts.minute).padStart(2, '0')}`;
}

/** Plans a date-time split over a date and a time control. A date alone leaves the time. */
function planDateAndTime(context: PlanContext, roles: PartRole[], parts: DateParts): FieldPlan {
  const { controls } = context.field;
  const dateControl = controls[roles.indexOf('date')];
  const timeControl = roles.includes('time') ? controls[roles.indexOf('time')] : undefined;
  if (!dateControl || timeControl?.kind === 'select') {
    return blockedPlan(context, 'rejected', 'fill_reason_not_supported');
  }

  return withTimeSteps(
    context,
    planSingleDate(context, dateControl, datePart(parts)),
    roles,
    parts,
  );
}

/** Plans a date or date-time written over several controls with the roles the scan gave them. */
export function planDateParts(context: PlanContext, parts: DateParts): FieldPlan {
  const roles = context.field.roles ?? [];
  if (roles.includes('date')) return planDateAndTime(context, roles, parts);
  if (roles.some((role) => role === 'day' || role === 'month' || role === 'year')) {
    return planDayMonthYear(context, roles, parts);
  }
  return blockedPlan(context, 'rejected', 'fill_reason_not_supported');
}
