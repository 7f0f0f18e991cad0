import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { languageByFolder } from '@/utils/language/languages';

const LOCALES = path.resolve(__dirname, '../../public/_locales');

type Catalogue = Record<string, { message: string }>;

function readCatalogue(folder: string): Catalogue {
  return JSON.parse(readFileSync(path.join(LOCALES, folder, 'messages.json'), 'utf8'));
}

/** Returns the placeholders `$1` to `$9` of a message, sorted and without repeats. */
function placeholders(message: string): string[] {
  return [...new Set(message.match(/\$\d/g) ?? [])].sort();
}

const english = readCatalogue('en');
const folders = readdirSync(LOCALES).filter((name) => name !== 'en');

describe('locale folders', () => {
  it('are interface languages in Chromium spelling', () => {
    expect(folders.filter((folder) => !languageByFolder(folder))).toEqual([]);
  });

  it('include the languages translated here', () => {
    expect(folders).toEqual(expect.arrayContaining(['it', 'de', 'pt_PT']));
  });
});

describe.each(folders)('catalogue %s', (folder) => {
  const catalogue = readCatalogue(folder);

  it('has every English key', () => {
    const missing = Object.keys(english).filter((key) => !Object.hasOwn(catalogue, key));
    expect(missing).toEqual([]);
  });

  it('has no key that English lacks', () => {
    const extra = Object.keys(catalogue).filter((key) => !Object.hasOwn(english, key));
    expect(extra).toEqual([]);
  });

  it('keeps the substitutions of each message', () => {
    const changed = Object.keys(english)
      .filter((key) => Object.hasOwn(catalogue, key))
      .filter((key) => {
        const expected = placeholders(english[key].message).join(' ');
        return placeholders(catalogue[key].message).join(' ') !== expected;
      })
      .map((key) => `${key}: ${catalogue[key].message}`);
    expect(changed).toEqual([]);
  });

  it('has no empty message', () => {
    const empty = Object.entries(catalogue)
      .filter(([, entry]) => typeof entry?.message !== 'string' || entry.message.trim() === '')
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('names its own folder in localeFolder', () => {
    expect(catalogue.localeFolder?.message).toBe(folder);
  });
});

describe('English catalogue', () => {
  it('names its own folder in localeFolder', () => {
    expect(english.localeFolder.message).toBe('en');
  });
});
