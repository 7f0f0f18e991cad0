/**
 * Messages of a fill beyond the writes themselves: undo, waiting for a
 * dependent select's options, and the page's own date picker. Extension pages
 * send them to the content script of one frame with `tabs.sendMessage`.
 */
import type { ControlInfo, OptionInfo } from './page-model';

export type FillControlMessage =
  | { type: 'undo-fill'; fillId: string }
  /** `known` is the `optionsSignature` of the select as the panel last saw it. */
  | { type: 'await-options'; key: string; known: string; timeoutMs: number }
  | { type: 'focus-picker'; key: string };

/** Result of an undo for one field's controls. */
export type UndoStatus = 'restored' | 'kept' | 'lost' | 'rejected';

export interface UndoOutcome {
  fieldId: string;
  /**
   * `restored`: the control is back at its value before the fill. `kept`:
   * someone changed it after the fill, so it was left alone. `lost`: the
   * control left the page. `rejected`: the page did not keep the earlier value.
   */
  status: UndoStatus;
}

export type UndoResponse = { outcomes: UndoOutcome[] };

/** The select's options once they differ from `known`, or why none came. */
export type OptionsResponse =
  | { status: 'changed'; options: OptionInfo[]; state: ControlInfo['state'] }
  | { status: 'timeout' }
  | { status: 'lost' };

export type PickerResponse = { found: boolean };

/** Describes a select's options and state in one string, to tell when the page changed them. */
export function optionsSignature(
  options: readonly OptionInfo[],
  state: ControlInfo['state'],
): string {
  const list = options.map((option) => [option.value, option.text, option.disabled === true]);
  return JSON.stringify([state, list]);
}
