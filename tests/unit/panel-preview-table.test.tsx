import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { PreviewTable } from '@/components/panel/PreviewTable';
import type { DetectedField, FrameReport } from '@/utils/messaging/page-model';
import { buildFieldViews, type FrameState } from '@/utils/panel/alert-state';
import { buildPreview, type PreviewRow } from '@/utils/panel/fill-plan';
import { control, detected, options } from './support/fill-fields';
import { useEnglishMessages } from './support/messages';

beforeEach(useEnglishMessages);

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function previewOf(fields: DetectedField[], draft: Record<string, unknown>): PreviewRow[] {
  const report: FrameReport = { revision: 1, fields, lostKeys: [], closedRootsUnread: 0 };
  const frames = new Map<number, FrameState>([[0, { url: 'http://127.0.0.1/', report }]]);
  return buildPreview(buildFieldViews(frames, new Map()), draft, { lang: 'de' });
}

/** Renders the table with its rows in state, and returns a reader of the latest rows. */
function renderTable(initial: PreviewRow[], onOpenPicker = vi.fn()) {
  let latest = initial;
  function Harness() {
    const [rows, setRows] = useState(initial);
    latest = rows;
    return (
      <PreviewTable
        rows={rows}
        busy={false}
        pickerMissing={new Set()}
        onChange={(update) => setRows((current) => update(current))}
        onConfirm={() => undefined}
        onOpenPicker={onOpenPicker}
      />
    );
  }
  render(<Harness />);
  return () => latest;
}

function rowElement(fieldId: string): HTMLElement {
  const row = document.querySelector<HTMLElement>(`[data-field-id="${fieldId}"]`);
  if (!row) throw new Error(`No preview row for ${fieldId}`);
  return row;
}

function checkbox(fieldId: string): HTMLInputElement {
  return rowElement(fieldId).querySelector('input[type="checkbox"]') as HTMLInputElement;
}

describe('PreviewTable transliteration', () => {
  const surname = detected('surname', [control({ key: 'fam', pattern: '[A-Z ]+' })]);

  test('shows the original beside the spelling', () => {
    renderTable(previewOf([surname], { surname: 'Jäger' }));
    const row = rowElement('surname');
    expect(row.querySelector('[data-testid="preview-write"]')?.textContent).toBe('JAGER');
    expect(row.textContent).toContain('Original: Jäger.');
  });

  test('ticks the row when the officer accepts', () => {
    const rows = renderTable(previewOf([surname], { surname: 'Jäger' }));
    expect(checkbox('surname').checked).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Accept this spelling' }));
    expect(checkbox('surname').checked).toBe(true);
    expect(rows()[0].checked).toBe(true);
  });

  test('writes the spelling the officer picks', () => {
    const rows = renderTable(previewOf([surname], { surname: 'Jäger' }));
    const spelling = rowElement('surname').querySelector('[data-testid="fill-spelling"]')!;
    fireEvent.change(spelling, { target: { value: '1' } });
    expect(rowElement('surname').querySelector('[data-testid="preview-write"]')?.textContent).toBe(
      'JAEGER',
    );
    expect(rows()[0].targets[0].chosen).toEqual([
      { action: 'set-text', key: 'fam', text: 'JAEGER' },
    ]);
  });
});

describe('PreviewTable shortened row', () => {
  const marks = detected('distinguishing_marks', [control({ key: 'bes', maxLength: 10 })]);

  test('shows the cut text and the full text', () => {
    renderTable(previewOf([marks], { distinguishing_marks: 'Narbe am linken Handgelenk' }));
    const row = rowElement('distinguishing_marks');
    expect(row.querySelector('[data-testid="fill-cut"]')?.textContent).toBe(
      'Cut off: inken Handgelenk',
    );
    expect(row.querySelector('[data-testid="fill-full-text"]')?.textContent).toBe(
      'Narbe am linken Handgelenk',
    );
  });

  test('copies the full text', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    renderTable(previewOf([marks], { distinguishing_marks: 'Narbe am linken Handgelenk' }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy the full text' }));
    expect(writeText).toHaveBeenCalledWith('Narbe am linken Handgelenk');
    expect(await screen.findByText('Copied.')).toBeTruthy();
    vi.unstubAllGlobals();
  });
});

describe('PreviewTable choices', () => {
  const languages = detected('languages', [
    control({
      key: 'lang',
      kind: 'select',
      options: options(['', '--'], ['a', 'Arabic'], ['b', 'Arabic']),
    }),
  ]);

  test('drops the choice when the officer goes back to the placeholder', () => {
    const rows = renderTable(previewOf([languages], { languages: ['ara'] }));
    const picker = rowElement('languages').querySelector('select')!;
    fireEvent.change(picker, { target: { value: '1' } });
    expect(rows()[0].checked).toBe(true);
    fireEvent.change(picker, { target: { value: '' } });
    expect(rows()[0].targets[0].chosen).toBeUndefined();
    expect(rows()[0].checked).toBe(false);
  });
});

describe('PreviewTable guided date', () => {
  test('asks for the page calendar of a read-only date', () => {
    const date = detected('last_seen_at', [
      control({ key: 'tz', placeholder: 'TT.MM.JJJJ', state: 'readonly' }),
    ]);
    const onOpenPicker = vi.fn();
    renderTable(previewOf([date], { last_seen_at: '2024-06-14T10:30' }), onOpenPicker);
    expect(rowElement('last_seen_at').textContent).toContain('Set via the page’s calendar');
    fireEvent.click(screen.getByRole('button', { name: 'Open the page’s calendar' }));
    expect(onOpenPicker).toHaveBeenCalledTimes(1);
    expect(onOpenPicker.mock.calls[0][0].fieldId).toBe('last_seen_at');
  });
});
