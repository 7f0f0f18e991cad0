/**
 * Classifying a frame scan: its control units grouped into field units, each
 * field unit to catalogue fields, a tentative split that is no date back into
 * its parts, a surname or another field asked in two
 * parts joined, a list asked in one control per item joined, and every field
 * assigned or marked ambiguous. It needs no DOM, so
 * it runs in the panel and the background rather than on the page.
 */
import type { ControlKind, DetectedField, Evidence } from '../messaging/page-model';
import { type Claim, MIN_CONFIDENCE, assignmentSteps } from './ambiguity';
import { type FieldCandidate, classifyControl } from './classify';
import type { EvidenceItem } from './evidence';
import { bestLabel, describeField, withAssignment } from './field-report';
import {
  joinFieldPairs,
  joinFlagBoxes,
  joinListColumns,
  joinRepeatedLabels,
  joinUnlabelledBoxes,
  readForenamesAfterComma,
} from './field-pairs';
import { fieldUnitSteps } from './field-units';
import type { FieldPart, FrameScan, ScannedField } from './frame-scan';
import { isDateField } from './kind-fit';
import { joinPersonNameParts, joinSurnameParts } from './name-parts';
import { normalizeText } from './normalize';
import { partRoleWords } from './part-roles';
import { type Steps, runSteps } from './steps';
import { withTerminalPrompts } from './terminal-prompts';
import { tokenizeText } from './tokenize';

/** A control that no field claims; the panel may still offer it for manual mapping. */
export type UnclassifiedControl = Omit<DetectedField, 'fieldId' | 'confidence' | 'ambiguousWith'>;

/** A field unit with its candidates, merged evidence and the label to show. */
export interface Classified {
  field: ScannedField;
  candidates: FieldCandidate[];
  evidence: EvidenceItem[];
  label: Evidence;
}

export interface ClassifiedScan {
  /** One entry per classified control or split field; ambiguous ones carry `ambiguousWith`. */
  fields: DetectedField[];
  /** Rendered controls that no field claims with enough confidence. */
  unclassified: UnclassifiedControl[];
}

/** Groups a frame scan's units into field units and classifies them. */
export function classifyFrameScan(scan: FrameScan): ClassifiedScan {
  return runSteps(classifySteps(scan));
}

/** Runs `classifyFrameScan` as steps, with a pause after each field unit. */
export function* classifySteps(scan: FrameScan): Steps<ClassifiedScan> {
  const fields = yield* fieldUnitSteps(withTerminalPrompts(scan));
  const confirmed: Classified[] = [];
  for (const field of fields) {
    confirmed.push(...classifyConfirmed(field));
    yield;
  }
  const names = joinPersonNameParts(joinSurnameParts(confirmed));
  const joined = joinListColumns(joinRepeatedLabels(joinFieldPairs(names)));
  const classified = readForenamesAfterComma(joinFlagBoxes(joinUnlabelledBoxes(joined)));
  yield;
  const assignments = yield* assignmentSteps(classified.map(toClaim));

  const result: ClassifiedScan = { fields: [], unclassified: [] };
  for (const [index, item] of classified.entries()) {
    const report = describeField(item);
    const assignment = assignments[index];
    if (assignment.fieldId) result.fields.push(withAssignment(report, assignment));
    else result.unclassified.push(report);
    yield;
  }
  return result;
}

/** Classifies a field; a tentative split that is no date falls apart into its parts. */
function classifyConfirmed(field: ScannedField): Classified[] {
  const classified = classifyField(field);
  const best = classified.candidates[0];
  const isDate = best && best.confidence >= MIN_CONFIDENCE && isDateField(best.fieldId);
  if (!field.tentative || isDate) return [classified];
  return field.parts.map((part) => classifyField({ parts: [part] }));
}

function classifyField(field: ScannedField): Classified {
  const [first] = field.parts;
  const split = field.parts.length > 1;
  const evidence = split ? withLegend(mergedEvidence(field.parts), first) : withQuestion(first);
  const ignoredWords = split ? partWordSet() : undefined;

  let kind = split ? splitKind(field) : first.info.kind;
  // A read-only combobox offers only its list, as a select does.
  if (!split && first.info.combobox === true && first.info.state === 'readonly') kind = 'select';
  const candidates = classifyControl({
    evidence,
    context: first.context,
    kind,
    options: split ? undefined : first.info.options,
    dateLike: first.dateLike,
    ignoredWords,
    maxLength: split ? undefined : first.info.maxLength,
    combobox: !split && first.info.combobox === true,
  });
  return { field, candidates, evidence, label: bestLabel(evidence, candidates[0], ignoredWords) };
}

/** Kinds of controls whose choices answer a question. */
const CHOICE_KINDS = new Set(['radio-group', 'checkbox', 'checkbox-group']);

/**
 * Returns a choice control's evidence with its section's question as a label:
 * a fieldset legend such as "Has a legal guardian been appointed?" is the
 * question its radios answer, while their own text is often only a hint.
 */
function withQuestion(part: FieldPart): EvidenceItem[] {
  const question = part.context?.[0]?.trim();
  if (!CHOICE_KINDS.has(part.info.kind) || !question?.endsWith('?')) return part.evidence;
  if (part.evidence.some((item) => item.text === question)) return part.evidence;
  return withSectionLabel(part.evidence, question);
}

/**
 * Returns a split date's evidence with its section's title as a label when
 * its parts are labelled only "Day", "Month" and "Year": the legend of their
 * fieldset, such as "Date of birth", names the date.
 */
function withLegend(evidence: EvidenceItem[], first: FieldPart): EvidenceItem[] {
  const legend = first.context?.[0]?.trim();
  if (!legend) return evidence;
  const words = partWordSet();
  const named = evidence.some(
    (item) => item.form === 'label' && tokenizeText(item.text).some((word) => !words.has(word)),
  );
  return named ? evidence : withSectionLabel(evidence, legend);
}

/** Adds a section's title to a control's evidence as the text before it. */
function withSectionLabel(evidence: EvidenceItem[], title: string): EvidenceItem[] {
  return [...evidence, { source: 'text-before', text: title, form: 'label' }];
}

/** Returns the kind a split field classifies as: date, or date-time when it has a time part. */
function splitKind(field: ScannedField): ControlKind {
  const roles = field.roles ?? [];
  return roles.includes('time') || roles.includes('hour') ? 'datetime-local' : 'date';
}

function mergedEvidence(parts: readonly FieldPart[]): EvidenceItem[] {
  const merged: EvidenceItem[] = [];
  for (const part of parts) {
    for (const item of part.evidence) {
      if (item.form === 'options') continue;
      if (!merged.some((known) => known.source === item.source && known.text === item.text)) {
        merged.push(item);
      }
    }
  }
  return merged;
}

let partWords: Set<string> | undefined;

function partWordSet(): Set<string> {
  partWords ??= new Set(partRoleWords().keys());
  return partWords;
}

function toClaim(item: Classified): Claim {
  return { candidates: item.candidates, labelKey: normalizeText(item.label.text) };
}
