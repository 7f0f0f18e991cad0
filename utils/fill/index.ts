/**
 * Planning and value conversion of fills, for extension pages. The content
 * script imports the DOM writer from `./write` and `./read-back` only, which
 * import nothing heavy.
 */
export type { FieldPlan, PlanChoice, PlanStatus } from './plan-types';
export { planFieldWrite } from './plan';
export { parsePageValue, type PageValueReading } from './parse';
export { inferDateFormat, dateFormatCandidates } from './date-infer';
export { formatDate, parseDateText, describeDateFormat, type DateFormat } from './date-format';
export { matchOption, type OptionMatch } from './match-option';
