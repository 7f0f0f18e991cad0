import type { FillStatus } from '@/utils/catalogue';
import { planFieldWrite, type FieldPlan } from '@/utils/fill';
import type { FieldWrite, WriteOutcome, WriteStep } from '@/utils/messaging/page-model';
import type { FieldView, FrameDetection } from './alert-state';

/** One control's part of a preview row. */
export interface TargetPlan {
  target: FrameDetection;
  plan: FieldPlan;
  /** Steps of the choice or spelling the officer picked, when the plan offers some. */
  chosen?: WriteStep[];
  /** Text of the picked choice or spelling, as it will be written. */
  chosenLabel?: string;
}

/** One row of the fill preview: one catalogue field, one or more controls. */
export interface PreviewRow {
  fieldId: string;
  /** The draft's value, which a waiting row plans again once the page lists options. */
  value: unknown;
  targets: TargetPlan[];
  /** Ticked rows are written. */
  checked: boolean;
  /** Reason the row cannot be written, if any. */
  blockedBy?: 'ambiguous' | 'locked' | 'rejected' | 'skipped';
}

export interface FillResult {
  fieldId: string;
  status: FillStatus;
  value: string;
  reason?: string;
}

function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  return Array.isArray(value) && value.length === 0;
}

function stepsOf(target: TargetPlan): WriteStep[] {
  if (target.chosen) return target.chosen;
  return target.plan.status === 'ready' || target.plan.status === 'shortened'
    ? target.plan.steps
    : [];
}

/** Tells whether a row would write anything if ticked, now or once the page lists options. */
export function isWritable(row: PreviewRow): boolean {
  if (row.blockedBy !== undefined) return false;
  return row.targets.some(
    (target) => stepsOf(target).length > 0 || target.plan.status === 'waiting',
  );
}

/** Tells whether a row writes a transliteration, which the officer has to accept first. */
export function needsAcceptance(row: PreviewRow): boolean {
  return row.targets.some((target) => target.plan.transliteration !== undefined);
}

function blockedBy(view: FieldView, targets: TargetPlan[]): PreviewRow['blockedBy'] {
  if (view.status === 'ambiguous') return 'ambiguous';
  const statuses = targets.map((target) => target.plan.status);
  if (statuses.every((status) => status === 'locked')) return 'locked';
  if (statuses.every((status) => status === 'rejected')) return 'rejected';
  if (statuses.every((status) => status === 'skipped')) return 'skipped';
  return undefined;
}

/**
 * Plans a fill of every field that the draft holds and the page shows. A row
 * starts ticked only when it can be written and the page's controls are empty
 * or, for choices, still at the page's initial option: what the officer or the
 * system entered is overwritten only when the officer ticks it. A proposed
 * transliteration starts unticked too, until the officer accepts it.
 */
export function buildPreview(
  views: FieldView[],
  draftFields: Record<string, unknown>,
  options: { lang?: string; isInitialChoice?: (detection: FrameDetection) => boolean } = {},
): PreviewRow[] {
  const { lang, isInitialChoice = () => false } = options;
  const rows: PreviewRow[] = [];
  for (const view of views) {
    const value = draftFields[view.fieldId];
    if (isEmptyValue(value) || view.status === 'absent') continue;
    const detections = view.status === 'ambiguous' && view.primary ? [view.primary] : view.targets;
    const targets = detections.map((target) => ({
      target,
      plan: planFieldWrite(target.field, value, { lang }),
    }));
    const row: PreviewRow = { fieldId: view.fieldId, value, targets, checked: false };
    row.blockedBy = blockedBy(view, targets);
    // A select still at the option the page loaded with contains no entry of the officer's.
    const pageEmpty = targets.every(
      (target) => target.plan.current === '' || isInitialChoice(target.target),
    );
    row.checked = isWritable(row) && pageEmpty && !needsAcceptance(row);
    rows.push(row);
  }
  return rows;
}

/** A write sent to one frame, with the preview row it came from. */
export interface FrameWrite {
  frameId: number;
  rowIndex: number;
  write: FieldWrite;
}

/** Groups the ticked rows' writes by frame. */
export function writesByFrame(rows: PreviewRow[]): Map<number, FrameWrite[]> {
  const byFrame = new Map<number, FrameWrite[]>();
  rows.forEach((row, rowIndex) => {
    if (!row.checked || !isWritable(row)) return;
    for (const target of row.targets) {
      const steps = stepsOf(target);
      if (steps.length === 0) continue;
      const frameId = target.target.frameId;
      const list = byFrame.get(frameId) ?? [];
      list.push({ frameId, rowIndex, write: { fieldId: row.fieldId, steps } });
      byFrame.set(frameId, list);
    }
  });
  return byFrame;
}

const OUTCOME_ORDER: FillStatus[] = ['lost', 'rejected', 'locked', 'shortened', 'filled'];

/** Returns the text a row writes: the picked choice or spelling, else the plan's display. */
export function rowDisplay(row: PreviewRow): string {
  const first = row.targets[0];
  return first?.chosenLabel ?? first?.plan.display ?? '';
}

/** Combines the outcomes of a row's controls and its plan into one fill result. */
export function rowResult(row: PreviewRow, outcomes: WriteOutcome[]): FillResult {
  const display = rowDisplay(row);
  const guided = row.targets.some((target) => target.plan.status === 'guided');
  if (!row.checked) {
    const unresolved = row.targets.some(
      (target) => target.plan.status === 'needs-choice' && !target.chosen,
    );
    if (row.blockedBy === 'locked') return { fieldId: row.fieldId, status: 'locked', value: '' };
    // The officer sets the field through the page's own date picker.
    if (guided) {
      const reason = 'fill_reason_set_via_picker';
      return { fieldId: row.fieldId, status: 'needs-choice', value: display, reason };
    }
    if (row.blockedBy === 'ambiguous' || unresolved) {
      return { fieldId: row.fieldId, status: 'needs-choice', value: '' };
    }
    return { fieldId: row.fieldId, status: 'skipped', value: '' };
  }
  if (outcomes.length === 0) {
    if (row.targets.some((target) => target.plan.status === 'waiting')) {
      const reason = 'fill_reason_waits_for_options';
      return { fieldId: row.fieldId, status: 'waiting', value: display, reason };
    }
    const needsChoice = row.targets.some((target) => target.plan.status === 'needs-choice');
    return { fieldId: row.fieldId, status: needsChoice ? 'needs-choice' : 'skipped', value: '' };
  }
  const shortened = row.targets.some((target) => target.plan.status === 'shortened');
  const statuses: FillStatus[] = outcomes.map((outcome) =>
    outcome.status === 'filled' && shortened ? 'shortened' : outcome.status,
  );
  const status = OUTCOME_ORDER.find((candidate) => statuses.includes(candidate)) ?? 'filled';
  const reason = outcomes.find((outcome) => outcome.reason)?.reason;
  return { fieldId: row.fieldId, status, value: display, reason };
}
