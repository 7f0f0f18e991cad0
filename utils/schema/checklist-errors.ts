import { FIELD_IDS, SEVERITY } from '../catalogue';
import {
  MAX_MAJORITY_AGE,
  MAX_MAJORITY_WARNING_MONTHS,
  MAX_WEIGHT,
  REQUIREMENT,
  RULE_IDS,
} from './checklist';
import { valueAt } from './draft-errors';
import type { z } from './zod';

/**
 * Errors found in a checklist file. Each carries a message key of the
 * extension's catalogue with its substitutions, for pages to translate.
 */
export interface ChecklistError {
  /** Path of the offending value, such as `fields.surnme`, or empty for the whole file. */
  path: string;
  /** The input at that path, or undefined when the input has none. */
  value: unknown;
  messageKey: string;
  substitutions: string[];
}

/** Substitutions of the message keys that take any, in `$1` order. */
const SUBSTITUTIONS: Record<string, string[]> = {
  checklist_error_majority_age: [String(MAX_MAJORITY_AGE)],
  checklist_error_majority_warning_months: [String(MAX_MAJORITY_WARNING_MONTHS)],
  checklist_error_weight: [String(MAX_WEIGHT)],
  checklist_error_requirement: [REQUIREMENT.join(', ')],
  checklist_error_severity: [[...SEVERITY, 'off'].join(', ')],
};

// Two edits cover a dropped, doubled or mistyped letter and two swapped
// letters. A wider distance starts to suggest unrelated short ids.
const MAX_SUGGESTION_DISTANCE = 2;

function formatPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** Returns the Levenshtein distance between two strings. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length];
}

/** Returns the known id nearest to a misspelt one, or undefined when none is close. */
export function suggestId(unknown: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = MAX_SUGGESTION_DISTANCE + 1;
  for (const id of known) {
    const distance = editDistance(unknown, id);
    if (distance < bestDistance) {
      best = id;
      bestDistance = distance;
    }
  }
  return best;
}

function unknownKeyError(objectPath: PropertyKey[], name: string, root: unknown): ChecklistError {
  const path = [...objectPath, name];
  const value = valueAt(root, path);
  const parent = objectPath.length === 1 ? objectPath[0] : undefined;
  if (parent !== 'fields' && parent !== 'rules') {
    const messageKey = 'checklist_error_unknown_key';
    return { path: formatPath(path), value, messageKey, substitutions: [] };
  }

  const kind = parent === 'fields' ? 'field' : 'rule';
  const suggestion = suggestId(name, parent === 'fields' ? FIELD_IDS : RULE_IDS);
  return {
    path: formatPath(path),
    value,
    messageKey: suggestion
      ? `checklist_error_unknown_${kind}_suggestion`
      : `checklist_error_unknown_${kind}`,
    substitutions: suggestion ? [suggestion] : [],
  };
}

/** Converts zod issues of the checklist schema to errors, one per offending value. */
export function toChecklistErrors(
  issues: readonly z.core.$ZodIssue[],
  root: unknown,
): ChecklistError[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((name) => unknownKeyError([...issue.path], name, root));
    }

    const messageKey = issue.message.startsWith('checklist_error_')
      ? issue.message
      : 'checklist_error_invalid';
    return [
      {
        path: formatPath(issue.path),
        value: valueAt(root, issue.path),
        messageKey,
        substitutions: SUBSTITUTIONS[messageKey] ?? [],
      },
    ];
  });
}
