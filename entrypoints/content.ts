import { ActionLoader } from '@/utils/content/frame-actions';
import { FrameScanner } from '@/utils/content/frame-scanner';
import { IsolatedContentScriptContext } from '@/utils/content/isolated-context';
import { AUTO_SHOW_FIELD_COUNT } from '@/utils/content/panel-host';
import { SubmissionGate } from '@/utils/content/submission-gate';
import {
  isExtensionSender,
  type GetProfileMessage,
  type ProfileResponse,
  type ToContentMessage,
  type TopFrameReadyMessage,
} from '@/utils/messaging/messages';

/**
 * Maximum wait for the portal profile before the first scan. The response can
 * be late when the background service worker has to start first.
 * NOTE: an estimate, not measured on slow workstations.
 */
const PROFILE_WAIT_MS = 1000;

export default defineContentScript({
  // The background registers this script for the allowed portal origins.
  registration: 'runtime',
  matches: [],
  allFrames: true,
  matchAboutBlank: true,
  // WXT would otherwise post the script's start message, which names the
  // extension id, to the page with window.postMessage.
  noScriptStartedPostMessage: true,

  main() {
    // WXT's own context is left unused, because a page event can invalidate it.
    const ctx = new IsolatedContentScriptContext('content');
    const scanner = new FrameScanner(ctx);
    const actions = new ActionLoader({ scanner, ctx });
    const isTop = window === window.top;
    const fieldCounts = new Map<number, number>();
    const gate = new SubmissionGate({
      signal: ctx.signal,
      holdsField: (form) => scanner.holdsFieldIn(form),
      send: (message) => browser.runtime.sendMessage(message).catch(() => undefined),
    });
    // The panel host comes with the action script, loaded when the panel first shows.
    const showPanel = () => {
      if (isTop) actions.use((loaded) => loaded.panel?.showAutomatically()).catch(() => undefined);
    };

    const onMessage = (raw: unknown, sender: { id?: string; url?: string }) => {
      // Only this extension's own pages and worker may command the script.
      if (!isExtensionSender(sender)) return undefined;
      const message = raw as ToContentMessage;
      switch (message.type) {
        case 'request-report':
          scanner.report();
          return undefined;
        case 'request-field-count':
          // The top frame's own count reaches it after each classification.
          if (!isTop) scanner.reportFieldCount();
          return undefined;
        case 'highlight':
        case 'mapping-mode':
          actions.run(message).catch(() => undefined);
          return undefined;
        case 'mapping-stop':
          actions.useIfLoading((loaded) => loaded.handle(message));
          return undefined;
        case 'fill':
        case 'undo-fill':
        case 'await-options':
        case 'focus-picker':
          return actions.run(message);
        case 'toggle-panel':
          if (isTop) actions.use((loaded) => loaded.panel?.toggle()).catch(() => undefined);
          return undefined;
        case 'set-panel-collapsed':
          actions.useIfLoading((loaded) => loaded.panel?.setCollapsed(message.collapsed));
          return undefined;
        case 'submission-verdict':
          gate.setVerdict(message.verdict);
          return undefined;
        case 'resume-submission':
          return Promise.resolve(gate.resume(message.id, message.reason));
        case 'show-panel':
          if (isTop) actions.use((loaded) => loaded.panel?.reveal()).catch(() => undefined);
          return undefined;
        case 'profile-changed':
          void requestProfile().then(setProfile);
          return undefined;
        case 'frame-fields':
          scanner.setClassified(message);
          return undefined;
        case 'frame-field-count': {
          if (!isTop) return undefined;
          fieldCounts.set(message.frameId, message.count);
          let total = 0;
          for (const count of fieldCounts.values()) total += count;
          if (total >= AUTO_SHOW_FIELD_COUNT) showPanel();
          return undefined;
        }
        default:
          return undefined;
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    // A matching portal profile shows the panel however few fields the page has.
    const setProfile = (profile: ProfileResponse['profile']) => {
      if (ctx.isInvalid) return;
      scanner.setProfile(profile ?? undefined);
      if (profile) showPanel();
    };

    let started = false;
    const start = () => {
      if (started || ctx.isInvalid) return;
      started = true;
      scanner.start();
      if (isTop) {
        const ready: TopFrameReadyMessage = { type: 'top-frame-ready' };
        browser.runtime.sendMessage(ready).catch(() => undefined);
      }
    };

    // The first scan waits for the profile, so that no report shows guesses that
    // it overrides. After PROFILE_WAIT_MS it starts anyway, and a late profile rescans.
    ctx.setTimeout(start, PROFILE_WAIT_MS);
    void requestProfile().then((profile) => {
      setProfile(profile);
      start();
    });
  },
});

/** Asks the background for the portal profile of this tab's page; null when none matches. */
async function requestProfile(): Promise<ProfileResponse['profile']> {
  const request: GetProfileMessage = { type: 'get-profile' };
  try {
    const response = (await browser.runtime.sendMessage(request)) as ProfileResponse | undefined;
    return response?.profile ?? null;
  } catch {
    // The background sent no response, as during an extension update, so scan without a profile.
    return null;
  }
}
