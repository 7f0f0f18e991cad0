import { describe, expect, it } from 'vitest';
import {
  deriveKey,
  exportRawKey,
  fromBase64,
  importRawKey,
  IV_BYTES,
  newKdfParams,
  open,
  openJson,
  SALT_BYTES,
  seal,
  sealJson,
  toBase64,
} from '@/utils/store/crypto';

const SALT = new Uint8Array(16).fill(7);
const PARAMS = { salt: SALT, iterations: 1_000 };

async function rejectionName(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (failure: unknown) => failure,
  );
  if (!(error instanceof Error)) throw new Error('expected the promise to reject');
  return error.name;
}

describe('newKdfParams', () => {
  it('uses at least 600,000 iterations', () => {
    expect(newKdfParams().iterations).toBeGreaterThanOrEqual(600_000);
  });

  it('makes a random 16-byte salt', () => {
    const first = newKdfParams().salt;
    const second = newKdfParams().salt;
    expect(first).toHaveLength(SALT_BYTES);
    expect(toBase64(first)).not.toBe(toBase64(second));
  });
});

describe('deriveKey', () => {
  it('gives the same key for the same passphrase and salt', async () => {
    const first = await exportRawKey(await deriveKey('correct horse', PARAMS));
    const second = await exportRawKey(await deriveKey('correct horse', PARAMS));
    expect(toBase64(first)).toBe(toBase64(second));
  });

  it('gives a 256-bit key', async () => {
    const raw = await exportRawKey(await deriveKey('correct horse', PARAMS));
    expect(raw).toHaveLength(32);
  });

  it('gives another key for another salt', async () => {
    const first = await exportRawKey(await deriveKey('correct horse', PARAMS));
    const other = { salt: new Uint8Array(16).fill(8), iterations: 1_000 };
    const second = await exportRawKey(await deriveKey('correct horse', other));
    expect(toBase64(first)).not.toBe(toBase64(second));
  });

  it('treats composed and decomposed accents alike', async () => {
    const composed = await exportRawKey(await deriveKey('Ca\u00f1on', PARAMS));
    const decomposed = await exportRawKey(await deriveKey('Can\u0303on', PARAMS));
    expect(toBase64(composed)).toBe(toBase64(decomposed));
  });
});

describe('seal and open', () => {
  it('opens what it sealed', async () => {
    const key = await deriveKey('correct horse', PARAMS);
    const sealed = await sealJson(key, { surname: 'AHMADI' }, 'context');
    expect(await openJson(key, sealed, 'context')).toEqual({ surname: 'AHMADI' });
  });

  it('uses a new 12-byte IV each time', async () => {
    const key = await deriveKey('correct horse', PARAMS);
    const first = await sealJson(key, 'same', 'context');
    const second = await sealJson(key, 'same', 'context');
    expect(first.iv).toHaveLength(IV_BYTES);
    expect(toBase64(first.iv)).not.toBe(toBase64(second.iv));
    expect(toBase64(first.ciphertext)).not.toBe(toBase64(second.ciphertext));
  });

  it('keeps the plaintext out of the ciphertext', async () => {
    const key = await deriveKey('correct horse', PARAMS);
    const sealed = await sealJson(key, { surname: 'AHMADI' }, 'context');
    expect(new TextDecoder().decode(sealed.ciphertext)).not.toContain('AHMADI');
  });

  it('rejects another key', async () => {
    const key = await deriveKey('correct horse', PARAMS);
    const other = await deriveKey('wrong horse', PARAMS);
    const sealed = await seal(key, new Uint8Array([1, 2, 3]), 'context');
    expect(await rejectionName(open(other, sealed, 'context'))).toBe('OperationError');
  });

  it('rejects another context', async () => {
    const key = await deriveKey('correct horse', PARAMS);
    const sealed = await seal(key, new Uint8Array([1, 2, 3]), 'draft:a');
    expect(await rejectionName(open(key, sealed, 'draft:b'))).toBe('OperationError');
  });

  it('rejects a changed ciphertext', async () => {
    const key = await deriveKey('correct horse', PARAMS);
    const sealed = await seal(key, new Uint8Array([1, 2, 3]), 'context');
    sealed.ciphertext[0] ^= 1;
    expect(await rejectionName(open(key, sealed, 'context'))).toBe('OperationError');
  });

  it('opens with a key imported from raw bytes', async () => {
    const key = await deriveKey('correct horse', PARAMS);
    const imported = await importRawKey(await exportRawKey(key));
    const sealed = await sealJson(key, 'value', 'context');
    expect(await openJson(imported, sealed, 'context')).toBe('value');
  });

  it('imports keys that cannot be exported again', async () => {
    const key = await deriveKey('correct horse', PARAMS);
    const imported = await importRawKey(await exportRawKey(key));
    expect(imported.extractable).toBe(false);
  });
});

describe('base64', () => {
  it('round-trips every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, index) => index);
    expect([...fromBase64(toBase64(bytes))]).toEqual([...bytes]);
  });

  it('round-trips a value larger than one chunk', () => {
    const bytes = new Uint8Array(100_000).map((_, index) => index % 251);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
  });
});
