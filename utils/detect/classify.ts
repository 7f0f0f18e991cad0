/**
 * The classifier: maps a control's evidence (label texts with their sources,
 * names, autocomplete tokens, options, section context and kind) to catalogue
 * fields with a confidence from 0 to 1. It needs no DOM.
 */
import type { ControlKind, LabelSource, OptionInfo } from '../messaging/page-model';
import type { EvidenceItem } from './evidence';
import { SOURCE_WEIGHT, scoreEvidence } from './evidence-score';
import { isDateField, kindFit } from './kind-fit';
import { analyzeOptions } from './options';
import { createPhraseSet, type PhraseSet } from './phrase-set';
import { getField } from '../catalogue/fields';
import { BOOLEAN_WORDS } from '../fill/option-words';
import { normalizeText } from './normalize';
import { tokenizeText } from './tokenize';
import { CHILD_WORDS, NOT_A_FIELD, OTHER_PERSON_WORDS } from './vocabulary';
import { CENTRE, GUARDIANSHIP, INSTITUTION } from './vocabulary-words';

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
  /** The control's maxlength, for a single text control. */
  maxLength?: number;
  /** The single text control is a combobox's input, which offers a list of choices. */
  combobox?: boolean;
}

export { SOURCE_WEIGHT } from './evidence-score';

export interface FieldCandidate {
  fieldId: string;
  confidence: number;
  /** Index in `evidence` of the item that scored best, or -1 for the option list. */
  evidenceIndex: number;
}

/** Added per further source that names the same field, at most twice. */
const AGREEMENT_BONUS = 0.05;
/** A source with a lower score for a field does not count as agreeing. */
const MIN_SUPPORT = 0.3;
const MAX_CONTEXT_TEXTS = 4;
/** Factor for a child's attribute (date of birth, sex...) in a section about another person. */
const OTHER_PERSON_FACTOR = 0.3;
/** Factor per context level beyond the nearest for a field that only that level names. */
const CONTEXT_DECAY = 0.85;
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

const ARIA_LABEL_SOURCES = new Set<LabelSource>(['aria-labelledby', 'aria-label']);

let personSets:
  | {
      other: PhraseSet;
      child: PhraseSet;
      centre: PhraseSet;
      institution: PhraseSet;
      guardianship: PhraseSet;
    }
  | undefined;

function persons() {
  personSets ??= {
    other: createPhraseSet(OTHER_PERSON_WORDS),
    child: createPhraseSet(CHILD_WORDS),
    centre: createPhraseSet(CENTRE),
    institution: createPhraseSet(INSTITUTION),
    guardianship: createPhraseSet(GUARDIANSHIP),
  };
  return personSets;
}

/** Field types whose values are codes or a yes or no, which no list of numbers offers. */
const CODED_TYPES = new Set(['code', 'code-list', 'boolean']);

/** A list of at least this many numbers offers hours, minutes, days or years. */
const MIN_NUMBER_OPTIONS = 10;

/**
 * Returns how well the control can hold the field: its kind's fit, none for
 * a coded field when the control offers only numbers, as a minutes select
 * labelled "m" does. A control that offers only a yes and a no, as the
 * question "Did the minor leave a centre?" does, contains no field but a
 * coded one: a yes may answer "Guardian appointed?".
 */
function fitOf(fieldId: string, input: ClassifierInput): number {
  const fit = kindFit(fieldId, input.kind, input.maxLength, input.combobox);
  if (fit === 0 || fieldId === NOT_A_FIELD) return fit;
  const { type } = getField(fieldId);
  if (!CODED_TYPES.has(type) && offersOnlyYesNo(input.options)) return 0;
  if (!offersNumbers(input.options)) return fit;
  return CODED_TYPES.has(type) ? 0 : fit;
}

/** Tells whether the options are a yes and a no and nothing else, in one language or two ("Iva Yes"). */
function offersOnlyYesNo(options: readonly OptionInfo[] | undefined): boolean {
  if (!options || options.length < 2) return false;
  const found = new Set<'yes' | 'no'>();
  for (const option of options) {
    const words = option.text.split(/\s+/).filter(Boolean);
    // A select's empty prompt option offers nothing.
    if (words.length === 0) continue;
    const answers = new Set(words.map(answerWord));
    if (answers.size !== 1 || answers.has(undefined)) return false;
    found.add([...answers][0]!);
  }
  return found.size === 2;
}

