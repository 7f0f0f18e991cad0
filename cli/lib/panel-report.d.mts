// Types of panel-report.mjs for the TypeScript tests.
import type { FieldReport, FillOutcome, RuleReport } from './browser.mjs';

export type { AuditReport, FieldReport, FillOutcome, RuleReport } from './browser.mjs';

export type RawAttributes = Record<string, string | undefined>;

export declare function parseSelector(
  text: string | undefined,
  fieldId: string,
): string | string[] | null;
export declare function toFieldReport(raw: RawAttributes): FieldReport;
export declare function toRuleReport(raw: RawAttributes): RuleReport;
export declare function toFillOutcome(raw: RawAttributes): FillOutcome;
export declare function parseScore(text: string | undefined): number | null;
