/**
 * A field asked in two controls of one row under one label: "Imię matki"
 * with a second box for the mother's maiden name, or "Destino mencionado"
 * with a country list and a box for the town. The second control has only
 * an `aria-label`, a placeholder or a title of its own, and reads as the
 * same field as the first, so the two are one field in two parts. Fill does
 * not split a value over such parts, so the officer fills them by hand.
 */
import { getField } from '../catalogue/fields';
import type { Classified } from './classify-scan';
import { addEvidence } from './evidence';
import { MIN_CONFIDENCE } from './ambiguity';
import { type FieldPart, areNeighbours } from './frame-scan';
import { normalizeText, splitWords } from './normalize';

/** Each control must read as the field at least this surely. */
const MIN_PART_CONFIDENCE = 0.6;

/** Field types whose value may be written over two controls: a name, a country and a place. */
const PAIRED_TYPES = new Set(['text', 'destination']);

/** Sources of a label that a control has of its own, apart from its row's label. */
const SUB_LABEL_SOURCES = new Set(['aria-label', 'placeholder', 'title']);

/** Joins each control that continues the field of the control before it in its row. */
export function joinFieldPairs(items: readonly Classified[]): Classified[] {
  return joinConsecutive(items, continuesField, joinPair);
}

/**
 * Joins each pair of consecutive items for which `belong` returns true into
 * one field with `join`, and keeps the other items. An item joins one pair at most.
 */
export function joinConsecutive(
  items: readonly Classified[],
  belong: (first: Classified, second: Classified) => boolean,
  join: (first: Classified, second: Classified) => Classified,
): Classified[] {
  const joined: Classified[] = [];
  for (let index = 0; index < items.length; index++) {
    const first = items[index];
    const second = items[index + 1];
    if (second && belong(first, second)) {
      joined.push(join(first, second));
      index++;
    } else {
      joined.push(first);
    }
  }
  return joined;
}

function continuesField(first: Classified, second: Classified): boolean {
  if (first.field.parts.length !== 1 || second.field.parts.length !== 1) return false;
  const [best] = first.candidates;
  if (!best || best.confidence < MIN_PART_CONFIDENCE) return false;
  if (!PAIRED_TYPES.has(getField(best.fieldId).type)) return false;
  const same = second.candidates.find((candidate) => candidate.fieldId === best.fieldId);
  if (!same || same.confidence < MIN_PART_CONFIDENCE) return false;
  // The caller passes consecutive fields, so no control lies between the two. A
  // destination has a country and a place, so its two controls may each have a
  // label and a cell of their own, as in a grid of labelled form items.
  if (getField(best.fieldId).type === 'destination') return true;
  if (!hasOnlySubLabels(second) || hasOnlySubLabels(first)) return false;
  return areNeighbours(first.field.parts[0], second.field.parts[0]);
}

/** Tells whether a control's labels are all its own short ones: no label element or cell. */
function hasOnlySubLabels(item: Classified): boolean {
  const labels = item.field.parts[0].evidence.filter((evidence) => evidence.form === 'label');
  return labels.length > 0 && labels.every((evidence) => SUB_LABEL_SOURCES.has(evidence.source));
}

/**
 * Joins two parts. The first part's label, the row's or the first box's,
 * decides the field and how sure it is; the second part's only has to agree.
 * Fill writes no text value over two parts, so the officer fills them.
 */
export function joinPair(first: Classified, second: Classified): Classified {
  const evidence = [...first.evidence];
  for (const item of second.evidence) addEvidence(evidence, item);
  return {
    field: { parts: [...first.field.parts, ...second.field.parts] },
    candidates: first.candidates,
    evidence,
    label: first.label,
  };
}

/**
 * Field types that a page may ask in one control per item: lists, and texts
 * such as the marks that a terminal screen requests in three "SMT/" boxes.
 */
const REPEATABLE_TYPES = new Set(['text', 'text-list', 'code-list', 'partial-date-list']);

/**
 * Joins runs of controls under the same label in one line or table row that
 * read as one field: the two "AKA/" boxes of a terminal screen, or its three
 * "SMT/" boxes, each holding one alias or one mark.
 */
