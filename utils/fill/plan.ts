import { getField, type FieldDefinition } from '../catalogue';
import type { DetectedField } from '../messaging/page-model';
import type { ImageValue } from '../schema/draft-values';
import { currentText } from './page-text';
import { planDateListWrite, planDateWrite } from './plan-dates';
import { planPhotoWrite } from './plan-photo';
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
        // NOTE: a name split over surname and forenames controls is not filled yet.
        return blockedPlan(context, 'rejected', 'fill_reason_not_supported');
      }
      return planValueWrite(context, control, value);
  }
}

/**
 * Plans the write of a draft value into the controls detected for its
 * field, in their own formats. Nothing is written to a locked control
 * (read-only or disabled) or for an empty value, and the plan never guesses:
 * where the page leaves a choice open, the officer picks one.
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
  if (field.controls.some((control) => control.state !== 'editable')) {
    return blockedPlan(context, 'locked', 'fill_reason_locked');
  }
  return planByType(context, normalised(definition, value));
}
