import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { relaySessionArea } from '@/utils/background/session-relay';

const PANEL = { url: fakeBrowser.runtime.getURL('/panel.html') };
const PAGE = { url: 'http://127.0.0.1:8080/alert.html' };

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.session.set({ draftKey: 'a2V5', otherKey: { score: 1 } });
});

describe('relaySessionArea', () => {
  it('reads the drafts key for an extension page', async () => {
    const values = await relaySessionArea(
      { type: 'session-area', operation: 'get', keys: ['draftKey'] },
      PANEL,
    );
    expect(values).toEqual({ draftKey: 'a2V5' });
  });

  it('ignores a content script', () => {
    const answer = relaySessionArea(
      { type: 'session-area', operation: 'get', keys: ['draftKey'] },
      PAGE,
    );
    expect(answer).toBeUndefined();
  });

  it('reads no key beyond the relayed ones', async () => {
    const values = await relaySessionArea(
      { type: 'session-area', operation: 'get', keys: ['otherKey'] },
      PANEL,
    );
    expect(values).toEqual({});
  });

  it('writes and removes only relayed keys', async () => {
    await relaySessionArea(
      { type: 'session-area', operation: 'set', items: { draftActivity: 5, other: 1 } },
      PANEL,
    );
    await relaySessionArea(
      { type: 'session-area', operation: 'remove', keys: ['draftKey'] },
      PANEL,
    );
    const stored = await fakeBrowser.storage.session.get(null);
    expect(stored).toEqual({ draftActivity: 5, otherKey: { score: 1 } });
  });
});
