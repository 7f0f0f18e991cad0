/**
 * Fill, undo, highlight and mapping in a frame, and the panel host in the top
 * frame, are not part of the content script that every frame of a portal runs. The background injects them
 * (entrypoints/actions.ts) into a frame the first time the panel requests
 * one of these actions from that frame, or the top frame shows the panel. Both scripts run in the frame's isolated
 * world, where the content script leaves an `ActionHost` for the other.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { LoadActionsMessage, ToContentMessage } from '@/utils/messaging/messages';
import type { FrameScanner } from './frame-scanner';
import type { PanelHost } from './panel-host';

export type ActionMessage = Extract<
  ToContentMessage,
  {
    type:
      | 'highlight'
      | 'fill'
      | 'undo-fill'
      | 'await-options'
      | 'focus-picker'
      | 'mapping-mode'
      | 'mapping-stop';
  }
>;

export interface FrameActions {
  /** Handles a message of the panel and returns the response to send, if any. */
  handle(message: ActionMessage): Promise<unknown> | undefined;
  /** The panel host, in the top frame only. */
  panel?: Pick<PanelHost, 'showAutomatically' | 'toggle' | 'setCollapsed' | 'reveal'>;
}

/** State that the content script shares with the action script. */
export interface ActionHost {
  scanner: FrameScanner;
  ctx: ContentScriptContext;
  /** Set by the action script when it runs. */
  actions?: FrameActions;
}

const HOST_KEY = Symbol.for('vigila.action-host');

type HostGlobal = { [HOST_KEY]?: ActionHost };

export function getActionHost(): ActionHost | undefined {
  return (globalThis as HostGlobal)[HOST_KEY];
}

/** Loads the action script into this frame once, and passes it messages in the order they came. */
export class ActionLoader {
  private loaded: Promise<FrameActions> | undefined;

  constructor(private readonly host: ActionHost) {
    (globalThis as HostGlobal)[HOST_KEY] = host;
  }

  run(message: ActionMessage): Promise<unknown> {
    return this.use((actions) => actions.handle(message));
  }

  /** Loads the action script if needed, then calls `task` with it. */
  use(task: (actions: FrameActions) => unknown): Promise<unknown> {
    this.loaded ??= this.load();
    return this.loaded.then(task);
  }

  /** Calls `task` only once loading has begun: stopping a mode that never started needs nothing. */
  useIfLoading(task: (actions: FrameActions) => unknown): void {
    this.loaded?.then(task).catch(() => undefined);
  }

  private async load(): Promise<FrameActions> {
    const request: LoadActionsMessage = { type: 'load-actions' };
    const failure = await browser.runtime.sendMessage(request).then(() => 'it did not run', String);
    if (this.host.actions) return this.host.actions;

    // The next action tries again.
    this.loaded = undefined;
    throw new Error(`Loading actions.js into this frame failed: ${failure}`);
  }
}
