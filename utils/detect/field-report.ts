/**
 * The report of one field: label to show, selectors, control facts, evidence
 * and current value.
 */
import type { DetectedField, Evidence, LabelSource, PageValue } from '../messaging/page-model';
import type { Assignment } from './ambiguity';
import type { FieldCandidate } from './classify';
import type { EvidenceItem } from './evidence';
import { readPageValue } from './page-value';
import type { Classified, UnclassifiedControl } from './scan';
import { type SelectorLookup, buildSelector } from './selector';
import { tokenizeIdentifier, tokenizeText } from './tokenize';
import type { TreeRoot } from './dom';
import type { ControlUnit } from './units';
import type { TreeIndex } from './walk';

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
export function describeField(
  item: Classified,
  lookup: SelectorLookup,
  positions: Map<Element, number>,
): UnclassifiedControl {
  const { parts, roles } = item.field;
  const report: UnclassifiedControl = {
    controls: parts.map((part) => part.info),
    selectors: parts.map((part) => unitSelector(part, lookup, positions)),
    label: item.label.text,
    source: item.label.source,
    evidence: item.evidence.map(plain),
    value:
      parts.length > 1 ? { kind: 'parts', parts: parts.map(unitValue) } : unitValue(parts[0]),
  };
  if (roles) report.roles = roles;
  return report;
}

/** Adds the assigned field, its confidence rounded to two places, and any ambiguity. */
export function withAssignment(
  report: UnclassifiedControl,
  assignment: Assignment,
): DetectedField {
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
 * Returns a unit's selector. For a group it matches all its inputs when their
 * name is unique to the group in its root, else it is the first input's.
 */
function unitSelector(
  unit: ControlUnit,
  lookup: SelectorLookup,
  positions: Map<Element, number>,
): string {
  const [first] = unit.elements;
  const name = first.getAttribute('name');
  const group = unit.elements.length;
  if (group > 1 && name && lookup.nameCount(unit.root, 'INPUT', name) === group) {
    const byName = `input[name="${name.replace(/["\\]/g, '\\$&')}"]`;
    if (!('host' in unit.root)) return byName;
    return `${buildSelector(unit.root.host, lookup, positions)} >>> ${byName}`;
  }
  return buildSelector(first, lookup, positions);
}

/** Returns a selector lookup over the counts that the walk built. */
export function indexLookup(index: TreeIndex): SelectorLookup {
  const count = (counts: TreeIndex['idCounts'], root: unknown, key: string) =>
    counts.get(root as TreeRoot)?.get(key) ?? 0;
  return {
    idCount: (root, id) => count(index.idCounts, root, id),
    nameCount: (root, tag, name) => count(index.nameCounts, root, `${tag} ${name}`),
    tagCount: (root, tag) => count(index.tagCounts, root, tag),
  };
}
