type GetMessage = (key: string, substitutions?: string | string[]) => string;

/**
 * Looks up a message of the extension's catalogue in the browser's language.
 * A missing key returns the key itself, so that a gap shows instead of a blank.
 */
export function t(key: string, substitutions?: string | string[]): string {
  const getMessage = browser.i18n.getMessage as unknown as GetMessage;
  return getMessage(key, substitutions) || key;
}
