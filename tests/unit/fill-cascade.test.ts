import { beforeEach, describe, expect, test } from 'vitest';
import { planFieldWrite } from '../../utils/fill';
import {
  optionsSignature,
  type OptionsResponse,
  type UndoOutcome,
} from '../../utils/messaging/fill-messages';
import type { FieldWrite, OptionInfo, WriteOutcome } from '../../utils/messaging/page-model';
import {
  fillWhenListed,
  OPTIONS_TIMEOUT_MS,
  waitingTargets,
  withOptions,
} from '../../utils/panel/dependent-fill';
import type { PreviewRow } from '../../utils/panel/fill-plan';
import { runStagedFill, undoFill, type FillFrames } from '../../utils/panel/run-fill';
import { control, detected, options } from './support/fill-fields';
import { useEnglishMessages } from './support/messages';

beforeEach(useEnglishMessages);

const PLACEHOLDER = options(['', '-- seleziona --']);
const TOWNS = options(['', '-- seleziona --'], ['016024', 'Bergamo'], ['015146', 'Milano']);

/** Builds a preview row of one select in frame 0, planned against its options. */
function selectRow(fieldId: string, value: unknown, selectOptions: OptionInfo[], key = 'k1') {
  const field = detected(fieldId, [control({ key, kind: 'select', options: selectOptions })]);
  const target = { frameId: 0, frameUrl: 'http://127.0.0.1/', field };
  const row: PreviewRow = {
    fieldId,
    value,
    targets: [{ target, plan: planFieldWrite(field, value) }],
    checked: true,
  };
  return row;
}

/** A frame that lists option changes in turn and records every request. */
class FakeFrame implements FillFrames {
  readonly waits: { key: string; known: string; timeoutMs: number }[] = [];
  readonly fills: { frameId: number; writes: FieldWrite[]; fillId: string }[] = [];
  readonly undos: { frameId: number; fillId: string }[] = [];

  constructor(
    private readonly answers: OptionsResponse[],
    private readonly undoAnswer: UndoOutcome[] = [],
  ) {}

  async awaitOptions(_frameId: number, key: string, known: string, timeoutMs: number) {
    this.waits.push({ key, known, timeoutMs });
    return this.answers.shift() ?? { status: 'timeout' as const };
  }

  async fill(frameId: number, writes: FieldWrite[], fillId: string): Promise<WriteOutcome[]> {
    this.fills.push({ frameId, writes, fillId });
    return writes.map((write) => ({ fieldId: write.fieldId, status: 'filled' }));
  }

  async undo(frameId: number, fillId: string): Promise<UndoOutcome[]> {
    this.undos.push({ frameId, fillId });
    return this.undoAnswer;
  }
}

describe('waitingTargets', () => {
  test('lists the ticked rows that wait for options', () => {
    const rows = [
      selectRow('country_of_birth', 'ITA', options(['ITA', 'Italia'])),
      selectRow('place_of_birth', 'Bergamo', PLACEHOLDER),
    ];
    const waiting = waitingTargets(rows);
    expect(waiting.map((entry) => entry.rowIndex)).toEqual([1]);
  });

  test('leaves out an unticked waiting row', () => {
    const row = { ...selectRow('place_of_birth', 'Bergamo', PLACEHOLDER), checked: false };
    expect(waitingTargets([row])).toEqual([]);
  });
});

describe('withOptions', () => {
  test('replaces the options and state of one control', () => {
    const field = detected('place_of_birth', [
      control({ key: 'a', kind: 'select', options: PLACEHOLDER, state: 'disabled' }),
      control({ key: 'b' }),
    ]);
    const next = withOptions(field, 'a', TOWNS, 'editable');
    expect(next.controls[0].options).toEqual(TOWNS);
    expect(next.controls[0].state).toBe('editable');
    expect(next.controls[1]).toBe(field.controls[1]);
  });
});

