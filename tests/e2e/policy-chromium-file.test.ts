/**
 * The organisation's policy through Chromium's own policy files. On Linux,
 * Chromium reads mandatory policy only from /etc/chromium/policies/managed,
 * and an extension's managed storage from the `3rdparty.extensions.<id>` key
 * of a JSON file there. The test writes one file keyed by the id of its own
 * temporary copy of the extension, so no other browser or extension on the
 * machine gets a setting from it, and removes the file afterwards. It runs
 * only where that folder can be written (root, as on the CI machine), and is
 * skipped elsewhere.
 */
import { constants } from 'node:fs';
import { access, mkdir, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, selectedBrowser, type ExtensionSession } from './support/browser';

const POLICY_DIR = '/etc/chromium/policies/managed';
/** Maximum wait for Chromium to reload its policy folder after the test writes the file. */
const POLICY_WAIT_MS = 60_000;

const POLICY = { majorityAge: 16, autoLockMinutes: 9, enforcement: 'enforce' };

/** Tells whether this process may create or write the policy folder. */
async function canWritePolicyDir(): Promise<boolean> {
  for (let folder = POLICY_DIR; folder !== path.dirname(folder); folder = path.dirname(folder)) {
    try {
      await access(folder, constants.F_OK);
    } catch {
      continue;
    }
    try {
      await access(folder, constants.W_OK);
      return true;
    } catch {
      return false;
    }
  }
  return false;
}

const writable = selectedBrowser() === 'chromium' && (await canWritePolicyDir());

describe.skipIf(!writable)('managed policy from Chromium policy files', () => {
  let session: ExtensionSession;
  let policyFile: string;
  /** The first folder of the policy path that this test created, removed again if left empty. */
  let createdFolder: string | undefined;

  beforeAll(async () => {
    session = await launchWithExtension();
    createdFolder = await mkdir(POLICY_DIR, { recursive: true });
    policyFile = path.join(POLICY_DIR, `vigila-test-${session.extensionId}.json`);
    const policy = { '3rdparty': { extensions: { [session.extensionId]: POLICY } } };
    await writeFile(policyFile, JSON.stringify(policy), { mode: 0o644 });
  });

  afterAll(async () => {
    if (policyFile) await rm(policyFile, { force: true });
    for (let folder = POLICY_DIR; createdFolder && folder.startsWith(createdFolder);) {
      await rmdir(folder).catch(() => undefined);
      folder = path.dirname(folder);
    }
    await session?.close();
  });

  it('reads the policy into storage.managed', async () => {
    const managed = await session.extensionContext.evaluate(async (waitMs) => {
      const deadline = Date.now() + waitMs;
      for (;;) {
        const items = await (globalThis as any).chrome.storage.managed.get(null);
        if (Object.keys(items).length > 0 || Date.now() > deadline) return items;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }, POLICY_WAIT_MS);
    expect(managed).toEqual(POLICY);
  });

  it('shows the policy settings as locked on the options page', async () => {
    const page = await session.browser.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    await page.waitForSelector('[data-testid="managed-policy"]', { timeout: POLICY_WAIT_MS });
    const settings = await page.$$eval('[data-testid="policy-setting"]', (items) =>
      items.map((item) => (item as HTMLElement).dataset.setting),
    );
    expect(settings).toEqual(['enforcement', 'majorityAge', 'autoLockMinutes']);
    const enforced = await page.waitForFunction(
      () =>
        (document.querySelector('[data-testid="enforcement-enforce"]') as HTMLInputElement | null)
          ?.checked === true,
      { timeout: 10_000, polling: 100 },
    );
    expect(await enforced.jsonValue()).toBe(true);
    await page.close();
  });
});