function offersNumbers(options: readonly OptionInfo[] | undefined): boolean {
  if (!options || options.length < MIN_NUMBER_OPTIONS) return false;
  const texts = options.map((option) => option.text.trim()).filter(Boolean);
  return texts.length >= MIN_NUMBER_OPTIONS && texts.every((text) => /^\d+$/.test(text));
}

/** Best score of one field over all evidence, and the sources that support it. */
interface Tally {
  best: number;
  evidenceIndex: number;
  sources: Set<LabelSource>;
}

/** The tallies of a control's evidence, and the fields each evidence item explained away. */
interface EvidenceTally {
  tallies: Map<string, Tally>;
  /** Field to the highest source weight of an item that read it as part of another field. */
  subsumedBy: Map<string, number>;
}

/**
 * Returns the fields that the evidence names, best first, adjusted for kind and
 * context. It returns none when the best reading is that the control contains
 * no field at all, as for a search box or the officer's own number.
 */
export function classifyControl(input: ClassifierInput): FieldCandidate[] {
  if (isNoAnswer(input)) return [];
  const contextTexts = contextOf(input);
  const { tallies, subsumedBy } = tallyEvidence(input, contextTexts);
  dropExplainedAway(tallies, subsumedBy, input.evidence);

  const otherPerson = isAboutOtherPerson(contextTexts);
  const centreSection = isAboutCentre(contextTexts);
  const candidates: FieldCandidate[] = [];
  for (const [fieldId, tally] of tallies) {
    const bonus = AGREEMENT_BONUS * Math.min(2, Math.max(0, tally.sources.size - 1));
    const score = Math.min(1, tally.best + bonus);
    let confidence = score * fitOf(fieldId, input);
    // In the section of the child's placement, an institution is the care centre: "Iestāde"
    // under "Iestāde, aizbildnība un pazušana".
    if (
      centreSection &&
      fieldId === 'issuing_authority' &&
      !tallies.has('care_centre_name') &&
      namesInstitution(input.evidence[tally.evidenceIndex])
    ) {
      const centre = score * fitOf('care_centre_name', input);
      if (centre > 0) {
        candidates.push({
          fieldId: 'care_centre_name',
          confidence: centre,
          evidenceIndex: tally.evidenceIndex,
        });
      }
    }
    if (input.dateLike && !isDateField(fieldId) && fieldId !== NOT_A_FIELD) {
      confidence *= NOT_A_DATE_FACTOR;
    }
    if (otherPerson && CHILD_ATTRIBUTES.has(fieldId)) confidence *= OTHER_PERSON_FACTOR;
    if (centreSection && fieldId === 'issuing_authority') confidence *= OTHER_PERSON_FACTOR;
    if (isTooShortFor(fieldId, input.maxLength)) continue;
    if (confidence > 0) {
      candidates.push({ fieldId, confidence, evidenceIndex: tally.evidenceIndex });
    }
  }
  candidates.sort((a, b) => b.confidence - a.confidence);
  if (candidates[0]?.fieldId === NOT_A_FIELD) return [];
  return candidates.filter((candidate) => candidate.fieldId !== NOT_A_FIELD);
}

/**
 * Tallies each field's best score over the evidence. Context is read nearest
 * first: a field that only a farther section names scores CONTEXT_DECAY less
 * per level, so "Datum" under "Zuletzt gesehen" in a step titled "Abgängigkeit"
 * is the date last seen rather than the date the child left care.
 */
