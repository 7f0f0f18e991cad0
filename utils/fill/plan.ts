import { getField, type FieldDefinition } from '../catalogue';
import type { ControlInfo, DetectedField } from '../messaging/page-model';
import type { ImageValue } from '../schema/draft-values';
import { currentText } from './page-text';
import { planDateListWrite, planDateWrite } from './plan-dates';
import { planPhotoWrite } from './plan-photo';
import { selectableIndexes } from './placeholder';
import { blockedPlan, type PlanContext } from './plan-result';
import type { FieldPlan } from './plan-types';
import { planValueWrite } from './plan-value';
import { isEmptyValue } from './value-text';

function definitionOf(fieldId: string): FieldDefinition | undefined {
  try {
    return getField(fieldId);
  } catch {
    return undefined;
  }
}

const LIST_TYPES = new Set(['text-list', 'code-list', 'partial-date-list', 'contacts']);

/** Wraps a single value of a list field in a list, so a malformed draft cannot crash a plan. */
function normalised(definition: FieldDefinition, value: unknown): unknown {
  return LIST_TYPES.has(definition.type) && !Array.isArray(value) ? [value] : value;
}

function planByType(context: PlanContext, value: unknown): FieldPlan {
  const control = context.field.controls[0];
  switch (context.definition.type) {
    case 'image':
      if (control.kind !== 'file') {
        return blockedPlan(context, 'rejected', 'fill_reason_control_mismatch');
      }
      return planPhotoWrite(context, control, value as ImageValue);
    case 'partial-date':
    case 'date':
    case 'datetime':
      return planDateWrite(context, String(value));
    case 'partial-date-list':
      return planDateListWrite(context, value as string[]);
    default:
      if (context.field.controls.length > 1) {
        if (isBoxList(context)) return planBoxListWrite(context, value as unknown[]);
        // NOTE: a name split over surname and forenames controls is not filled yet.
        return blockedPlan(context, 'rejected', 'fill_reason_not_supported');
      }
      return planValueWrite(context, control, value);
  }
}

/** Tells whether a list of texts is asked one item per text box, as rows of name variants. */
function isBoxList({ definition, field }: PlanContext): boolean {
  return (
    definition.type === 'text-list' &&
    !field.roles &&
    field.controls.every((control) => control.kind === 'text' || control.kind === 'textarea')
  );
}

/**
 * Plans a list over its boxes, one item per box in the page's order. The
 * last box takes the items that no box is left for, and boxes without an
 * item keep what they show. A box whose item needs the officer (a Latin
 * spelling to accept) leaves the whole list to the officer.
 */
function planBoxListWrite(context: PlanContext, items: unknown[]): FieldPlan {
  const { controls } = context.field;
  const last = controls.length - 1;
  const plans = controls.flatMap((control, index) => {
    const share = index < last ? items.slice(index, index + 1) : items.slice(last);
    return share.length > 0 ? [planValueWrite(context, control, share)] : [];
  });
  const written = plans.every(
    (plan) => (plan.status === 'ready' || plan.status === 'shortened') && !plan.transliteration,
  );
  if (!written) return blockedPlan(context, 'rejected', 'fill_reason_not_supported');

  const plan: FieldPlan = {
    fieldId: context.field.fieldId,
    status: plans.some((part) => part.status === 'shortened') ? 'shortened' : 'ready',
    steps: plans.flatMap((part) => part.steps),
    display: plans.map((part) => part.display).join(', '),
    current: context.current,
  };
  if (plan.status === 'shortened') {
    plan.reason = 'fill_reason_shortened';
    plan.fullText = plans.map((part) => part.fullText ?? part.display).join(', ');
  }
  return plan;
}

const DATE_TYPES = new Set(['partial-date', 'date', 'datetime']);

/**
 * Tells whether a control is a select that the page fills and enables once
 * another field is chosen: it is locked only until its options arrive.
 */
function awaitsOptions(control: ControlInfo): boolean {
  const isSelect = control.kind === 'select' || control.kind === 'select-multiple';
  return isSelect && selectableIndexes(control.options ?? []).length === 0;
}

/**
 * Plans a read-only date control, which pages set through their own date
 * picker: the officer sets it there. The display shows the date in the
 * control's format, as planned for an editable control.
 */
function planGuidedDate(context: PlanContext, value: unknown): FieldPlan {
  const [control] = context.field.controls;
  const editable = { ...context.field, controls: [{ ...control, state: 'editable' as const }] };
  const plan = planByType({ ...context, field: editable }, value);
  const display = plan.status === 'ready' ? plan.display : String(value);
  return blockedPlan(context, 'guided', 'fill_reason_set_via_picker', display);
}

/**
 * Plans the write of a draft value into the controls detected for its
 * field, in their own formats. Nothing is written to a locked control
 * (read-only or disabled) or for an empty value, and the plan never guesses:
 * where the page leaves a choice open, the officer picks one. A single empty
 * read-only date control is left to the page's date picker (`guided`).
 */
export function planFieldWrite(
  field: DetectedField,
  value: unknown,
  options: { lang?: string } = {},
): FieldPlan {
  const current = currentText(field);
  const definition = definitionOf(field.fieldId);
  if (!definition || field.controls.length === 0) {
    return blockedPlan({ field, current }, 'rejected', 'fill_reason_not_supported');
  }

  const context: PlanContext = { field, definition, current, pageLang: options.lang };
  if (isEmptyValue(value)) return blockedPlan(context, 'skipped', 'fill_reason_empty');
  const { controls } = field;
  const isDate = DATE_TYPES.has(definition.type);
  // NOTE: a read-only date that already shows a value counts as set by the system, and stays locked.
  if (isDate && controls.length === 1 && controls[0].state === 'readonly' && current === '') {
    return planGuidedDate(context, normalised(definition, value));
  }
  if (controls.some((control) => control.state !== 'editable' && !awaitsOptions(control))) {
    return blockedPlan(context, 'locked', 'fill_reason_locked');
  }
  return planByType(context, normalised(definition, value));
}
