import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fillFromPanel,
  gotoExtensionPage,
  launchWithExtension,
  openPanel,
  unlockDraftsPage,
  type ExtensionSession,
} from './support/browser';
import { caseCheck, makeTempFolder, pressToolbarButton } from './support/cases';
import { startServer, type StaticServer } from './support/server';

const PASSPHRASE = 'photo test passphrase';
const NEXT_PASSPHRASE = 'photo test passphrase, changed';
const TIMEOUT_MS = 20_000;
const SURNAME = 'HABTEMARIAM';

/** A stored record as the test reads it: its keys, and its bytes in base64. */
interface RawRecord {
  keys: string[];
  /** The bytes of every Uint8Array and Blob in the record, and its strings, in base64. */
  bytes: string;
  /** True when `data` is a Blob, as IndexedDB returned it. */
  dataIsBlob: boolean;
}

let session: ExtensionSession;
let server: StaticServer;
let folder: Awaited<ReturnType<typeof makeTempFolder>>;
let draftsPage: Page;
let photo: Buffer;
let photoFile: string;
let draftId: string;

beforeAll(async () => {
  const sample = await readFile(
    new URL('../../cli/demo/sample-draft.json', import.meta.url),
    'utf8',
  );
  const dataUrl: string = JSON.parse(sample).fields.facial_image.dataUrl;
  photo = Buffer.from(dataUrl.split(',')[1], 'base64');
  folder = await makeTempFolder();
  photoFile = path.join(folder.path, 'intake.jpg');
  await writeFile(photoFile, photo);

  server = await startServer({ root: folder.path });
  session = await launchWithExtension();
  draftsPage = await session.browser.newPage();
  await gotoExtensionPage(draftsPage, session.extensionId, 'drafts.html');
  await unlockDraftsPage(draftsPage, PASSPHRASE, TIMEOUT_MS);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  await folder?.remove();
});

/**
 * Reads one record of a store with `indexedDB.open` in an extension page.
 * Blobs are read with `arrayBuffer()`, so their bytes are compared too.
 */
function readRawRecord(page: Page, store: string, id: string): Promise<RawRecord | undefined> {
  return page.evaluate(
    async (storeName, key) => {
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('vigila');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const record = await new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
        const request = database.transaction(storeName).objectStore(storeName).get(key);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      database.close();
      if (record === undefined) return undefined;

      const chunks: Uint8Array[] = [];
      const visit = async (value: unknown): Promise<void> => {
        if (value instanceof Blob) chunks.push(new Uint8Array(await value.arrayBuffer()));
        else if (value instanceof Uint8Array) chunks.push(value);
        else if (value !== null && typeof value === 'object') {
          for (const inner of Object.values(value)) await visit(inner);
        } else chunks.push(new TextEncoder().encode(String(value)));
      };
      await visit(record);
      const binary = chunks
        .map((chunk) => Array.from(chunk, (byte) => String.fromCharCode(byte)).join(''))
        .join('');
      return {
        keys: Object.keys(record).sort(),
        bytes: btoa(binary),
        dataIsBlob: record.data instanceof Blob,
      };
    },
    store,
    id,
  );
}

/**
 * Reads a record again until its bytes differ from `before`. A passphrase
 * change locks the drafts for a moment, which closes the settings and their
 * status message, so the test watches the stored record instead.
 */
