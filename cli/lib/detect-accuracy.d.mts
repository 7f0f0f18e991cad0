// Types of detect-accuracy.mjs for the TypeScript end-to-end tests.
import type { Frame, Page } from 'puppeteer-core';
import type { ExtensionSession, FieldReport } from './browser.mjs';

export interface PortalTruth {
  /** Selector, or selectors of a split field in order, of each catalogue field on the page. */
  fields: Record<string, string | string[]>;
  /** Iframe selector in the top page of each field that lives in a child frame. */
  frames?: Record<string, string>;
  /** Selectors of buttons in the top page that show later steps, clicked in order. */
  steps?: string[];
}

export interface Mismatch {
  fieldId: string;
  kind: 'wrong-control' | 'not-in-truth' | 'absent' | 'ambiguous';
  selector: string | string[] | null;
  label: string | null;
  truthField: string | null;
}

export interface PortalResult {
  name: string;
  language: string;
  truePositives: string[];
  falsePositives: Mismatch[];
  falseNegatives: Mismatch[];
  /** Name of the portal profile the panel applied, or null when none matched. */
  profile: string | null;
  /** True positives whose source is not a profile. */
  unpinned: string[];
}

export interface AccuracyRow {
  name: string;
  portals: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

export interface AccuracySummary {
  portals: AccuracyRow[];
  languages: AccuracyRow[];
  overall: AccuracyRow;
}

export declare const TRUTH_SUFFIX: '.truth.json';
export declare const REPORTED_STATUSES: Set<string>;
export declare const PROFILE_SUFFIX: '.profile.json';
export declare const THRESHOLDS: { precision: number; recall: number; portal: number };
export declare const PROFILE_THRESHOLDS: { precision: number; recall: number; portal: number };

export declare function listPortals(dir: string): Promise<string[]>;
export declare function listPortalProfiles(dir: string, names: string[]): Promise<string[]>;
export declare function combineProfileFiles(files: string[], target: string): Promise<number>;
export declare function loadPortalTruth(dir: string, name: string): Promise<PortalTruth>;
export declare function languageOf(name: string): string;
export interface MeasureOptions {
  /** Folder of the portals. */
  dir: string;
  /** URL at which the server serves `dir`, with a trailing slash. */
  baseUrl: string;
  /** Limit for loading the page and opening the panel, in milliseconds. */
  timeoutMs?: number;
}

export declare function measurePortal(
  session: ExtensionSession,
  name: string,
  options: MeasureOptions,
): Promise<PortalResult>;
export declare function comparePortal(
  page: Page,
  name: string,
  fields: FieldReport[],
  truth: PortalTruth,
): Promise<PortalResult>;
export declare function selectSame(
  frame: Frame,
  first: string | string[],
  second: string | string[],
): Promise<boolean>;
export declare function sumResults(name: string, results: PortalResult[]): AccuracyRow;
export declare function summarize(results: PortalResult[]): AccuracySummary;
export declare function thresholdFailures(
  summary: AccuracySummary,
  thresholds?: { precision: number; recall: number; portal: number },
): string[];
export declare function formatAccuracyTable(title: string, rows: AccuracyRow[]): string;
export declare function describeMismatch(mismatch: Mismatch): string;
