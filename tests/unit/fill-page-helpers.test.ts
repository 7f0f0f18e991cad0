import { afterEach, describe, expect, test, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { awaitOptions } from '../../utils/content/option-waiter';
import { findPickerButton } from '../../utils/content/picker-button';
import { optionsSignature } from '../../utils/messaging/fill-messages';

afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`No element #${id} in the fixture`);
  return element;
}

describe('findPickerButton', () => {
  test('finds the button after the control, past a hidden input', () => {
    document.body.innerHTML = `<p><label for="tz">Tatzeit</label> <input id="tz" readonly>
      <input type="hidden" id="iso"> <button type="button" id="cal">📅</button></p>`;
    expect(findPickerButton(byId('tz'))?.id).toBe('cal');
  });

  test('finds an icon before the control', () => {
    document.body.innerHTML = '<span><img id="icon" alt="Kalender"><input id="tz" readonly></span>';
    expect(findPickerButton(byId('tz'))?.id).toBe('icon');
  });

  test('finds the button in the next table cell', () => {
    document.body.innerHTML = `<table><tr><td>Data</td><td><input id="d" readonly></td>
      <td><a href="#" id="pick">scegli</a></td></tr></table>`;
    expect(findPickerButton(byId('d'))?.id).toBe('pick');
  });

  test('skips the button of the next control', () => {
    document.body.innerHTML = `<div><input id="a" readonly> <input id="b">
      <button type="button" id="b-button">…</button></div><p><button id="far">x</button></p>`;
    expect(findPickerButton(byId('a'))).toBeUndefined();
  });

  test('takes the button before the control when the next control comes first', () => {
    document.body.innerHTML = `<div><button type="button" id="mine">📅</button>
      <input id="a" readonly> <input id="b"><button type="button" id="b-button">…</button></div>`;
    expect(findPickerButton(byId('a'))?.id).toBe('mine');
  });

  test('returns undefined when nothing near can open a picker', () => {
    document.body.innerHTML =
      '<div><div><p><input id="tz" readonly></p></div></div><button>x</button>';
    expect(findPickerButton(byId('tz'))).toBeUndefined();
  });
});

describe('awaitOptions', () => {
  const ctx = {
    setTimeout: (handler: () => void, milliseconds: number) =>
      window.setTimeout(handler, milliseconds),
    onInvalidated: () => () => undefined,
  } as unknown as ContentScriptContext;

  function mountSelect(): HTMLSelectElement {
    document.body.innerHTML =
      '<p><select id="comune"><option value="">-- seleziona --</option></select></p>';
    return byId('comune') as HTMLSelectElement;
  }

  const known = optionsSignature([{ value: '', text: '-- seleziona --' }], 'editable');

  function addOption(select: HTMLSelectElement, value: string, text: string): void {
    const option = document.createElement('option');
    option.value = value;
    option.text = text;
    select.append(option);
  }

  test('answers with the options once the page adds them', async () => {
    const select = mountSelect();
    const answer = awaitOptions(ctx, select, known, 5000);
    setTimeout(() => addOption(select, '016024', 'Bergamo'), 50);
    const response = await answer;
    expect(response.status).toBe('changed');
    const options = response.status === 'changed' ? response.options : [];
    expect(options.map((option) => option.text)).toEqual(['-- seleziona --', 'Bergamo']);
  });

  test('waits until options added in batches settle', async () => {
    const select = mountSelect();
    const answer = awaitOptions(ctx, select, known, 5000);
    setTimeout(() => addOption(select, '016024', 'Bergamo'), 20);
    setTimeout(() => addOption(select, '015146', 'Milano'), 60);
    const response = await answer;
    expect(response.status).toBe('changed');
    expect(response.status === 'changed' ? response.options : []).toHaveLength(3);
  });

  test('answers at once when the options changed before the request', async () => {
    const select = mountSelect();
    addOption(select, '016024', 'Bergamo');
    const response = await awaitOptions(ctx, select, known, 5000);
    expect(response.status).toBe('changed');
  });

  test('reports the disabled state of the select', async () => {
    const select = mountSelect();
    const answer = awaitOptions(ctx, select, known, 5000);
    setTimeout(() => select.setAttribute('disabled', ''), 20);
    const response = await answer;
    expect(response.status).toBe('changed');
    expect(response.status === 'changed' ? response.state : undefined).toBe('disabled');
  });

  test('times out when the page adds nothing', async () => {
    vi.useFakeTimers();
    const answer = awaitOptions(ctx, mountSelect(), known, 5000);
    await vi.advanceTimersByTimeAsync(5000);
    expect(await answer).toEqual({ status: 'timeout' });
  });

  test('reports a select the page removed as lost', async () => {
    const select = mountSelect();
    const answer = awaitOptions(ctx, select, known, 5000);
    setTimeout(() => select.remove(), 20);
    expect(await answer).toEqual({ status: 'lost' });
  });
});