export function joinRepeatedLabels(items: readonly Classified[]): Classified[] {
  return joinRuns(items, repeatsList);
}

/** Adds each item to the run before it when `continues` returns true, and keeps the others. */
function joinRuns(
  items: readonly Classified[],
  continues: (run: Classified, item: Classified) => boolean,
): Classified[] {
  const joined: Classified[] = [];
  for (const item of items) {
    const last = joined.at(-1);
    if (last && continues(last, item)) joined[joined.length - 1] = joinRepeat(last, item);
    else joined.push(item);
  }
  return joined;
}

/**
 * Returns the field that a run and one more control both read as, each with
 * a confidence of at least `minConfidence` and under the same label text.
 */
function repeatedField(
  run: Classified,
  item: Classified,
  minConfidence: number,
): string | undefined {
  if (item.field.parts.length !== 1 || run.field.roles || run.field.tentative) return undefined;
  const [best] = run.candidates;
  const [other] = item.candidates;
  if (best && isList(best.fieldId) && hasOnlyPlaceholder(item) && samePlaceholder(run, item)) {
    // A row that repeats the list's placeholder and has no label of its own is its next item.
    return best.confidence >= minConfidence ? best.fieldId : undefined;
  }
  if (!best || !other || best.fieldId !== other.fieldId) return undefined;
  if (best.confidence < minConfidence || other.confidence < minConfidence) return undefined;
  const sameLabel = labelWords(run.label.text) === labelWords(item.label.text);
  return sameLabel || (isList(best.fieldId) && samePlaceholder(run, item))
    ? best.fieldId
    : undefined;
}

/** Tells whether a field's value is a list that a page may request one item per box. */
function isList(fieldId: string): boolean {
  return LIST_TYPES.has(getField(fieldId).type);
}

function hasOnlyPlaceholder(item: Classified): boolean {
  return item.field.parts[0].evidence.every(
    (evidence) => evidence.form !== 'label' || evidence.source === 'placeholder',
  );
}

/**
 * Tells whether the last box of a run and the next box have the same
 * placeholder, as the rows of a list whose first row alone has the list's
 * caption before it.
 */
function samePlaceholder(run: Classified, item: Classified): boolean {
  const placeholder = (part: FieldPart) =>
    part.evidence.find((evidence) => evidence.source === 'placeholder')?.text;
  const last = placeholder(run.field.parts[run.field.parts.length - 1]);
  return last !== undefined && last === placeholder(item.field.parts[0]);
}

/**
 * A row's number at the end of a label, as grids name each row's box for
 * screen readers: PeopleSoft's "Inne nazwisko lub pisownia, wiersz 1", "Alias,
 * row 2", "Sprache Zeile 3", or a number after the last word: "Друго име 2".
 */
const ROW_NUMBER =
  /(?:(?:^|[\s,;:(–-])(?:row|line|zeile|reihe|riga|wiersz|rinda|ред|linha|fila|ligne|línea|rij|item|eintrag|pozycja|voce|elemento|entry)\s*(?:n[º°o.]\s*)?|(?<=\p{L})\s+)\d{1,3}\)?\s*$/iu;

