import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FrameScanner } from '../../utils/content/frame-scanner';
import { FillRunner } from '../../utils/content/fill-runner';
import type { FieldWrite, WriteStep } from '../../utils/messaging/page-model';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

function byId<T extends Element = HTMLInputElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`No element #${id} in the fixture`);
  return element as unknown as T;
}

/** A runner over a fixture whose scan gives each key the elements with that id or name. */
function runnerFor(html: string): FillRunner {
  document.body.innerHTML = html;
  const scanner = {
    elementsOf: (key: string) => {
      const byName = [...document.getElementsByName(key)];
      const single = document.getElementById(key);
      if (byName.length > 1) return byName;
      return single ? [single] : undefined;
    },
    markFilled: () => undefined,
  } as unknown as FrameScanner;
  const ctx = {
    setTimeout: (handler: () => void, milliseconds: number) =>
      window.setTimeout(handler, milliseconds),
    onInvalidated: () => () => undefined,
  } as unknown as ContentScriptContext;
  return new FillRunner(scanner, ctx);
}

async function settle<T>(promise: Promise<T>): Promise<T> {
  await vi.advanceTimersByTimeAsync(600);
  return promise;
}

function write(fieldId: string, step: WriteStep): FieldWrite {
  return { fieldId, steps: [step] };
}

describe('FillRunner undo of text', () => {
  test('restores the text typed before the fill', async () => {
    const runner = runnerFor('<input id="vor" value="Alt">');
    const model = { vor: 'Alt' };
    byId('vor').addEventListener('input', () => (model.vor = byId('vor').value));

    await settle(
      runner.fill([write('forenames', { action: 'set-text', key: 'vor', text: 'Ilse' })], 'f1'),
    );
    expect(byId('vor').value).toBe('Ilse');
    const outcomes = await settle(runner.undo('f1'));

    expect(outcomes).toEqual([{ fieldId: 'forenames', status: 'restored' }]);
    expect(byId('vor').value).toBe('Alt');
    expect(model.vor).toBe('Alt');
  });

  test('empties a control that was empty, with input and change', async () => {
    const runner = runnerFor('<input id="fam">');
    const seen: string[] = [];
    for (const type of ['input', 'change']) {
      byId('fam').addEventListener(type, () => seen.push(`${type}:${byId('fam').value}`));
    }
    await settle(
      runner.fill([write('surname', { action: 'set-text', key: 'fam', text: 'Rossi' })], 'f1'),
    );
    seen.length = 0;
    await settle(runner.undo('f1'));

    expect(byId('fam').value).toBe('');
    expect(seen).toEqual(['input:', 'change:']);
  });

  test('keeps a value changed after the fill', async () => {
    const runner = runnerFor('<input id="ort">');
    await settle(
      runner.fill(
        [write('place_of_birth', { action: 'set-text', key: 'ort', text: 'Cham' })],
        'f1',
      ),
    );
    byId('ort').value = 'Furth';
    const outcomes = await settle(runner.undo('f1'));
    expect(outcomes).toEqual([{ fieldId: 'place_of_birth', status: 'kept' }]);
    expect(byId('ort').value).toBe('Furth');
  });

  test('reports a control the page removed as lost', async () => {
    const runner = runnerFor('<input id="fam">');
    await settle(
      runner.fill([write('surname', { action: 'set-text', key: 'fam', text: 'Rossi' })], 'f1'),
    );
    byId('fam').remove();
    const outcomes = await settle(runner.undo('f1'));
    expect(outcomes).toEqual([{ fieldId: 'surname', status: 'lost' }]);
  });

  test('reports an earlier value the page refuses as rejected', async () => {
    const runner = runnerFor('<input id="fam">');
    byId('fam').addEventListener('change', () => {
      if (byId('fam').value === '') byId('fam').value = 'PFLICHTFELD';
    });
    await settle(
      runner.fill([write('surname', { action: 'set-text', key: 'fam', text: 'Rossi' })], 'f1'),
    );
    const outcomes = await settle(runner.undo('f1'));
    expect(outcomes).toEqual([{ fieldId: 'surname', status: 'rejected' }]);
  });

  test('undoes nothing for another fill id', async () => {
    const runner = runnerFor('<input id="fam">');
    await settle(
      runner.fill([write('surname', { action: 'set-text', key: 'fam', text: 'Rossi' })], 'f1'),
    );
    expect(await settle(runner.undo('f2'))).toEqual([]);
    expect(byId('fam').value).toBe('Rossi');
  });

  test('undoes the writes of one fill id made in stages together', async () => {
    const runner = runnerFor('<input id="fam"><input id="vor">');
    await settle(
      runner.fill([write('surname', { action: 'set-text', key: 'fam', text: 'Rossi' })], 'f1'),
    );
    await settle(
      runner.fill([write('forenames', { action: 'set-text', key: 'vor', text: 'Ada' })], 'f1'),
    );
    const outcomes = await settle(runner.undo('f1'));
    expect(outcomes).toHaveLength(2);
    expect(byId('fam').value).toBe('');
    expect(byId('vor').value).toBe('');
  });

  test('forgets an earlier fill once a new one starts', async () => {
    const runner = runnerFor('<input id="fam"><input id="vor">');
    await settle(
      runner.fill([write('surname', { action: 'set-text', key: 'fam', text: 'Rossi' })], 'f1'),
    );
    await settle(
      runner.fill([write('forenames', { action: 'set-text', key: 'vor', text: 'Ada' })], 'f2'),
    );
    await settle(runner.undo('f2'));
    expect(byId('fam').value).toBe('Rossi');
    expect(byId('vor').value).toBe('');
  });
});

