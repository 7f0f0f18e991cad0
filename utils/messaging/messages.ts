import type { SessionAreaMessage } from '@/utils/store/session-area';
import type { PortalProfile } from '../schema/profile';
import type {
  EnforcementContentMessage,
  SubmissionCheckedMessage,
  SubmissionVerdictMessage,
} from './enforcement-messages';
import type { FillControlMessage } from './fill-messages';
import type { FieldWrite, FrameScanChunk, PageValue, PartRole, WriteOutcome } from './page-model';

/** Messages a content script sends with `runtime.sendMessage`. */
export type ContentMessage =
  | { type: 'frame-scan'; chunk: FrameScanChunk }
  /** `key` is any scanned unit's; the panel ignores keys of no catalogue field. */
  | { type: 'value-update'; key: string; value: PageValue }
  | { type: 'mapping-picked'; pick: MappingPick }
  | { type: 'mapping-cancelled' }
  /** A child frame's count of catalogue fields in its latest classified scan. */
  | { type: 'field-count'; count: number }
  | SubmissionCheckedMessage;

/** The control the officer clicked in mapping mode, for the catalogue field chosen in the panel. */
export interface MappingPick {
  fieldId: string;
  /** One selector, or one per control when the control is part of a split field. */
  selectors: string[];
  roles?: PartRole[];
  /** Position of the frame among its parent's frames; absent for the top frame. */
  frameIndex?: number;
}

/**
 * Sent by the top frame's content script when it starts, because child frames
 * may have reported their field counts before it could listen. The background
 * then sends every frame `request-field-count`.
 */
export type TopFrameReadyMessage = { type: 'top-frame-ready' };

/** Messages extension pages send to content scripts with `tabs.sendMessage`. */
export type ToContentMessage =
  | { type: 'request-report' }
  /**
   * Asks a child frame for its field count. A frame whose latest scan was
   * classified sends `field-count`; one whose scan was not sends the
   * scan again.
   */
  | { type: 'request-field-count' }
  | { type: 'highlight'; key: string }
  /** `fillId` groups the writes of one fill, which an undo reverts together. */
  | { type: 'fill'; writes: FieldWrite[]; fillId?: string }
  | FillControlMessage
  | { type: 'toggle-panel' }
  | { type: 'set-panel-collapsed'; collapsed: boolean }
  | { type: 'frame-field-count'; frameId: number; count: number }
  | FrameFieldsMessage
  | { type: 'mapping-mode'; fieldId: string | null }
  | { type: 'mapping-stop' }
  | { type: 'profile-changed' }
  | EnforcementContentMessage;

/**
 * Sent by the background to a frame once it has classified the frame's scan:
 * the controls of its catalogue fields, which the submission gate needs, and
 * how the classifier grouped controls, which mapping mode needs.
 */
export interface FrameFieldsMessage {
  type: 'frame-fields';
  /** Revision of the frame scan that was classified. */
  revision: number;
  /** Every classified field, and every unclassified entry of several controls. */
  entries: FieldControls[];
}

/** The controls of one classified entry, as mapping mode reports them. */
export interface FieldControls {
  keys: string[];
  selectors: string[];
  roles?: PartRole[];
  /** The entry is a catalogue field rather than an unclassified group of controls. */
  isField: boolean;
}

/**
 * Sent by a content script when it starts, and again on `profile-changed`.
 * The background takes the top page's URL from the sender, which the browser
 * sets, and responds with a `ProfileResponse`.
 */
export type GetProfileMessage = { type: 'get-profile' };

/**
 * Sent by a content script the first time the panel requests a fill, undo,
 * highlight or mapping in its frame. The background injects the action script into the
 * sender's frame and responds once it has run.
 */
export type LoadActionsMessage = { type: 'load-actions' };

/** The profile whose URL pattern matches the tab's top page, or null. */
export type ProfileResponse = { profile: PortalProfile | null };

/** Messages extension pages send to the background. */
export type ToBackgroundMessage =
  | { type: 'get-tab-id' }
  /** Requests the title of the sender's tab, for a panel without the `tabs` API. */
  | { type: 'get-tab-title' }
  /** Opens the alert report in a new tab, for a panel without the `tabs` API. */
  | { type: 'open-report' }
  | SubmissionVerdictMessage
  /** A message for the panel's own tab, sent on by the background. */
  | { type: 'relay-to-tab'; message: ToContentMessage; frameId?: number }
  | SessionAreaMessage;

export type FillResponse = { outcomes: WriteOutcome[] };

export const PANEL_PATH = '/panel.html';

/** Name of the port a panel without the `tabs` API opens to the background. */
export const PANEL_PORT_NAME = 'panel';

/** A content script's message that the background sends on through a panel's port. */
export interface ForwardedContentMessage {
  message: unknown;
  frameId: number;
  url: string;
}

/** Tells whether a message sender is this extension itself (a page or the worker). */
export function isExtensionSender(sender: { id?: string; url?: string }): boolean {
  if (sender.id !== browser.runtime.id) return false;
  const origin = new URL(browser.runtime.getURL('/')).origin;
  return sender.url === undefined || sender.url.startsWith(origin);
}
