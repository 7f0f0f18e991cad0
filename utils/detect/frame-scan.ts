/**
 * The features of one frame that the content script collects for
 * classification: each control unit with its facts, label evidence, section
 * context, selector and value, grouped into field units. These records cross
 * contexts as JSON, so they hold no DOM nodes, and classifying them needs no
 * DOM.
 */
import type { ControlInfo, PageValue, PartRole } from '../messaging/page-model';
import type { EvidenceItem } from './evidence';

/** One control, radio group or checkbox group, as the page describes it. */
export interface ScannedUnit {
  /** Position of the unit among the frame's units, in document order. */
  position: number;
  /**
   * The unit and the unit before it sit in the same tree under a close
   * common ancestor, as the parts of one field do.
   */
  followsNeighbour: boolean;
  info: ControlInfo;
  /** Unique selector within the frame's document; `>>>` enters a shadow root. */
  selector: string;
  evidence: EvidenceItem[];
  /** Texts of the sections around the control (legends, headings), nearest first. */
  context: string[];
  /** The control expects a date, from a date mask, pattern or hint. */
  dateLike: boolean;
  value: PageValue;
}

/** A field unit: one control unit, or the parts of a split date or date and time. */
export interface ScannedField {
  parts: ScannedUnit[];
  /** Role of each part when the field is split. */
  roles?: PartRole[];
  /**
   * The parts were joined by their lengths alone; the classifier keeps the
   * join only when the joined field classifies as a date.
   */
  tentative?: boolean;
}

/** The field units of one frame's document, in document order. */
export interface FrameScan {
  fields: ScannedField[];
  /** Closed shadow roots seen but not readable. */
  closedRootsUnread: number;
  /** Language of the document. */
  lang?: string;
}

/**
 * Tells whether two units are neighbours. The page records this only for
 * units next to each other in document order, which are the only pairs that
 * joins of parts compare.
 */
export function areNeighbours(first: ScannedUnit, second: ScannedUnit): boolean {
  if (second.position === first.position + 1) return second.followsNeighbour;
  if (first.position === second.position + 1) return first.followsNeighbour;
  return false;
}
