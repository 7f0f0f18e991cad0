/**
 * The features of one frame that the content script collects for
 * classification: each control unit with its facts, label evidence, section
 * context, selector, value and place in the document. These records cross
 * contexts as JSON, so they hold no DOM nodes, and classifying them needs no
 * DOM.
 */
import type { ControlInfo, PageValue, PartRole } from '../messaging/page-model';
import type { EvidenceItem } from './evidence';

/** One control, radio group or checkbox group, as the page describes it. */
export interface ScannedUnit {
  info: ControlInfo;
  /** Unique selector within the frame's document; `>>>` enters a shadow root. */
  selector: string;
  /** Label evidence read from the page; the classifier adds the option summary of a select. */
  evidence: EvidenceItem[];
  /** Texts of the sections around the control (legends, headings), nearest first. */
  context: string[];
  value: PageValue;
  /**
   * Numbers of the first control's closest ancestors, nearest first and at
   * most MAX_NEAR_ANCESTORS, unique within one scan. Units that share one sit
   * under a close common ancestor, as the parts of one field do.
   */
  near: number[];
  /** Number of the table row, within five levels, that contains the first control. */
  row?: number;
  /**
   * Facts of a single select, or of a read-only text box in the page's header,
   * that tell a page's language switch from a field.
   */
  select?: SelectState;
}

export interface SelectState {
  /** The select's `selectedIndex`: -1 when no option is chosen or the control is a text box. */
  selectedIndex: number;
  /** The inline `onchange` handler loads another page: a redirect, a submit or a postback. */
  changeNavigates?: boolean;
  /** The select sits in the page's header or navigation. */
  inPageChrome?: boolean;
}

/** A control unit as the classifier reads it, with the facts it derives from the unit's texts. */
export interface FieldPart extends ScannedUnit {
  /** The control expects a date, from a date mask, pattern or hint. */
  dateLike: boolean;
}

/** A field unit: one control unit, or the parts of a split date or date and time. */
export interface ScannedField {
  parts: FieldPart[];
  /** Role of each part when the field is split. */
  roles?: PartRole[];
  /**
   * The parts were joined by their lengths alone; the classifier keeps the
   * join only when the joined field classifies as a date.
   */
  tentative?: boolean;
}

/** The control units of one frame's document, in document order. */
export interface FrameScan {
  units: ScannedUnit[];
  /** Closed shadow roots seen but not readable. */
  closedRootsUnread: number;
  /** Language of the document. */
  lang?: string;
}

/** Parts of one field sit within this many levels of a common ancestor. */
export const MAX_PART_DISTANCE = 3;
/**
 * A date and the time after it sit within this many levels of a common
 * ancestor, as in form layouts that put each labelled control in a table of
 * its own, Mendix's seven boxes around a date input, or Ant Design's grid
 * columns of form items with a picker in each (nine levels). Their labels or
 * names must also agree.
 */
export const MAX_DATE_TIME_DISTANCE = 10;
/**
 * Day, month and year parts sit within this many levels of a common
 * ancestor. Widget libraries wrap each part in up to seven elements, as
 * Quasar wraps a select's input in its label, field and control boxes.
 */
export const MAX_DATE_PART_DISTANCE = 8;
/** Ancestors of a unit's first control that the page numbers in `near`. */
export const MAX_NEAR_ANCESTORS = MAX_DATE_TIME_DISTANCE;

/**
 * Tells whether two units are neighbours: in the same tree, under a common
 * ancestor at most `maxDistance` levels up.
 */
export function areNeighbours(
  first: ScannedUnit,
  second: ScannedUnit,
  maxDistance = MAX_PART_DISTANCE,
): boolean {
  const ancestors = second.near.slice(0, maxDistance);
  return first.near.slice(0, maxDistance).some((ancestor) => ancestors.includes(ancestor));
}
