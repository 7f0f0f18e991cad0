/** A CSV cell before quoting. */
export type CsvCell = string | number | boolean | null | undefined;

/** Characters that make a spreadsheet read a text cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Quotes one cell as RFC 4180 specifies: a cell that contains a comma, a double
 * quote, CR or LF goes in double quotes, with each double quote doubled. A
 * text cell that a spreadsheet would run as a formula gets a leading `'`,
 * because override reasons are free text typed by officers (OWASP, CSV
 * injection). Numbers are written as they are.
 */
export function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  let text = String(cell);
  if (typeof cell === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Builds an RFC 4180 CSV text: a header row, then one row per record, each ending in CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
