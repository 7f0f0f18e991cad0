/**
 * Key derivation and authenticated encryption through the Web Crypto API:
 * PBKDF2-SHA-256 turns a passphrase into an AES-GCM-256 key, and each sealed
 * value gets its own random 12-byte IV.
 */

/** PBKDF2 iterations for new keys, the minimum of OWASP's Password Storage Cheat Sheet (2023). */
export const PBKDF2_ITERATIONS = 600_000;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;

/** A value encrypted with AES-GCM: the IV and the ciphertext with its 16-byte tag. */
export interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  ciphertext: Uint8Array<ArrayBuffer>;
}

/** Salt and iteration count of a PBKDF2 derivation. */
export interface KdfParams {
  salt: Uint8Array<ArrayBuffer>;
  iterations: number;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

export function newKdfParams(): KdfParams {
  return { salt: randomBytes(SALT_BYTES), iterations: PBKDF2_ITERATIONS };
}

/**
 * Derives an extractable AES-GCM-256 key from a passphrase. The passphrase is
 * normalised to NFC, so the same characters typed through different input
 * methods give the same key.
 */
export async function deriveKey(passphrase: string, params: KdfParams): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    encoder.encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: params.salt, iterations: params.iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    true,
    ['encrypt', 'decrypt'],
  );
}

export async function exportRawKey(key: CryptoKey): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.exportKey('raw', key));
}

/** Imports raw AES-GCM key bytes as a key that cannot be exported again. */
export function importRawKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
}

/**
 * Encrypts bytes under a new random IV. `context` is bound to the ciphertext
 * as additional data, so a sealed value opens only in the same context.
 */
export async function seal(
  key: CryptoKey,
  plaintext: Uint8Array<ArrayBuffer>,
  context: string,
): Promise<Sealed> {
  const iv = randomBytes(IV_BYTES);
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(context) },
    key,
    plaintext,
  );
  return { iv, ciphertext: new Uint8Array(ciphertext) };
}

/**
 * Decrypts a sealed value. Throws a DOMException named OperationError when the
 * key or the context is not the one it was sealed with, or the bytes changed.
 */
export async function open(
  key: CryptoKey,
  sealed: Sealed,
  context: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const plaintext = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: sealed.iv, additionalData: encoder.encode(context) },
    key,
    sealed.ciphertext,
  );
  return new Uint8Array(plaintext);
}

export async function sealJson(key: CryptoKey, value: unknown, context: string): Promise<Sealed> {
  return seal(key, encoder.encode(JSON.stringify(value)), context);
}

export async function openJson(key: CryptoKey, sealed: Sealed, context: string): Promise<unknown> {
  return JSON.parse(decoder.decode(await open(key, sealed, context)));
}

/** Tells whether an error is Web Crypto's failure to authenticate a ciphertext. */
export function isAuthenticationFailure(error: unknown): boolean {
  return error instanceof Error && error.name === 'OperationError';
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunks keep String.fromCharCode's argument list short for large values.
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

export function sameBytes(first: Uint8Array | undefined, second: Uint8Array | undefined): boolean {
  if (first === undefined || second === undefined) return first === second;
  if (first.length !== second.length) return false;
  return first.every((byte, index) => byte === second[index]);
}
