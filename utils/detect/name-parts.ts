/**
 * Surnames split over two controls, as Spanish and Portuguese portals ask
 * them: "Primer apellido" and "Segundo apellido". Two consecutive text
 * boxes that both read as the surname, under labels that tell first from
 * second, are one field in two parts, so that no fill writes the whole
 * surname into each. Labels that name the order are clear enough that the
 * two need not share a close ancestor, as they do not in Oracle APEX forms.
 */
import type { FieldCandidate } from './classify';
import { addEvidence } from './evidence';
import { joinConsecutive } from './field-pairs';
import type { Classified } from './classify-scan';
import { normalizeText, splitWords } from './normalize';
import { SURNAME_ORDER } from './vocabulary-words';

/** Each part must read as the surname at least this surely. */
const MIN_PART_CONFIDENCE = 0.6;

/** Joins each pair of neighbouring surname controls into one field and keeps the other items. */
export function joinSurnameParts(items: readonly Classified[]): Classified[] {
  return joinConsecutive(items, areSurnameParts, joinParts);
}

function areSurnameParts(first: Classified, second: Classified): boolean {
  if (!isSurnamePart(first) || !isSurnamePart(second)) return false;
  if (first.label.text === second.label.text) return false;
  // The caller passes consecutive fields, so no control lies between the two.
  return namesOrder(first) || namesOrder(second);
}

let orderWords: Set<string> | undefined;

/** Tells whether a label names which surname it is: "Segundo apellido", "Apellido 2". */
function namesOrder(item: Classified): boolean {
  orderWords ??= new Set(SURNAME_ORDER.map(normalizeText));
  const words = splitWords(normalizeText(item.label.text));
  return words.some((word) => orderWords?.has(word));
}

function isSurnamePart(item: Classified): boolean {
  const [best] = item.candidates;
  const [part] = item.field.parts;
  return (
    item.field.parts.length === 1 &&
    part.info.kind === 'text' &&
    best?.fieldId === 'surname' &&
    best.confidence >= MIN_PART_CONFIDENCE
  );
}

/** Joins two parts. The field is as sure as its less sure part and shows the first label. */
function joinParts(first: Classified, second: Classified): Classified {
  const confidence = Math.min(first.candidates[0].confidence, second.candidates[0].confidence);
  const candidates: FieldCandidate[] = first.candidates.map((candidate, index) =>
    index === 0 ? { ...candidate, confidence } : candidate,
  );
  const evidence = [...first.evidence];
  for (const item of second.evidence) addEvidence(evidence, item);

  return {
    field: { parts: [...first.field.parts, ...second.field.parts], roles: ['surname', 'surname'] },
    candidates,
    evidence,
    label: first.label,
  };
}
