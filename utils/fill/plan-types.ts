import type { WriteStep } from '../messaging/page-model';

/**
 * Outcome of planning one field. A plan writes the value (`ready`), writes a
 * cut text (`shortened`) or waits for the officer (`needs-choice`). It writes
 * nothing when the control is `locked`, the draft has no value (`skipped`)
 * or the value does not fit the control (`rejected`).
 */
export type PlanStatus = 'ready' | 'needs-choice' | 'locked' | 'shortened' | 'skipped' | 'rejected';

/** A way to write a field that the officer can pick in the preview. */
export interface PlanChoice {
  label: string;
  steps: WriteStep[];
}

/** The planned write of one catalogue field into the controls that show it. */
export interface FieldPlan {
  fieldId: string;
  status: PlanStatus;
  /** Writes to perform, empty unless the status is `ready` or `shortened`. */
  steps: WriteStep[];
  /** The value as it will be written, for the preview. */
  display: string;
  /** The page's current value as text, for the preview. */
  current: string;
  /** Message key that explains a status other than `ready`. */
  reason?: string;
  /** Ways to write the field when the officer must pick one. */
  choices?: PlanChoice[];
  /** The whole text when `shortened` cut it to the control's maximum length. */
  fullText?: string;
}
