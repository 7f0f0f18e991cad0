import type { Frame } from 'puppeteer-core';

const TIMEOUT_MS = 15_000;

/**
 * Polls by interval: the default, requestAnimationFrame, never fires in a
 * panel frame that is hidden, as it is while the panel is collapsed.
 */
const WAIT = { timeout: TIMEOUT_MS, polling: 100 };

/** A preview row as the panel shows it. */
export interface PreviewRowData {
  fieldId: string;
  plan: string;
  checked: boolean;
  disabled: boolean;
  current: string;
  write: string;
  text: string;
}

/** A fill or undo result as the panel shows it. */
export interface ResultData {
  fieldId: string;
  status: string;
  value: string;
  text: string;
}

/** Clicks an element of the panel in its own document, as `fillFromPanel` does. */
export async function clickPanel(panel: Frame, selector: string): Promise<void> {
  await panel.waitForSelector(selector, { timeout: TIMEOUT_MS });
  await panel.waitForFunction(
    (target) => !(document.querySelector(target) as HTMLButtonElement | null)?.disabled,
    WAIT,
    selector,
  );
  await panel.$eval(selector, (element) => (element as HTMLElement).click());
}

/** Picks a draft in the panel and opens its preview. */
export async function previewDraft(panel: Frame, draftId: string): Promise<void> {
  await panel.waitForFunction(
    (id) => {
      const select = document.querySelector('[data-testid="draft-select"]');
      return [...((select as HTMLSelectElement | null)?.options ?? [])].some(
        (option) => option.value === id,
      );
    },
    WAIT,
    draftId,
  );
  await panel.select('[data-testid="draft-select"]', draftId);
  await clickPanel(panel, '[data-testid="fill-preview"]');
  await panel.waitForSelector('[data-testid="fill-confirm"]', { timeout: TIMEOUT_MS });
}

export async function readPreview(panel: Frame): Promise<Record<string, PreviewRowData>> {
  const rows = await panel.$$eval('[data-testid="preview-row"]', (elements) =>
    elements.map((element) => {
      const box = element.querySelector('input[type="checkbox"]') as HTMLInputElement;
      const text = (selector: string) => element.querySelector(selector)?.textContent ?? '';
      return {
        fieldId: (element as HTMLElement).dataset.fieldId ?? '',
        plan: (element as HTMLElement).dataset.plan ?? '',
        checked: box.checked,
        disabled: box.disabled,
        current: text('[data-testid="preview-current"]'),
        write: text('[data-testid="preview-write"]'),
        text: element.textContent ?? '',
      };
    }),
  );
  return Object.fromEntries(rows.map((row) => [row.fieldId, row]));
}

/** Ticks or unticks one preview row through its checkbox. */
export async function setRowTicked(panel: Frame, fieldId: string, ticked: boolean): Promise<void> {
  await panel.$eval(
    `[data-testid="preview-row"][data-field-id="${fieldId}"] input[type="checkbox"]`,
    (box, wanted) => {
      if ((box as HTMLInputElement).checked !== wanted) (box as HTMLInputElement).click();
    },
    ticked,
  );
}

async function readItems(panel: Frame, testId: string): Promise<Record<string, ResultData>> {
  const items = await panel.$$eval(`[data-testid="${testId}"]`, (elements) =>
    elements.map((element) => ({
      fieldId: (element as HTMLElement).dataset.fieldId ?? '',
      status: (element as HTMLElement).dataset.status ?? '',
      value: (element as HTMLElement).dataset.value ?? '',
      text: element.textContent ?? '',
    })),
  );
  return Object.fromEntries(items.map((item) => [item.fieldId, item]));
}

export function readResults(panel: Frame): Promise<Record<string, ResultData>> {
  return readItems(panel, 'fill-result');
}

/** Confirms the preview and returns the results once the fill is over. */
export async function confirmFill(panel: Frame): Promise<Record<string, ResultData>> {
  await clickPanel(panel, '[data-testid="fill-confirm"]');
  await panel.waitForSelector('[data-testid="fill-done"]', { timeout: TIMEOUT_MS });
  return readResults(panel);
}

/** Waits until the fill result of a field shows a status. */
export async function waitForResult(panel: Frame, fieldId: string, status: string): Promise<void> {
  await panel.waitForSelector(
    `[data-testid="fill-result"][data-field-id="${fieldId}"][data-status="${status}"]`,
    { timeout: TIMEOUT_MS },
  );
}

/** Undoes the last fill and returns the outcome of each field. */
export async function undoLastFill(panel: Frame): Promise<Record<string, ResultData>> {
  await clickPanel(panel, '[data-testid="fill-undo"]');
  await panel.waitForSelector('[data-testid="undo-done"]', { timeout: TIMEOUT_MS });
  return readItems(panel, 'undo-result');
}

export function readCapture(panel: Frame): Promise<Record<string, ResultData>> {
  return readItems(panel, 'capture-result');
}