function tallyEvidence(input: ClassifierInput, contextTexts: string[]): EvidenceTally {
  const contextLevels = contextTexts.map((text) => tokenizeText(text));
  const isPossible = (fieldId: string) => fitOf(fieldId, input) > 0;
  const tallies = new Map<string, Tally>();
  const subsumedBy = new Map<string, number>();
  const record = (fieldId: string, score: number, index: number, source: LabelSource) => {
    const tally = tallies.get(fieldId) ?? { best: 0, evidenceIndex: index, sources: new Set() };
    if (score > tally.best) {
      tally.best = score;
      tally.evidenceIndex = index;
    }
    if (score >= MIN_SUPPORT) tally.sources.add(source);
    tallies.set(fieldId, tally);
  };

  // A part's own name ("Dia" of a split date) is no label that text before could head,
  // and neither is a checkbox's "Yes" after the question it answers.
  const headsLabel = input.evidence.some(
    (item) =>
      item.form === 'label' &&
      STRONG_LABEL_SOURCES.has(item.source) &&
      tokenizeText(item.text).some((word) => !input.ignoredWords?.has(word)) &&
      answerOf(item.text, input.kind) === undefined,
  );
  input.evidence.forEach((item, index) => {
    // Text before a control with its own label heads that label and counts as context only.
    if (headsLabel && item.source === 'text-before') return;
    const allContext = contextLevels.flat();
    const { scores, subsumed } = scoreEvidence(
      item,
      allContext,
      input.ignoredWords,
      isPossible,
      input.dateLike,
    );
    const levels =
      contextLevels.length > 1 ? levelsNeeded(item, contextLevels, input, isPossible) : undefined;
    for (const { fieldId, score } of scores) {
      const level = levels?.(fieldId, score) ?? 0;
      record(fieldId, score * CONTEXT_DECAY ** Math.max(0, level - 1), index, item.source);
    }
    for (const fieldId of subsumed) {
      const weight = SOURCE_WEIGHT[item.source];
      subsumedBy.set(fieldId, Math.max(weight, subsumedBy.get(fieldId) ?? 0));
    }
  });
  if (input.options?.length) {
    for (const hint of analyzeOptions(input.options).fields) {
      record(hint.fieldId, hint.weight * SOURCE_WEIGHT.options, -1, 'options');
    }
  }
  return { tallies, subsumedBy };
}

/**
 * Most characters a control may take and still only hold a code or a flag.
 * Two-letter boxes stay open to text fields, because terminals take a place
 * of birth as a state or country code (`POB`).
 */
const MAX_CODE_LENGTH = 1;
/** Field types whose value fits in a one-character code or flag. */
const SHORT_TYPES = new Set(['code', 'code-list', 'boolean']);

/**
 * Tells whether a control that takes one character is too short for a field,
 * as a terminal's Y/N flag `DNA` is for a DNA profile reference.
 */
function isTooShortFor(fieldId: string, maxLength: number | undefined): boolean {
  if (maxLength === undefined || maxLength > MAX_CODE_LENGTH || fieldId === NOT_A_FIELD)
    return false;
  return !SHORT_TYPES.has(getField(fieldId).type);
}

/**
 * Returns, for a field and its score with the whole context, how many context
 * levels, nearest first, the item needs to reach that score.
 */
function levelsNeeded(
  item: EvidenceItem,
  contextLevels: readonly string[][],
  input: ClassifierInput,
  isPossible: (fieldId: string) => boolean,
): (fieldId: string, score: number) => number {
  const byLevel: Map<string, number>[] = [];
  let words: string[] = [];
  for (let level = 0; level < contextLevels.length; level++) {
    if (level > 0) words = [...words, ...contextLevels[level - 1]];
    const { scores } = scoreEvidence(item, words, input.ignoredWords, isPossible, input.dateLike);
    byLevel.push(new Map(scores.map(({ fieldId, score }) => [fieldId, score])));
  }
  return (fieldId, score) => {
    const level = byLevel.findIndex((scores) => (scores.get(fieldId) ?? 0) >= score - 1e-9);
    return level === -1 ? contextLevels.length : level;
  };
}

/**
 * Drops a field that an item at least as trusted as the field's own best
 * source reads as part of a more specific field. A column header "Telefono"
 * does not make the control the child's phone when its aria-label reads
 * "Telefono del centro di accoglienza".
 */
function dropExplainedAway(
  tallies: Map<string, Tally>,
  subsumedBy: ReadonlyMap<string, number>,
  evidence: readonly EvidenceItem[],
): void {
  for (const [fieldId, weight] of subsumedBy) {
    const tally = tallies.get(fieldId);
    if (!tally) continue;
    const source = tally.evidenceIndex >= 0 ? evidence[tally.evidenceIndex].source : 'options';
    if (weight >= SOURCE_WEIGHT[source]) tallies.delete(fieldId);
  }
}

/**
 * Returns the context texts, nearest first. Text before a control that has its
 * own label heads that label ("Father: [Name]"), so it joins the context, and
 * so does a row header under a column header ("Casa de acolhimento" in the
 * column "Nome"). A label that names the child ("Name of the child") shuts the
 * context out.
 */
