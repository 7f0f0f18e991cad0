// Types of audit.mjs for the TypeScript tests.
import type { AuditReport, ChecklistInfo } from './browser.mjs';

export interface AuditOptions {
  /** http://127.0.0.1 or http://localhost URL, or a local HTML file. */
  target: string;
  /** File containing the one draft to import. */
  draftFile?: string;
  /** Fills the page from the draft, which needs draftFile. */
  fill?: boolean;
  /** File containing the drafts' passphrase; else VIGILA_PASSPHRASE, else a random one. */
  passphraseFile?: string;
  /** File of portal profiles to import before the page opens. */
  profileFile?: string;
  /** Accepts a local page file outside the current working directory. */
  allowOutsideCwd?: boolean;
  /** PNG to write of the page with the panel. */
  screenshotFile?: string;
  /** Built chrome-mv3 folder. */
  extensionDir?: string;
  /** Limit for each step, in milliseconds. */
  timeoutMs?: number;
}

export interface AuditResult {
  report: AuditReport;
  checklist: ChecklistInfo | null;
  /** Steps that did not finish but did not stop the audit. */
  warnings: string[];
  /** Why the screenshot was not written; the report is complete all the same. */
  screenshotError?: Error;
}

export declare function runAudit(options: AuditOptions): Promise<AuditResult>;
