import { afterEach, describe, expect, test, vi } from 'vitest';
import { runInSlices, yieldToPage } from '../../utils/content/slices';
import { scanDocument, scanSteps } from '../../utils/detect';
import { loadMarkup } from './detect-helpers';

function* countTo(last: number): Generator<void, number> {
  for (let step = 0; step < last; step++) yield;
  return last;
}

function formOf(rows: number): string {
  let html = '<html lang="it"><body><form><table>';
  for (let row = 0; row < rows; row++) {
    const label = ['Cognome', 'Nome', 'Data di nascita', 'Telefono'][row % 4];
    html += `<tr><td>${label}:</td><td><input name="ctl00$Main$f${row}"></td></tr>`;
  }
  return `${html}</table></form></body></html>`;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('runInSlices', () => {
  test('returns the result of the steps', async () => {
    const run = await runInSlices(countTo(5));
    expect(run?.result).toBe(5);
  });

  test('yields between slices when a slice is used up', async () => {
    const run = await runInSlices(countTo(4), { sliceMs: 0 });
    // A slice of 0 ms runs one step, and the last slice returns the result.
    expect(run?.slices).toBe(5);
  });

  test('stops when the signal aborts', async () => {
    const controller = new AbortController();
    const steps = countTo(10);
    const pending = runInSlices(steps, { sliceMs: 0, signal: controller.signal });
    controller.abort();
    expect(await pending).toBeUndefined();
  });

  test('uses scheduler.yield where the browser has it', async () => {
    const schedulerYield = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: schedulerYield });
    await yieldToPage();
    expect(schedulerYield).toHaveBeenCalledOnce();
    vi.unstubAllGlobals();
  });
});

describe('sliced scan', () => {
  test('pauses at least once per control', () => {
    const steps = scanSteps(loadMarkup(formOf(30)));
    let pauses = 0;
    while (!steps.next().done) pauses++;
    expect(pauses).toBeGreaterThanOrEqual(30);
  });

  test('reports what one uninterrupted scan reports', async () => {
    const doc = loadMarkup(formOf(40));
    const whole = scanDocument(doc);
    const sliced = await runInSlices(scanSteps(doc), { sliceMs: 0 });
    expect(sliced?.result.fields.map((field) => field.fieldId)).toEqual(
      whole.fields.map((field) => field.fieldId),
    );
    expect(sliced?.result.unclassified.length).toBe(whole.unclassified.length);
    expect(sliced?.result.elements.size).toBe(40);
  });
});
