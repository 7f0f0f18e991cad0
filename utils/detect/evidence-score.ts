/**
 * Scores of one evidence item: the fields its words name, weighted by how
 * much the item's source is trusted, and the fields it names only as part
 * of a more specific one.
 */
import { getField } from '../catalogue/fields';
import type { LabelSource } from '../messaging/page-model';
import { autocompleteFields } from './autocomplete';
import { type EvidenceItem, TRANSLATION_SEPARATOR } from './evidence';
import { type LabelWords, readIdentifier, readLabel } from './label-reading';
import { matchLabel } from './match';
import { normalizeText, splitWords } from './normalize';
import { NOT_A_FIELD } from './vocabulary';
import { INSTITUTION } from './vocabulary-words';

/** Trust in each label source, in the order autofill engines trust them. */
export const SOURCE_WEIGHT: Readonly<Record<LabelSource, number>> = {
  profile: 1,
  'label-for': 1,
  'label-wrap': 1,
  'aria-labelledby': 0.95,
  'aria-label': 0.95,
  'text-before': 0.9,
  'table-left': 0.9,
  'table-above': 0.85,
  'definition-list': 0.9,
  'list-item': 0.85,
  placeholder: 0.8,
  title: 0.75,
  'text-after': 0.85,
  'name-id': 0.7,
  options: 1,
};

const AUTOCOMPLETE_WEIGHT = 0.85;

/** Scores that one evidence item gives to fields. */
export interface ItemScores {
  scores: { fieldId: string; score: number }[];
  /** Fields the item names only as part of a more specific field. */
  subsumed: readonly string[];
}

/**
 * Scores one evidence item. A label that ends in "by" or "von" may name only
 * a person's field, a label that starts with "Search" names none, and a
 * field that only a bracketed list names counts less. `asksForDate` marks
 * a control that requests a date, so that a final "em" or "à" reads as a date.
 */
export function scoreEvidence(
  item: EvidenceItem,
  contextWords: readonly string[],
  ignoredWords: ReadonlySet<string> | undefined,
  isPossible: (fieldId: string) => boolean,
  asksForDate = false,
): ItemScores {
  if (item.form === 'options') return { scores: [], subsumed: [] };
  if (item.form === 'autocomplete') {
    const scores = autocompleteFields(item.text).map(({ fieldId, weight }) => ({
      fieldId,
      score: weight * AUTOCOMPLETE_WEIGHT,
    }));
    return { scores, subsumed: [] };
  }

  const reading =
    item.form === 'label'
      ? readLabel(item.text, ignoredWords, asksForDate)
      : readIdentifier(item.text, ignoredWords);
  const { matches, subsumed } = matchLabel(reading.words, contextWords, isPossible);
  const { qualifiers, outerScores } = bracketReading(reading, contextWords, isPossible);
  const scores = matches
    .filter((match) => !reading.namesAgent || PERSON_FIELDS.has(match.fieldId))
    .filter((match) => !reading.namesSearch || match.fieldId === NOT_A_FIELD)
    .map((match) => ({
      fieldId: match.fieldId,
      score:
        Math.max(match.score, outerScores.get(match.fieldId) ?? 0) *
        SOURCE_WEIGHT[item.source] *
        (qualifiers.has(match.fieldId) ? BRACKET_FACTOR : 1),
    }));
  if (item.form === 'label' && !reading.namesSearch) {
    addTranslationScores(item, scores, contextWords, ignoredWords, isPossible);
  }
  return { scores, subsumed };
}

/** Factor for a field that one half of a two-language label names on its own. */
const HALF_FACTOR = 0.9;

/**
 * Scores each half of a label given in two languages on its own, and keeps
 * a half's score for a field where it beats the whole label's. The words of
 * the other language otherwise dilute the half that names the field.
 */
function addTranslationScores(
  item: EvidenceItem,
  scores: { fieldId: string; score: number }[],
  contextWords: readonly string[],
  ignoredWords: ReadonlySet<string> | undefined,
  isPossible: (fieldId: string) => boolean,
): void {
  if (!TRANSLATION_SEPARATOR.test(item.text) || item.text.includes('(')) return;
  const halves = item.text.split(TRANSLATION_SEPARATOR);
  if (halves.length !== 2) return;
  for (const half of halves) {
    const reading = readLabel(half, ignoredWords);
    if (reading.words.length === 0 || reading.namesAgent) continue;
    for (const match of matchLabel(reading.words, contextWords, isPossible).matches) {
      const score = match.score * SOURCE_WEIGHT[item.source] * HALF_FACTOR;
      const known = scores.find((entry) => entry.fieldId === match.fieldId);
      if (!known) scores.push({ fieldId: match.fieldId, score });
      else if (score > known.score) known.score = score;
    }
  }
}

/** Fields whose value is a person, for a label that ends in "by", "von" or "par". */
const PERSON_FIELDS = new Set([
  'reported_by',
  'guardian_name',
  'case_worker',
  'father_name',
  'mother_name',
  NOT_A_FIELD,
]);

/** Factor for a field that only the words in brackets name, when the words before name another. */
const BRACKET_FACTOR = 0.6;

/**
 * Field types whose value has parts that a bracketed list may name, as
 * "(nome, país, telefone)" names the parts of each contact abroad.
 */
const COMPOSITE_TYPES = new Set(['contacts']);

/**
 * Reads a label's bracketed list apart from the words before it. It returns
 * the fields that only the list names while the words before name other
 * fields: in "Parenti all'estero (nome, paese, telefono)", the list describes
 * what to write and names no phone field. It also returns the score that the
 * words before the list alone give a field of composite values, which the
 * list of its parts does not lower. For other fields the list may name the
 * field better than the words before it. A word for an institution alone may
 * mean an authority or a care home, and a list that names a care centre
 * decides: "Iestāde (bērnu aprūpes centrs)" is the care centre. The fields
 * that only "Iestāde" names are then the qualified ones.
 */
function bracketReading(
  reading: LabelWords,
  contextWords: readonly string[],
  isPossible: (fieldId: string) => boolean,
): { qualifiers: Set<string>; outerScores: Map<string, number> } {
  const none = { qualifiers: new Set<string>(), outerScores: new Map<string, number>() };
  if (reading.bracketStart === reading.words.length) return none;
  const outer = matchLabel(reading.words.slice(0, reading.bracketStart), contextWords, isPossible);
  if (outer.matches.length === 0) return none;
  const inner = matchLabel(reading.words.slice(reading.bracketStart), contextWords, isPossible);
  const outerFields = new Set(outer.matches.map((match) => match.fieldId));
  const innerFields = new Set(inner.matches.map((match) => match.fieldId));
  const onlyInstitution = reading.words
    .slice(0, reading.bracketStart)
    .every((word) => institutionWords().has(word));
  const qualifiers =
    onlyInstitution && innerFields.has('care_centre_name')
      ? new Set([...outerFields].filter((fieldId) => !innerFields.has(fieldId)))
      : new Set([...innerFields].filter((fieldId) => !outerFields.has(fieldId)));
  const outerScores = new Map(
    outer.matches
      .filter((match) => match.fieldId !== NOT_A_FIELD)
      .filter((match) => COMPOSITE_TYPES.has(getField(match.fieldId).type))
      .map((match) => [match.fieldId, match.score]),
  );
  return { qualifiers, outerScores };
}

let institutionSet: Set<string> | undefined;

/** Normalised words for an institution, as `readLabel` returns a label's words. */
function institutionWords(): Set<string> {
  institutionSet ??= new Set(INSTITUTION.flatMap((word) => splitWords(normalizeText(word))));
  return institutionSet;
}