function contextOf(input: ClassifierInput): string[] {
  const labels = input.evidence.filter((item) => item.form === 'label');
  if (labels.some((item) => persons().child.matches(tokenizeText(item.text)))) return [];

  // Text before a box with a label of its own, or with a placeholder that names it, heads it.
  const headed = labels.some(
    (item) => STRONG_LABEL_SOURCES.has(item.source) || item.source === 'placeholder',
  );
  const before = headed ? labels.filter((item) => item.source === 'text-before') : [];
  const hasColumnHeader = labels.some((item) => item.source === 'table-above');
  const rowHeaders = hasColumnHeader ? labels.filter((item) => item.source === 'table-left') : [];
  const heads = [...before, ...rowHeaders].map((item) => item.text);
  const texts = [...heads, ...(input.context ?? [])];
  return texts.slice(0, MAX_CONTEXT_TEXTS);
}

/**
 * The nearest context text that names a person decides whose section it is.
 * A section of the centre and the guardian ("Ċentru u tutur") is about the
 * child's placement, so the child's languages may stand in it.
 */
/**
 * Tells whether the section's title names the care centre, as "Aprūpes
 * iestāde, aizbildnis, vecāki" does. An institution there is the centre,
 * never the police authority that issues the alert. A title that lists
 * several topics is about its first: "Alerta, identificação, acolhimento e
 * desaparecimento" heads the alert's fields before the centre's.
 */
function isAboutCentre(contextTexts: readonly string[]): boolean {
  return contextTexts.some((text) => {
    const [first, ...others] = text.split(TOPIC_SEPARATOR);
    const firstWords = tokenizeText(first);
    if (persons().centre.matches(firstWords)) return true;
    // An institution listed with the guardianship is where the child lives: "Iestāde,
    // aizbildnība un pazušana".
    return (
      persons().institution.matches(firstWords) &&
      others.some((topic) => persons().guardianship.matches(tokenizeText(topic)))
    );
  });
}

/** Tells whether an evidence item's words name an institution, as "Iestāde (nosaukums)" does. */
function namesInstitution(item: EvidenceItem | undefined): boolean {
  return item !== undefined && persons().institution.matches(tokenizeText(item.text));
}

/** Separates the topics a section title lists: commas and the word "and" of each language. */
const TOPIC_SEPARATOR = /[,;]|\s(?:and|e|ed|und|et|y|i|u|un|и)\s/i;

function isAboutOtherPerson(contextTexts: readonly string[]): boolean {
  for (const text of contextTexts) {
    const words = tokenizeText(text);
    if (persons().child.matches(words)) return false;
    if (persons().other.matches(words)) return !persons().centre.matches(words);
  }
  return false;
}

let answers: { yes: Set<string>; no: Set<string> } | undefined;

/** Returns whether a checkbox's label is only a yes ("да" after "Непридружен непълнолетен") or a no. */
function answerOf(text: string, kind: ControlKind): 'yes' | 'no' | undefined {
  return kind === 'checkbox' ? answerWord(text) : undefined;
}

/** Returns whether a text is only a yes or a no, in any language of the vocabulary. */
function answerWord(text: string): 'yes' | 'no' | undefined {
  answers ??= {
    yes: new Set(BOOLEAN_WORDS.true.map(normalizeText)),
    no: new Set(BOOLEAN_WORDS.false.map(normalizeText)),
  };
  const word = normalizeText(text);
  if (answers.yes.has(word)) return 'yes';
  return answers.no.has(word) ? 'no' : undefined;
}

/**
 * Tells whether a checkbox's own label ends in a no, as the "No" box beside
 * the "Yes" box of a question does, whose label may have been completed with
 * the question. Ticking it answers the question with false, so it is no
 * control of the field that a fill could tick.
 */
function isNoAnswer(input: ClassifierInput): boolean {
  // A switch named by its question through ARIA shows its state in its label: SurveyJS's
  // boolean switch reads "Não" on its thumb until it is turned on.
  const namedByAria = input.evidence.some(
    (item) =>
      item.form === 'label' &&
      ARIA_LABEL_SOURCES.has(item.source) &&
      answerOf(item.text, input.kind) === undefined,
  );
  if (namedByAria) return false;
  return input.evidence.some((item) => {
    if (item.form !== 'label' || !STRONG_LABEL_SOURCES.has(item.source)) return false;
    const words = item.text.split(/\s+/);
    // A switch labelled with both of its states, "Unaccompanied minor Yes No", is the question.
    if (answerOf(words.at(-2) ?? '', input.kind) === 'yes') return false;
    return answerOf(words.at(-1) ?? '', input.kind) === 'no';
  });
}
