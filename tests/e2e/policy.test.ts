/**
 * The organisation's policy in a real Chromium. Chromium reads policy on
 * Linux only from /etc/chromium/policies/managed, which is machine-wide, so
 * these tests set no real policy. They prove that Chromium accepts the
 * manifest's managed_schema.json and reads an empty managed area. To give an
 * options or drafts page a policy, they replace `chrome.storage.managed.get`
 * in that page before its scripts run (DevTools
 * `Page.addScriptToEvaluateOnNewDocument`), which no web page can reach.
 * policy-chromium-file.test.ts reads a real policy file through Chromium,
 * where the tests may write its policy folder, and policy-firefox.test.ts
 * reads a real policy through Firefox.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchWithExtension,
  TEST_ONLY_PASSPHRASE,
  unlockDraftsPage,
  type ExtensionSession,
} from './support/browser';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchWithExtension();
});

afterAll(async () => {
  await session?.close();
});

const PROFILE = {
  format: 'vigila-profile',
  version: 1,
  id: 'it-portal',
  name: 'Portale questura',
  urlPattern: 'https://portal.police.example/*',
  fields: { surname: { selector: '#cognome' } },
};

const POLICY = {
  allowedOrigins: ['https://portal.police.example', 'http://127.0.0.1'],
  profiles: JSON.stringify([PROFILE]),
  majorityAge: 18,
  autoLockMinutes: 5,
  retentionDays: 7,
  enforcement: 'enforce',
  retentionDay: 3,
};

/** Opens an extension page whose `storage.managed` returns `policy`. */
async function openWithPolicy(file: string, policy: Record<string, unknown>): Promise<Page> {
  const page = await session.browser.newPage();
  await page.evaluateOnNewDocument((value) => {
    const managed = (globalThis as any).chrome.storage.managed;
    const get = (_keys: unknown, callback?: (items: unknown) => void) => {
      const items = JSON.parse(value);
      if (typeof callback === 'function') {
        callback(items);
        return undefined;
      }
      return Promise.resolve(items);
    };
    Object.defineProperty(managed, 'get', { value: get, configurable: true, writable: true });
  }, JSON.stringify(policy));
  await page.goto(`chrome-extension://${session.extensionId}/${file}`);
  return page;
}

async function lockedSettings(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="managed-lock"]', (locks) =>
    locks.map((lock) => (lock as HTMLElement).dataset.setting ?? ''),
  );
}

