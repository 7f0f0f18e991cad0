import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseDraftFile } from '@/utils/schema/draft';
import {
  changePassphrase,
  deleteDraft,
  exportDrafts,
  getDraft,
  importDrafts,
  listDrafts,
  lock,
  saveDraft,
  setDeleteAfterUse,
  unlock,
  wipeDrafts,
} from '@/utils/store';
import { fromBase64 } from '@/utils/store/crypto';
import { closeDatabase, DB_NAME, getDatabase, MIGRATIONS, openDatabase } from '@/utils/store/db';
import type { PhotoRecord } from '@/utils/store/photos';
import { openRecord, sealRecord } from '@/utils/store/records';
import { deleteExpiredDrafts } from '@/utils/store/retention';
import { rawRecord, rejection, resetStore } from './support/store';
import { UNIT_TEST_PASSPHRASE, unlockForTests } from './support/unlock';

const START = 1_700_000_000_000;
const DAY = 86_400_000;

// A 1×1 PNG. Its bytes from offset 8 (the IHDR chunk on) are the sequence
// that no stored record may contain in plain form.
const PHOTO_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const PHOTO_BYTES = fromBase64(PHOTO_BASE64);
const KNOWN_BYTES = PHOTO_BYTES.slice(8, 40);
const PHOTO = {
  name: 'intake.png',
  type: 'image/png',
  dataUrl: `data:image/png;base64,${PHOTO_BASE64}`,
};
const OTHER_PHOTO = {
  name: 'second.png',
  type: 'image/png',
  dataUrl: `data:image/png;base64,${PHOTO_BASE64.replace('AAAAEAAAAB', 'AAAAIAAAAC')}`,
};

const DRAFT = {
  id: 'case-9',
  label: 'Reception centre Elbufer',
  fields: { surname: 'WELDEMICHAEL', facial_image: PHOTO },
};

/** Tells whether `needle` occurs in `haystack` as a run of bytes. */
function containsBytes(haystack: Uint8Array, needle: Uint8Array): boolean {
  const text = Buffer.from(haystack).toString('latin1');
  return text.includes(Buffer.from(needle).toString('latin1'));
}

/** Returns every byte and text a raw record holds, with the bytes of its Blobs. */
async function rawBytes(value: unknown): Promise<Uint8Array> {
  const parts: Buffer[] = [];
  const visit = async (inner: unknown): Promise<void> => {
    if (inner instanceof Blob) parts.push(Buffer.from(await inner.arrayBuffer()));
    else if (inner instanceof Uint8Array) parts.push(Buffer.from(inner));
    else if (inner && typeof inner === 'object') {
      for (const [key, item] of Object.entries(inner)) {
        parts.push(Buffer.from(key));
        await visit(item);
      }
    } else parts.push(Buffer.from(String(inner)));
  };
  await visit(value);
  return Buffer.concat(parts);
}

async function rawPhoto(id: string): Promise<PhotoRecord | undefined> {
  return (await getDatabase()).get('photos', id);
}

async function photoCount(): Promise<number> {
  return (await getDatabase()).count('photos');
}

/** Returns the base64 IV of each stored photo and draft record, to compare before and after. */
async function storedState(): Promise<string> {
  const database = await getDatabase();
  const drafts = await database.getAll('drafts');
  const photos = await database.getAll('photos');
  const ivs = (records: { iv: Uint8Array }[]) =>
    records.map((record) => Buffer.from(record.iv).toString('base64'));
  return JSON.stringify({ drafts: ivs(drafts), photos: ivs(photos) });
}

/** Makes the nth `put` into the photos store from now on throw the error a full disk gives. */
function failPhotoPut(failing: number): void {
  const put = IDBObjectStore.prototype.put;
  let calls = 0;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) {
    if (this.name === 'photos') calls += 1;
    if (this.name === 'photos' && calls === failing) {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    }
    return put.apply(this, args);
  });
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

