/**
 * Labels that depend on the control before them in the same row or group. A
 * label that is a lone preposition continues the label before it, as "à" in
 * "Né(e) le [date] à [place]", and so does a lone number label, as "N.º" in
 * "Tipo de documento [select] N.º [text]". A control after a person's or a centre's name
 * in the same table row takes that name as context when its own label names
 * no person or centre, as the "Kontakttālrunis" column after "Likumiskais
 * pārstāvis". A label that is only a place word continues a "last seen" label
 * up to two units before it, as "Lugar" in "Visto por última vez [date]
 * [time] Lugar [text]".
 */
import { type EvidenceItem, LEADING_BRACKET } from './evidence';
import { type FieldPart, areNeighbours } from './frame-scan';
import { isLonePreposition } from './label-reading';
import { normalizeText, splitWords } from './normalize';
import { type PhraseSet, createPhraseSet } from './phrase-set';
import { type Steps, runSteps } from './steps';
import { tokenizeText } from './tokenize';
import { CHILD_WORDS, OTHER_PERSON_WORDS } from './vocabulary';
import {
  CENTRE,
  DATE,
  DISAPPEARANCE,
  GUARDIAN,
  LAST_SEEN,
  NUMBER_WORDS,
  PLACE,
  TIME,
  TYPE,
} from './vocabulary-words';

let phraseSets:
  { entity: PhraseSet; child: PhraseSet; lastSeen: PhraseSet; guardian: PhraseSet } | undefined;

function sets() {
  phraseSets ??= {
    entity: createPhraseSet([...OTHER_PERSON_WORDS, ...CENTRE]),
    child: createPhraseSet(CHILD_WORDS),
    lastSeen: createPhraseSet([...LAST_SEEN, ...DISAPPEARANCE]),
    guardian: createPhraseSet(GUARDIAN),
  };
  return phraseSets;
}

/** Units before a lone place label searched for the "last seen" label it continues. */
const MAX_PLACE_LOOKBACK = 2;

/**
 * Returns the units with lone-preposition and lone-number labels completed
 * and a neighbour's name added as context. A changed unit is a copy.
 */
export function applyNeighbourLabels(units: readonly FieldPart[]): FieldPart[] {
  return runSteps(neighbourLabelSteps(units));
}

/** Runs `applyNeighbourLabels` as steps, with a pause after each unit. */
export function* neighbourLabelSteps(units: readonly FieldPart[]): Steps<FieldPart[]> {
  const result = units.slice(0, 1).map(withDescribedGuardian);
  let caption = units.length > 0 ? groupCaption(units[0]) : undefined;
  let dated: string | undefined;
  for (let index = 1; index < units.length; index++) {
    yield;
    const previous = result[index - 1];
    let unit = withoutHintOf(units[index], previous);
    const label = firstLabel(previous);
    const lone = unit.evidence.some(isLonePrepositionLabel) && areNeighbours(previous, unit);
    const continued = lone ? (label ?? labelAcrossUnlabelled(result, index)) : undefined;
    if (continued) unit = continueLonePrepositions(unit, continued);
    if (label) {
      const loneNumber = unit.evidence.some(isLoneNumberLabel);
      if (loneNumber && areNeighbours(previous, unit)) unit = continueLoneNumbers(unit, label);
      if (namesEntity(label) && !namesSomeone(unit) && inSameRow(previous, unit)) {
        unit = { ...unit, context: [...unit.context, label.text] };
      }
    }
    // A caption that names a person heads the boxes of its group after the first one, which
    // carry only a placeholder or an ARIA label, as a Bubble group under "Tutor/a legal".
    const captioned = caption && hasOnlyOwnHints(unit) && areNeighbours(previous, unit, 2);
    if (captioned && caption && !namesSomeone(unit)) {
      unit = { ...unit, context: [...unit.context, caption.text] };
    }
    caption = captioned ? caption : groupCaption(unit);
    const event = unit.evidence.some(isLonePlaceLabel) ? lastSeenLabelBefore(result) : undefined;
    if (event) unit = { ...unit, context: [...unit.context, event.text] };
    // A lone "DATE:" or "TIME:" after a box in the same line dates what that box's label
    // names, as "REPORTED BY: [ ] DATE: [ ] TIME: [ ]" on a terminal screen.
    let subject: string | undefined;
    if (isLoneWhen(unit) && areNeighbours(previous, unit, 1)) {
      subject = isLoneWhen(previous) ? dated : label?.text;
    }
    if (subject) unit = { ...unit, context: [...unit.context, subject] };
    dated = subject;
    result.push(withDescribedGuardian(unit));
  }
  return result;
}

