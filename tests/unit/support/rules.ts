import { createRuleContext, RULES, type Checklist, type RuleId } from '@/utils/checklist';
import type { FieldStatus } from '@/utils/catalogue';
import type { RuleOutcome } from '@/utils/checklist';

/** Fixed evaluation time of the rule tests: 15 June 2025, 12:00 local time. */
export const NOW = new Date(2025, 5, 15, 12, 0);

type Settings = Pick<Checklist, 'majorityAge' | 'majorityWarningMonths'>;

/** Runs one rule on the values at `NOW`, as evaluation would. */
export function checkRule(
  ruleId: RuleId,
  values: Record<string, unknown>,
  settings?: Settings,
  fieldStatuses?: Record<string, FieldStatus>,
): RuleOutcome {
  const rule = RULES.find((candidate) => candidate.id === ruleId);
  if (!rule) throw new Error(`No rule "${ruleId}"`);
  return rule.check(createRuleContext({ values, fieldStatuses, checklist: settings, now: NOW }));
}

/** A row of a rule's table of cases. */
export interface RuleCase {
  name: string;
  values: Record<string, unknown>;
  pass: boolean;
}