describe('photo of a draft', () => {
  it('check finds plain bytes in a Blob', async () => {
    const plain = await rawBytes({ data: new Blob([PHOTO_BYTES]) });
    expect(containsBytes(plain, KNOWN_BYTES)).toBe(true);
  });

  it('opens with the saved draft', async () => {
    await saveDraft(DRAFT);
    expect((await getDraft('case-9'))?.fields).toEqual(DRAFT.fields);
  });

  it('is stored as a Blob in the photos store', async () => {
    await saveDraft(DRAFT);
    const record = await rawPhoto('case-9');
    expect(Object.keys(record ?? {}).sort()).toEqual(['data', 'draftId', 'iv']);
    expect(record?.data).toBeInstanceOf(Blob);
    expect(record?.iv).toHaveLength(12);
  });

  it('holds the photo length plus the 16-byte tag', async () => {
    await saveDraft(DRAFT);
    expect((await rawPhoto('case-9'))?.data.size).toBe(PHOTO_BYTES.length + 16);
  });

  it('stores no plain bytes in the photo record', async () => {
    await saveDraft(DRAFT);
    const bytes = await rawBytes(await rawPhoto('case-9'));
    expect(containsBytes(bytes, KNOWN_BYTES)).toBe(false);
    expect(Buffer.from(bytes).toString('latin1')).not.toContain(PHOTO_BASE64.slice(10, 40));
  });

  it('stores neither the bytes nor the name in the draft record', async () => {
    await saveDraft(DRAFT);
    const bytes = await rawBytes(await rawRecord('case-9'));
    expect(containsBytes(bytes, KNOWN_BYTES)).toBe(false);
    expect(Buffer.from(bytes).toString('latin1')).not.toContain(PHOTO_BASE64.slice(10, 40));
    expect(Buffer.from(bytes).toString('latin1')).not.toContain('intake.png');
  });

  it('opens only under its own draft id', async () => {
    await saveDraft(DRAFT);
    await saveDraft({ ...DRAFT, id: 'case-10' });
    const database = await getDatabase();
    const other = await rawPhoto('case-10');
    await database.put('photos', { ...other!, draftId: 'case-9' });
    const draft = await getDraft('case-9');
    expect(draft?.fields.facial_image).toBeUndefined();
    expect(draft?.photoError).toContain('The photo of draft "case-9" is damaged');
  });

  it('is damaged when its record is missing', async () => {
    await saveDraft(DRAFT);
    await (await getDatabase()).delete('photos', 'case-9');
    const draft = await getDraft('case-9');
    expect(draft?.photoError).toContain('no photo record');
    expect(draft?.fields.surname).toEqual(DRAFT.fields.surname);
  });

  it('opens without a damaged photo, and the next save removes it', async () => {
    await saveDraft(DRAFT);
    const database = await getDatabase();
    const record = await rawPhoto('case-9');
    await database.put('photos', { ...record!, data: new Blob([new Uint8Array(40)]) });
    const damaged = await getDraft('case-9');
    expect(damaged?.photoError).toContain('decryption failed');
    expect(damaged?.label).toBe(DRAFT.label);

    const { photoError: _error, ...edited } = damaged!;
    await saveDraft({ ...edited, label: 'Checked' });
    expect(await rawPhoto('case-9')).toBeUndefined();
    const saved = await getDraft('case-9');
    expect(saved?.photoError).toBeUndefined();
    expect(saved?.label).toBe('Checked');
  });

  it('stops an export of a draft whose photo is damaged', async () => {
    await saveDraft(DRAFT);
    await (await getDatabase()).delete('photos', 'case-9');
    const error = await rejection(exportDrafts(['case-9']));
    expect(error.code).toBe('corrupt');
    expect(error.errors.map((item) => item.path)).toEqual(['fields.facial_image']);
  });

  it('stays when a save keeps the photo', async () => {
    await saveDraft(DRAFT);
    const before = Buffer.from((await rawPhoto('case-9'))!.iv).toString('hex');
    await saveDraft({ ...DRAFT, label: 'Renamed' });
    expect(Buffer.from((await rawPhoto('case-9'))!.iv).toString('hex')).toBe(before);
  });

  it('takes a new file name without a new photo record', async () => {
    await saveDraft(DRAFT);
    const renamed = { ...PHOTO, name: 'renamed.png' };
    await saveDraft({ ...DRAFT, fields: { ...DRAFT.fields, facial_image: renamed } });
    expect((await getDraft('case-9'))?.fields.facial_image).toEqual(renamed);
  });

  it('is replaced when the photo changes', async () => {
    await saveDraft(DRAFT);
    await saveDraft({ ...DRAFT, fields: { ...DRAFT.fields, facial_image: OTHER_PHOTO } });
    expect((await getDraft('case-9'))?.fields.facial_image).toEqual(OTHER_PHOTO);
  });

  it('is deleted when the draft loses its photo', async () => {
    await saveDraft(DRAFT);
    await saveDraft({ ...DRAFT, fields: { surname: 'WELDEMICHAEL' } });
    expect(await rawPhoto('case-9')).toBeUndefined();
  });

  it('survives the delete-after-use choice', async () => {
    await saveDraft(DRAFT);
    await setDeleteAfterUse('case-9', true);
    expect((await getDraft('case-9'))?.fields.facial_image).toEqual(PHOTO);
  });

  it('is not read to list drafts', async () => {
    await saveDraft(DRAFT);
    await (await getDatabase()).delete('photos', 'case-9');
    expect((await listDrafts())[0].error).toBeUndefined();
  });
});

