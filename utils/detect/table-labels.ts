/**
 * Labels from table layout and definition lists: the cell to the left, the
 * cell or header above in the same column, and the `dt` of a `dd`.
 */
import { MAX_LABEL_LENGTH, closestTag, visibleText } from './dom';
import { ROW_NUMBER_ALONE } from './nearby-text';

/** How far up from a control its cell or `dd` may be: inputs often sit in a span or div. */
const MAX_DEPTH_IN_CELL = 4;

export interface TableLabels {
  left?: string;
  above?: string;
}

/**
 * Header row of each table, or null for a table without one. A scan keeps
 * one map, so that the controls of a table look its header row up once.
 */
export type HeaderRows = Map<Element, Element | null>;

/** Returns the table labels of a control that sits in a table cell. */
export function tableLabels(
  control: Element,
  controlAncestors: ReadonlySet<Element>,
  headerRows: HeaderRows = new Map(),
): TableLabels {
  const cell = enclosingCell(control);
  if (!cell || isNavigationCell(cell)) return {};

  const left =
    leftCellText(cell, controlAncestors) ??
    ((control as HTMLInputElement).type === 'checkbox'
      ? continuedLeftText(cell, controlAncestors)
      : undefined);
  const above = aboveCellText(cell, controlAncestors, left !== undefined, headerRows);
  if (left === undefined && above === undefined) {
    const widgetTable = singleControlTable(cell);
    if (widgetTable) return tableLabels(widgetTable, controlAncestors, headerRows);
  }
  if ((above !== undefined || left === undefined) && isFirstColumn(cell)) {
    return { left: gridLabel(cell, controlAncestors), above };
  }
  return { left, above };
}

/**
 * Returns the label to the left of a grid that sits in a form's cell or
 * block, for a box in the grid's first column. GeneXus puts a list's grid in
 * the cell after "Otras identidades y grafías utilizadas", Bootstrap forms in
 * the block after the row's label, and the grid's own header only names its
 * column. A cell with a link is no label.
 */
function gridLabel(cell: Element, controlAncestors: ReadonlySet<Element>): string | undefined {
  const table = cell.closest('table');
  const inCell = table ? enclosingCell(table) : null;
  const outer = inCell ?? table?.parentElement;
  const previous = (!inCell && table?.previousElementSibling) || outer?.previousElementSibling;
  if (!previous || controlAncestors.has(previous) || countLinks(previous, 1) > 0) return undefined;
  // Outside a table, only the row's label element or `control-label` names the grid.
  if (!inCell && !/label/i.test(`${previous.tagName} ${previous.getAttribute('class')}`)) {
    return undefined;
  }
  return visibleText(previous, MAX_LABEL_LENGTH) || undefined;
}

/** Tells whether a cell is the first of its row, or follows only the row's number. */
function isFirstColumn(cell: Element): boolean {
  const previous = cell.previousElementSibling;
  return (
    !previous || (!previous.previousElementSibling && ROW_NUMBER_ALONE.test(visibleText(previous)))
  );
}

/**
 * Returns the table of a cell when it lays out one control alone, as
 * Telerik's RadComboBox puts its input and button in a table of its own.
 * The cell around that table then contains the control's labels.
 */
function singleControlTable(cell: Element): Element | null {
  const table = cell.closest('table');
  if (!table || !enclosingCell(table)) return null;
  const controls = table.querySelectorAll('input:not([type=hidden]), select, textarea');
  return controls.length === 1 ? table : null;
}

/** A cell with this many links is a menu or a header of a layout table, not a form cell. */
const MIN_NAVIGATION_LINKS = 3;

/**
 * Tells whether a cell is navigation. Old portals lay the whole page out in a
 * table, and a search box in the menu cell would otherwise take the
 * breadcrumb row above it for a label.
 */
function isNavigationCell(cell: Element): boolean {
  return countLinks(cell, MIN_NAVIGATION_LINKS) >= MIN_NAVIGATION_LINKS;
}

/**
 * Counts the HTML and SVG `a` elements below `element`, the links that
 * `getElementsByTagName('a')` lists, and stops at `limit`. The walk costs
 * less than the live collection that `getElementsByTagName` creates per cell.
 */
function countLinks(element: Element, limit: number): number {
  let count = 0;
  let node = element.firstElementChild;
  while (node && count < limit) {
    if (node.tagName === 'A' || node.tagName === 'a') count++;
    if (node.firstElementChild) {
      node = node.firstElementChild;
      continue;
    }
    while (node && node !== element && !node.nextElementSibling) node = node.parentElement;
    node = node && node !== element ? node.nextElementSibling : null;
  }
  return count;
}

function enclosingCell(control: Element): HTMLTableCellElement | null {
  let current = control.parentElement;
  for (let level = 0; current && level < MAX_DEPTH_IN_CELL; level++) {
    const tag = current.tagName;
    if (tag === 'TD' || tag === 'TH') return current as HTMLTableCellElement;
    if (tag === 'TABLE') return null;
    current = current.parentElement;
  }
  return null;
}

