// @ts-check
/** @typedef {import('./panel-report.mjs').AuditReport} AuditReport */
/** @typedef {import('./panel-report.mjs').FieldReport} FieldReport */
/** @typedef {import('./panel.mjs').ChecklistInfo} ChecklistInfo */

const MAX_LABEL_WIDTH = 36;

/**
 * Formats an audit report as plain-text tables: the fields found, the
 * fields the page lacks, the rules, the score and the fill outcomes.
 *
 * @param {AuditReport} report
 * @param {ChecklistInfo | null} [checklist]
 * @returns {string}
 */
export function formatReport(report, checklist = null) {
  const sections = [
    report.profile ? `Page: ${report.url}\nProfile: ${report.profile}` : `Page: ${report.url}`,
    formatFields(report),
    formatRules(report, checklist),
  ];
  if (report.fill.length > 0) sections.push(formatFill(report));
  return `${sections.join('\n\n')}\n`;
}

/**
 * @param {AuditReport} report
 */
function formatFields(report) {
  const found = report.fields.filter((field) => field.status !== 'absent');
  const absent = report.fields.filter((field) => field.status === 'absent');
  const rows = found.map((field) => [
    field.id,
    field.status,
    truncate(field.label ?? '-', MAX_LABEL_WIDTH),
    frameName(field.frame, report.url),
    selectorText(field.selector),
    field.source ?? '-',
  ]);

  const lines = [`Fields on the page: ${found.length} of ${report.fields.length}`];
  if (rows.length > 0) {
    lines.push(formatTable(['FIELD', 'STATUS', 'LABEL', 'FRAME', 'SELECTOR', 'SOURCE'], rows));
  }
  if (absent.length > 0) {
    lines.push('', `Not on the page (${absent.length}):`);
    lines.push(wrapWords(absent.map((field) => field.id), 78, '  '));
  }
  return lines.join('\n');
}

/**
 * @param {AuditReport} report
 * @param {ChecklistInfo | null} checklist
 */
function formatRules(report, checklist) {
  const { score, items } = report.checklist;
  const failed = items.filter((item) => item.status === 'fail').length;
  const name = checklist ? ` (checklist ${checklistName(checklist)})` : '';
  const lines = [
    `Score: ${score ?? '-'}/100${name}`,
    `Rules: ${failed} of ${items.length} failed`,
  ];
  if (items.length > 0) {
    const rows = items.map((item) => [item.id, item.status, item.severity, item.message]);
    lines.push(formatTable(['RULE', 'STATUS', 'SEVERITY', 'MESSAGE'], rows));
  }
  return lines.join('\n');
}

/**
 * Names a checklist by its id, which is shorter than the sentence the panel
 * shows, and by that sentence when the id is missing.
 *
 * @param {ChecklistInfo} checklist
 */
function checklistName(checklist) {
  const version = checklist.version ? ` v${checklist.version}` : '';
  return `${checklist.id || checklist.name || '-'}${version}`;
}

/**
 * @param {AuditReport} report
 */
function formatFill(report) {
  const rows = report.fill.map((outcome) => [outcome.id, outcome.status, outcome.value ?? '-']);
  const table = formatTable(['FIELD', 'STATUS', 'VALUE'], rows);
  return `Fill: ${report.fill.length} fields\n${table}`;
}

/**
 * Names a frame `top` when it is the page itself, and by its URL otherwise.
 *
 * @param {string | null} frame
 * @param {string} pageUrl
 */
export function frameName(frame, pageUrl) {
  if (frame === null) return '-';
  return frame === pageUrl ? 'top' : frame;
}

/**
 * @param {FieldReport['selector']} selector
 */
export function selectorText(selector) {
  if (selector === null) return '-';
  return Array.isArray(selector) ? selector.join(' + ') : selector;
}

/**
 * Pads every column but the last to its widest cell.
 *
 * @param {string[]} headers
 * @param {string[][]} rows
 * @returns {string}
 */
export function formatTable(headers, rows) {
  const table = [headers, ...rows].map((row) => row.map(oneLine));
  const widths = headers.map((_, column) =>
    Math.max(...table.map((row) => row[column].length)),
  );
  return table
    .map((row) =>
      row
        .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column])))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/**
 * @param {string} text
 */
function oneLine(text) {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * @param {string} text
 * @param {number} width
 */
function truncate(text, width) {
  const line = oneLine(text);
  return line.length <= width ? line : `${line.slice(0, width - 1)}…`;
}

/**
 * @param {string[]} words
 * @param {number} width
 * @param {string} indent
 */
function wrapWords(words, width, indent) {
  const lines = [];
  let line = indent;
  for (const word of words) {
    const candidate = line === indent ? `${line}${word}` : `${line}, ${word}`;
    if (candidate.length > width && line !== indent) {
      lines.push(`${line},`);
      line = `${indent}${word}`;
    } else {
      line = candidate;
    }
  }
  lines.push(line);
  return lines.join('\n');
}
