/**
 * Scanning a document: collect the controls in one pass, infer their labels,
 * join split fields, classify, and report each field with its evidence and
 * current value.
 */
import type {
  ControlKind,
  DetectedField,
  Evidence,
  LabelSource,
  PageValue,
} from '../messaging/page-model';
import { type Assignment, type Claim, assignFields } from './ambiguity';
import { type FieldCandidate, classifyControl } from './classify';
import type { EvidenceItem } from './evidence';
import { normalizeText } from './normalize';
import { readPageValue } from './page-value';
import { partRoleWords } from './part-roles';
import { type SelectorLookup, buildSelector } from './selector';
import { type FieldUnit, groupSplitFields } from './split-fields';
import { tokenizeIdentifier, tokenizeText } from './tokenize';
import { type ControlUnit, buildUnits } from './units';
import { type TreeIndex, collectControls } from './walk';

export interface ScanOptions {
  /** chrome.dom.openOrClosedShadowRoot in Chromium, element.openOrClosedShadowRoot() in Firefox. */
  openClosedShadowRoot?: (host: Element) => ShadowRoot | null;
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

interface Classified {
  field: FieldUnit;
  candidates: FieldCandidate[];
  evidence: EvidenceItem[];
  label: Evidence;
}

/** Scans the controls of one document, including open shadow roots and, through the callback, closed ones. */
export function scanDocument(doc: Document, options: ScanOptions = {}): ScanResult {
  const collection = collectControls(doc, options);
  const units = buildUnits(collection);
  const classified = groupSplitFields(units).map(classifyField);
  const assignments = assignFields(classified.map(toClaim));

  const lookup = indexLookup(collection.index);
  const positions = new Map<Element, number>();
  const result: ScanResult = {
    fields: [],
    unclassified: [],
    elements: new Map(units.map((unit) => [unit.key, unit.elements])),
    closedRootsUnread: collection.closedRootsUnread,
  };
  classified.forEach((item, index) => {
    const report = describeField(item, lookup, positions);
    const assignment = assignments[index];
    if (assignment.fieldId) result.fields.push(withAssignment(report, assignment));
    else result.unclassified.push(report);
  });

  const lang = doc.documentElement?.getAttribute('lang');
  if (lang) result.lang = lang;
  return result;
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

/** A split date classifies as a date input, a date with a time as a date-time input. */
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

/**
 * Returns the label to show: the evidence that named the best field when it is
 * label text, else the first label text that is more than part words, else
 * the best evidence of any kind.
 */
function bestLabel(
  evidence: readonly EvidenceItem[],
  best: FieldCandidate | undefined,
  ignoredWords: ReadonlySet<string> | undefined,
): Evidence {
  const winning = best && best.evidenceIndex >= 0 ? evidence[best.evidenceIndex] : undefined;
  if (winning?.form === 'label') return plain(winning);

  const meaningful = evidence.find(
    (item) => item.form === 'label' && tokenizeText(item.text).some((word) => !ignoredWords?.has(word)),
  );
  if (meaningful) return plain(meaningful);
  if (winning) return plain(winning);

  const fallback = evidence.find((item) => item.form === 'identifier' && tokenizeIdentifier(item.text).length > 0);
  return fallback ? plain(fallback) : { source: 'name-id' as LabelSource, text: '' };
}

function plain(item: EvidenceItem): Evidence {
  return { source: item.source, text: item.text };
}

function toClaim(item: Classified): Claim {
  return { candidates: item.candidates, labelKey: normalizeText(item.label.text) };
}

function describeField(item: Classified, lookup: SelectorLookup, positions: Map<Element, number>): UnclassifiedControl {
  const { parts, roles } = item.field;
  const report: UnclassifiedControl = {
    controls: parts.map((part) => part.info),
    selectors: parts.map((part) => unitSelector(part, lookup, positions)),
    label: item.label.text,
    source: item.label.source,
    evidence: item.evidence.map(plain),
    value: parts.length > 1 ? { kind: 'parts', parts: parts.map(unitValue) } : unitValue(parts[0]),
  };
  if (roles) report.roles = roles;
  return report;
}

function withAssignment(report: UnclassifiedControl, assignment: Assignment): DetectedField {
  const field: DetectedField = {
    fieldId: assignment.fieldId as string,
    ...report,
    confidence: Math.round(assignment.confidence * 100) / 100,
  };
  if (assignment.ambiguousWith) field.ambiguousWith = assignment.ambiguousWith;
  return field;
}

/** Reads a unit's value; a group's choices take the option texts found by the scan. */
function unitValue(unit: ControlUnit): PageValue {
  const { kind, options } = unit.info;
  if ((kind === 'radio-group' || kind === 'checkbox-group') && options) {
    const selected = unit.elements.flatMap((element, index) =>
      (element as HTMLInputElement).checked ? [options[index]] : [],
    );
    return { kind: 'options', selected };
  }
  return readPageValue(unit.elements, kind);
}

/**
 * A group's selector matches all its inputs when their name is unique to the
 * group in its root; otherwise it is the first input's selector.
 */
function unitSelector(unit: ControlUnit, lookup: SelectorLookup, positions: Map<Element, number>): string {
  const [first] = unit.elements;
  const name = first.getAttribute('name');
  if (unit.elements.length > 1 && name && lookup.nameCount(unit.root, 'INPUT', name) === unit.elements.length) {
    const hostPath = buildSelector(first, lookup, positions).split(' >>> ').slice(0, -1);
    return [...hostPath, `input[name="${name.replace(/["\\]/g, '\\$&')}"]`].join(' >>> ');
  }
  return buildSelector(first, lookup, positions);
}

function indexLookup(index: TreeIndex): SelectorLookup {
  return {
    idCount: (root, id) => index.idCounts.get(root as Document)?.get(id) ?? 0,
    nameCount: (root, tag, name) => index.nameCounts.get(root as Document)?.get(`${tag} ${name}`) ?? 0,
    tagCount: (root, tag) => index.tagCounts.get(root as Document)?.get(tag) ?? 0,
  };
}
