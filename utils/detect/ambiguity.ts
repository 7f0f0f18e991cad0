/**
 * Assignment of fields to controls, with ambiguity made explicit: a control
 * that two fields claim with similar confidence, or a field that two controls
 * claim, is reported as ambiguous and never silently assigned.
 */
import { getField } from '../catalogue/fields';
import type { FieldCandidate } from './classify';
import { type Steps, runSteps } from './steps';

/** Below this confidence a control stays unclassified. */
export const MIN_CONFIDENCE = 0.35;
/** Candidates within this distance of the best are similar. */
export const AMBIGUITY_MARGIN = 0.1;
/** From this confidence a label leaves no doubt about its field. */
export const SURE_CONFIDENCE = 0.8;

export interface Claim {
  candidates: readonly FieldCandidate[];
  /** Normalised text of the control's best label, to compare two controls' labels. */
  labelKey: string;
}

export interface Assignment {
  fieldId?: string;
  confidence: number;
  /**
   * Other fields with a similar claim on the control. It contains the assigned
   * field itself when another control claims that field with a similar
   * confidence (see `flagSharedFields`).
   */
  ambiguousWith?: string[];
}

/** Field types that a page may legitimately spread over several controls. */
const MULTI_CONTROL_TYPES = new Set([
  'text-list',
  'code-list',
  'partial-date-list',
  'contacts',
  'destination',
]);

/** Assigns each claim its best field, marking similar alternatives and fields claimed twice. */
export function assignFields(claims: readonly Claim[]): Assignment[] {
  return runSteps(assignmentSteps(claims));
}

/** Runs `assignFields` as steps, with a pause after each claim and each shared field. */
export function* assignmentSteps(claims: readonly Claim[]): Steps<Assignment[]> {
  const assignments: Assignment[] = [];
  for (const claim of claims) {
    assignments.push(assignOne(claim));
    yield;
  }
  yield* flagSharedFields(claims, assignments);
  return assignments;
}

function assignOne(claim: Claim): Assignment {
  const [best, ...others] = claim.candidates;
  if (!best || best.confidence < MIN_CONFIDENCE) return { confidence: best?.confidence ?? 0 };

  const floor = Math.max(MIN_CONFIDENCE, best.confidence - AMBIGUITY_MARGIN);
  const similar = others.filter((other) => other.confidence >= floor).map((other) => other.fieldId);
  const assignment: Assignment = { fieldId: best.fieldId, confidence: best.confidence };
  if (similar.length > 0) assignment.ambiguousWith = similar;
  return assignment;
}

/**
 * Marks a single-value field that several controls claim as ambiguous when
 * their confidences are similar and either one is unsure or both labels read
 * the same. The same question asked twice usually belongs to two persons, while
 * sure and different labels ("Geburtsdatum", "Date of birth") are the same
 * value in several encodings.
 */
function* flagSharedFields(claims: readonly Claim[], assignments: Assignment[]): Steps<void> {
  const byField = new Map<string, number[]>();
  assignments.forEach((assignment, index) => {
    const { fieldId } = assignment;
    if (!fieldId || MULTI_CONTROL_TYPES.has(getField(fieldId).type)) return;
    const indexes = byField.get(fieldId);
    if (indexes) indexes.push(index);
    else byField.set(fieldId, [index]);
  });

  for (const [fieldId, indexes] of byField) {
    yield;
    if (indexes.length < 2) continue;
    const confidence = (index: number) => assignments[index].confidence;
    const best = Math.max(...indexes.map(confidence));
    const close = indexes.filter((index) => confidence(index) >= best - AMBIGUITY_MARGIN);
    if (close.length < 2) continue;

    const unsure = close.some((index) => confidence(index) < SURE_CONFIDENCE);
    const labels = close.map((index) => claims[index].labelKey).filter((label) => label !== '');
    const sameLabel = new Set(labels).size < labels.length;
    if (!unsure && !sameLabel) continue;

    for (const index of close) {
      const assignment = assignments[index];
      assignment.ambiguousWith = [...new Set([...(assignment.ambiguousWith ?? []), fieldId])];
    }
  }
}
