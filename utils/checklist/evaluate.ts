import { FIELDS, type FieldStatus, type Severity } from '../catalogue';
import { t } from '../i18n';
import type { Checklist } from '../schema/checklist';
import { createRuleContext } from './context';
import { DEFAULT_CHECKLIST } from './defaults';
import { RULES } from './rules';
import type { Evaluation, FieldItem, Rule, RuleContext, RuleResult } from './types';
import { isGiven } from './values';

export interface EvaluationInput {
  /** Catalogue values found on the page, parsed. */
  values: Record<string, unknown>;
  /** Status of each field on the page. A field without a status has no control on this page. */
  fieldStatuses: Record<string, FieldStatus>;
  checklist?: Checklist;
  now?: Date;
}

interface ScoreItem {
  weight: number;
  pass: boolean;
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, blocking: 2 };

function lowerSeverity(a: Severity, b: Severity | undefined): Severity {
  return b !== undefined && SEVERITY_RANK[b] < SEVERITY_RANK[a] ? b : a;
}

/**
 * Returns the checklist item of one field, or undefined when the checklist
 * does not list it. A field without a control on this page counts only when
 * the checklist requires it.
 */
export function evaluateField(
  fieldId: string,
  input: EvaluationInput,
  checklist: Checklist,
): FieldItem | undefined {
  const item = checklist.fields[fieldId];
  if (!item) return undefined;
  const status = input.fieldStatuses[fieldId] ?? 'absent';
  const pass = status === 'present' || (status === 'locked' && isGiven(input.values[fieldId]));
  const counted =
    item.requirement !== 'off' && (status !== 'absent' || item.requirement === 'required');
  return { fieldId, requirement: item.requirement, status, pass, weight: item.weight, counted };
}

/** Returns the items of the checklist's fields in catalogue order. */
export function evaluateFields(input: EvaluationInput, checklist: Checklist): FieldItem[] {
  const items: FieldItem[] = [];
  for (const field of FIELDS) {
    const item = evaluateField(field.id, input, checklist);
    if (item) items.push(item);
  }
  return items;
}

/** Runs one rule, or returns undefined when the checklist leaves it out or turns it off. */
export function evaluateRule(
  rule: Rule,
  context: RuleContext,
  checklist: Checklist,
): RuleResult | undefined {
  const item = checklist.rules[rule.id];
  if (!item || item.severity === 'off') return undefined;
  const outcome = rule.check(context);
  return {
    ruleId: rule.id,
    status: outcome.pass ? 'pass' : 'fail',
    severity: lowerSeverity(item.severity, outcome.severity),
    fields: outcome.fields ?? [...rule.fields],
    message: outcome.message ?? (outcome.pass ? '' : t(`rule_${rule.id}_fail`)),
  };
}

/** Runs the checklist's rules that are not off, in catalogue order. */
function evaluateRules(context: RuleContext, checklist: Checklist): RuleResult[] {
  const results: RuleResult[] = [];
  for (const rule of RULES) {
    const result = evaluateRule(rule, context, checklist);
    if (result) results.push(result);
  }
  return results;
}

/** Returns the weighted share of passing items in whole percent, or 100 when no item has weight. */
function scoreOf(items: ScoreItem[]): number {
  let total = 0;
  let passed = 0;
  for (const item of items) {
    total += item.weight;
    if (item.pass) passed += item.weight;
  }
  return total === 0 ? 100 : Math.round((100 * passed) / total);
}

/**
 * Tells whether a field item is a blocking open item: a required field that a
 * control on the page leaves empty or unparsable. A field on another page of a
 * multi-page portal, or a control that detection could not pin down, lowers
 * the score but does not block.
 */
function isBlockingField(item: FieldItem): boolean {
  return (
    item.requirement === 'required' &&
    !item.pass &&
    (item.status === 'missing' || item.status === 'invalid')
  );
}

/** Adds the score and the count of blocking open items to the items of an evaluation. */
export function summarizeEvaluation(
  fieldItems: FieldItem[],
  ruleResults: RuleResult[],
  checklist: Checklist,
): Evaluation {
  const scoreItems: ScoreItem[] = fieldItems.filter((item) => item.counted);
  let blockingOpen = 0;
  for (const result of ruleResults) {
    scoreItems.push({
      weight: checklist.rules[result.ruleId]!.weight,
      pass: result.status === 'pass',
    });
    if (result.status === 'fail' && result.severity === 'blocking') blockingOpen++;
  }
  for (const item of fieldItems) if (isBlockingField(item)) blockingOpen++;
  return { score: scoreOf(scoreItems), fieldItems, ruleResults, blockingOpen };
}

/** Evaluates a checklist on the values and field statuses of the page. */
export function evaluate(input: EvaluationInput): Evaluation {
  const checklist = input.checklist ?? DEFAULT_CHECKLIST;
  const context = createRuleContext({
    values: input.values,
    fieldStatuses: input.fieldStatuses,
    checklist,
    now: input.now,
  });
  const fieldItems = evaluateFields(input, checklist);
  const ruleResults = evaluateRules(context, checklist);
  return summarizeEvaluation(fieldItems, ruleResults, checklist);
}
