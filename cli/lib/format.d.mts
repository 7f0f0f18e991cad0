// Types of format.mjs for the TypeScript tests.
import type { AuditReport, ChecklistInfo, FieldReport } from './browser.mjs';

export declare function formatReport(report: AuditReport, checklist?: ChecklistInfo | null): string;
export declare function frameName(frame: string | null, pageUrl: string): string;
export declare function selectorText(selector: FieldReport['selector']): string;
export declare function formatTable(headers: string[], rows: string[][]): string;