describe('photo deletion', () => {
  it('follows the deleted draft', async () => {
    await saveDraft(DRAFT);
    await deleteDraft('case-9');
    expect(await photoCount()).toBe(0);
  });

  it('follows a wipe', async () => {
    await saveDraft(DRAFT);
    await saveDraft({ ...DRAFT, id: 'case-10' });
    await wipeDrafts();
    expect(await photoCount()).toBe(0);
  });

  it('follows retention', async () => {
    await saveDraft(DRAFT);
    expect(await deleteExpiredDrafts(START + 31 * DAY)).toBe(1);
    expect(await photoCount()).toBe(0);
  });

  it('keeps the photos of drafts retention keeps', async () => {
    await saveDraft(DRAFT);
    await deleteExpiredDrafts(START + 29 * DAY);
    expect(await photoCount()).toBe(1);
  });
});

describe('photo under a passphrase change', () => {
  const NEXT = 'next unit-test passphrase';

  it('is sealed again with the new key', async () => {
    await saveDraft(DRAFT);
    const before = await storedState();
    await changePassphrase(UNIT_TEST_PASSPHRASE, NEXT);
    expect(await storedState()).not.toBe(before);
    expect((await getDraft('case-9'))?.fields.facial_image).toEqual(PHOTO);
  });

  it('changes nothing when the photo write fails', async () => {
    await saveDraft(DRAFT);
    await saveDraft({ ...DRAFT, id: 'case-10' });
    const before = await storedState();
    failPhotoPut(2);
    const error = await rejection(changePassphrase(UNIT_TEST_PASSPHRASE, NEXT));
    vi.restoreAllMocks();
    expect(error.code).toBe('quota');
    expect(await storedState()).toBe(before);
  });

  it('keeps the old passphrase when the photo write fails', async () => {
    await saveDraft(DRAFT);
    failPhotoPut(1);
    await rejection(changePassphrase(UNIT_TEST_PASSPHRASE, NEXT));
    vi.restoreAllMocks();
    await lock();
    await unlock(UNIT_TEST_PASSPHRASE);
    expect((await getDraft('case-9'))?.fields.facial_image).toEqual(PHOTO);
  });
});

