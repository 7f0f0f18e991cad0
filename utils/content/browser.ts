/**
 * The `browser` of the content and action scripts, built in place of
 * webextension-polyfill (wxt.config.ts swaps it in for those scripts only),
 * which saves about 2.7 KB gzipped in every frame of a portal. Firefox has
 * its own `browser`. Chromium's Manifest V3 `chrome` functions already return
 * promises. The only gap is a message listener that returns a promise,
 * because Chromium does not send its result as the response, so `onMessage`
 * here does.
 */
import type { Browser } from 'webextension-polyfill';

type MessageListener = (message: unknown, sender: unknown) => unknown;
type ChromeListener = (
  message: unknown,
  sender: unknown,
  sendResponse: (response: unknown) => void,
) => boolean;

interface ChromeEvent<Listener> {
  addListener(listener: Listener): void;
  removeListener(listener: Listener): void;
  hasListener(listener: Listener): boolean;
}

export interface ChromeLike {
  runtime: { onMessage: ChromeEvent<ChromeListener> } & object;
}

/**
 * The response webextension-polyfill sends for a rejected listener promise,
 * so that the polyfill in the extension pages rejects the sender's promise.
 */
export interface RejectedResponse {
  __mozWebExtensionPolyfillReject__: true;
  message: string;
}

/** Wraps Chromium's `chrome` so that `runtime.onMessage` listeners may return a promise. */
export function wrapChrome(chrome: ChromeLike): Browser {
  const wrappers = new Map<MessageListener, ChromeListener>();
  const onMessage: ChromeEvent<MessageListener> = {
    addListener(listener) {
      if (wrappers.has(listener)) return;
      const wrapper = respondWithPromise(listener);
      wrappers.set(listener, wrapper);
      chrome.runtime.onMessage.addListener(wrapper);
    },
    removeListener(listener) {
      const wrapper = wrappers.get(listener);
      if (!wrapper) return;
      wrappers.delete(listener);
      chrome.runtime.onMessage.removeListener(wrapper);
    },
    hasListener: (listener) => wrappers.has(listener),
  };

  const runtime = new Proxy(chrome.runtime, {
    get: (target, key) => (key === 'onMessage' ? onMessage : Reflect.get(target, key)),
  });
  const wrapped = new Proxy(chrome, {
    get: (target, key) => (key === 'runtime' ? runtime : Reflect.get(target, key)),
  });
  return wrapped as unknown as Browser;
}

function respondWithPromise(listener: MessageListener): ChromeListener {
  return (message, sender, sendResponse) => {
    const result = listener(message, sender);
    if (!(result instanceof Promise)) return false;
    result.then(sendResponse, (error: unknown) => {
      const rejected: RejectedResponse = {
        __mozWebExtensionPolyfillReject__: true,
        message: error instanceof Error ? error.message : String(error),
      };
      sendResponse(rejected);
    });
    // Keeps the channel open until sendResponse runs.
    return true;
  };
}

const globals = globalThis as {
  browser?: Browser & { runtime?: { id?: string } };
  chrome?: ChromeLike;
};

export const browser: Browser =
  globals.browser?.runtime?.id || !globals.chrome
    ? (globals.browser as Browser)
    : wrapChrome(globals.chrome);
