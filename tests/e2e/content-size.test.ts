import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { defaultExtensionDir, requireBuiltExtension } from './support/browser';

/**
 * Gzipped bytes the content script may have. Every frame of a portal parses
 * and runs it, so fill and mapping code loads on demand instead
 * (entrypoints/actions.ts), and docs/benchmarks.md records the figures.
 */
const CONTENT_SCRIPT_BUDGET = 40_000;

const extensionDir = requireBuiltExtension(defaultExtensionDir());

describe('content script size', () => {
  it('stays within its gzipped budget', () => {
    const script = readFileSync(path.join(extensionDir, 'content-scripts/content.js'));
    const gzipped = gzipSync(script).length;
    expect(
      gzipped,
      `content-scripts/content.js is ${gzipped} bytes gzipped, over the budget of ` +
        `${CONTENT_SCRIPT_BUDGET}: move code that not every frame needs into actions.js ` +
        'or the panel',
    ).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET);
  });

  it('leaves webextension-polyfill out', () => {
    const script = readFileSync(path.join(extensionDir, 'content-scripts/content.js'), 'utf8');
    expect(script).not.toContain('This script should only be loaded in a browser extension');
  });

  it('has its on-demand action script built', () => {
    expect(existsSync(path.join(extensionDir, 'actions.js'))).toBe(true);
  });
});
