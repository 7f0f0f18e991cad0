/**
 * The report of one field: label to show, selectors, control facts, evidence
 * and current value.
 */
import type { DetectedField, Evidence, LabelSource } from '../messaging/page-model';
import type { Assignment } from './ambiguity';
import type { FieldCandidate } from './classify';
import type { Classified, UnclassifiedControl } from './classify-scan';
import type { EvidenceItem } from './evidence';
import { tokenizeIdentifier, tokenizeText } from './tokenize';

/**
 * Returns the label to show: the evidence that named the best field when it is
 * label text, else the first label text that is more than part words, else
 * the best evidence of any kind.
 */
export function bestLabel(
  evidence: readonly EvidenceItem[],
  best: FieldCandidate | undefined,
  ignoredWords: ReadonlySet<string> | undefined,
): Evidence {
  const winning = best && best.evidenceIndex >= 0 ? evidence[best.evidenceIndex] : undefined;
  if (winning?.form === 'label') return plain(winning);

  const meaningful = evidence.find(
    (item) =>
      item.form === 'label' && tokenizeText(item.text).some((word) => !ignoredWords?.has(word)),
  );
  if (meaningful) return plain(meaningful);
  if (winning) return plain(winning);

  const fallback = evidence.find(
    (item) => item.form === 'identifier' && tokenizeIdentifier(item.text).length > 0,
  );
  return fallback ? plain(fallback) : { source: 'name-id' as LabelSource, text: '' };
}

/** Returns the evidence as reported, without the classifier's reading form. */
export function plain(item: EvidenceItem): Evidence {
  return { source: item.source, text: item.text };
}

/** Builds the report of a field unit, without the assigned field. */
export function describeField(item: Classified): UnclassifiedControl {
  const { parts, roles } = item.field;
  const report: UnclassifiedControl = {
    controls: parts.map((part) => part.info),
    selectors: parts.map((part) => part.selector),
    label: item.label.text,
    source: item.label.source,
    evidence: item.evidence.map(plain),
    value:
      parts.length > 1 ? { kind: 'parts', parts: parts.map((part) => part.value) } : parts[0].value,
  };
  if (roles) report.roles = roles;
  return report;
}

/** Adds the assigned field, its confidence rounded to two places, and any ambiguity. */
export function withAssignment(report: UnclassifiedControl, assignment: Assignment): DetectedField {
  const field: DetectedField = {
    fieldId: assignment.fieldId as string,
    ...report,
    confidence: Math.round(assignment.confidence * 100) / 100,
  };
  if (assignment.ambiguousWith) field.ambiguousWith = assignment.ambiguousWith;
  return field;
}
