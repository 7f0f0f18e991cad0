import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  exportDrafts,
  getDraft,
  listDrafts,
  markDraftUsed,
  saveDraft,
  setDeleteAfterUse,
} from '@/utils/store';
import { getDatabase } from '@/utils/store/db';
import { DELETE_AFTER_USE_DELAY_MS } from '@/utils/store/retention';
import { rawRecord, rejection, resetStore } from './support/store';
import { unlockForTests } from './support/unlock';

const START = 1_700_000_000_000;
const PHOTO_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

const DRAFT = {
  id: 'case-7',
  label: 'Reception centre Elbufer',
  fields: {
    surname: 'WELDEMICHAEL',
    forenames: 'Saba',
    date_of_birth: '2012-03-09',
    facial_image: {
      name: 'photo.png',
      type: 'image/png',
      dataUrl: `data:image/png;base64,${PHOTO_BASE64}`,
    },
  },
};

/** Returns every form in which a record could show a value: strings, and bytes as text and base64. */
function readableForms(record: unknown): string {
  const parts: string[] = [];
  const visit = (value: unknown) => {
    if (value instanceof Uint8Array) {
      parts.push(Buffer.from(value).toString('latin1'));
      parts.push(Buffer.from(value).toString('utf8'));
      parts.push(Buffer.from(value).toString('base64'));
    } else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        parts.push(key);
        visit(inner);
      }
    } else {
      parts.push(String(value));
    }
  };
  visit(record);
  return parts.join('\n');
}

beforeEach(async () => {
  await resetStore();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(START);
  await unlockForTests();
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('sealed draft record', () => {
  it('keeps only its id, IV, ciphertext and update time', async () => {
    await saveDraft(DRAFT);
    const record = await rawRecord('case-7');
    expect(Object.keys(record ?? {}).sort()).toEqual(['ciphertext', 'id', 'iv', 'updatedAt']);
  });

  it('has a 12-byte IV', async () => {
    await saveDraft(DRAFT);
    expect((await rawRecord('case-7'))?.iv).toHaveLength(12);
  });

  it.each([
    ['surname', 'WELDEMICHAEL'],
    ['forenames', 'Saba'],
    ['date of birth', '2012-03-09'],
    ['photo', PHOTO_BASE64.slice(0, 40)],
    ['label', 'Elbufer'],
  ])('does not contain the %s', async (_, value) => {
    await saveDraft(DRAFT);
    expect(readableForms(await rawRecord('case-7'))).not.toContain(value);
  });

  it('gets a new IV on each save', async () => {
    await saveDraft(DRAFT);
    const first = Buffer.from((await rawRecord('case-7'))!.iv).toString('hex');
    await saveDraft(DRAFT);
    const second = Buffer.from((await rawRecord('case-7'))!.iv).toString('hex');
    expect(second).not.toBe(first);
  });

  it('opens to the saved draft', async () => {
    await saveDraft(DRAFT);
    expect((await getDraft('case-7'))?.fields).toEqual(DRAFT.fields);
  });

  it('keeps the creation time inside the ciphertext', async () => {
    await saveDraft(DRAFT);
    vi.setSystemTime(START + 1_000);
    await saveDraft(DRAFT);
    expect((await getDraft('case-7'))?.createdAt).toBe(START);
  });

  it('keeps the last use in plain form for retention', async () => {
    await saveDraft(DRAFT);
    vi.setSystemTime(START + 5_000);
    await markDraftUsed('case-7');
    expect((await rawRecord('case-7'))?.lastUsedAt).toBe(START + 5_000);
  });

  it('opens only under its own id', async () => {
    await saveDraft(DRAFT);
    const record = await rawRecord('case-7');
    await (await getDatabase()).put('drafts', { ...record!, id: 'other' });
    const error = await rejection(getDraft('other'));
    expect(error.code).toBe('corrupt');
    expect(error.message).toContain('decryption failed');
  });

  it('is damaged when its ciphertext changed', async () => {
    await saveDraft(DRAFT);
    const record = (await rawRecord('case-7'))!;
    record.ciphertext[5] ^= 0xff;
    await (await getDatabase()).put('drafts', record);
    expect((await rejection(getDraft('case-7'))).code).toBe('corrupt');
  });

  it('lists a record of another key as damaged', async () => {
    await saveDraft(DRAFT);
    const record = (await rawRecord('case-7'))!;
    record.ciphertext = new Uint8Array(record.ciphertext.length);
    await (await getDatabase()).put('drafts', record);
    const [summary] = await listDrafts();
    expect(summary.error?.code).toBe('corrupt');
  });

  it('exports the opened draft', async () => {
    await saveDraft(DRAFT);
    expect(await exportDrafts(['case-7'])).toContain('WELDEMICHAEL');
  });
});

describe('delete after use', () => {
  it('is off for a new draft', async () => {
    await saveDraft(DRAFT);
    expect((await getDraft('case-7'))?.deleteAfterUse).toBe(false);
  });

  it('is stored inside the ciphertext', async () => {
    await saveDraft(DRAFT);
    await setDeleteAfterUse('case-7', true);
    expect(Object.keys((await rawRecord('case-7'))!).sort()).toEqual([
      'ciphertext',
      'id',
      'iv',
      'updatedAt',
    ]);
    expect((await getDraft('case-7'))?.deleteAfterUse).toBe(true);
  });

  it('survives a save of the draft', async () => {
    await saveDraft(DRAFT);
    await setDeleteAfterUse('case-7', true);
    await saveDraft({ ...DRAFT, label: 'Changed' });
    expect((await getDraft('case-7'))?.deleteAfterUse).toBe(true);
  });

  it('sets the deletion time when the draft fills an alert', async () => {
    await saveDraft(DRAFT);
    await setDeleteAfterUse('case-7', true);
    await markDraftUsed('case-7');
    expect((await rawRecord('case-7'))?.deleteAt).toBe(START + DELETE_AFTER_USE_DELAY_MS);
  });

  it('sets no deletion time for a draft without it', async () => {
    await saveDraft(DRAFT);
    await markDraftUsed('case-7');
    expect((await rawRecord('case-7'))?.deleteAt).toBeUndefined();
  });

  it('clears the deletion time when turned off', async () => {
    await saveDraft(DRAFT);
    await setDeleteAfterUse('case-7', true);
    await markDraftUsed('case-7');
    await setDeleteAfterUse('case-7', false);
    expect((await rawRecord('case-7'))?.deleteAt).toBeUndefined();
  });

  it('shows in the list', async () => {
    await saveDraft(DRAFT);
    await setDeleteAfterUse('case-7', true);
    expect((await listDrafts())[0].deleteAfterUse).toBe(true);
  });
});
