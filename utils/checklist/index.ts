export type { Requirement, Checklist, RuleId } from '../schema/checklist';
export { RULE_IDS } from '../schema/checklist';
export { DEFAULT_CHECKLIST } from './defaults';
export { evaluate, type EvaluationInput } from './evaluate';
export { IncrementalEvaluator } from './incremental';
export { parseChecklist, type ChecklistParseError, type ChecklistParseResult } from './parse';
export { RULES } from './rules';
export { createRuleContext } from './context';
export type {
  Evaluation,
  FieldItem,
  Rule,
  RuleContext,
  RuleOutcome,
  RuleResult,
} from './types';