describe('fillWhenListed', () => {
  test('chooses the option once the page lists it', async () => {
    const row = selectRow('place_of_birth', 'Bergamo', PLACEHOLDER);
    const frame = new FakeFrame([{ status: 'changed', options: TOWNS, state: 'editable' }]);
    const result = await fillWhenListed(frame, row, row.targets[0], { fillId: 'f1' });
    expect(result).toEqual({ fieldId: 'place_of_birth', status: 'filled', value: 'Bergamo' });
    expect(frame.fills).toHaveLength(1);
    expect(frame.fills[0].fillId).toBe('f1');
    expect(frame.fills[0].writes[0].steps).toEqual([
      { action: 'select', key: 'k1', index: 1, value: '016024', text: 'Bergamo' },
    ]);
  });

  test('sends the options the panel last saw', async () => {
    const row = selectRow('place_of_birth', 'Bergamo', PLACEHOLDER);
    const frame = new FakeFrame([{ status: 'changed', options: TOWNS, state: 'editable' }]);
    await fillWhenListed(frame, row, row.targets[0], { fillId: 'f1' });
    expect(frame.waits[0].known).toBe(optionsSignature(PLACEHOLDER, 'editable'));
    expect(frame.waits[0].timeoutMs).toBeLessThanOrEqual(OPTIONS_TIMEOUT_MS);
  });

  test('waits again while the new options hold nothing to pick', async () => {
    const row = selectRow('place_of_birth', 'Bergamo', PLACEHOLDER);
    const loading = options(['', 'caricamento…']);
    const frame = new FakeFrame([
      { status: 'changed', options: loading, state: 'editable' },
      { status: 'changed', options: TOWNS, state: 'editable' },
    ]);
    const result = await fillWhenListed(frame, row, row.targets[0], { fillId: 'f1' });
    expect(result.status).toBe('filled');
    expect(frame.waits).toHaveLength(2);
    expect(frame.waits[1].known).toBe(optionsSignature(loading, 'editable'));
  });

  test('waits again while the select is still disabled', async () => {
    const row = selectRow('place_of_birth', 'Bergamo', PLACEHOLDER);
    const frame = new FakeFrame([
      { status: 'changed', options: TOWNS, state: 'disabled' },
      { status: 'changed', options: TOWNS, state: 'editable' },
    ]);
    const result = await fillWhenListed(frame, row, row.targets[0], { fillId: 'f1' });
    expect(result.status).toBe('filled');
    expect(frame.waits).toHaveLength(2);
  });

  test('leaves a value that no option matches to the officer', async () => {
    const row = selectRow('place_of_birth', 'Zurigo', PLACEHOLDER);
    const frame = new FakeFrame([{ status: 'changed', options: TOWNS, state: 'editable' }]);
    const result = await fillWhenListed(frame, row, row.targets[0], { fillId: 'f1' });
    expect(result.status).toBe('needs-choice');
    expect(result.reason).toBe('fill_reason_option_not_found');
    expect(frame.fills).toEqual([]);
  });

  test('ends as needs-choice when the options never come', async () => {
    const row = selectRow('place_of_birth', 'Bergamo', PLACEHOLDER);
    const frame = new FakeFrame([{ status: 'timeout' }]);
    const result = await fillWhenListed(frame, row, row.targets[0], { fillId: 'f1' });
    expect(result.status).toBe('needs-choice');
    expect(result.reason).toBe('fill_reason_options_timeout');
  });

  test('stops at the deadline without asking again', async () => {
    const row = selectRow('place_of_birth', 'Bergamo', PLACEHOLDER);
    let now = 0;
    const frame = new FakeFrame([{ status: 'changed', options: PLACEHOLDER, state: 'disabled' }]);
    const clock = () => {
      now += OPTIONS_TIMEOUT_MS / 2 + 1;
      return now;
    };
    const result = await fillWhenListed(frame, row, row.targets[0], { fillId: 'f1', now: clock });
    expect(result.reason).toBe('fill_reason_options_timeout');
    expect(frame.waits).toHaveLength(1);
  });

  test('reports a select the page removed as lost', async () => {
    const row = selectRow('place_of_birth', 'Bergamo', PLACEHOLDER);
    const frame = new FakeFrame([{ status: 'lost' }]);
    const result = await fillWhenListed(frame, row, row.targets[0], { fillId: 'f1' });
    expect(result.status).toBe('lost');
  });
});

describe('runStagedFill', () => {
  test('fills the parent first, then the dependent select', async () => {
    const rows = [
      selectRow('country_of_birth', 'ITA', options(['', '--'], ['ITA', 'Italia']), 'country'),
      selectRow('place_of_birth', 'Bergamo', PLACEHOLDER, 'town'),
    ];
    const frame = new FakeFrame([{ status: 'changed', options: TOWNS, state: 'editable' }]);
    const progress: string[][] = [];
    const record = await runStagedFill(frame, rows, {
      fillId: 'f1',
      onProgress: (results) => progress.push(results.map((result) => result.status)),
    });

    expect(frame.fills.map((fill) => fill.writes.map((write) => write.fieldId))).toEqual([
      ['country_of_birth'],
      ['place_of_birth'],
    ]);
    expect(progress[0]).toEqual(['filled', 'waiting']);
    expect(progress.at(-1)).toEqual(['filled', 'filled']);
    expect(record.results.map((result) => result.status)).toEqual(['filled', 'filled']);
    expect(record.frameIds).toEqual([0]);
    expect(record.fillId).toBe('f1');
  });

  test('reports the rows of a silent frame as lost', async () => {
    const rows = [selectRow('country_of_birth', 'ITA', options(['', '--'], ['ITA', 'Italia']))];
    const frame = new FakeFrame([]);
    frame.fill = async () => {
      throw new Error('The frame did not respond');
    };
    const record = await runStagedFill(frame, rows, { fillId: 'f1', onProgress: () => undefined });
    expect(record.results[0].status).toBe('lost');
  });
});

describe('undoFill', () => {
  const record = {
    fillId: 'f1',
    frameIds: [0, 3],
    results: [
      { fieldId: 'surname', status: 'filled' as const, value: 'X' },
      { fieldId: 'forenames', status: 'filled' as const, value: 'Y' },
      { fieldId: 'sex', status: 'skipped' as const, value: '' },
    ],
  };

  test('asks every frame of the fill', async () => {
    const frame = new FakeFrame([], [{ fieldId: 'surname', status: 'restored' }]);
    await undoFill(frame, record);
    expect(frame.undos).toEqual([
      { frameId: 0, fillId: 'f1' },
      { frameId: 3, fillId: 'f1' },
    ]);
  });

  test('reports a filled field that no frame restored as lost', async () => {
    const frame = new FakeFrame([], [{ fieldId: 'surname', status: 'restored' }]);
    const outcomes = await undoFill(frame, record);
    expect(outcomes).toContainEqual({ fieldId: 'surname', status: 'restored' });
    expect(outcomes).toContainEqual({ fieldId: 'forenames', status: 'lost' });
    expect(outcomes.find((outcome) => outcome.fieldId === 'sex')).toBeUndefined();
  });

  test('keeps the worst status of a field across frames', async () => {
    const frame = new FakeFrame([]);
    const answers: UndoOutcome[][] = [
      [{ fieldId: 'surname', status: 'restored' }],
      [{ fieldId: 'surname', status: 'kept' }],
    ];
    frame.undo = async () => answers.shift() ?? [];
    const outcomes = await undoFill(frame, record);
    expect(outcomes).toContainEqual({ fieldId: 'surname', status: 'kept' });
  });
});