/**
 * Drops from a unit's text before the bracketed hint that the box before it
 * has after it, as "(M/F/U) Nationality . . ." after a sex box on a screen.
 */
function withoutHintOf(unit: FieldPart, previous: FieldPart): FieldPart {
  const hint = previous.info.hint ? LEADING_BRACKET.exec(previous.info.hint)?.[0] : undefined;
  if (!hint) return unit;
  const evidence = unit.evidence.map((item) => {
    if (item.source !== 'text-before' || !item.text.startsWith(hint)) return item;
    const rest = item.text.slice(hint.length).trim();
    return rest ? { ...item, text: rest } : item;
  });
  return { ...unit, evidence };
}

/**
 * Returns the label of the unit two places before when the unit between has
 * no label of its own, as the time box in "Last seen: [date] [time] at:
 * [place]" on a terminal screen.
 */
function labelAcrossUnlabelled(
  result: readonly FieldPart[],
  index: number,
): EvidenceItem | undefined {
  if (index < 2) return undefined;
  const [before, between] = [result[index - 2], result[index - 1]];
  if (between.evidence.some((item) => item.form === 'label')) return undefined;
  return areNeighbours(before, between) ? firstLabel(before) : undefined;
}

let whenWords: Set<string> | undefined;

/** Tells whether a unit's first label is only a date or time word: "DATE:", "Uhrzeit". */
function isLoneWhen(unit: FieldPart): boolean {
  const label = firstLabel(unit);
  if (!label) return false;
  whenWords ??= new Set([...DATE, ...TIME].flatMap((word) => tokenizeText(word)));
  const words = tokenizeText(label.text);
  return words.length > 0 && words.every((word) => whenWords?.has(word));
}

/** Returns the text before a unit when it names a person other than the child or a centre. */
function groupCaption(unit: FieldPart): EvidenceItem | undefined {
  const before = unit.evidence.find((item) => item.source === 'text-before');
  return before && namesEntity(before) ? before : undefined;
}

/** Label sources that a box has of its own without a label element or text before it. */
const OWN_HINTS = new Set(['placeholder', 'aria-label', 'title']);

/** Tells whether a unit's labels are all its own placeholder, ARIA label or title. */
function hasOnlyOwnHints(unit: FieldPart): boolean {
  return unit.evidence.every((item) => item.form !== 'label' || OWN_HINTS.has(item.source));
}

/**
 * Tells whether two units sit in one table row. Columns of one row often
 * describe one person or centre, while consecutive rows or blocks need not.
 */
function inSameRow(first: FieldPart, second: FieldPart): boolean {
  return first.row !== undefined && first.row === second.row;
}

function isLonePrepositionLabel(item: EvidenceItem): boolean {
  return item.form === 'label' && isLonePreposition(item.text);
}

/**
 * Returns the first label of a unit that has words and is no lone
 * preposition. The "/" between the parts of "gg / mm / aaaa" is no label.
 */
function firstLabel(unit: FieldPart): EvidenceItem | undefined {
  return unit.evidence.find(
    (item) =>
      item.form === 'label' && !isLonePreposition(item.text) && tokenizeText(item.text).length > 0,
  );
}

function continueLonePrepositions(unit: FieldPart, previous: EvidenceItem): FieldPart {
  const evidence = unit.evidence.map((item) =>
    isLonePrepositionLabel(item) ? { ...item, text: `${previous.text} ${item.text}` } : item,
  );
  return { ...unit, evidence };
}

