type GetMessage = (key: string, substitutions?: string | string[]) => string;

/** A message catalogue in the format of `_locales/<locale>/messages.json`. */
export type Catalogue = Readonly<Record<string, { message: string }>>;

/** The catalogue that `t()` reads, and the one it falls back to per key. */
interface ActiveCatalogues {
  messages: Catalogue;
  fallback: Catalogue;
  /** BCP 47 tag of `messages`. */
  language: string;
}

let active: ActiveCatalogues | undefined;

/**
 * Makes `t()` read `messages`, and `fallback` for any key that `messages`
 * lacks. Extension pages call it with the catalogue of the officer's language,
 * so that a per-user choice can differ from the browser's language.
 */
export function setCatalogues(messages: Catalogue, fallback: Catalogue, language: string): void {
  active = { messages, fallback, language };
}

/**
 * Returns the BCP 47 tag of the language that `t()` reads, for code that
 * formats names or caches translated text.
 */
export function messagesLanguage(): string {
  return active?.language ?? browser.i18n.getUILanguage();
}

/** Makes `t()` read the browser's own catalogue again. */
export function clearCatalogues(): void {
  active = undefined;
}

/**
 * Replaces `$1` to `$9` in a message, as `browser.i18n.getMessage` does. A
 * missing substitution becomes an empty string.
 */
export function formatMessage(message: string, substitutions?: string | string[]): string {
  const values = substitutions === undefined ? [] : [substitutions].flat();
  return message.replace(/\$(\d)/g, (_, index: string) => values[Number(index) - 1] ?? '');
}

/**
 * Looks up a message in the catalogue set by `setCatalogues`, else in the
 * browser's language with `browser.i18n.getMessage`. A missing key returns the
 * key itself, so that a gap shows instead of a blank.
 */
export function t(key: string, substitutions?: string | string[]): string {
  if (active) {
    const entry = active.messages[key] ?? active.fallback[key];
    return entry ? formatMessage(entry.message, substitutions) : key;
  }
  const getMessage = browser.i18n.getMessage as unknown as GetMessage;
  return getMessage(key, substitutions) || key;
}
