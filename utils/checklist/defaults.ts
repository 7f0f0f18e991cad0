import { FIELDS, type FieldLevel, type Severity } from '../catalogue';
import { t } from '../i18n';
import {
  CHECKLIST_FORMAT,
  DEFAULT_CHECKLIST_ID,
  FIRST_CHECKLIST_VERSION,
  DEFAULT_MAJORITY_AGE,
  DEFAULT_MAJORITY_WARNING_MONTHS,
  type Checklist,
  type ChecklistFieldItem,
  type ChecklistRuleItem,
} from '../schema/checklist';
import { RULES } from './rules';

// Default weights follow a field's legal weight and a rule's severity, so that
// the minimum data set and blocking rules move the score most.
const FIELD_WEIGHTS: Record<FieldLevel, number> = { M: 3, R: 2, G: 1 };
const RULE_WEIGHTS: Record<Severity, number> = { blocking: 3, warning: 2, info: 1 };

function defaultFields(): Checklist['fields'] {
  const fields: Record<string, ChecklistFieldItem> = {};
  for (const field of FIELDS) {
    fields[field.id] = {
      requirement: field.level === 'M' ? 'required' : 'recommended',
      weight: FIELD_WEIGHTS[field.level],
    };
  }
  return fields;
}

function defaultRules(): Checklist['rules'] {
  const rules: Checklist['rules'] = {};
  for (const rule of RULES) {
    const item: ChecklistRuleItem = {
      severity: rule.defaultSeverity,
      weight: RULE_WEIGHTS[rule.defaultSeverity],
    };
    rules[rule.id] = item;
  }
  return rules;
}

/**
 * The checklist used when a supervisor has set none: catalogue fields of level
 * M required, R and G recommended, and every rule at its default severity.
 * Its name is read through the message catalogue when it is accessed.
 */
export const DEFAULT_CHECKLIST: Checklist = Object.freeze({
  format: CHECKLIST_FORMAT,
  version: FIRST_CHECKLIST_VERSION,
  id: DEFAULT_CHECKLIST_ID,
  get name() {
    return t('checklist_default_name');
  },
  majorityAge: DEFAULT_MAJORITY_AGE,
  majorityWarningMonths: DEFAULT_MAJORITY_WARNING_MONTHS,
  fields: Object.freeze(defaultFields()),
  rules: Object.freeze(defaultRules()),
});