function leftCellText(cell: Element, controlAncestors: ReadonlySet<Element>): string | undefined {
  let previous = cell.previousElementSibling;
  for (; previous; previous = previous.previousElementSibling) {
    if (controlAncestors.has(previous)) return undefined;
    const text = visibleText(previous, MAX_LABEL_LENGTH);
    if (text && !ROW_NUMBER_ALONE.test(text)) return text;
  }
  return undefined;
}

/** Rows up from a row with an empty label cell to the row whose label it continues. */
const MAX_CONTINUED_ROWS = 5;

/**
 * Returns the label cell's text of the row above whose label a checkbox's
 * row continues when its own label cell is empty, as Oracle's "Warning
 * Markers" in the first of several rows of one checkbox each.
 */
function continuedLeftText(
  cell: Element,
  controlAncestors: ReadonlySet<Element>,
): string | undefined {
  let row: Element | null = cell.previousElementSibling ? cell.parentElement : null;
  for (let level = 0; row && level < MAX_CONTINUED_ROWS; level++) {
    row = row.tagName === 'TR' ? previousRow(row) : null;
    const first = row?.firstElementChild;
    if (!row || !first || !controlAncestors.has(row) || controlAncestors.has(first)) {
      return undefined;
    }
    const text = visibleText(first, MAX_LABEL_LENGTH);
    if (text) return text;
  }
  return undefined;
}

/**
 * Returns the text of the cell above in the same column, or of the table's
 * header row, when that row contains no controls. A cell that spans more columns
 * than the control's cell is a section heading, so it counts only when the
 * control has no label to its left.
 */
function aboveCellText(
  cell: HTMLTableCellElement,
  controlAncestors: ReadonlySet<Element>,
  hasLeftLabel: boolean,
  headerRows: HeaderRows,
): string | undefined {
  const row = cell.parentElement as HTMLTableRowElement | null;
  if (!row || row.tagName !== 'TR') return undefined;
  const column = columnStart(cell);

  const candidates = [previousRow(row), tableHeaderRow(row, headerRows)];
  for (const candidate of candidates) {
    // A row with controls is a label-and-control row, not a header row.
    if (!candidate || candidate === row || controlAncestors.has(candidate)) continue;
    const above = cellAtColumn(candidate, column);
    if (!above || controlAncestors.has(above)) continue;
    if (above.colSpan > cell.colSpan && hasLeftLabel) continue;

    const text = visibleText(above, MAX_LABEL_LENGTH);
    if (text) return text;
  }
  return undefined;
}

/** NOTE: rowspan is not followed; a label cell spanning rows only labels its first row. */
function columnStart(cell: HTMLTableCellElement): number {
  let column = 0;
  let previous = cell.previousElementSibling;
  for (; previous; previous = previous.previousElementSibling) {
    column += (previous as HTMLTableCellElement).colSpan || 1;
  }
  return column;
}

function cellAtColumn(row: Element, column: number): HTMLTableCellElement | null {
  let start = 0;
  for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) {
    const span = (cell as HTMLTableCellElement).colSpan || 1;
    if (column >= start && column < start + span) return cell as HTMLTableCellElement;
    start += span;
  }
  return null;
}

/** Returns the row above, crossing from a tbody into the thead or previous tbody. */
function previousRow(row: Element): Element | null {
  if (row.previousElementSibling) return row.previousElementSibling;
  const section = row.parentElement;
  if (!section || section.tagName === 'TABLE') return null;
  const previousSection = section.previousElementSibling;
  return previousSection?.lastElementChild ?? null;
}

/** Returns the header row of the row's table, looked up once per table. */
function tableHeaderRow(row: Element, headerRows: HeaderRows): Element | null {
  const table = closestTag(row, 'TABLE', 3);
  if (!table) return null;

  let header = headerRows.get(table);
  if (header === undefined) {
    header = headerRow(table);
    headerRows.set(table, header);
  }
  return header;
}

/** Returns the last row of the thead, or the first row when all its cells are th. */
function headerRow(table: Element): Element | null {
  for (let child = table.firstElementChild; child; child = child.nextElementSibling) {
    if (child.tagName === 'THEAD') return child.lastElementChild;
    if (child.tagName === 'TBODY' || child.tagName === 'TR') {
      const first = child.tagName === 'TR' ? child : child.firstElementChild;
      return first && allHeaderCells(first) ? first : null;
    }
  }
  return null;
}

function allHeaderCells(row: Element): boolean {
  if (!row.firstElementChild) return false;
  for (let cell: Element | null = row.firstElementChild; cell; cell = cell.nextElementSibling) {
    if (cell.tagName !== 'TH') return false;
  }
  return true;
}

/** Returns the text of the `dt` before the `dd` that contains the control. */
export function definitionTerm(control: Element): string | undefined {
  const definition = closestTag(control, 'DD', MAX_DEPTH_IN_CELL);
  if (!definition) return undefined;

  let previous = definition.previousElementSibling;
  for (; previous; previous = previous.previousElementSibling) {
    if (previous.tagName === 'DT') return visibleText(previous, MAX_LABEL_LENGTH) || undefined;
  }
  return undefined;
}