describe('photo import and export', () => {
  const DRAFTS = [1, 2, 3].map((number) => ({
    id: `import-${number}`,
    fields: { surname: `NAME ${number}`, facial_image: PHOTO },
  }));

  it('imports photos into the photos store', async () => {
    await importDrafts(DRAFTS);
    expect(await photoCount()).toBe(3);
  });

  it('imports nothing when a photo write fails', async () => {
    await saveDraft(DRAFT);
    const before = await storedState();
    failPhotoPut(2);
    const error = await rejection(importDrafts(DRAFTS));
    vi.restoreAllMocks();
    expect(error.code).toBe('quota');
    expect(error.message).toContain('no storage space left');
    expect(await storedState()).toBe(before);
    expect((await listDrafts()).map((summary) => summary.id)).toEqual(['case-9']);
  });

  it('exports the photo as a data URL', async () => {
    await saveDraft(DRAFT);
    const exported = JSON.parse(await exportDrafts(['case-9']));
    expect(exported[0].fields.facial_image).toEqual(PHOTO);
  });

  it('reads back an exported file to the same drafts', async () => {
    await importDrafts(DRAFTS);
    const file = await exportDrafts();
    await wipeDrafts();
    const parsed = parseDraftFile(file);
    if (!parsed.ok) throw new Error('the exported file does not parse');
    await importDrafts(parsed.drafts);
    const reopened = await Promise.all(DRAFTS.map((draft) => getDraft(draft.id)));
    expect(reopened.map((draft) => draft?.fields)).toEqual(DRAFTS.map((draft) => draft.fields));
  });
});

describe('inline photo of a version 3 database', () => {
  /** Writes DRAFT as version 3 stored it: sealed, with its photo inline, in a version 3 database. */
  async function writeVersion3Draft(key: CryptoKey): Promise<void> {
    await closeDatabase();
    const old = await openDatabase(DB_NAME, MIGRATIONS.slice(0, 3));
    const draft = { ...DRAFT, createdAt: START, updatedAt: START, deleteAfterUse: false };
    await old.put('drafts', await sealRecord(key, draft));
    old.close();
  }

  it('upgrades to a database with a photos store', async () => {
    await writeVersion3Draft(await unlockForTests());
    const database = await getDatabase();
    expect(database.version).toBe(MIGRATIONS.length);
    expect([...database.objectStoreNames]).toContain('photos');
  });

  it('opens with its photo after the upgrade', async () => {
    await writeVersion3Draft(await unlockForTests());
    expect((await getDraft('case-9'))?.fields).toEqual(DRAFT.fields);
  });

  /** Tells whether the draft's sealed fields reference a stored photo instead of holding it. */
  async function referencesStoredPhoto(key: CryptoKey): Promise<boolean> {
    const opened = await openRecord(key, 'case-9', await rawRecord('case-9'));
    return opened.photo !== undefined && opened.fields.facial_image === undefined;
  }

  it('keeps the photo inline until a save or unlock', async () => {
    const key = await unlockForTests();
    await writeVersion3Draft(key);
    await getDraft('case-9');
    expect(await referencesStoredPhoto(key)).toBe(false);
  });

  it('moves the photo out on the next save', async () => {
    const key = await unlockForTests();
    await writeVersion3Draft(key);
    await saveDraft({ ...DRAFT, label: 'Saved again' });
    expect(await referencesStoredPhoto(key)).toBe(true);
    expect(await rawPhoto('case-9')).toBeDefined();
    expect((await getDraft('case-9'))?.fields).toEqual(DRAFT.fields);
  });

  it('moves the photo out at unlock', async () => {
    const key = await unlockForTests();
    await writeVersion3Draft(key);
    await lock();
    await unlock(UNIT_TEST_PASSPHRASE);
    expect(await referencesStoredPhoto(key)).toBe(true);
    expect((await getDraft('case-9'))?.fields).toEqual(DRAFT.fields);
  });

  it('unlocks when moving the photo fails', async () => {
    const key = await unlockForTests();
    await writeVersion3Draft(key);
    await lock();
    failPhotoPut(1);
    await unlock(UNIT_TEST_PASSPHRASE);
    vi.restoreAllMocks();
    expect(await referencesStoredPhoto(key)).toBe(false);
    expect((await getDraft('case-9'))?.fields).toEqual(DRAFT.fields);
  });

  it('keeps its times when the photo moves at unlock', async () => {
    await writeVersion3Draft(await unlockForTests());
    await lock();
    vi.setSystemTime(START + 5_000);
    await unlock(UNIT_TEST_PASSPHRASE);
    expect((await getDraft('case-9'))?.updatedAt).toBe(START);
  });
});
