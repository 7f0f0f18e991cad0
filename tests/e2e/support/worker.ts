import type { CDPSession, Page } from 'puppeteer-core';
import type { ExtensionSession } from './browser';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** A stopped service worker whose restarts run without a debugger's go-ahead. */
export interface StoppedWorker {
  /** How many times the worker started again since it was stopped. */
  restarts(): number;
  /** Stops resuming restarts. */
  dispose(): Promise<void>;
}

function isExtensionWorker(info: TargetInfo, extensionId: string): boolean {
  return (
    info.type === 'service_worker' && info.url.startsWith(`chrome-extension://${extensionId}/`)
  );
}

async function extensionWorkers(client: CDPSession, extensionId: string): Promise<TargetInfo[]> {
  const { targetInfos } = await client.send('Target.getTargets');
  return targetInfos.filter((info) => isExtensionWorker(info, extensionId));
}

/**
 * Lets a worker that waits for a debugger run, through a session of its own.
 * With puppeteer-core 24.43 attached to Chromium 156, a service worker that
 * restarted under its earlier target id waited for a debugger and never ran
 * until this call.
 */
async function resume(client: CDPSession, targetId: string): Promise<void> {
  const { sessionId } = await client.send('Target.attachToTarget', { targetId, flatten: true });
  const worker = client.connection()?.session(sessionId);
  await worker?.send('Runtime.runIfWaitingForDebugger');
  await client.send('Target.detachFromTarget', { sessionId });
}

/**
 * Stops the extension's service worker with the DevTools protocol command
 * `ServiceWorker.stopAllWorkers`, sent from an extension page, and waits
 * until no worker of the extension runs. Every later start of the worker, on
 * the next event for it, is resumed as a browser without DevTools runs it.
 */
export async function stopServiceWorker(
  session: ExtensionSession,
  extensionPage: Page,
  timeoutMs = 10_000,
): Promise<StoppedWorker> {
  const pageClient = await extensionPage.createCDPSession();
  await pageClient.send('ServiceWorker.enable');
  await pageClient.send('ServiceWorker.stopAllWorkers');
  await pageClient.detach();

  const client = await session.browser.target().createCDPSession();
  const deadline = Date.now() + timeoutMs;
  while ((await extensionWorkers(client, session.extensionId)).length > 0) {
    if (Date.now() > deadline) {
      await client.detach();
      throw new Error(`The extension's service worker still ran ${timeoutMs} ms after the stop`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  let restarts = 0;
  client.on('Target.targetCreated', ({ targetInfo }) => {
    if (!isExtensionWorker(targetInfo, session.extensionId)) return;
    restarts += 1;
    void resume(client, targetInfo.targetId).catch(() => {
      // The worker stopped again before the session attached.
    });
  });
  await client.send('Target.setDiscoverTargets', { discover: true });
  return { restarts: () => restarts, dispose: () => client.detach() };
}
