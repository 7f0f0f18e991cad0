import type { DraftFields, ImageValue } from '../schema/draft-values';
import {
  digestOf,
  imageFromPhoto,
  openPhoto,
  photoFromImage,
  sealPhoto,
  type PhotoContent,
  type PhotoRecord,
  type PhotoReference,
} from './photos';
import { sealRecord, type OpenedDraft, type OpenedRecord, type SealedDraftRecord } from './records';
import type { PhotoStore } from './sealed-write';

/**
 * Sealing and opening a draft together with its photo: the draft's record
 * in the `drafts` store and the photo's record in the `photos` store.
 */

/** The change a write makes to a draft's photo record. */
export type PhotoWrite =
  { kind: 'put'; record: PhotoRecord } | { kind: 'delete' } | { kind: 'keep' };

/** A draft sealed for storage: its record and the change to its photo record. */
export interface SealedDraft {
  record: SealedDraftRecord;
  photo: PhotoWrite;
}

/** Returns the photo of a draft's fields as bytes, or undefined when it has none. */
export function photoOfFields(fields: DraftFields): PhotoContent | undefined {
  const image = fields.facial_image as ImageValue | undefined;
  return image === undefined ? undefined : photoFromImage(image);
}

/**
 * Seals a draft and its photo. The draft's record gets a reference in place
 * of `draft.fields.facial_image`. `photo` gets a record of its own, unless its
 * bytes have the digest of `previous`, whose record then stays.
 */
export async function sealDraft(
  key: CryptoKey,
  draft: OpenedDraft,
  photo: PhotoContent | undefined,
  options: { previous?: PhotoReference; deleteAt?: number } = {},
): Promise<SealedDraft> {
  const { facial_image: _image, ...fields } = draft.fields;
  const { photo: _reference, ...rest } = draft as OpenedRecord;
  const opened: OpenedRecord = { ...rest, fields };
  const { previous, deleteAt } = options;
  if (!photo) {
    return { record: await sealRecord(key, opened, deleteAt), photo: { kind: 'delete' } };
  }

  if (previous && previous.sha256 === (await digestOf(photo.bytes))) {
    opened.photo = { ...previous, name: photo.name, type: photo.type };
    return { record: await sealRecord(key, opened, deleteAt), photo: { kind: 'keep' } };
  }
  const sealed = await sealPhoto(key, draft.id, photo);
  opened.photo = sealed.reference;
  const record = await sealRecord(key, opened, deleteAt);
  return { record, photo: { kind: 'put', record: sealed.record } };
}

/** Applies a photo change inside a write's transaction. */
export async function applyPhotoWrite(
  photos: PhotoStore,
  draftId: string,
  write: PhotoWrite,
): Promise<void> {
  if (write.kind === 'put') await photos.put(write.record);
  if (write.kind === 'delete') await photos.delete(draftId);
}

/**
 * Returns the photo of an opened record as bytes: from the `photos` store
 * value when the record references one, else from its inline data URL.
 */
export async function readPhoto(
  key: CryptoKey,
  opened: OpenedRecord,
  photoValue: unknown,
): Promise<PhotoContent | undefined> {
  if (opened.photo) return openPhoto(key, opened.id, opened.photo, photoValue);
  return photoOfFields(opened.fields);
}

/** Returns an opened record as pages see it, with its photo as an image value in `fields`. */
export async function withPhoto(
  key: CryptoKey,
  opened: OpenedRecord,
  photoValue: unknown,
): Promise<OpenedDraft> {
  const { photo: reference, ...draft } = opened;
  if (!reference) return draft;
  const photo = await openPhoto(key, opened.id, reference, photoValue);
  return { ...draft, fields: { ...draft.fields, facial_image: imageFromPhoto(photo) } };
}
