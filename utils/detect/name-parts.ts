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
import { joinConsecutive, joinPair } from './field-pairs';
import type { Classified } from './classify-scan';
import { normalizeText, splitWords } from './normalize';
import { type PhraseSet, createPhraseSet } from './phrase-set';
import { tokenizeText } from './tokenize';
import { FIELD_TERMS } from './vocabulary';
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

/** Fields of another person's whole name, which a page may ask as a surname and a forename. */
const PERSON_NAMES = new Set([
  'guardian_name',
  'father_name',
  'mother_name',
  'case_worker',
  'reported_by',
]);

let namePartWords: { surname: PhraseSet; forenames: PhraseSet; birth: PhraseSet } | undefined;

function nameParts() {
  namePartWords ??= {
    birth: createPhraseSet(FIELD_TERMS.name_at_birth[0].groups[0]),
    surname: createPhraseSet(FIELD_TERMS.surname[0].groups[0]),
    forenames: createPhraseSet(FIELD_TERMS.forenames[0].groups[0]),
  };
  return namePartWords;
}

/**
 * Joins the surname and the forename boxes of one person other than the
 * child, as "Tutore volontario: Cognome [ ] Nome [ ]": the catalogue keeps
 * that person's whole name in one field. Both boxes read as the same field
 * in the same section, and their labels name different parts of a name.
 */
export function joinPersonNameParts(items: readonly Classified[]): Classified[] {
  return joinConsecutive(items, arePersonNameParts, joinPair);
}

function arePersonNameParts(first: Classified, second: Classified): boolean {
  const fieldId = personNameOf(first);
  if (!fieldId || personNameOf(second) !== fieldId) return false;
  if (first.field.parts[0].context[0] !== second.field.parts[0].context[0]) return false;
  const part = namePartIn(first);
  return (
    part !== undefined && namePartIn(second) === (part === 'surname' ? 'forenames' : 'surname')
  );
}

/** Returns the person's name field that a single text box reads as surely enough, if any. */
function personNameOf(item: Classified): string | undefined {
  const [best] = item.candidates;
  const [part] = item.field.parts;
  const isName =
    item.field.parts.length === 1 &&
    part.info.kind === 'text' &&
    best !== undefined &&
    PERSON_NAMES.has(best.fieldId) &&
    best.confidence >= MIN_PART_CONFIDENCE;
  return isName ? best.fieldId : undefined;
}

/** Returns the part of a name that all of a box's labels name, when they name one. */
function namePartIn(item: Classified): 'surname' | 'forenames' | undefined {
  const { surname, forenames, birth } = nameParts();
  let found: 'surname' | 'forenames' | undefined;
  for (const evidence of item.field.parts[0].evidence) {
    if (evidence.form !== 'label') continue;
    const words = tokenizeText(evidence.text);
    // A maiden name ("Nazwisko rodowe matki") is another name, not a part of the name.
    if (birth.matches(words)) return undefined;
    // Beside "Vorname", a box labelled "Name" takes the surname, as German forms ask them.
    const isSurname = surname.matches(words) || (words.length === 1 && words[0] === 'name');
    const isForename = forenames.matches(words);
    if (isSurname === isForename) continue;
    const part = isSurname ? 'surname' : 'forenames';
    if (found && found !== part) return undefined;
    found = part;
  }
  return found;
}
