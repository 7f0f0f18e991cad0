import type { WriteStep } from '../messaging/page-model';

/**
 * Outcome of planning one field. A plan writes the value (`ready`), writes a
 * cut text (`shortened`) or waits for the officer (`needs-choice`). It writes
 * later, once the page lists a select's options (`waiting`), or leaves the
 * write to the page's own date picker (`guided`). It writes nothing when the
 * control is `locked`, the draft has no value (`skipped`) or the value does
 * not fit the control (`rejected`).
 */
export type PlanStatus =
  'ready' | 'needs-choice' | 'locked' | 'shortened' | 'skipped' | 'rejected' | 'waiting' | 'guided';

/** A way to write a field that the officer can pick in the preview. */
export interface PlanChoice {
  label: string;
  steps: WriteStep[];
}

/** A Latin spelling proposed for a control that takes only Latin letters. */
export interface Transliteration {
  /** The draft's text as it is. */
  original: string;
  /** Spellings to pick from. The first one writes the plan's own steps. */
  spellings: PlanChoice[];
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
  /** Set when the steps write a transliteration that the officer has to accept. */
  transliteration?: Transliteration;
}
