import type { Evaluation, FieldItem } from '../checklist/types';
import type { Checklist } from '../schema/checklist';

/**
 * The outcome of the latest checklist evaluation, as the panel sends it to
 * every frame of its tab. It names checklist items only and contains no value
 * of the alert.
 */
export interface Verdict {
  /** Whether the unit enforces its checklist at submission. */
  enforcing: boolean;
  /** Whether any blocking item is open. */
  blocking: boolean;
  checklistId: string;
  checklistVersion: number;
  /** Weighted share of passing checklist items, 0 to 100. */
  score: number;
  /** Ids of the failing blocking rules, or of every failing rule when none blocks. */
  failedRules: string[];
  /** Catalogue ids of required fields that a control on the page leaves empty or unparsable. */
  missingFields: string[];
}

/** Tells whether a field item blocks: the same test as the evaluation's count of blocking items. */
export function isMissingRequired(item: FieldItem): boolean {
  return (
    item.requirement === 'required' &&
    !item.pass &&
    (item.status === 'missing' || item.status === 'invalid')
  );
}

/** Builds the verdict of an evaluation. */
export function buildVerdict(
  evaluation: Evaluation,
  checklist: Pick<Checklist, 'id' | 'version'>,
  enforcing: boolean,
): Verdict {
  const failing = evaluation.ruleResults.filter((result) => result.status === 'fail');
  const blockingRules = failing.filter((result) => result.severity === 'blocking');
  const blocking = evaluation.blockingOpen > 0;
  return {
    enforcing,
    blocking,
    checklistId: checklist.id,
    checklistVersion: checklist.version,
    score: evaluation.score,
    failedRules: (blocking ? blockingRules : failing).map((result) => result.ruleId),
    missingFields: evaluation.fieldItems.filter(isMissingRequired).map((item) => item.fieldId),
  };
}

/** Tells whether two verdicts are equal field by field. */
export function sameVerdict(first: Verdict, second: Verdict): boolean {
  return (
    first.enforcing === second.enforcing &&
    first.blocking === second.blocking &&
    first.checklistId === second.checklistId &&
    first.checklistVersion === second.checklistVersion &&
    first.score === second.score &&
    sameList(first.failedRules, second.failedRules) &&
    sameList(first.missingFields, second.missingFields)
  );
}

function sameList(first: readonly string[], second: readonly string[]): boolean {
  return first.length === second.length && first.every((item, index) => item === second[index]);
}
