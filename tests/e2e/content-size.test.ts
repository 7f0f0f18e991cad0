import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FIELD_TERMS } from '../../utils/detect/vocabulary';
import * as optionWords from '../../utils/detect/option-vocabulary';
import * as sharedWords from '../../utils/detect/vocabulary-words';
import { defaultExtensionDir, requireBuiltExtension } from './support/browser';

/**
 * Gzipped bytes the content script may have, under the 40,000 of the speed
 * targets. Every frame of a portal parses and runs it, so fill and mapping
 * code loads on demand instead (entrypoints/actions.ts), classification runs
 * in the extension, and docs/benchmarks.md records the figures.
 * NOTE: the page still carries the option word lists that decide which
 * checkboxes of a fieldset form one list field, so this size grows with
 * those lists.
 */
const CONTENT_SCRIPT_BUDGET = 25_000;

/** Label word lists that only the classifier reads, and that the page must not load. */
const CLASSIFIER_WORD_LISTS = ['CENTRE', 'LAST_SEEN', 'REPORTER', 'CASE_WORKER', 'ASYLUM'] as const;

/**
 * Phrases of the field vocabulary of several words that no shared word list
 * contains. The page still groups choices with the option words and the
 * shared lists they read, but only the classifier reads these.
 */
function classifierOnlyPhrases(): string[] {
  const lists = [...Object.values(sharedWords), ...Object.values(optionWords)];
  const shared = new Set(
    lists.flatMap((list) => (Array.isArray(list) ? list : Object.values(list).flat())),
  );
  const phrases = Object.values(FIELD_TERMS).flatMap((terms) =>
    terms.flatMap((term) => term.groups.flat()),
  );
  return [...new Set(phrases)].filter((phrase) => phrase.includes(' ') && !shared.has(phrase));
}

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

  it('leaves the field vocabulary out', () => {
    const script = readFileSync(path.join(extensionDir, 'content-scripts/content.js'), 'utf8');
    const phrases = classifierOnlyPhrases();
    const found = phrases.filter((phrase) => script.includes(phrase));

    expect(phrases.length).toBeGreaterThan(100);
    expect(found, 'field vocabulary found in content-scripts/content.js').toEqual([]);
  });

  it('leaves the classifier word lists out', () => {
    const script = readFileSync(path.join(extensionDir, 'content-scripts/content.js'), 'utf8');
    const phrases = CLASSIFIER_WORD_LISTS.flatMap((name) =>
      sharedWords[name].filter((phrase) => phrase.includes(' ')),
    );
    const found = phrases.filter((phrase) => script.includes(phrase));

    expect(phrases.length).toBeGreaterThan(50);
    expect(found, 'label word lists found in content-scripts/content.js').toEqual([]);
  });

  it('leaves webextension-polyfill out', () => {
    const script = readFileSync(path.join(extensionDir, 'content-scripts/content.js'), 'utf8');
    expect(script).not.toContain('This script should only be loaded in a browser extension');
  });

  it('has its on-demand action script built', () => {
    expect(existsSync(path.join(extensionDir, 'actions.js'))).toBe(true);
  });
});
