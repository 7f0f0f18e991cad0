import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { answerProfileRequest } from '@/utils/background/profile-request';
import { syncContentScripts } from '@/utils/background/registration';
import { DEFAULT_CHECKLIST } from '@/utils/checklist';
import { applyMajorityAgePolicy, mergePolicyProfiles } from '@/utils/policy/apply';
import {
  filterAllowedOrigins,
  isOriginAllowed,
  normalizeAllowedOrigin,
} from '@/utils/policy/origins';
import type { PortalProfile } from '@/utils/schema/profile';
import {
  readDraftSettings,
  readStoredDraftSettings,
  saveDraftSettings,
  saveProfile,
} from '@/utils/store';
import { closeDatabase } from '@/utils/store/db';

function profile(id: string, name: string, urlPattern = 'https://portal.example/*'): PortalProfile {
  return {
    format: 'vigila-profile',
    version: 1,
    id,
    name,
    urlPattern,
    fields: { surname: { selector: `#${id}-surname` } },
  };
}

beforeEach(async () => {
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
  await fakeBrowser.storage.managed.clear();
  await fakeBrowser.storage.local.clear();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('normalizeAllowedOrigin', () => {
  it.each([
    ['https://portal.example', 'https://portal.example/*'],
    ['portal.example', 'https://portal.example/*'],
    ['http://10.1.2.3:8080/app/*', 'http://10.1.2.3/*'],
    ['https://*.police.example/*', 'https://*.police.example/*'],
    ['*://portal.example/', '*://portal.example/*'],
    ['HTTPS://Portal.Example', 'https://portal.example/*'],
  ])('turns %s into %s', (entry, expected) => {
    expect(normalizeAllowedOrigin(entry)).toBe(expected);
  });

  it.each(['', 'ftp://files.example', '<all_urls>', 'https://', 'https://a*b.example/*'])(
    'rejects %j',
    (entry) => {
      expect(normalizeAllowedOrigin(entry)).toBeUndefined();
    },
  );
});

describe('isOriginAllowed', () => {
  const allowed = [
    'https://portal.example/*',
    'https://*.police.example/*',
    '*://legacy.example/*',
  ];

  it.each([
    ['https://portal.example/*', true],
    ['http://portal.example/*', false],
    ['https://other.example/*', false],
    ['https://police.example/*', true],
    ['https://alerts.police.example/*', true],
    ['https://*.alerts.police.example/*', true],
    ['https://*.example/*', false],
    ['http://legacy.example/*', true],
    ['https://legacy.example/*', true],
  ])('%s is allowed: %s', (pattern, expected) => {
    expect(isOriginAllowed(pattern, allowed)).toBe(expected);
  });

  it('allows every origin without an allow-list', () => {
    expect(isOriginAllowed('https://anything.example/*', undefined)).toBe(true);
  });

  it('filters granted origins', () => {
    const granted = ['https://portal.example/*', 'https://other.example/*'];
    expect(filterAllowedOrigins(granted, allowed)).toEqual(['https://portal.example/*']);
  });
});

describe('draft settings under a policy', () => {
  it('uses the policy values in place of the user values', async () => {
    await saveDraftSettings({ idleMinutes: 30, retentionDays: 60 });
    await fakeBrowser.storage.managed.set({ autoLockMinutes: 5 });
    expect(await readDraftSettings()).toEqual({ idleMinutes: 5, retentionDays: 60 });
    expect(await readStoredDraftSettings()).toEqual({ idleMinutes: 30, retentionDays: 60 });
  });

  it('keeps the user values without a policy', async () => {
    await saveDraftSettings({ idleMinutes: 30, retentionDays: 60 });
    expect(await readDraftSettings()).toEqual({ idleMinutes: 30, retentionDays: 60 });
  });

  it('ignores an invalid policy value', async () => {
    await saveDraftSettings({ idleMinutes: 30, retentionDays: 60 });
    await fakeBrowser.storage.managed.set({ retentionDays: 0 });
    expect(await readDraftSettings()).toEqual({ idleMinutes: 30, retentionDays: 60 });
  });
});

describe('policy profiles', () => {
  it('replace the user profile with the same id', () => {
    const stored = [profile('a', 'Mine'), profile('b', 'Other')];
    const merged = mergePolicyProfiles(stored, { profiles: [profile('a', 'Managed')] });
    expect(merged.map((item) => item.name)).toEqual(['Other', 'Managed']);
  });

  it('are answered to a content script', async () => {
    await saveProfile(profile('mine', 'Mine', 'https://portal.example/*'));
    const managed = profile('managed', 'Managed', 'https://portal.example/alerts/*');
    await fakeBrowser.storage.managed.set({ profiles: JSON.stringify([managed]) });
    const sender = {
      id: fakeBrowser.runtime.id,
      url: 'https://portal.example/alerts/new',
      frameId: 0,
      tab: { id: 4, url: 'https://portal.example/alerts/new' },
    };
    const response = await answerProfileRequest(sender);
    expect(response?.profile?.id).toBe('managed');
  });
});

describe('majority age policy', () => {
  it('overrides the checklist age', () => {
    expect(applyMajorityAgePolicy(DEFAULT_CHECKLIST, { majorityAge: 16 }).majorityAge).toBe(16);
  });

  it('keeps the checklist age without a policy', () => {
    expect(applyMajorityAgePolicy(DEFAULT_CHECKLIST, {}).majorityAge).toBe(18);
  });
});

describe('content script registration under a policy', () => {
  it('registers only granted origins the policy allows', async () => {
    vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({
      origins: ['https://portal.example/*', 'https://other.example/*'],
      permissions: [],
    });
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([]);
    const register = vi
      .spyOn(fakeBrowser.scripting, 'registerContentScripts')
      .mockResolvedValue(undefined);
    await fakeBrowser.storage.managed.set({ allowedOrigins: ['https://portal.example'] });

    await syncContentScripts();

    expect(register).toHaveBeenCalledTimes(1);
    expect(register.mock.calls[0][0][0].matches).toEqual(['https://portal.example/*']);
  });

  it('registers nothing when no granted origin is allowed', async () => {
    vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({
      origins: ['https://other.example/*'],
      permissions: [],
    });
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([]);
    const register = vi.spyOn(fakeBrowser.scripting, 'registerContentScripts');
    await fakeBrowser.storage.managed.set({ allowedOrigins: ['https://portal.example'] });

    await syncContentScripts();

    expect(register).not.toHaveBeenCalled();
  });
});
