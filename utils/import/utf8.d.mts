// Types of utf8.mjs for the TypeScript code.
export declare function invalidUtf8Offset(bytes: Uint8Array): number;
export declare function decodeUtf8(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; offset: number };