async function waitForChangedRecord(
  page: Page,
  store: string,
  id: string,
  before: RawRecord,
): Promise<RawRecord> {
  const deadline = Date.now() + TIMEOUT_MS;
  for (;;) {
    const record = await readRawRecord(page, store, id);
    if (record && record.bytes !== before.bytes) return record;
    if (Date.now() > deadline) {
      throw new Error(
        `Timed out after ${TIMEOUT_MS} ms waiting for ${store} record ${id} to change`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Tells whether a record's bytes contain a run of the photo's plain bytes, raw or in base64. */
function containsPhoto(record: RawRecord, start: number): boolean {
  const bytes = Buffer.from(record.bytes, 'base64');
  const run = photo.subarray(start, start + 48);
  return bytes.includes(run) || bytes.toString('latin1').includes(run.toString('base64'));
}

describe('photo stored through the drafts page', () => {
  it('saves a new draft with a photo', async () => {
    await draftsPage.click('[data-testid="draft-new"]');
    await draftsPage.type('#field-surname', SURNAME);
    const input = await draftsPage.waitForSelector('input#field-facial_image');
    await input!.uploadFile(photoFile);
    await draftsPage.waitForSelector('.photo-preview img', { timeout: TIMEOUT_MS });
    await draftsPage.click('[data-testid="draft-save"]');
    const item = await draftsPage.waitForSelector('[data-testid="draft-item"]', {
      timeout: TIMEOUT_MS,
    });
    draftId = await item!.evaluate((element) => (element as HTMLElement).dataset.draftId ?? '');
    expect(draftId).not.toBe('');
  });

  it('keeps the photo as a Blob in the photos store', async () => {
    const record = await readRawRecord(draftsPage, 'photos', draftId);
    expect(record?.keys).toEqual(['data', 'draftId', 'iv']);
    expect(record?.dataIsBlob).toBe(true);
  });

  it('stores the photo length plus the tag', async () => {
    const record = await readRawRecord(draftsPage, 'photos', draftId);
    const bytes = Buffer.from(record!.bytes, 'base64');
    // The record's bytes are the IV (12), the ciphertext with its tag (16) and the draft id.
    expect(bytes.length).toBe(12 + photo.length + 16 + draftId.length);
  });

  it.each([
    ['start', 0],
    ['middle', 2_000],
    ['end', -48],
  ])('stores no plain bytes at the %s of the photo', async (_, start) => {
    const record = await readRawRecord(draftsPage, 'photos', draftId);
    const offset = start < 0 ? photo.length + start : start;
    expect(photo.length).toBeGreaterThanOrEqual(offset + 48);
    expect(containsPhoto(record!, offset)).toBe(false);
  });

  it('keeps the photo out of the draft record', async () => {
    const record = await readRawRecord(draftsPage, 'drafts', draftId);
    expect(record?.keys).toEqual(['ciphertext', 'id', 'iv', 'updatedAt']);
    expect(Buffer.from(record!.bytes, 'base64').length).toBeLessThan(photo.length);
    expect(containsPhoto(record!, 2_000)).toBe(false);
  });

  it('reseals the photo when the passphrase changes', async () => {
    const before = await readRawRecord(draftsPage, 'photos', draftId);
    await draftsPage.$eval('[data-testid="lock-settings"]', (details) => {
      (details as HTMLDetailsElement).open = true;
    });
    await draftsPage.type('#passphrase-current', PASSPHRASE);
    await draftsPage.type('#passphrase-new', NEXT_PASSPHRASE);
    await draftsPage.type('#passphrase-new-confirm', NEXT_PASSPHRASE);
    await draftsPage.click('[data-testid="passphrase-change"]');

    const after = await waitForChangedRecord(draftsPage, 'photos', draftId, before!);
    expect(after.dataIsBlob).toBe(true);
    expect(after.bytes).not.toBe(before?.bytes);
  });

  it('attaches the photo to a portal file input', async () => {
    const page = await session.browser.newPage();
    await page.setViewport({ width: 1600, height: 1000 });
    await page.goto(`${server.url}shared-cases/15-photo-file-upload.html`, { waitUntil: 'load' });
    // The page has too few catalogue fields for the panel to open by itself.
    await pressToolbarButton(session, page);
    const panel = await openPanel(page, { extensionId: session.extensionId, pressAction: false });
    const outcomes = await fillFromPanel(panel, draftId, { timeoutMs: TIMEOUT_MS });
    expect(outcomes.find((outcome) => outcome.id === 'facial_image')?.status).toBe('filled');
    const check = await caseCheck(page);
    expect(check.accepted).toEqual({ name: 'intake.jpg', size: photo.length });
    await page.close();
  });
});
