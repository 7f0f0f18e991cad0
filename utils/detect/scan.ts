/**
 * Scanning a document: collect the controls in one pass, infer their labels,
 * join split fields, classify, join a surname asked in two parts, and report
 * each field with its evidence and current value.
 */
import type { ControlKind, DetectedField, Evidence } from '../messaging/page-model';
import { type Claim, MIN_CONFIDENCE, assignmentSteps } from './ambiguity';
import { type FieldCandidate, classifyControl } from './classify';
import type { EvidenceItem } from './evidence';
import { isDateField } from './kind-fit';
import type { LabelCache } from './label-cache';
import { joinSurnameParts } from './name-parts';
import { neighbourLabelSteps } from './neighbour-labels';
import { normalizeText } from './normalize';
import { partRoleWords } from './part-roles';
import { type FieldUnit, splitFieldSteps } from './split-fields';
import { type Steps, runSteps } from './steps';
import { type ControlUnit, unitSteps } from './units';
import { collectSteps } from './walk';
import { bestLabel, describeField, indexLookup, withAssignment } from './field-report';

export interface ScanOptions {
  /** chrome.dom.openOrClosedShadowRoot in Chromium, the element.openOrClosedShadowRoot property in Firefox. */
  openClosedShadowRoot?: (host: Element) => ShadowRoot | null;
  /** Label readings kept from the previous scan of this document. */
  labelCache?: LabelCache;
}

/** A control that no field claims; the panel may still offer it for manual mapping. */
export type UnclassifiedControl = Omit<DetectedField, 'fieldId' | 'confidence' | 'ambiguousWith'>;

export interface ScanResult {
  /** One entry per classified control or split field; ambiguous ones carry `ambiguousWith`. */
  fields: DetectedField[];
  /** Rendered controls that no field claims with enough confidence. */
  unclassified: UnclassifiedControl[];
  /** Control key to its element(s): a radio or checkbox group lists every input in order. */
  elements: Map<string, Element[]>;
  /** Closed shadow roots seen but not readable. */
  closedRootsUnread: number;
  /** Language of the document. */
  lang?: string;
}

/** A field unit with its candidates, merged evidence and the label to show. */
export interface Classified {
  field: FieldUnit;
  candidates: FieldCandidate[];
  evidence: EvidenceItem[];
  label: Evidence;
}

/** Scans one document's controls, with open shadow roots and, through the callback, closed ones. */
export function scanDocument(doc: Document, options: ScanOptions = {}): ScanResult {
  return runSteps(scanSteps(doc, options));
}

/**
 * Runs `scanDocument` as steps: it pauses between controls, so that
 * `scanInSlices` can yield to the page and no task takes long.
 */
export function* scanSteps(doc: Document, options: ScanOptions = {}): Steps<ScanResult> {
  const collection = yield* collectSteps(doc, options);
  options.labelCache?.applyChanges();
  const units = yield* unitSteps(collection, options.labelCache);
  yield* neighbourLabelSteps(units);
  const fields = yield* splitFieldSteps(units);

  const confirmed: Classified[] = [];
  for (const field of fields) {
    confirmed.push(...classifyConfirmed(field));
    yield;
  }
  const classified = joinSurnameParts(confirmed);
  yield;
  const assignments = yield* assignmentSteps(classified.map(toClaim));

  const lookup = indexLookup(collection.index);
  const positions = new Map<Element, number>();
  const result: ScanResult = {
    fields: [],
    unclassified: [],
    elements: new Map(units.map((unit) => [unit.key, unit.elements])),
    closedRootsUnread: collection.closedRootsUnread,
  };
  for (const [index, item] of classified.entries()) {
    const report = describeField(item, lookup, positions);
    const assignment = assignments[index];
    if (assignment.fieldId) result.fields.push(withAssignment(report, assignment));
    else result.unclassified.push(report);
    yield;
  }

  const lang = doc.documentElement?.getAttribute('lang');
  if (lang) result.lang = lang;
  return result;
}

/** Classifies a field; a tentative split that is no date falls apart into its parts. */
function classifyConfirmed(field: FieldUnit): Classified[] {
  const classified = classifyField(field);
  const best = classified.candidates[0];
  const isDate = best && best.confidence >= MIN_CONFIDENCE && isDateField(best.fieldId);
  if (!field.tentative || isDate) return [classified];
  return field.parts.map((part) => classifyField({ parts: [part] }));
}

function classifyField(field: FieldUnit): Classified {
  const [first] = field.parts;
  const split = field.parts.length > 1;
  const evidence = split ? mergedEvidence(field.parts) : first.evidence;
  const ignoredWords = split ? partWordSet() : undefined;

  const candidates = classifyControl({
    evidence,
    context: first.context,
    kind: split ? splitKind(field) : first.info.kind,
    options: split ? undefined : first.info.options,
    dateLike: first.dateLike,
    ignoredWords,
  });
  return { field, candidates, evidence, label: bestLabel(evidence, candidates[0], ignoredWords) };
}

/** Returns the kind a split field classifies as: date, or date-time when it has a time part. */
function splitKind(field: FieldUnit): ControlKind {
  return field.roles?.includes('time') ? 'datetime-local' : 'date';
}

function mergedEvidence(parts: readonly ControlUnit[]): EvidenceItem[] {
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
