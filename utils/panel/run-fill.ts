import type { FillStatus } from '@/utils/catalogue';
import type { UndoOutcome, UndoStatus } from '@/utils/messaging/fill-messages';
import type { WriteOutcome } from '@/utils/messaging/page-model';
import { fillWhenListed, waitingTargets, type DependentFillFrame } from './dependent-fill';
import { rowResult, writesByFrame, type FillResult, type PreviewRow } from './fill-plan';

/** The frame requests of a fill and its undo. `FillConnection` implements them. */
export interface FillFrames extends DependentFillFrame {
  undo(frameId: number, fillId: string): Promise<UndoOutcome[]>;
}

/** Record of the frames a fill wrote to, so that it can be undone. */
export interface FillRecord {
  fillId: string;
  frameIds: number[];
  results: FillResult[];
}

const RESULT_ORDER: FillStatus[] = [
  'lost',
  'rejected',
  'locked',
  'needs-choice',
  'waiting',
  'shortened',
  'filled',
  'skipped',
];

/** Combines a row's result of the first stage with that of a control filled later. */
function combine(first: FillResult, later: FillResult): FillResult {
  if (first.status === 'waiting') return later;
  return RESULT_ORDER.indexOf(later.status) < RESULT_ORDER.indexOf(first.status) ? later : first;
}

/**
 * Fills the ticked rows in two stages. First every frame writes the rows it
 * can write now. Then each select that waits for the page to list its
 * options is filled as soon as they appear, so that a chain such as
 * country, region and city fills in order. `onProgress` receives the
 * results after each stage and after each waiting control; a waiting row
 * shows `waiting` meanwhile.
 */
export async function runStagedFill(
  frames: FillFrames,
  rows: PreviewRow[],
  options: { fillId: string; lang?: string; onProgress(results: FillResult[]): void },
): Promise<FillRecord> {
  const { fillId } = options;
  const outcomes = rows.map((): WriteOutcome[] => []);
  const frameIds = new Set<number>();
  const requests = [...writesByFrame(rows)].map(async ([frameId, frameWrites]) => {
    frameIds.add(frameId);
    const writes = frameWrites.map((entry) => entry.write);
    const results = await frames.fill(frameId, writes, fillId).catch(() =>
      // The frame navigated away or did not respond, so its controls are gone.
      writes.map((write): WriteOutcome => ({ fieldId: write.fieldId, status: 'lost' })),
    );
    results.forEach((outcome, index) => outcomes[frameWrites[index].rowIndex].push(outcome));
  });
  await Promise.all(requests);

  let results = rows.map((row, index) => rowResult(row, outcomes[index]));
  options.onProgress(results);

  const waiting = waitingTargets(rows).map(async ({ rowIndex, target }) => {
    frameIds.add(target.target.frameId);
    const later = await fillWhenListed(frames, rows[rowIndex], target, options).catch(
      (): FillResult => ({ fieldId: rows[rowIndex].fieldId, status: 'lost', value: '' }),
    );
    results = results.map((result, index) =>
      index === rowIndex ? combine(result, later) : result,
    );
    options.onProgress(results);
  });
  await Promise.all(waiting);
  return { fillId, frameIds: [...frameIds], results };
}

const UNDO_ORDER: UndoStatus[] = ['restored', 'kept', 'rejected', 'lost'];

/**
 * Undoes a fill in every frame it wrote to and returns one outcome per
 * field, the worst when a field spans frames. A filled field that no frame
 * reports, because its frame did not respond or reloaded, is `lost`.
 */
export async function undoFill(frames: FillFrames, record: FillRecord): Promise<UndoOutcome[]> {
  const byField = new Map<string, UndoStatus>();
  const answers = await Promise.all(
    record.frameIds.map((frameId) => frames.undo(frameId, record.fillId).catch(() => [])),
  );
  const reported = answers.flat();
  const reportedIds = new Set(reported.map((outcome) => outcome.fieldId));
  for (const result of record.results) {
    const written = result.status === 'filled' || result.status === 'shortened';
    if (written && !reportedIds.has(result.fieldId)) {
      reported.push({ fieldId: result.fieldId, status: 'lost' });
    }
  }

  for (const { fieldId, status } of reported) {
    const known = byField.get(fieldId);
    if (!known || UNDO_ORDER.indexOf(status) > UNDO_ORDER.indexOf(known)) {
      byField.set(fieldId, status);
    }
  }
  return [...byField].map(([fieldId, status]) => ({ fieldId, status }));
}
