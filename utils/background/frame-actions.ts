import type { Runtime } from 'webextension-polyfill';

/** The action script as built by WXT from entrypoints/actions.ts. */
const ACTION_SCRIPT = '/actions.js';

/**
 * Injects the fill and mapping script into the frame of the content script
 * that requests it. The content script's origin is one the officer granted,
 * so the extension may script that frame.
 */
export async function injectFrameActions(sender: Runtime.MessageSender): Promise<{ loaded: true }> {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  if (tabId === undefined || frameId === undefined) {
    throw new Error('load-actions was not sent by a content script in a tab');
  }
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    files: [ACTION_SCRIPT],
  });
  return { loaded: true };
}
