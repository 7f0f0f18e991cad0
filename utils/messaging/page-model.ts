/**
 * What a content script reports about its frame, and the fill plan it receives.
 * These records cross contexts as JSON, so they hold no DOM nodes or Blobs.
 */
import type { ScannedUnit } from '../detect/frame-scan';
import type { LocatedProfile } from '../profile/located';

/** Where a label text was found, in the order autofill engines trust them. */
export type LabelSource =
  | 'profile'
  | 'label-for'
  | 'label-wrap'
  | 'aria-labelledby'
  | 'aria-label'
  | 'text-before'
  | 'table-left'
  | 'table-above'
  | 'definition-list'
  | 'list-item'
  | 'placeholder'
  | 'title'
  | 'text-after'
  | 'name-id'
  | 'options';

export interface Evidence {
  source: LabelSource;
  text: string;
}

export type ControlKind =
  | 'text'
  | 'textarea'
  | 'select'
  | 'select-multiple'
  | 'radio-group'
  | 'checkbox'
  | 'checkbox-group'
  | 'date'
  | 'datetime-local'
  | 'time'
  | 'file';

export interface OptionInfo {
  value: string;
  text: string;
  disabled?: boolean;
}

/** Facts about one control that formats and writers need. */
export interface ControlInfo {
  key: string;
  kind: ControlKind;
  /** Options of a select, or the choices of a radio or checkbox group. */
  options?: OptionInfo[];
  maxLength?: number;
  placeholder?: string;
  pattern?: string;
  inputMode?: string;
  autocomplete?: string;
  /** Language of the control, from the nearest `lang` attribute. */
  lang?: string;
  accept?: string;
  /** Text near the control, such as a format hint or a size limit. */
  hint?: string;
  /** CSS text-transform or an upper-case pattern. */
  upperCase?: boolean;
  /** The text box is a combobox's input (`role="combobox"`), which offers a list of choices. */
  combobox?: boolean;
  state: 'editable' | 'readonly' | 'disabled';
  /** date-fns pattern that a portal profile gives for a date typed into this control. */
  dateFormat?: string;
  /** Catalogue code to option value, from a portal profile. */
  codes?: Record<string, string>;
}

/** A date split over several controls gives the role of each part. */
export type PartRole =
  'day' | 'month' | 'year' | 'date' | 'time' | 'hour' | 'minute' | 'surname' | 'forenames';

export type PageValue =
  | { kind: 'text'; text: string }
  | { kind: 'options'; selected: OptionInfo[] }
  | { kind: 'checked'; checked: boolean }
  | { kind: 'file'; files: { name: string; type: string; size: number }[] }
  | { kind: 'parts'; parts: PageValue[] };

/** One catalogue field found in a frame. */
export interface DetectedField {
  fieldId: string;
  /** Controls in order; more than one when the field is split. */
  controls: ControlInfo[];
  /** Roles of the controls when the field is split over several of them. */
  roles?: PartRole[];
  /** Unique selector within the frame's document, one per control; `>>>` enters a shadow root. */
  selectors: string[];
  label: string;
  source: LabelSource;
  confidence: number;
  evidence: Evidence[];
  value: PageValue;
  /** Other fields that claim the same control with a similar confidence. */
  ambiguousWith?: string[];
}

export interface FrameReport {
  /** Counter that grows with each report of the same frame. */
  revision: number;
  fields: DetectedField[];
  /** Keys reported earlier whose controls left the document. */
  lostKeys: string[];
  closedRootsUnread: number;
  lang?: string;
  /** Position of the frame among its parent's frames; absent for the top frame. */
  frameIndex?: number;
  /** The portal profile that the frame applied, when one matches the page. */
  profile?: AppliedProfile;
}

/**
 * One message's share of a frame scan. A content script sends its scan in
 * several such chunks, each in its own task, so that no single send blocks
 * the page for long. The last chunk carries the frame's other facts.
 */
export interface FrameScanChunk {
  /** Counter that grows with each scan of the same frame. */
  revision: number;
  /** Position of this chunk among the scan's chunks, from 0. */
  index: number;
  count: number;
  units: ScannedUnit[];
  /** Present on the last chunk only. */
  summary?: FrameScanSummary;
}

/** Facts of a frame's report besides its field units. */
export interface FrameScanSummary {
  /** Keys reported earlier whose controls left the document. */
  lostKeys: string[];
  closedRootsUnread: number;
  lang?: string;
  /** Position of the frame among its parent's frames; absent for the top frame. */
  frameIndex?: number;
  /** The portal profile that matches the page, with its selectors looked up in this frame. */
  profile?: LocatedProfile;
}

/** The portal profile that a frame applied, as its report names it. */
export interface AppliedProfile {
  id: string;
  name: string;
  /** Every field the profile names, in any frame. */
  fieldIds: string[];
  /** Fields that the profile places in this frame but whose selector found nothing. */
  missing: string[];
}

/** One write that the panel asks a content script to perform. */
export type WriteStep =
  | { action: 'set-text'; key: string; text: string }
  /** `value` and `text` name the option, in case the page rebuilt the list before the write. */
  | { action: 'select'; key: string; index: number; value?: string; text?: string }
  | { action: 'select-multiple'; key: string; indexes: number[] }
  | { action: 'click-choice'; key: string; index: number }
  | { action: 'check'; key: string; checked: boolean }
  | { action: 'attach-file'; key: string; name: string; type: string; base64: string };

export interface FieldWrite {
  fieldId: string;
  steps: WriteStep[];
}

export interface WriteOutcome {
  fieldId: string;
  status: 'filled' | 'rejected' | 'locked' | 'lost';
  /** Why a write failed, as a message key. */
  reason?: string;
}
