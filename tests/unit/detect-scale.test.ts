/**
 * Scan cost on large forms: one pass, no document-wide query per control.
 * Absolute speed is measured in Chromium, not here.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { scanDocument } from '../../utils/detect';
import { loadMarkup } from './detect-helpers';

const LABELS = [
  'Cognome',
  'Nome',
  'Data di nascita',
  'Familienname',
  'Telefon',
  'Nazwisko',
  'Bemerkung',
];

function controlMarkup(row: number): string {
  if (row % 5 === 0) {
    return `<select name="ctl00$cph$ddl${row}"><option value="">--</option><option>A</option>
      </select>`;
  }
  if (row % 7 === 0) {
    return `<input type="radio" name="r${row}" value="a"> A <input type="radio" name="r${row}"> B`;
  }
  return `<input name="ctl00$cph$txtF${row}" id="ctl00_cph_txtF${row}">`;
}

function largeForm(rows: number): string {
  let html = '<form><input type="hidden" name="__VIEWSTATE" value="x"><table>';
  for (let row = 0; row < rows; row++) {
    const label = LABELS[row % LABELS.length];
    html += `<tr><td>${label}:</td><td>${controlMarkup(row)}</td></tr>`;
  }
  return `${html}</table></form>`;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('scan scale', () => {
  test('no document-wide query per control', () => {
    const doc = loadMarkup(largeForm(400));
    const documentQueries = vi.spyOn(Document.prototype, 'querySelectorAll');
    const documentQuery = vi.spyOn(Document.prototype, 'querySelector');
    scanDocument(doc);
    expect(documentQueries).not.toHaveBeenCalled();
    expect(documentQuery).not.toHaveBeenCalled();
  });

  test('element queries do not grow with controls', () => {
    const elementQueries = vi.spyOn(Element.prototype, 'querySelectorAll');
    scanDocument(loadMarkup(largeForm(200)));
    const small = elementQueries.mock.calls.length;
    elementQueries.mockClear();
    scanDocument(loadMarkup(largeForm(400)));
    expect(elementQueries.mock.calls.length).toBe(small);
  });

  test('every control is reported once', () => {
    const result = scanDocument(loadMarkup(largeForm(700)));
    const reported = result.fields.length + result.unclassified.length;
    expect(reported).toBe(700);
    expect(result.elements.size).toBe(700);
  });
});
