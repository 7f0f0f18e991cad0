/**
 * Scanning a document: the page's part collects the controls, infers their
 * labels and joins split fields, and the classifier's part assigns them
 * catalogue fields. The content script runs only the first part and sends
 * its frame scan to the extension, which runs the second. `scanDocument`
 * runs both, for tests and tools that need the whole result in one place.
 */
import type { DetectedField } from '../messaging/page-model';
import { type UnclassifiedControl, classifySteps } from './classify-scan';
import { type PageScanOptions, pageScanSteps } from './page-scan';
import { type Steps, runSteps } from './steps';

export type { Classified, UnclassifiedControl } from './classify-scan';

export type ScanOptions = PageScanOptions;

export interface ScanResult {
  /** One entry per classified control or split field; ambiguous ones carry `ambiguousWith`. */
  fields: DetectedField[];
  /** Rendered controls that no field claims with enough confidence. */
  unclassified: UnclassifiedControl[];
  /** Control key to its element(s): a radio or checkbox group lists every input in order. */
  elements: Map<string, Element[]>;
  /** Closed shadow roots seen but not readable. */
  closedRootsUnread: number;
  /** Language of the document. */
  lang?: string;
}

/** Scans one document's controls, with open shadow roots and, through the callback, closed ones. */
export function scanDocument(doc: Document, options: ScanOptions = {}): ScanResult {
  return runSteps(scanSteps(doc, options));
}

/**
 * Runs `scanDocument` as steps: it pauses between controls, so that
 * `runInSlices` can yield to the page and no task takes long.
 */
export function* scanSteps(doc: Document, options: ScanOptions = {}): Steps<ScanResult> {
  const page = yield* pageScanSteps(doc, options);
  const classified = yield* classifySteps(page.scan);
  const result: ScanResult = {
    fields: classified.fields,
    unclassified: classified.unclassified,
    elements: page.elements,
    closedRootsUnread: page.scan.closedRootsUnread,
  };
  if (page.scan.lang) result.lang = page.scan.lang;
  return result;
}