describe('managed policy in Chromium', () => {
  it('loads the extension with its managed schema', async () => {
    const manifest = await session.extensionContext.evaluate(() =>
      (globalThis as any).chrome.runtime.getManifest(),
    );
    expect(manifest.storage).toEqual({ managed_schema: 'managed_schema.json' });
  });

  it('reads an empty managed area without a policy', async () => {
    const page = await session.browser.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    const managed = await page.evaluate(() => (globalThis as any).chrome.storage.managed.get(null));
    await page.waitForSelector('[data-testid="origin-input"]');
    expect(managed).toEqual({});
    expect(await page.$('[data-testid="managed-policy"]')).toBeNull();
    expect(await lockedSettings(page)).toEqual([]);
    await page.close();
  });

  it('shows managed settings as locked on the options page', async () => {
    const page = await openWithPolicy('options.html', POLICY);
    await page.waitForSelector('[data-testid="managed-policy"]');
    const settings = await page.$$eval('[data-testid="policy-setting"]', (items) =>
      items.map((item) => (item as HTMLElement).dataset.setting),
    );
    expect(settings).toEqual([
      'allowedOrigins',
      'profiles',
      'enforcement',
      'majorityAge',
      'autoLockMinutes',
      'retentionDays',
    ]);
    const lockText = await page.$eval(
      '[data-testid="policy-setting"][data-setting="autoLockMinutes"] [data-testid="managed-lock"]',
      (lock) => lock.textContent,
    );
    expect(lockText).toContain('Set by your organisation');
    expect(lockText).toContain('autoLockMinutes');
    await page.close();
  });

  it('locks the enforcement mode the policy sets', async () => {
    const page = await openWithPolicy('options.html', POLICY);
    await page.waitForSelector('#enforcement-title ~ [data-testid="managed-lock"]');
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-testid="enforcement-enforce"]') as HTMLInputElement | null)
          ?.checked === true,
      { timeout: 10_000, polling: 100 },
    );
    const disabled = await page.$eval(
      'fieldset.enforcement',
      (fieldset) => (fieldset as HTMLFieldSetElement).disabled,
    );
    expect(disabled).toBe(true);
    await page.close();
  });

  it('names an invalid policy key with its value', async () => {
    const page = await openWithPolicy('options.html', POLICY);
    const error = await page.waitForSelector('[data-testid="policy-error"]');
    const data = await error!.evaluate((item) => ({ ...(item as HTMLElement).dataset }));
    expect(data.path).toBe('retentionDay');
    expect(data.value).toBe('3');
    await page.close();
  });

  it('lists the organisation origins and profiles as locked', async () => {
    const page = await openWithPolicy('options.html', POLICY);
    await page.waitForSelector('[data-testid="policy-origin"]');
    const origins = await page.$$eval('[data-testid="policy-origin"]', (items) =>
      items.map((item) => [
        (item as HTMLElement).dataset.origin,
        (item as HTMLElement).dataset.granted,
      ]),
    );
    // The test copy of the extension is granted 127.0.0.1 in its manifest.
    expect(origins).toContainEqual(['http://127.0.0.1/*', 'true']);
    expect(origins).toContainEqual(['https://portal.police.example/*', 'false']);
    expect(await page.$('[data-testid="origin-grant-policy"]')).not.toBeNull();

    const profileIds = await page.$$eval('[data-testid="policy-profile"]', (items) =>
      items.map((item) => (item as HTMLElement).dataset.profileId),
    );
    expect(profileIds).toEqual(['it-portal']);
    expect(await lockedSettings(page)).toEqual(
      expect.arrayContaining(['allowedOrigins', 'profiles']),
    );
    await page.close();
  });

  it('refuses an origin outside the allow-list', async () => {
    const page = await openWithPolicy('options.html', POLICY);
    await page.waitForSelector('[data-testid="policy-origin"]');
    await page.type('[data-testid="origin-input"]', 'https://elsewhere.example');
    await page.click('[data-testid="origin-add"]');
    const alert = await page.waitForSelector('.origins ~ p[role="alert"], form ~ p[role="alert"]');
    expect(await alert!.evaluate((element) => element.textContent)).toContain(
      'https://elsewhere.example/* is not among the portals your organisation allows',
    );
    await page.close();
  });

  it('shows the checklist the policy forces', async () => {
    const checklist = {
      format: 'vigila-checklist',
      version: 3,
      id: 'national',
      name: 'National standard',
      majorityAge: 18,
      majorityWarningMonths: 3,
      fields: { surname: { requirement: 'required', weight: 3 } },
      rules: {},
    };
    const page = await openWithPolicy('options.html', {
      checklists: JSON.stringify([checklist]),
      enforcedChecklistId: 'national',
    });
    const notice = await page.waitForSelector('[data-testid="checklist-policy-enforced"]');
    expect(await notice!.evaluate((element) => element.textContent)).toContain('National standard');
    const items = await page.$$eval('[data-testid="checklist-item"]', (elements) =>
      elements.map((element) => [
        (element as HTMLElement).dataset.checklistId,
        (element as HTMLElement).dataset.active,
      ]),
    );
    expect(items).toEqual([
      ['default', 'false'],
      ['national', 'true'],
    ]);
    expect(await page.$('[data-testid="checklist-activate"]')).toBeNull();
    expect(await lockedSettings(page)).toContain('enforcedChecklistId');
    await page.close();
  });

  it('locks the drafts lock and retention settings', async () => {
    const page = await openWithPolicy('drafts.html', POLICY);
    await unlockDraftsPage(page, TEST_ONLY_PASSPHRASE, 30_000);
    const idle = await page.waitForSelector('[data-testid="lock-idle-minutes"]', {
      timeout: 15_000,
    });
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-testid="lock-idle-minutes"]') as HTMLInputElement)?.value ===
        '5',
    );
    expect(await idle!.evaluate((input) => (input as HTMLInputElement).readOnly)).toBe(true);
    const days = await page.$eval('[data-testid="retention-days"]', (input) => ({
      value: (input as HTMLInputElement).value,
      readOnly: (input as HTMLInputElement).readOnly,
    }));
    expect(days).toEqual({ value: '7', readOnly: true });
    expect(await lockedSettings(page)).toEqual(['autoLockMinutes', 'retentionDays']);
    expect(await page.$('[data-testid="draft-settings-save"]')).toBeNull();
    await page.close();
  });
});
