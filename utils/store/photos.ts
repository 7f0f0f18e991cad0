import { draftError } from '../schema/draft-errors';
import type { ImageValue } from '../schema/draft-values';
import { z } from '../schema/zod';
import { fromBase64, isAuthenticationFailure, open, seal, toBase64 } from './crypto';
import { StoreError } from './errors';

/**
 * Photos of drafts, each in its own record of the `photos` store, keyed by
 * its draft's id. The record keeps the photo's bytes sealed with AES-GCM
 * under their own IV, as a Blob of the ciphertext. The draft's sealed
 * content keeps a reference instead of the image: the file name, the media
 * type, the photo's id and the SHA-256 digest of its bytes.
 */

/** A draft's photo as the `photos` store keeps it. */
export interface PhotoRecord {
  draftId: string;
  iv: Uint8Array<ArrayBuffer>;
  /** The ciphertext with its 16-byte tag. */
  data: Blob;
}

/** Reference to a stored photo, which a draft's sealed fields keep in place of the image. */
export interface PhotoReference {
  name: string;
  type: string;
  /** Random id of one sealing of the photo, bound to its ciphertext. */
  photoId: string;
  /** Base64 SHA-256 digest of the photo's bytes, to tell whether a save changed it. */
  sha256: string;
}

/** A photo with its bytes, as it passes between the store's steps. */
export interface PhotoContent {
  name: string;
  type: string;
  bytes: Uint8Array<ArrayBuffer>;
}

export const photoReferenceSchema = z.strictObject({
  name: z.string(),
  type: z.string().regex(/^image\/[a-z0-9.+-]+$/),
  photoId: z.string().min(1),
  sha256: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
});

const photoRecordSchema = z.strictObject({
  draftId: z.string().min(1),
  iv: z.custom<Uint8Array<ArrayBuffer>>((value) => value instanceof Uint8Array),
  data: z.custom<Blob>((value) => value instanceof Blob),
});

/** Tells whether a value in a draft's sealed fields is a reference to a stored photo. */
export function isPhotoReference(value: unknown): value is PhotoReference {
  return photoReferenceSchema.safeParse(value).success;
}

/** Additional data bound to a photo's ciphertext: its draft's id and the photo's id. */
function photoContext(draftId: string, photoId: string): string {
  return `vigila-photo:${draftId}:${photoId}`;
}

/** Decodes an image value's data URL into the photo's bytes. */
export function photoFromImage(image: ImageValue): PhotoContent {
  const base64 = image.dataUrl.slice(image.dataUrl.indexOf(',') + 1);
  return { name: image.name, type: image.type, bytes: fromBase64(base64) };
}

/** Encodes a photo as the image value that pages and draft files use. */
export function imageFromPhoto(photo: PhotoContent): ImageValue {
  const dataUrl = `data:${photo.type};base64,${toBase64(photo.bytes)}`;
  return { name: photo.name, type: photo.type, dataUrl };
}

export async function digestOf(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)));
}

/** Seals a photo for a draft, under a new photo id and IV. */
export async function sealPhoto(
  key: CryptoKey,
  draftId: string,
  photo: PhotoContent,
): Promise<{ reference: PhotoReference; record: PhotoRecord }> {
  const photoId = crypto.randomUUID();
  const sealed = await seal(key, photo.bytes, photoContext(draftId, photoId));
  const reference: PhotoReference = {
    name: photo.name,
    type: photo.type,
    photoId,
    sha256: await digestOf(photo.bytes),
  };
  const data = new Blob([sealed.ciphertext], { type: 'application/octet-stream' });
  return { reference, record: { draftId, iv: sealed.iv, data } };
}

function damagedPhoto(draftId: string, reason: string): StoreError {
  return new StoreError(
    'corrupt',
    `The photo of draft "${draftId}" is damaged and cannot be read (${reason}). ` +
      'Delete the draft, or import it again from an exported file.',
    { draftId, errors: [draftError(['fields', 'facial_image'], undefined, 'editor_error_image')] },
  );
}

/**
 * Decrypts the photo a draft's reference names, from the value read from the
 * `photos` store, or throws a StoreError with code `corrupt`.
 */
export async function openPhoto(
  key: CryptoKey,
  draftId: string,
  reference: PhotoReference,
  value: unknown,
): Promise<PhotoContent> {
  if (value === undefined) throw damagedPhoto(draftId, 'no photo record');
  const record = photoRecordSchema.safeParse(value);
  if (!record.success || record.data.draftId !== draftId) {
    throw damagedPhoto(draftId, 'not an encrypted photo record');
  }

  const ciphertext = new Uint8Array(await record.data.data.arrayBuffer());
  try {
    const sealed = { iv: record.data.iv, ciphertext };
    const bytes = await open(key, sealed, photoContext(draftId, reference.photoId));
    return { name: reference.name, type: reference.type, bytes };
  } catch (error) {
    if (!isAuthenticationFailure(error)) throw error;
    throw damagedPhoto(
      draftId,
      'decryption failed: the photo was changed or sealed with another key',
    );
  }
}
