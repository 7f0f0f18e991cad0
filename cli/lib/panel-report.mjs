// @ts-check
/**
 * Turns the data attributes of the panel's rows into the audit report. The
 * attribute strings are read in the panel frame, and this module only
 * parses them, so that it runs without a browser.
 */

/**
 * @typedef {object} FieldReport
 * @property {string} id Catalogue field id.
 * @property {string} status present, missing, invalid, absent, ambiguous, locked or lost.
 * @property {string | null} frame URL of the frame's document, or null when absent.
 * @property {string | string[] | null} selector One selector, an array for a
 *   field split over several controls, or null when absent.
 * @property {string | null} label Page label the field matched.
 * @property {number | null} confidence From 0 to 1.
 * @property {string | null} source Where the label was found, such as `label-for`.
 */

/**
 * @typedef {object} RuleReport
 * @property {string} id Rule id.
 * @property {string} severity blocking, warning or info.
 * @property {string} status pass or fail.
 * @property {string[]} fields Catalogue field ids the rule points at.
 * @property {string} message
 */

/**
 * @typedef {object} FillOutcome
 * @property {string} id Catalogue field id.
 * @property {string} status filled, skipped, needs-choice, locked, rejected,
 *   shortened, waiting or lost.
 * @property {string | null} value Value written, as text, or null when the row
 *   has none or an empty one.
 */

/**
 * @typedef {object} AuditReport
 * @property {string} url Page the panel checked.
 * @property {FieldReport[]} fields One entry per catalogue field.
 * @property {{ score: number | null, items: RuleReport[] }} checklist One item per rule.
 * @property {FillOutcome[]} fill Empty unless a fill ran.
 * @property {string | null} [profile] Name of the portal profile the panel
 *   applies, or null when none matches the page.
 */

/** @typedef {Record<string, string | undefined>} RawAttributes */

/**
 * @param {string | undefined} text
 * @returns {string | null}
 */
function emptyToNull(text) {
  return text === undefined || text === '' ? null : text;
}

/**
 * Parses `data-selector`, a JSON array of selectors that is empty when the
 * field is absent.
 *
 * @param {string | undefined} text
 * @param {string} fieldId For the error message.
 * @returns {string | string[] | null}
 */
export function parseSelector(text, fieldId) {
  if (text === undefined || text === '') return null;

  let selectors;
  try {
    selectors = JSON.parse(text);
  } catch {
    selectors = undefined;
  }
  const valid =
    Array.isArray(selectors) && selectors.every((selector) => typeof selector === 'string');
  if (!valid) {
    throw new Error(
      `Invalid data-selector on check item "${fieldId}": expected a JSON array of strings`,
    );
  }
  if (selectors.length === 0) return null;
  return selectors.length === 1 ? selectors[0] : selectors;
}

/**
 * @param {string | undefined} text
 * @returns {number | null}
 */
function parseNumber(text) {
  if (text === undefined || text.trim() === '') return null;
  const number = Number(text);
  return Number.isFinite(number) ? number : null;
}

/**
 * @param {RawAttributes} raw Attributes of one `check-item` row.
 * @returns {FieldReport}
 */
export function toFieldReport(raw) {
  const id = raw.fieldId ?? '';
  return {
    id,
    status: raw.status ?? '',
    frame: emptyToNull(raw.frame),
    selector: parseSelector(raw.selector, id),
    label: emptyToNull(raw.label),
    confidence: parseNumber(raw.confidence),
    source: emptyToNull(raw.source),
  };
}

/**
 * @param {RawAttributes} raw Attributes of one `rule-item` row, plus the
 *   text of its message child as `message`.
 * @returns {RuleReport}
 */
export function toRuleReport(raw) {
  return {
    id: raw.ruleId ?? '',
    severity: raw.severity ?? '',
    status: raw.status ?? '',
    fields: (raw.fields ?? '').split(/\s+/).filter((fieldId) => fieldId !== ''),
    message: (raw.message ?? '').trim(),
  };
}

/**
 * @param {RawAttributes} raw Attributes of one `fill-result` row.
 * @returns {FillOutcome}
 */
export function toFillOutcome(raw) {
  return {
    id: raw.fieldId ?? '',
    status: raw.status ?? '',
    value: emptyToNull(raw.value),
  };
}

/**
 * @param {string | undefined} text Value of `data-score`.
 * @returns {number | null}
 */
export function parseScore(text) {
  return parseNumber(text);
}