describe('FillRunner undo of choices', () => {
  test('restores the option selected before, with a change event', async () => {
    const runner = runnerFor(`<select id="sex">
      <option value="">--</option><option value="1" selected>männlich</option>
      <option value="2">weiblich</option></select>`);
    let changes = 0;
    byId('sex').addEventListener('change', () => (changes += 1));
    await settle(runner.fill([write('sex', { action: 'select', key: 'sex', index: 2 })], 'f1'));
    const outcomes = await settle(runner.undo('f1'));
    expect(outcomes).toEqual([{ fieldId: 'sex', status: 'restored' }]);
    expect(byId<HTMLSelectElement>('sex').value).toBe('1');
    expect(changes).toBe(2);
  });

  test('unchecks a radio group that had no answer', async () => {
    const runner = runnerFor(`
      <input type="radio" name="msna" id="si" value="S">
      <input type="radio" name="msna" id="no" value="N">`);
    const changes: string[] = [];
    for (const id of ['si', 'no']) byId(id).addEventListener('change', () => changes.push(id));
    await settle(
      runner.fill(
        [write('unaccompanied', { action: 'click-choice', key: 'msna', index: 0 })],
        'f1',
      ),
    );
    expect(byId('si').checked).toBe(true);
    const outcomes = await settle(runner.undo('f1'));
    expect(outcomes).toEqual([{ fieldId: 'unaccompanied', status: 'restored' }]);
    expect(byId('si').checked).toBe(false);
    expect(byId('no').checked).toBe(false);
    expect(changes).toEqual(['si', 'si']);
  });

  test('clicks back the radio button chosen before', async () => {
    const runner = runnerFor(`
      <input type="radio" name="msna" id="si" value="S">
      <input type="radio" name="msna" id="no" value="N" checked>`);
    await settle(
      runner.fill(
        [write('unaccompanied', { action: 'click-choice', key: 'msna', index: 0 })],
        'f1',
      ),
    );
    await settle(runner.undo('f1'));
    expect(byId('no').checked).toBe(true);
    expect(byId('si').checked).toBe(false);
  });

  test('restores the boxes of a checkbox group', async () => {
    const runner = runnerFor(`
      <input type="checkbox" name="risk" id="a" checked>
      <input type="checkbox" name="risk" id="b">`);
    await settle(
      runner.fill(
        [write('risk_indicators', { action: 'select-multiple', key: 'risk', indexes: [1] })],
        'f1',
      ),
    );
    expect([byId('a').checked, byId('b').checked]).toEqual([false, true]);
    await settle(runner.undo('f1'));
    expect([byId('a').checked, byId('b').checked]).toEqual([true, false]);
  });
});

describe('FillRunner undo of files', () => {
  const base64 = btoa('\xff\xd8\xff\xe0 a small jpeg');
  const attach: WriteStep = {
    action: 'attach-file',
    key: 'foto',
    name: 'kind.jpg',
    type: 'image/jpeg',
    base64,
  };

  test('restores an empty file list', async () => {
    const runner = runnerFor('<input id="foto" type="file">');
    let changes = 0;
    byId('foto').addEventListener('change', () => (changes += 1));
    await settle(runner.fill([write('facial_image', attach)], 'f1'));
    expect(byId('foto').files?.length).toBe(1);
    const outcomes = await settle(runner.undo('f1'));
    expect(outcomes).toEqual([{ fieldId: 'facial_image', status: 'restored' }]);
    expect(byId('foto').files?.length).toBe(0);
    expect(changes).toBe(2);
  });

  test('restores the file chosen before the fill', async () => {
    const runner = runnerFor('<input id="foto" type="file">');
    const transfer = new DataTransfer();
    transfer.items.add(new File(['earlier'], 'vorher.jpg', { type: 'image/jpeg' }));
    byId('foto').files = transfer.files;
    await settle(runner.fill([write('facial_image', attach)], 'f1'));
    expect(byId('foto').files?.[0].name).toBe('kind.jpg');
    await settle(runner.undo('f1'));
    expect(byId('foto').files?.[0].name).toBe('vorher.jpg');
  });
});
