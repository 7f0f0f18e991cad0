/** Phrase lists to test normalised words against, for word lists outside the field vocabulary. */
import { normalizeText, splitWords } from './normalize';

export interface PhraseSet {
  /** Tells whether any phrase occurs in the words, in order and adjacent. */
  matches(words: readonly string[]): boolean;
}

/**
 * Builds a phrase set. A `*` at the end of a one-word phrase matches any
 * ending, at the start any beginning, as in the field vocabulary.
 */
export function createPhraseSet(phrases: readonly string[]): PhraseSet {
  const byFirstWord = new Map<string, string[][]>();
  const prefixes: string[] = [];
  const suffixes: string[] = [];

  for (const phrase of phrases) {
    const words = splitWords(normalizeText(phrase));
    if (words.length === 0) continue;
    if (phrase.endsWith('*')) prefixes.push(words[0]);
    else if (phrase.startsWith('*')) suffixes.push(words[0]);
    else {
      const list = byFirstWord.get(words[0]) ?? [];
      list.push(words);
      byFirstWord.set(words[0], list);
    }
  }

  return {
    matches(words) {
      return words.some(
        (word, position) =>
          (byFirstWord.get(word) ?? []).some((phrase) =>
            phrase.every((part, offset) => words[position + offset] === part),
          ) ||
          prefixes.some((prefix) => word.startsWith(prefix)) ||
          suffixes.some((suffix) => word.endsWith(suffix)),
      );
    },
  };
}

/** Returns the named lists with a phrase that occurs in the words; one lookup per word. */
export type PhraseIndex<Name extends string> = (words: readonly string[]) => Set<Name>;

/** Builds one index over several phrase lists without wildcards, such as the option word lists. */
export function createPhraseIndex<Name extends string>(
  lists: Readonly<Record<Name, readonly string[]>>,
): PhraseIndex<Name> {
  const byFirstWord = new Map<string, { words: string[]; name: Name }[]>();
  for (const name of Object.keys(lists) as Name[]) {
    for (const phrase of lists[name]) {
      const words = splitWords(normalizeText(phrase));
      if (words.length === 0) continue;
      const entries = byFirstWord.get(words[0]) ?? [];
      entries.push({ words, name });
      byFirstWord.set(words[0], entries);
    }
  }

  return (words) => {
    const found = new Set<Name>();
    words.forEach((word, position) => {
      for (const entry of byFirstWord.get(word) ?? []) {
        const occurs = entry.words.every((part, offset) => words[position + offset] === part);
        if (occurs) found.add(entry.name);
      }
    });
    return found;
  };
}
