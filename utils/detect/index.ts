/**
 * Field detection for one frame: finds the form controls of a document
 * (shadow roots included), infers their labels, classifies them to catalogue
 * fields and reads their values. The content script imports the page's part
 * from `page-scan.ts` alone, so that this barrel's classifier and vocabulary
 * stay out of it.
 */
export { scanDocument, scanSteps } from './scan';
export type { ScanOptions, ScanResult, UnclassifiedControl } from './scan';
export { classifyFrameScan } from './classify-scan';
export type { ClassifiedScan } from './classify-scan';
export type { FrameScan, ScannedField, ScannedUnit } from './frame-scan';
export { controlKey } from './control-key';
export { LabelCache } from './label-cache';
export { readPageValue } from './page-value';
export { uniqueSelector } from './selector';

export { normalizeText, foldLatin } from './normalize';
export {
  tokenizeText,
  tokenizeIdentifier,
  identifierWords,
  splitCamelCase,
  lastPathSegment,
} from './tokenize';
export { matchWords } from './match';
export type { LabelMatch } from './match';
export { classifyControl, SOURCE_WEIGHT } from './classify';
export type { ClassifierInput, FieldCandidate } from './classify';
export { assignFields, MIN_CONFIDENCE, AMBIGUITY_MARGIN, SURE_CONFIDENCE } from './ambiguity';
export type { Assignment, Claim } from './ambiguity';
export { analyzeOptions } from './options';
export type { OptionAnalysis, DatePartRole } from './options';
export type { EvidenceItem, EvidenceForm } from './evidence';
export { FIELD_TERMS } from './vocabulary';
