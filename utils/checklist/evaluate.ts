import { FIELDS, type FieldStatus, type Severity } from '../catalogue';
import { t } from '../i18n';
import type { Checklist } from '../schema/checklist';
import { createRuleContext } from './context';
import { DEFAULT_CHECKLIST } from './defaults';
import { RULES } from './rules';
import type { Evaluation, FieldItem, RuleContext, RuleResult } from './types';
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
 * Returns the items of the checklist's fields in catalogue order. A field
 * without a control on this page counts only when the checklist requires it.
 */
function evaluateFields(input: EvaluationInput, checklist: Checklist): FieldItem[] {
  const items: FieldItem[] = [];
  for (const field of FIELDS) {
    const item = checklist.fields[field.id];
    if (!item) continue;
    const status = input.fieldStatuses[field.id] ?? 'absent';
    const pass = status === 'present' || (status === 'locked' && isGiven(input.values[field.id]));
    const counted =
      item.requirement !== 'off' && (status !== 'absent' || item.requirement === 'required');
    items.push({
      fieldId: field.id,
      requirement: item.requirement,
      status,
      pass,
      weight: item.weight,
      counted,
    });
  }
  return items;
}

/** Runs the checklist's rules that are not off, in catalogue order. */
function evaluateRules(context: RuleContext, checklist: Checklist): [RuleResult, number][] {
  const results: [RuleResult, number][] = [];
  for (const rule of RULES) {
    const item = checklist.rules[rule.id];
    if (!item || item.severity === 'off') continue;
    const outcome = rule.check(context);
    const result: RuleResult = {
      ruleId: rule.id,
      status: outcome.pass ? 'pass' : 'fail',
      severity: lowerSeverity(item.severity, outcome.severity),
      fields: outcome.fields ?? [...rule.fields],
      message: outcome.message ?? (outcome.pass ? '' : t(`rule_${rule.id}_fail`)),
    };
    results.push([result, item.weight]);
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
  const rules = evaluateRules(context, checklist);
  const ruleResults = rules.map(([result]) => result);

  const scoreItems: ScoreItem[] = [
    ...fieldItems.filter((item) => item.counted),
    ...rules.map(([result, weight]) => ({ weight, pass: result.status === 'pass' })),
  ];
  const blockingRules = ruleResults.filter(
    (result) => result.status === 'fail' && result.severity === 'blocking',
  ).length;

  return {
    score: scoreOf(scoreItems),
    fieldItems,
    ruleResults,
    blockingOpen: blockingRules + fieldItems.filter(isBlockingField).length,
  };
}
