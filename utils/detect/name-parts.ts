/**
 * Names split over two controls: surnames as Spanish and Portuguese portals
 * ask them ("Primer apellido" and "Segundo apellido"), and forenames with a
 * middle name or patronymic, as Bulgarian portals ask "Собствено име" and
 * "Бащино име". Two consecutive text boxes that both read as the same name,
 * under labels that tell first from second, are one field in two parts, so
 * that no fill writes the whole name into each. Labels that name the order
 * are clear enough that the two need not share a close ancestor, as they do
 * not in Oracle APEX forms.
 */
import type { FieldCandidate } from './classify';
import { addEvidence } from './evidence';
import { joinConsecutive } from './field-pairs';
import type { Classified } from './classify-scan';
import { normalizeText, splitWords } from './normalize';
import { MIDDLE_NAME, SURNAME_ORDER } from './vocabulary-words';

/** Each part must read as the name at least this surely. */
const MIN_PART_CONFIDENCE = 0.6;

/** Joins each pair of neighbouring name controls into one field and keeps the other items. */
export function joinSurnameParts(items: readonly Classified[]): Classified[] {
  return joinConsecutive(items, areSurnameParts, joinParts);
}

/** Fields that a portal may ask in two parts. */
const SPLIT_NAMES = new Set(['surname', 'forenames']);

function areSurnameParts(first: Classified, second: Classified): boolean {
  const fieldId = namePartOf(first);
  if (!fieldId || namePartOf(second) !== fieldId) return false;
  if (first.label.text === second.label.text) return false;
  // The caller passes consecutive fields, so no control lies between the two.
  return namesOrder(first) || namesOrder(second);
}

let orderWords: Set<string> | undefined;

/**
 * Tells whether a label names which part of a name it is: "Segundo apellido",
 * "Apellido 2", "Middle name", "Бащино име".
 */
function namesOrder(item: Classified): boolean {
  orderWords ??= new Set([...SURNAME_ORDER, ...MIDDLE_NAME].map(normalizeText));
  const words = splitWords(normalizeText(item.label.text));
  return words.some((word) => orderWords?.has(word));
}

/** Returns the name field that a single text control reads as surely enough, if any. */
function namePartOf(item: Classified): string | undefined {
  const [best] = item.candidates;
  const [part] = item.field.parts;
  const isPart =
    item.field.parts.length === 1 &&
    part.info.kind === 'text' &&
    best !== undefined &&
    SPLIT_NAMES.has(best.fieldId) &&
    best.confidence >= MIN_PART_CONFIDENCE;
  return isPart ? best.fieldId : undefined;
}

/** Joins two parts. The field is as sure as its less sure part and shows the first label. */
function joinParts(first: Classified, second: Classified): Classified {
  const fieldId = first.candidates[0].fieldId as 'surname' | 'forenames';
  const confidence = Math.min(first.candidates[0].confidence, second.candidates[0].confidence);
  const candidates: FieldCandidate[] = first.candidates.map((candidate, index) =>
    index === 0 ? { ...candidate, confidence } : candidate,
  );
  const evidence = [...first.evidence];
  for (const item of second.evidence) addEvidence(evidence, item);

  return {
    field: {
      parts: [...first.field.parts, ...second.field.parts],
      roles: [fieldId, fieldId],
    },
    candidates,
    evidence,
    label: first.label,
  };
}
