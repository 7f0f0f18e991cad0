/**
 * The classifier: maps a control's evidence (label texts with their sources,
 * names, autocomplete tokens, options, section context and kind) to catalogue
 * fields with a confidence from 0 to 1. It needs no DOM.
 */
import type { ControlKind, LabelSource, OptionInfo } from '../messaging/page-model';
import { autocompleteFields } from './autocomplete';
import type { EvidenceItem } from './evidence';
import { isDateField, kindFit } from './kind-fit';
import { matchWords } from './match';
import { analyzeOptions } from './options';
import { createPhraseSet, type PhraseSet } from './phrase-set';
import { tokenizeIdentifier, tokenizeText } from './tokenize';
import { CHILD_WORDS, OTHER_PERSON_WORDS } from './vocabulary';

export interface ClassifierInput {
  evidence: readonly EvidenceItem[];
  /** Texts of the sections around the control (legends, headings), nearest first. */
  context?: readonly string[];
  kind: ControlKind;
  options?: readonly OptionInfo[];
  /** A date mask or pattern marks the control as holding a date. */
  dateLike?: boolean;
  /** Normalised words to ignore, such as the day and month words of a split date. */
  ignoredWords?: ReadonlySet<string>;
}

export interface FieldCandidate {
  fieldId: string;
  confidence: number;
  /** Index in `evidence` of the item that scored best, or -1 for the option list. */
  evidenceIndex: number;
}

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
/** Added per further source that names the same field, at most twice. */
const AGREEMENT_BONUS = 0.05;
/** A source with a lower score for a field does not count as agreeing. */
const MIN_SUPPORT = 0.3;
const MAX_CONTEXT_TEXTS = 3;
/** Factor for a child's attribute (date of birth, sex...) in a section about another person. */
const OTHER_PERSON_FACTOR = 0.3;
/** Factor for a field that holds no date in a control whose mask asks for a date. */
const NOT_A_DATE_FACTOR = 0.8;

/** Fields about the child; in a guardian's or parent's section they are about that person. */
const CHILD_ATTRIBUTES = new Set([
  'surname',
  'forenames',
  'name_at_birth',
  'aliases',
  'date_of_birth',
  'date_of_birth_estimated',
  'declared_dates_of_birth',
  'place_of_birth',
  'country_of_birth',
  'sex',
  'nationalities',
  'distinguishing_marks',
  'height_cm',
  'weight_kg',
  'eye_colour',
  'hair_colour',
  'clothing',
  'health_needs',
  'languages',
  'phone_numbers',
  'social_media',
  'facial_image',
  'fingerprints_reference',
  'id_document_type',
  'id_document_country',
  'id_document_number',
  'id_document_issue_date',
  'national_register_number',
]);

const STRONG_LABEL_SOURCES = new Set<LabelSource>([
  'label-for',
  'label-wrap',
  'aria-labelledby',
  'aria-label',
]);

let personSets: { other: PhraseSet; child: PhraseSet } | undefined;

function persons() {
  personSets ??= {
    other: createPhraseSet(OTHER_PERSON_WORDS),
    child: createPhraseSet(CHILD_WORDS),
  };
  return personSets;
}

/** Best score of one field over all evidence, and the sources that support it. */
interface Tally {
  best: number;
  evidenceIndex: number;
  sources: Set<LabelSource>;
}

/** Returns the fields that the evidence names, best first, adjusted for kind and context. */
export function classifyControl(input: ClassifierInput): FieldCandidate[] {
  const contextTexts = contextOf(input);
  const tallies = tallyEvidence(input, contextTexts);

  const otherPerson = isAboutOtherPerson(contextTexts);
  const candidates: FieldCandidate[] = [];
  for (const [fieldId, tally] of tallies) {
    const bonus = AGREEMENT_BONUS * Math.min(2, Math.max(0, tally.sources.size - 1));
    let confidence = Math.min(1, tally.best + bonus) * kindFit(fieldId, input.kind);
    if (input.dateLike && !isDateField(fieldId)) confidence *= NOT_A_DATE_FACTOR;
    if (otherPerson && CHILD_ATTRIBUTES.has(fieldId)) confidence *= OTHER_PERSON_FACTOR;
    if (confidence > 0) {
      candidates.push({ fieldId, confidence, evidenceIndex: tally.evidenceIndex });
    }
  }
  return candidates.sort((a, b) => b.confidence - a.confidence);
}

function tallyEvidence(input: ClassifierInput, contextTexts: string[]): Map<string, Tally> {
  const contextWords = contextTexts.flatMap((text) => tokenizeText(text));
  const isPossible = (fieldId: string) => kindFit(fieldId, input.kind) > 0;
  const tallies = new Map<string, Tally>();
  const record = (fieldId: string, score: number, index: number, source: LabelSource) => {
    const tally = tallies.get(fieldId) ?? { best: 0, evidenceIndex: index, sources: new Set() };
    if (score > tally.best) {
      tally.best = score;
      tally.evidenceIndex = index;
    }
    if (score >= MIN_SUPPORT) tally.sources.add(source);
    tallies.set(fieldId, tally);
  };

  input.evidence.forEach((item, index) => {
    const scores = scoreEvidence(item, contextWords, input.ignoredWords, isPossible);
    for (const { fieldId, score } of scores) record(fieldId, score, index, item.source);
  });
  if (input.options?.length) {
    for (const hint of analyzeOptions(input.options).fields) {
      record(hint.fieldId, hint.weight * SOURCE_WEIGHT.options, -1, 'options');
    }
  }
  return tallies;
}

/**
 * Returns the context texts, nearest first. Text before a control that has its
 * own label heads that label ("Father: [Name]"), so it joins the context. A
 * label that names the child ("Name of the child") shuts the context out.
 */
function contextOf(input: ClassifierInput): string[] {
  const labels = input.evidence.filter((item) => item.form === 'label');
  if (labels.some((item) => persons().child.matches(tokenizeText(item.text)))) return [];

  const hasStrongLabel = labels.some((item) => STRONG_LABEL_SOURCES.has(item.source));
  const before = hasStrongLabel ? labels.filter((item) => item.source === 'text-before') : [];
  const texts = [...before.map((item) => item.text), ...(input.context ?? [])];
  return texts.slice(0, MAX_CONTEXT_TEXTS);
}

function scoreEvidence(
  item: EvidenceItem,
  contextWords: readonly string[],
  ignoredWords: ReadonlySet<string> | undefined,
  isPossible: (fieldId: string) => boolean,
): { fieldId: string; score: number }[] {
  if (item.form === 'options') return [];
  if (item.form === 'autocomplete') {
    return autocompleteFields(item.text).map(({ fieldId, weight }) => ({
      fieldId,
      score: weight * AUTOCOMPLETE_WEIGHT,
    }));
  }

  const words =
    item.form === 'identifier' ? tokenizeIdentifier(item.text) : tokenizeText(item.text);
  const kept = ignoredWords ? words.filter((word) => !ignoredWords.has(word)) : words;
  return matchWords(kept, contextWords, isPossible).map((match) => ({
    fieldId: match.fieldId,
    score: match.score * SOURCE_WEIGHT[item.source],
  }));
}

/** The nearest context text that names a person decides whose section it is. */
function isAboutOtherPerson(contextTexts: readonly string[]): boolean {
  for (const text of contextTexts) {
    const words = tokenizeText(text);
    if (persons().child.matches(words)) return false;
    if (persons().other.matches(words)) return true;
  }
  return false;
}
