import type { ControlInfo, OptionInfo, WriteStep } from '../messaging/page-model';
import { matchOption } from './match-option';
import { selectableIndexes } from './placeholder';
import { blockedPlan, choicePlan, controlLang, readyPlan, type PlanContext } from './plan-result';
import type { FieldPlan, PlanChoice } from './plan-types';

function isMultiple(control: ControlInfo): boolean {
  return control.kind === 'select-multiple' || control.kind === 'checkbox-group';
}

function stepFor(control: ControlInfo, indexes: number[]): WriteStep {
  if (isMultiple(control)) return { action: 'select-multiple', key: control.key, indexes };
  if (control.kind === 'radio-group') {
    return { action: 'click-choice', key: control.key, index: indexes[0] };
  }
  const option = control.options?.[indexes[0]];
  const { value, text } = option ?? {};
  return { action: 'select', key: control.key, index: indexes[0], value, text };
}

function textsOf(options: OptionInfo[], indexes: number[]): string {
  return indexes.map((index) => options[index].text.trim()).join(', ');
}

function reasonOf(candidates: number[], options: OptionInfo[]): string {
  const notFound = candidates.length === selectableIndexes(options).length;
  return notFound ? 'fill_reason_option_not_found' : 'fill_reason_option_ambiguous';
}

/** Builds one choice per candidate option, each added to the options already matched. */
function candidateChoices(
  control: ControlInfo,
  matched: number[],
  candidates: number[],
): PlanChoice[] {
  const options = control.options ?? [];
  return candidates.map((candidate) => {
    const indexes = [...matched, candidate];
    return { label: options[candidate].text.trim(), steps: [stepFor(control, indexes)] };
  });
}

function planSingle(context: PlanContext, control: ControlInfo, codes: string[]): FieldPlan {
  const options = control.options ?? [];
  const lang = controlLang(context, control);
  const match = matchOption(context.field.fieldId, codes[0], options, lang, control.codes);
  if ('candidates' in match) {
    const choices = candidateChoices(control, [], match.candidates);
    return choicePlan(context, reasonOf(match.candidates, options), choices);
  }

  const steps = [stepFor(control, [match.index])];
  const plan = readyPlan(context, steps, textsOf(options, [match.index]));
  if (codes.length === 1) return plan;
  // A single select takes one entry of a list field, such as the first nationality.
  return { ...plan, status: 'shortened', reason: 'fill_reason_first_value_only' };
}

function planMultiple(context: PlanContext, control: ControlInfo, codes: string[]): FieldPlan {
  const options = control.options ?? [];
  const lang = controlLang(context, control);
  const matched: number[] = [];
  const unresolved: number[][] = [];
  for (const code of codes) {
    const match = matchOption(context.field.fieldId, code, options, lang, control.codes);
    if ('index' in match) matched.push(match.index);
    else unresolved.push(match.candidates);
  }

  const indexes = [...new Set(matched)];
  if (unresolved.length === 0) {
    return readyPlan(context, [stepFor(control, indexes)], textsOf(options, indexes));
  }
  const reason = reasonOf(unresolved[0], options);
  // NOTE: choices cover one unresolved value. With several, the officer picks on the page.
  const choices = unresolved.length === 1 ? candidateChoices(control, indexes, unresolved[0]) : [];
  return choicePlan(context, reason, choices);
}

/**
 * Plans picking the options of a select, radio group or checkbox group that
 * stand for draft values (codes, "true"/"false", digits or texts). Options
 * that match no value or several are left to the officer: the plan is
 * `needs-choice` with the candidate options, never the placeholder or a guess.
 * A select with no option to pick yet is `waiting` for the page to list them.
 */
export function planOptionWrite(
  context: PlanContext,
  control: ControlInfo,
  codes: string[],
): FieldPlan {
  if (selectableIndexes(control.options ?? []).length === 0) {
    // A select filled by the page once another field is chosen, such as cities by country.
    if (control.kind === 'select' || control.kind === 'select-multiple') {
      return blockedPlan(context, 'waiting', 'fill_reason_waits_for_options', codes.join(', '));
    }
    return blockedPlan(context, 'rejected', 'fill_reason_option_not_found');
  }
  if (isMultiple(control)) return planMultiple(context, control, codes);
  return planSingle(context, control, codes);
}
