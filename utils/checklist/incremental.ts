import type { FieldStatus } from '../catalogue';
import { messagesLanguage } from '../i18n';
import type { Checklist } from '../schema/checklist';
import { createRuleContext, FACT_READS } from './context';
import { DEFAULT_CHECKLIST } from './defaults';
import {
  evaluateField,
  evaluateFields,
  evaluateRule,
  summarizeEvaluation,
  type EvaluationInput,
} from './evaluate';
import { RULES } from './rules';
import type { Evaluation, Rule, RuleContext, RuleResult } from './types';

const MINUTE_MS = 60_000;

/** Keys of the rule context that stay the same between two evaluations of one base. */
const FIXED_CONTEXT_KEYS = new Set<PropertyKey>(['now', 'majorityAge', 'majorityWarningMonths']);

/** Values, field statuses and facts that one run of a rule read. */
interface RuleReads {
  values: Set<string>;
  statuses: Set<string>;
  /** Set when the rule enumerated the values or the context, so that any change runs it again. */
  everything: boolean;
}

interface RuleSlot {
  rule: Rule;
  /** Undefined when the checklist leaves the rule out or turns it off. */
  result?: RuleResult;
  reads: RuleReads;
}

/** The last evaluation and what it was computed from. */
interface Base {
  checklist: Checklist;
  language: string;
  now: Date;
  values: Readonly<Record<string, unknown>>;
  fieldStatuses: Readonly<Record<string, FieldStatus>>;
  slots: RuleSlot[];
  evaluation: Evaluation;
}

function minuteOf(time: Date): number {
  return Math.floor(time.getTime() / MINUTE_MS);
}

function noReads(): RuleReads {
  return { values: new Set(), statuses: new Set(), everything: false };
}

/**
 * Returns a view of the rule context that records into `reads` which values,
 * field statuses and derived facts a rule reads.
 */
function recordingContext(context: RuleContext, reads: RuleReads): RuleContext {
  const values = new Proxy(context.values, {
    get(target, key, receiver) {
      if (typeof key === 'string') reads.values.add(key);
      return Reflect.get(target, key, receiver);
    },
    has(target, key) {
      if (typeof key === 'string') reads.values.add(key);
      return Reflect.has(target, key);
    },
    getOwnPropertyDescriptor(target, key) {
      if (typeof key === 'string') reads.values.add(key);
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
    ownKeys(target) {
      reads.everything = true;
      return Reflect.ownKeys(target);
    },
  });
  const onPage = (fieldId: string) => {
    reads.statuses.add(fieldId);
    return context.onPage(fieldId);
  };
  return new Proxy(context, {
    get(target, key, receiver) {
      if (key === 'values') return values;
      if (key === 'onPage') return onPage;
      if (Object.hasOwn(FACT_READS, key)) {
        for (const fieldId of FACT_READS[key as keyof typeof FACT_READS]) {
          reads.values.add(fieldId);
        }
      } else if (!FIXED_CONTEXT_KEYS.has(key)) {
        reads.everything = true;
      }
      return Reflect.get(target, key, receiver);
    },
    ownKeys(target) {
      reads.everything = true;
      return Reflect.ownKeys(target);
    },
  });
}

/** Returns the keys whose values differ between two records, compared by identity. */
function changedKeys(
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
): Set<string> {
  const changed = new Set<string>();
  for (const key in before) if (!Object.is(before[key], after[key])) changed.add(key);
  for (const key in after) if (!(key in before)) changed.add(key);
  return changed;
}

function readsAny(reads: RuleReads, values: Set<string>, statuses: Set<string>): boolean {
  if (reads.everything) return true;
  for (const key of values) if (reads.values.has(key)) return true;
  for (const key of statuses) if (reads.statuses.has(key)) return true;
  return false;
}

function runRule(rule: Rule, context: RuleContext, checklist: Checklist): RuleSlot {
  const reads = noReads();
  const result = evaluateRule(rule, recordingContext(context, reads), checklist);
  return { rule, result, reads };
}

/**
 * Evaluates a checklist again after a few values or statuses changed, running
 * only the rules that read a changed field and rebuilding only the changed
 * field items. Each call returns a new evaluation, in which every result and
 * item that did not change keeps its identity, so that a memoised view skips it.
 *
 * The outcome is the one `evaluate` gives for the same input at the time of
 * the last full evaluation. A rule's outcome depends only on the values,
 * statuses and facts it read, so a rule that read no changed field would
 * return the same outcome. A full evaluation runs again for another
 * checklist, another language of messages, or another minute of `now`.
 * NOTE: within one minute the outcome keeps the earlier time. Every time
 * comparison of the rules falls on a whole minute (local midnight or
 * wall-clock minutes), so this changes no outcome.
 */
export class IncrementalEvaluator {
  private base: Base | undefined;

  evaluate(input: EvaluationInput): Evaluation {
    const checklist = input.checklist ?? DEFAULT_CHECKLIST;
    const now = input.now ?? new Date();
    const base = this.base;
    if (
      !base ||
      base.checklist !== checklist ||
      base.language !== messagesLanguage() ||
      minuteOf(base.now) !== minuteOf(now)
    ) {
      return this.evaluateAll(input, checklist, now);
    }

    const values = changedKeys(base.values, input.values);
    const statuses = changedKeys(base.fieldStatuses, input.fieldStatuses);
    // A new object even so, because the panel sends a verdict for each new
    // evaluation, and a frame that reported late still needs one.
    if (values.size === 0 && statuses.size === 0) return { ...base.evaluation };

    const context = createRuleContext({
      values: input.values,
      fieldStatuses: input.fieldStatuses,
      checklist,
      now: base.now,
    });
    const slots = base.slots.map((slot) =>
      slot.result && readsAny(slot.reads, values, statuses)
        ? runRule(slot.rule, context, checklist)
        : slot,
    );
    const fieldItems = base.evaluation.fieldItems.map((item) =>
      values.has(item.fieldId) || statuses.has(item.fieldId)
        ? evaluateField(item.fieldId, input, checklist)!
        : item,
    );
    const ruleResults = slots.flatMap((slot) => (slot.result ? [slot.result] : []));
    const evaluation = summarizeEvaluation(fieldItems, ruleResults, checklist);
    this.base = {
      ...base,
      values: input.values,
      fieldStatuses: input.fieldStatuses,
      slots,
      evaluation,
    };
    return evaluation;
  }

  private evaluateAll(input: EvaluationInput, checklist: Checklist, now: Date): Evaluation {
    const context = createRuleContext({
      values: input.values,
      fieldStatuses: input.fieldStatuses,
      checklist,
      now,
    });
    const slots = RULES.map((rule) => runRule(rule, context, checklist));
    const ruleResults = slots.flatMap((slot) => (slot.result ? [slot.result] : []));
    const fieldItems = evaluateFields(input, checklist);
    const evaluation = summarizeEvaluation(fieldItems, ruleResults, checklist);
    this.base = {
      checklist,
      language: messagesLanguage(),
      now,
      values: input.values,
      fieldStatuses: input.fieldStatuses,
      slots,
      evaluation,
    };
    return evaluation;
  }
}
