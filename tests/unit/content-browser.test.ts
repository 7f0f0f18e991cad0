import { describe, expect, test, vi } from 'vitest';
import { type ChromeLike, wrapChrome } from '../../utils/content/browser';

type ChromeListener = (
  message: unknown,
  sender: unknown,
  sendResponse: (response: unknown) => void,
) => boolean;

function fakeChrome() {
  const listeners = new Set<ChromeListener>();
  const chrome = {
    runtime: {
      id: 'extension-id',
      getURL: (path: string) => `chrome-extension://extension-id${path}`,
      onMessage: {
        addListener: (listener: ChromeListener) => listeners.add(listener),
        removeListener: (listener: ChromeListener) => listeners.delete(listener),
        hasListener: (listener: ChromeListener) => listeners.has(listener),
      },
    },
  };
  return { chrome: chrome as ChromeLike, listeners };
}

describe('wrapChrome', () => {
  test('passes other runtime members through', () => {
    const { chrome } = fakeChrome();
    const browser = wrapChrome(chrome);
    expect(browser.runtime.id).toBe('extension-id');
    expect(browser.runtime.getURL('/panel.html')).toBe(
      'chrome-extension://extension-id/panel.html',
    );
  });

  test('sends a promised listener result as the response', async () => {
    const { chrome, listeners } = fakeChrome();
    wrapChrome(chrome).runtime.onMessage.addListener(() => Promise.resolve({ outcomes: [] }));
    const [listener] = listeners;
    const sendResponse = vi.fn();
    const keepsChannel = listener({ type: 'fill' }, {}, sendResponse);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalled());
    expect(keepsChannel).toBe(true);
    expect(sendResponse).toHaveBeenCalledWith({ outcomes: [] });
  });

  test('sends a rejection in the polyfill form', async () => {
    const { chrome, listeners } = fakeChrome();
    wrapChrome(chrome).runtime.onMessage.addListener(() => Promise.reject(new Error('no frame')));
    const [listener] = listeners;
    const sendResponse = vi.fn();
    listener({ type: 'fill' }, {}, sendResponse);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalled());
    expect(sendResponse).toHaveBeenCalledWith({
      __mozWebExtensionPolyfillReject__: true,
      message: 'no frame',
    });
  });

  test('closes the channel when a listener returns no promise', () => {
    const { chrome, listeners } = fakeChrome();
    wrapChrome(chrome).runtime.onMessage.addListener(() => undefined);
    const [listener] = listeners;
    expect(listener({ type: 'highlight' }, {}, vi.fn())).toBe(false);
  });

  test('removes the wrapper of a removed listener', () => {
    const { chrome, listeners } = fakeChrome();
    const browser = wrapChrome(chrome);
    const listener = () => undefined;
    browser.runtime.onMessage.addListener(listener);
    browser.runtime.onMessage.removeListener(listener);
    expect(listeners.size).toBe(0);
    expect(browser.runtime.onMessage.hasListener(listener)).toBe(false);
  });
});
