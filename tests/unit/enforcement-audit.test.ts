import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_ENTRIES_PER_WINDOW } from '@/utils/background/audit-limit';
import { portalOrigin, recordSubmissionCheck } from '@/utils/background/submission-audit';
import type { Verdict } from '@/utils/enforcement/verdict';
import { listAuditEntries } from '@/utils/store/audit';
import { closeDatabase } from '@/utils/store/db';

const VERDICT: Verdict = {
  enforcing: true,
  blocking: true,
  checklistId: 'default',
  checklistVersion: 1,
  score: 55,
  failedRules: ['photo_present'],
  missingFields: ['surname'],
};

const SENDER = {
  tab: { id: 3, url: 'https://sis.example.gov/alerts/new?child=Rahimzada#top' },
  url: 'https://sis.example.gov/alerts/form.aspx?id=42',
};

beforeEach(async () => {
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
});

describe('submission audit', () => {
  it('writes an overridden check with its reason', async () => {
    const check = {
      id: 'a-1',
      outcome: 'overridden',
      verdict: VERDICT,
      overrideReason: 'Centre closed',
    };
    await recordSubmissionCheck(check, SENDER, 1_700_000_000_000);
    const [entry] = await listAuditEntries();
    expect(entry).toEqual({
      id: expect.any(Number),
      at: 1_700_000_000_000,
      origin: 'https://sis.example.gov',
      checklistId: 'default',
      checklistVersion: 1,
      score: 55,
      outcome: 'overridden',
      failedRules: ['photo_present'],
      missingFields: ['surname'],
      overrideReason: 'Centre closed',
    });
  });

  it('keeps no reason on a passed check', async () => {
    const check = { id: 'a-2', outcome: 'passed', verdict: VERDICT, overrideReason: 'Stray text' };
    await recordSubmissionCheck(check, SENDER);
    const [entry] = await listAuditEntries();
    expect(entry.outcome).toBe('passed');
    expect(entry).not.toHaveProperty('overrideReason');
  });

  it('writes nothing for a value passed as a field id', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const verdict = { ...VERDICT, missingFields: ['Rahimzada'] };
    await recordSubmissionCheck({ id: 'a-3', outcome: 'blocked', verdict }, SENDER);
    expect(await listAuditEntries()).toEqual([]);
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0])).not.toContain('Rahimzada');
    error.mockRestore();
  });

  it('writes nothing for an override without reason', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await recordSubmissionCheck({ id: 'a-5', outcome: 'overridden', verdict: VERDICT }, SENDER);
    expect(await listAuditEntries()).toEqual([]);
    expect(error).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });

  it('writes nothing for a check with extra keys', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const check = { id: 'a-4', outcome: 'blocked', verdict: VERDICT, surname: 'Rahimzada' };
    await recordSubmissionCheck(check, SENDER);
    expect(await listAuditEntries()).toEqual([]);
    error.mockRestore();
  });
});

describe('portal origin', () => {
  it('takes the origin of the top page', () => {
    expect(portalOrigin(SENDER)).toBe('https://sis.example.gov');
  });

  it('falls back to the frame for a tab without an http page', () => {
    const sender = { tab: { url: 'about:blank' }, url: 'http://127.0.0.1:8080/form.html?x=1' };
    expect(portalOrigin(sender)).toBe('http://127.0.0.1:8080');
  });

  it('returns nothing without an http origin', () => {
    expect(portalOrigin({ url: 'about:srcdoc' })).toBeUndefined();
  });
});

describe('submission audit limit', () => {
  const BURST_SENDER = { ...SENDER, tab: { ...SENDER.tab, id: 41 }, frameId: 0 };

  it('writes a burst beyond the limit as one entry', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      for (let index = 0; index < MAX_ENTRIES_PER_WINDOW + 5; index += 1) {
        const check = { id: `burst-${index}`, outcome: 'blocked', verdict: VERDICT };
        await recordSubmissionCheck(check, BURST_SENDER, 1_700_000_000_000 + index);
      }
      expect(await listAuditEntries()).toHaveLength(MAX_ENTRIES_PER_WINDOW);

      await vi.runAllTimersAsync();
      const entries = await listAuditEntries();
      expect(entries).toHaveLength(MAX_ENTRIES_PER_WINDOW + 1);
      expect(entries.at(-1)?.unloggedChecks).toBe(4);
      expect(entries.slice(0, -1).every((entry) => entry.unloggedChecks === undefined)).toBe(true);
      expect(warn).toHaveBeenCalledTimes(1);
    } finally {
      warn.mockRestore();
      vi.useRealTimers();
    }
  });

  it('writes a check sent twice once', async () => {
    const sender = { ...SENDER, tab: { ...SENDER.tab, id: 42 }, frameId: 0 };
    const check = { id: 'twice-1', outcome: 'blocked', verdict: VERDICT };
    await recordSubmissionCheck(check, sender);
    await recordSubmissionCheck(check, sender);
    expect(await listAuditEntries()).toHaveLength(1);
  });
});