let numberWords: { number: Set<string>; type: Set<string> } | undefined;

function wordSets() {
  numberWords ??= {
    number: new Set(NUMBER_WORDS.flatMap((word) => tokenizeText(word))),
    type: new Set(TYPE.flatMap((word) => tokenizeText(word))),
  };
  return numberWords;
}

/** Tells whether a label is only a number word: "N.º", "Nr.", "No", "Numer". */
function isLoneNumberLabel(item: EvidenceItem): boolean {
  // A placeholder "no" is the value a Y/N box expects, not the word "number".
  if (item.form !== 'label' || item.source === 'placeholder') return false;
  const words = tokenizeText(item.text);
  return words.length > 0 && words.every((word) => wordSets().number.has(word));
}

/**
 * Makes a lone number label the number of what the label before it names,
 * as "N.º" after "Tipo de documento [select]" is the document's number. The
 * words of a type or kind are left out, because they belong to the first control.
 */
function continueLoneNumbers(unit: FieldPart, previous: EvidenceItem): FieldPart {
  const subject = tokenizeText(previous.text).filter((word) => !wordSets().type.has(word));
  if (subject.length === 0) return unit;
  const evidence = unit.evidence.map((item) =>
    isLoneNumberLabel(item) ? { ...item, text: `${subject.join(' ')} ${item.text}` } : item,
  );
  return { ...unit, evidence };
}

/** Tells whether a label names a person other than the child, or a centre. */
function namesEntity(label: EvidenceItem): boolean {
  const { entity, child } = sets();
  const words = tokenizeText(label.text);
  return entity.matches(words) && !child.matches(words);
}

/**
 * Makes a box's description its nearest context when it names the guardian
 * and the box's labels name no one, as the description "Aizbildņa
 * kontaktinformācija" of a box labelled "Tālrunis vai e-pasts". Text after a
 * box that runs into the next prompt, as "(ISO3) Guardian:" on a terminal
 * screen, describes no box. Parents are left out: German compounds such as
 * "Muttermale" (birthmarks) start with "Mutter".
 */
function withDescribedGuardian(unit: FieldPart): FieldPart {
  const { hint } = unit.info;
  if (!hint || hint.includes(':') || namesSomeone(unit)) return unit;
  if (!sets().guardian.matches(tokenizeText(hint))) return unit;
  return { ...unit, context: [hint, ...unit.context] };
}

/** Tells whether any of a unit's own labels names a person, the child or a centre. */
function namesSomeone(unit: FieldPart): boolean {
  const { entity, child } = sets();
  return unit.evidence.some((item) => {
    if (item.form !== 'label') return false;
    const words = tokenizeText(item.text);
    return entity.matches(words) || child.matches(words);
  });
}

let placeWords: Set<string> | undefined;

/**
 * Tells whether a label is only a place word, with examples in brackets
 * allowed: "Lugar", "Fejn", "Ort (Straße, Bahnhof, Stadt)".
 */
function isLonePlaceLabel(item: EvidenceItem): boolean {
  if (item.form !== 'label') return false;
  placeWords ??= new Set(PLACE.flatMap((word) => tokenizeText(word)));
  const words = tokenizeText(item.text.replace(/\([^)]*\)/g, ' '));
  return words.length > 0 && words.every((word) => placeWords?.has(word));
}

/**
 * Returns the "last seen" or disappearance label of one of the last two units,
 * nearest first. The unit between is often the time box after the date, as
 * in "Vu(e) pour la dernière fois le [date] [time]".
 */
function lastSeenLabelBefore(units: readonly FieldPart[]): EvidenceItem | undefined {
  const earliest = Math.max(0, units.length - MAX_PLACE_LOOKBACK);
  for (let index = units.length - 1; index >= earliest; index--) {
    const label = firstLabel(units[index]);
    // The phrases keep their short words ("vu pour la dernière fois"), so the label keeps them too.
    if (label && sets().lastSeen.matches(splitWords(normalizeText(label.text)))) return label;
  }
  return undefined;
}
