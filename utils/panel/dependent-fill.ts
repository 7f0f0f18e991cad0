import type { FillStatus } from '@/utils/catalogue';
import { planFieldWrite, type FieldPlan } from '@/utils/fill';
import { optionsSignature, type OptionsResponse } from '@/utils/messaging/fill-messages';
import type {
  ControlInfo,
  DetectedField,
  FieldWrite,
  OptionInfo,
  WriteOutcome,
} from '@/utils/messaging/page-model';
import type { FillResult, PreviewRow, TargetPlan } from './fill-plan';

/**
 * A dependent select gets this long to list its options after the fill of the rest.
 * NOTE: a select in between that is no catalogue field, such as a region between country
 * and town, must be chosen by the officer within this time, or the town needs a choice.
 */
export const OPTIONS_TIMEOUT_MS = 5000;

/** The requests a dependent fill makes of one frame. `FillConnection` implements them. */
export interface DependentFillFrame {
  awaitOptions(
    frameId: number,
    key: string,
    known: string,
    timeoutMs: number,
  ): Promise<OptionsResponse>;
  fill(frameId: number, writes: FieldWrite[], fillId: string): Promise<WriteOutcome[]>;
}

/** A ticked row's control that waits for the page to list its options. */
export interface WaitingTarget {
  rowIndex: number;
  target: TargetPlan;
}

/** Lists the waiting controls of the ticked rows, in row order. */
export function waitingTargets(rows: PreviewRow[]): WaitingTarget[] {
  return rows.flatMap((row, rowIndex) =>
    row.checked
      ? row.targets
          .filter((target) => target.plan.status === 'waiting')
          .map((target) => ({ rowIndex, target }))
      : [],
  );
}

/** Returns the detection with a control's options and state replaced by those the page lists now. */
export function withOptions(
  field: DetectedField,
  key: string,
  options: OptionInfo[],
  state: ControlInfo['state'],
): DetectedField {
  const controls = field.controls.map((control) =>
    control.key === key ? { ...control, options, state } : control,
  );
  return { ...field, controls };
}

const FILL_STATUS_OF_PLAN: Record<FieldPlan['status'], FillStatus> = {
  ready: 'filled',
  shortened: 'shortened',
  'needs-choice': 'needs-choice',
  locked: 'locked',
  skipped: 'skipped',
  rejected: 'rejected',
  waiting: 'waiting',
  guided: 'needs-choice',
};

function resultOf(fieldId: string, outcome: WriteOutcome | undefined, plan: FieldPlan): FillResult {
  const value = plan.display;
  if (!outcome) return { fieldId, status: 'lost', value };
  if (outcome.status !== 'filled') return { ...outcome, value };
  return { fieldId, status: plan.status === 'shortened' ? 'shortened' : 'filled', value };
}

/**
 * Fills a select that the page lists options for only once another field is
 * chosen, such as cities once the country is: waits until its options
 * change, plans the draft value against them and writes it. Options that
 * still hold nothing to pick are waited for again, within one timeout of
 * `OPTIONS_TIMEOUT_MS`. A value that matches no option, or several, is left
 * to the officer (`needs-choice`), as in the preview.
 */
export async function fillWhenListed(
  frame: DependentFillFrame,
  row: PreviewRow,
  target: TargetPlan,
  options: { fillId: string; lang?: string; now?: () => number },
): Promise<FillResult> {
  const now = options.now ?? Date.now;
  const deadline = now() + OPTIONS_TIMEOUT_MS;
  const { frameId } = target.target;
  let field = target.target.field;
  const control = field.controls[0];
  let known = optionsSignature(control.options ?? [], control.state);
  const timedOut: FillResult = {
    fieldId: row.fieldId,
    status: 'needs-choice',
    value: target.plan.display,
    reason: 'fill_reason_options_timeout',
  };

  for (let remaining = deadline - now(); remaining > 0; remaining = deadline - now()) {
    const response = await frame.awaitOptions(frameId, control.key, known, remaining);
    if (response.status === 'lost') return { fieldId: row.fieldId, status: 'lost', value: '' };
    if (response.status === 'timeout') return timedOut;

    field = withOptions(field, control.key, response.options, response.state);
    known = optionsSignature(response.options, response.state);
    const plan = planFieldWrite(field, row.value, { lang: options.lang });
    const stillClosed = plan.status === 'locked' && response.state === 'disabled';
    if (plan.status === 'waiting' || stillClosed) continue;
    if (plan.status !== 'ready' && plan.status !== 'shortened') {
      const status = FILL_STATUS_OF_PLAN[plan.status];
      return { fieldId: row.fieldId, status, value: '', reason: plan.reason };
    }

    const write = { fieldId: row.fieldId, steps: plan.steps };
    const [outcome] = await frame.fill(frameId, [write], options.fillId);
    return resultOf(row.fieldId, outcome, plan);
  }
  return timedOut;
}
