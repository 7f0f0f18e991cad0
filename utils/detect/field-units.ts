/**
 * The classifier's first step on a frame scan. It drops the page's language
 * switches, adds each select's option summary and reads the date part that
 * each unit's markup names. Then it completes labels that depend on the unit
 * before and joins split dates into field units. It reads only the texts and
 * facts the page sent.
 */
import type { ControlInfo } from '../messaging/page-model';
import { isTextLike } from './control-info';
import { type EvidenceItem, addEvidence, isDateMask } from './evidence';
import type { FieldPart, FrameScan, ScannedField, ScannedUnit } from './frame-scan';
import { switchesPageLanguage } from './language-switch';
import { neighbourLabelSteps } from './neighbour-labels';
import { type DatePartRole, optionSummary } from './options';
import { datePartRole } from './part-roles';
import { splitFieldSteps } from './split-fields';
import { type Steps, runSteps } from './steps';

/** Groups a frame scan's units into field units, in document order. */
export function fieldUnits(scan: FrameScan): ScannedField[] {
  return runSteps(fieldUnitSteps(scan));
}

/** Runs `fieldUnits` as steps, with a pause after each unit. */
export function* fieldUnitSteps(scan: FrameScan): Steps<ScannedField[]> {
  const parts: FieldPart[] = [];
  const roles: (DatePartRole | undefined)[] = [];
  for (const unit of scan.units) {
    yield;
    // NOTE: the page keeps a language switch among its units, so a portal profile whose
    // selector names one finds its key but no classified entry, and reports the field missing.
    if (switchesPageLanguage(unit)) continue;
    const part = fieldPart(unit);
    // The role comes from the unit's own labels, before a neighbour's label completes them.
    roles.push(datePartRole(part.info, part.evidence, part.info.options));
    parts.push(part);
  }
  const labelled = yield* neighbourLabelSteps(parts);
  return yield* splitFieldSteps(labelled, roles);
}

/** Returns a unit with its option summary as evidence and whether it expects a date. */
function fieldPart(unit: ScannedUnit): FieldPart {
  const { info } = unit;
  const isSelect = info.kind === 'select' || info.kind === 'select-multiple';
  let { evidence } = unit;
  if (isSelect && info.options) {
    evidence = [...evidence];
    const summary = optionSummary(info.options);
    addEvidence(evidence, { source: 'options', text: summary, form: 'options' });
  }
  return { ...unit, evidence, dateLike: isTextLike(info.kind) && asksForDate(info, evidence) };
}

/**
 * Tells whether a date mask (placeholder, hint or title, as `title="RRRR-MM-DD"`,
 * or a word of a label, as a terminal's "RPTD DDMMYY") or a 4- and 2-digit
 * pattern expects a date.
 */
function asksForDate(info: ControlInfo, evidence: readonly EvidenceItem[]): boolean {
  const titles = evidence.filter((item) => item.source === 'title').map((item) => item.text);
  const texts = [info.placeholder, info.hint, ...titles].filter((text): text is string =>
    Boolean(text),
  );
  if (texts.some(isDateMask)) return true;
  const labelWords = evidence.flatMap((item) =>
    item.form === 'label' ? item.text.split(/\s+/) : [],
  );
  if (labelWords.some((word) => /^\p{Lu}{6,8}$/u.test(word) && isDateMask(word))) return true;
  const pattern = info.pattern ?? '';
  return /\\d\{4\}/.test(pattern) && /\\d\{(1,)?2\}/.test(pattern);
}