/** A row's number alone, as the first cell of a subform's row: "1", "2.", "#3". */
const ROW_NUMBER_ONLY = /^[#№(]?\d{1,3}[.)]?$/u;

/**
 * Returns a label's words without its row number, so that the frame lines
 * and punctuation a screen draws around a label ("│ AKA 2:") do not count.
 */
function labelWords(text: string): string {
  return splitWords(normalizeText(withoutRowNumber(text))).join(' ');
}

/** Returns a label without the row number at its end, trimmed; a bare row number gives ''. */
function withoutRowNumber(text: string): string {
  const trimmed = text.replace(/[\s,;:–-]+$/u, '');
  if (ROW_NUMBER_ONLY.test(trimmed.trim())) return '';
  return trimmed
    .replace(ROW_NUMBER, '')
    .replace(/[\s,;:–-]+$/u, '')
    .trim();
}

function repeatsList(run: Classified, item: Classified): boolean {
  const fieldId = repeatedField(run, item, MIN_PART_CONFIDENCE);
  const type = fieldId ? getField(fieldId).type : undefined;
  if (!type || !REPEATABLE_TYPES.has(type)) return false;
  // One line or table row: the same label in two blocks is about two persons.
  const last = run.field.parts[run.field.parts.length - 1];
  const [next] = item.field.parts;
  const inLine = areNeighbours(last, next, 1) || (last.row !== undefined && last.row === next.row);
  // A repeater gives each item of a list a block of its own under the same label, one after
  // another in one container (Filament's repeater, Form.io's edit grid).
  return inLine || (LIST_TYPES.has(type) && areNeighbours(last, next, MAX_REPEATER_DEPTH));
}

/** Levels from a repeater block's box up to the container of all blocks. */
const MAX_REPEATER_DEPTH = 8;

/**
 * Levels from a box up to the table section that contains the rows of a
 * repeating table, with one wrapper around the box as Form.io writes it.
 */
const MAX_COLUMN_DEPTH = 4;

/** Number of earlier items searched for the column's previous box, the other columns of a row. */
const MAX_COLUMN_LOOKBACK = 8;

/** Field types that a repeating table requests one item per row. */
const LIST_TYPES = new Set(['text-list', 'code-list', 'partial-date-list']);

/**
 * Joins the boxes of a list field that a repeating table requests one per
 * row under one column header, such as "Name or spelling used" above one
 * box per row with other columns between them. Items between two boxes of
 * the column stay where they are.
 */
export function joinListColumns(items: readonly Classified[]): Classified[] {
  const joined: Classified[] = [];
  for (const item of items) {
    const from = Math.max(0, joined.length - MAX_COLUMN_LOOKBACK);
    let column = -1;
    for (let index = joined.length - 1; index >= from && column < 0; index--) {
      if (continuesColumn(joined[index], item)) column = index;
    }
    if (column >= 0) joined[column] = joinRepeat(joined[column], item);
    else joined.push(item);
  }
  return joined;
}

function continuesColumn(run: Classified, item: Classified): boolean {
  const fieldId = repeatedField(run, item, MIN_CONFIDENCE);
  if (!fieldId || !LIST_TYPES.has(getField(fieldId).type)) return false;
  if (!isUnderHeader(run) || !isUnderHeader(item)) return false;

  const last = run.field.parts[run.field.parts.length - 1];
  const [next] = item.field.parts;
  return (
    last.row !== undefined &&
    next.row !== undefined &&
    last.row !== next.row &&
    areNeighbours(last, next, MAX_COLUMN_DEPTH)
  );
}

/**
 * Tells whether a box's label is its column header, read from the table or
 * given again by an `aria-label` of the same text, as Form.io's data grids do,
 * or whether a box under a column header has a label that numbers its row or
 * the label to the left of its grid.
 */
function isUnderHeader({ label, field }: Classified): boolean {
  if (label.source === 'table-above') return true;
  // A grid's own label, in the cell before the grid, names the column too, and so does a
  // box's own title or ARIA label.
  const named =
    ROW_NUMBER.test(label.text) ||
    label.source === 'table-left' ||
    SUB_LABEL_SOURCES.has(label.source);
  return field.parts[0].evidence.some(
    (item) => item.source === 'table-above' && (named || item.text === label.text),
  );
}

function joinRepeat(run: Classified, item: Classified): Classified {
  return { ...run, field: { parts: [...run.field.parts, ...item.field.parts] } };
}

/**
 * Field types whose next unlabelled box in a line takes a further item or the
 * place, as the sub-line "51.2" under "CONTACTS ABROAD... 51.1" takes a second contact.
 */
const CONTINUED_TYPES = new Set(['text-list', 'code-list', 'contacts', 'destination']);

/**
 * Joins a box with no label of its own to the list field before it in the
 * same line, as the second of two "CTZ" boxes, one nationality each, or the
 * town after a destination's country code. Boxes of a list have the same
 * width, while a destination's town is wider than its country code. A long
 * text box continues in an unlabelled box of its length, its next line.
 */
export function joinUnlabelledBoxes(items: readonly Classified[]): Classified[] {
  return joinRuns(items, continuesBox);
}

function continuesBox(run: Classified, item: Classified): boolean {
  const [best] = run.candidates;
  if (!best || best.confidence < MIN_CONFIDENCE || run.field.roles || run.field.tentative)
    return false;
  const type = getField(best.fieldId).type;
  const last = run.field.parts[run.field.parts.length - 1];
  const continuedLine = type === 'text' && (last.info.maxLength ?? 0) >= MIN_LINE_LENGTH;
  if (!CONTINUED_TYPES.has(type) && !continuedLine) return false;
  if (!isUnlabelledBox(item, last, best.fieldId)) return false;
  const [next] = item.field.parts;
  if (type === 'destination') return run.field.parts.length === 1;
  return next.info.maxLength === last.info.maxLength;
}

/**
 * Length from which a text box and an unlabelled box of the same length after
 * it are two lines of one text, as a screen requests a long note in lines of 52.
 */
const MIN_LINE_LENGTH = 40;

/**
 * Tells whether an item is one text box of the same kind as `before`, in
 * the same parent, with no label that has letters. It reads as no field, or
 * as `fieldId` by its name only, as a box named "ctz2" does.
 */
function isUnlabelledBox(item: Classified, before: FieldPart, fieldId: string): boolean {
  if (item.field.parts.length !== 1) return false;
  const [best] = item.candidates;
  if (best && best.confidence >= MIN_CONFIDENCE && best.fieldId !== fieldId) return false;
  const [part] = item.field.parts;
  if (part.info.kind !== 'text' || part.info.kind !== before.info.kind) return false;
  // A box whose mask expects a date continues no list of names.
  if (part.dateLike && !before.dateLike) return false;
  const labelled = part.evidence.some(
    (evidence) => evidence.form === 'label' && LETTER.test(evidence.text),
  );
  // A list's rows each wrap their box, as WebDev's looper, Zoho's subform and Orbeon's
  // repeated grid do.
  const depth = isList(fieldId) ? MAX_COLUMN_DEPTH : 1;
  return !labelled && areNeighbours(before, part, depth);
}

const LETTER = /\p{L}/u;

/**
 * Reads a box after the surname box as the forenames when only a comma
 * separates the two. A screen may ask "NAM" as "SURNAME,FORENAMES" in two
 * boxes.
 */
export function readForenamesAfterComma(items: readonly Classified[]): Classified[] {
  return items.map((item, index) => {
    const before = items[index - 1];
    if (!before || before.field.parts.length !== 1) return item;
    const [best] = before.candidates;
    if (best?.fieldId !== 'surname' || best.confidence < MIN_CONFIDENCE) return item;
    if (!isUnlabelledBox(item, before.field.parts[0], 'forenames')) return item;
    const comma = item.field.parts[0].evidence.some(
      (evidence) => evidence.source === 'text-before' && evidence.text.trim() === ',',
    );
    if (!comma) return item;
    const candidates = [{ fieldId: 'forenames', confidence: best.confidence, evidenceIndex: -1 }];
    return { ...item, candidates, label: before.label };
  });
}

/** Lists of yes-or-no flags that a screen may ask one box per flag. */
const FLAG_LISTS = new Set(['warning_flags', 'risk_indicators']);

/**
 * Joins the one-character boxes of a line that take the flags of one list,
 * as "WARNINGS ABSCONDED (Y/N): [ ] SUICIDE RISK (Y/N): [ ]". The first box's
 * label names the list and its first flag. The next boxes' labels name only
 * a flag, which may read as a flag of the other list.
 */
export function joinFlagBoxes(items: readonly Classified[]): Classified[] {
  return joinRuns(items, continuesFlags);
}

function continuesFlags(run: Classified, item: Classified): boolean {
  const [best] = run.candidates;
  const [other] = item.candidates;
  if (!best || !other || !FLAG_LISTS.has(best.fieldId) || !FLAG_LISTS.has(other.fieldId)) {
    return false;
  }
  if (best.confidence < MIN_CONFIDENCE || item.field.parts.length !== 1) return false;
  const last = run.field.parts[run.field.parts.length - 1];
  const [next] = item.field.parts;
  return last.info.maxLength === 1 && next.info.maxLength === 1 && areNeighbours(last, next, 1);
}
