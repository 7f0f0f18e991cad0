import type { FieldDefinition } from '../catalogue';
import type { ControlInfo, DetectedField, WriteStep } from '../messaging/page-model';
import type { FieldPlan, PlanChoice, PlanStatus } from './plan-types';

/** Inputs that every planner of one field takes. */
export interface PlanContext {
  field: DetectedField;
  definition: FieldDefinition;
  /** The page's current value as text. */
  current: string;
  /** Language of the page, for controls that declare none. */
  pageLang?: string;
}

/** The part of a context that every plan records. */
type PlanBase = Pick<PlanContext, 'field' | 'current'>;

/** Returns the language of a control: its own `lang`, else the page's. */
export function controlLang(context: PlanContext, control: ControlInfo): string | undefined {
  return control.lang ?? context.pageLang;
}

/** Builds a plan that writes the steps and shows the display text in the preview. */
export function readyPlan(context: PlanBase, steps: WriteStep[], display: string): FieldPlan {
  const { field, current } = context;
  return { fieldId: field.fieldId, status: 'ready', steps, display, current };
}

/** Builds a plan that writes nothing, with the message key that explains why. */
export function blockedPlan(
  context: PlanBase,
  status: Exclude<PlanStatus, 'ready' | 'shortened' | 'needs-choice'>,
  reason: string,
  display = '',
): FieldPlan {
  const { field, current } = context;
  return { fieldId: field.fieldId, status, steps: [], display, current, reason };
}

/** Builds a plan that waits for the officer to pick one of the choices, or to fill by hand. */
export function choicePlan(
  context: PlanBase,
  reason: string,
  choices: PlanChoice[],
  display = '',
): FieldPlan {
  return {
    fieldId: context.field.fieldId,
    status: 'needs-choice',
    steps: [],
    display,
    current: context.current,
    reason,
    choices,
  };
}
