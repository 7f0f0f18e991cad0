import { describe, expect, it, vi } from 'vitest';
import { readImportFile } from '@/utils/import/read-file';
import { decodeUtf8, invalidUtf8Offset } from '@/utils/import/utf8.mjs';

const encode = (text: string) => new TextEncoder().encode(text);

describe('invalidUtf8Offset', () => {
  it.each([
    ['Latin-1 ü', [0x4d, 0xfc, 0x6c], 1],
    ['truncated sequence at the end', [0x41, 0xc3], 1],
    ['overlong slash', [0x41, 0xc0, 0xaf], 1],
    ['encoded surrogate', [0x41, 0x42, 0xed, 0xa0, 0x80], 2],
    ['code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['stray continuation byte', [0x41, 0x80], 1],
  ])('finds the %s', (_, bytes, offset) => {
    expect(invalidUtf8Offset(new Uint8Array(bytes))).toBe(offset);
  });

  it('accepts valid text in several scripts', () => {
    expect(invalidUtf8Offset(encode('Müller احمدزی Иванов 😀'))).toBe(-1);
  });
});

describe('decodeUtf8', () => {
  it('drops a byte order mark', () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, ...encode('{}')]))).toEqual({
      ok: true,
      text: '{}',
    });
  });

  it('returns the offset of invalid bytes', () => {
    expect(decodeUtf8(new Uint8Array([0x7b, 0x22, 0xfc]))).toEqual({ ok: false, offset: 2 });
  });
});

describe('readImportFile', () => {
  it('rejects a large file before reading it', async () => {
    const file = new File(['{}'], 'a.json');
    const read = vi.spyOn(file, 'arrayBuffer');
    expect(await readImportFile(file, 1)).toEqual({
      ok: false,
      problem: 'too-large',
      size: 2,
      maxBytes: 1,
    });
    expect(read).not.toHaveBeenCalled();
  });

  it('reads a file of the maximum size', async () => {
    expect(await readImportFile(new File(['{}'], 'a.json'), 2)).toEqual({ ok: true, text: '{}' });
  });
});
