/**
 * The classifier's first step on a frame scan. It drops the page's language
 * switches, adds each select's option summary and reads the date part that
 * each unit's markup names. A placeholder that most boxes of the form share,
 * as "Introduza a sua resposta", is left out where a box has a label. Then it
 * completes labels that depend on the unit before and joins split dates into
 * field units. It reads only the texts and
 * facts the page sent.
 */
import type { ControlInfo, OptionInfo } from '../messaging/page-model';
import { isTextLike } from './control-info';
import {
  type EvidenceItem,
  LEADING_BRACKET,
  addEvidence,
  formatMaskIn,
  isDateMask,
} from './evidence';
import type { FieldPart, FrameScan, ScannedField, ScannedUnit } from './frame-scan';
import { switchesPageLanguage } from './language-switch';
import { neighbourLabelSteps } from './neighbour-labels';
import { type DatePartRole, optionSummary } from './options';
import { type TimePartRole, partRole } from './part-roles';
import { splitFieldSteps } from './split-fields';
import { type Steps, runSteps } from './steps';

/** Groups a frame scan's units into field units, in document order. */
export function fieldUnits(scan: FrameScan): ScannedField[] {
  return runSteps(fieldUnitSteps(scan));
}

/** Runs `fieldUnits` as steps, with a pause after each unit. */
export function* fieldUnitSteps(scan: FrameScan): Steps<ScannedField[]> {
  const parts: FieldPart[] = [];
  const roles: (DatePartRole | TimePartRole | undefined)[] = [];
  const boilerplate = sharedPlaceholders(scan.units);
  for (const unit of scan.units) {
    yield;
    // NOTE: the page keeps a language switch among its units, so a portal profile whose
    // selector names one finds its key but no classified entry, and reports the field missing.
    if (switchesPageLanguage(unit)) continue;
    const part = fieldPart(withoutBoilerplate(unit, boilerplate));
    // The role comes from the unit's own labels, before a neighbour's label completes them.
    const role = partRole(part.info, part.evidence);
    // "MM" after an hour box is the minutes, as in a timepicker's "HH" and "MM" boxes.
    roles.push(role === 'month' && roles.at(-1) === 'hour' ? 'minute' : role);
    parts.push(part);
  }
  const labelled = yield* neighbourLabelSteps(parts);
  return yield* splitFieldSteps(labelled, roles);
}

/** Minimum number of boxes that share a placeholder for it to be the form's boilerplate. */
const MIN_BOILERPLATE_BOXES = 5;
/** Minimum share of the form's boxes with a placeholder that must have the same one. */
const MIN_BOILERPLATE_SHARE = 0.5;

/**
 * Returns the placeholders that most text boxes of the frame share, as
 * Microsoft Forms' "Introduza a sua resposta" or Google Forms' "A sua
 * resposta": an invitation to type, which names no field.
 */
function sharedPlaceholders(units: readonly ScannedUnit[]): ReadonlySet<string> {
  const counts = new Map<string, number>();
  let boxes = 0;
  for (const unit of units) {
    const placeholder = unit.evidence.find((item) => item.source === 'placeholder')?.text;
    if (placeholder === undefined) continue;
    boxes++;
    counts.set(placeholder, (counts.get(placeholder) ?? 0) + 1);
  }
  const shared = new Set<string>();
  for (const [placeholder, count] of counts) {
    if (count >= MIN_BOILERPLATE_BOXES && count >= boxes * MIN_BOILERPLATE_SHARE) {
      shared.add(placeholder);
    }
  }
  return shared;
}

/** Leaves a boilerplate placeholder out of a unit's evidence when the unit has another label. */
function withoutBoilerplate(unit: ScannedUnit, boilerplate: ReadonlySet<string>): ScannedUnit {
  if (boilerplate.size === 0) return unit;
  const isBoilerplate = (item: EvidenceItem) =>
    item.source === 'placeholder' && boilerplate.has(item.text);
  if (!unit.evidence.some(isBoilerplate)) return unit;
  const labelled = unit.evidence.some((item) => item.form === 'label' && !isBoilerplate(item));
  if (!labelled) return unit;
  return { ...unit, evidence: unit.evidence.filter((item) => !isBoilerplate(item)) };
}

/** Returns a unit with its option summary as evidence and whether it expects a date. */
function fieldPart(unit: ScannedUnit): FieldPart {
  const { info } = unit;
  const isSelect = info.kind === 'select' || info.kind === 'select-multiple';
  let { evidence } = unit;
  if (isSelect && info.options) {
    evidence = [...evidence];
    const prompt = promptLabel(info.options, evidence);
    if (prompt) addEvidence(evidence, { source: 'placeholder', text: prompt, form: 'label' });
    const summary = optionSummary(info.options);
    addEvidence(evidence, { source: 'options', text: summary, form: 'options' });
  }
  return { ...unit, evidence, dateLike: isTextLike(info.kind) && asksForDate(info, evidence) };
}

/**
 * Returns the text of a select's first option when it names the list and the
 * select has no label: an option without a value, as Bubble's dropdowns
 * show "País de nacimiento" until a choice is made. A generic prompt such as
 * "-- Seleccione --" reads as no field.
 */
function promptLabel(
  options: readonly OptionInfo[],
  evidence: readonly EvidenceItem[],
): string | undefined {
  const [first] = options;
  if (!first || first.value.trim() !== '' || evidence.some((item) => item.form === 'label')) {
    return undefined;
  }
  return LETTER.test(first.text) ? first.text.trim() : undefined;
}

const LETTER = /\p{L}/u;

/**
 * Tells whether a date mask (placeholder, hint or title, as `title="RRRR-MM-DD"`
 * or "Introduza a data (dd/MM/aaaa)",
 * or a word of a label, as a terminal's "RPTD DDMMYY") or a 4- and 2-digit
 * pattern expects a date.
 */
function asksForDate(info: ControlInfo, evidence: readonly EvidenceItem[]): boolean {
  const titles = evidence.filter((item) => item.source === 'title').map((item) => item.text);
  const texts = [info.placeholder, info.hint, ...titles].filter((text): text is string =>
    Boolean(text),
  );
  if (texts.some(isDateMask)) return true;
  // A mask in brackets right after the box is the box's own: "[ ] (DDMMYYYY) Time . .".
  const leading = info.hint ? LEADING_BRACKET.exec(info.hint)?.[1] : undefined;
  if (leading && isDateMask(leading)) return true;
  // A placeholder may put the mask after its words. A hint may not: on a terminal it is the
  // next prompt, "RPTD DATE (DDMMCCYY)", whose mask is the next box's.
  const placeholderMask = info.placeholder ? formatMaskIn(info.placeholder) : undefined;
  if (placeholderMask && isDateMask(placeholderMask)) return true;
  const labelWords = evidence.flatMap((item) =>
    item.form === 'label' ? item.text.split(/\s+/) : [],
  );
  if (labelWords.some((word) => /^\p{Lu}{6,8}$/u.test(word) && isDateMask(word))) return true;
  const pattern = info.pattern ?? '';
  return /\\d\{4\}/.test(pattern) && /\\d\{(1,)?2\}/.test(pattern);
}
