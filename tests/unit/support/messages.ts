import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import messages from '../../../public/_locales/en/messages.json';
import { substitute } from '../../../utils/schema/draft-errors';

type Catalogue = Record<string, { message: string }>;

/** Formats an English message the way `browser.i18n.getMessage` does: `$1` to `$9`. */
export function formatMessage(key: string, substitutions?: string | string[]): string {
  const entry = (messages as Catalogue)[key];
  if (!entry) return '';
  const values = substitutions === undefined ? [] : [substitutions].flat();
  return substitute(entry.message, values);
}

/**
 * Makes `browser.i18n.getMessage` read the English catalogue and
 * `getUILanguage` return `en`: WXT's fake browser lacks both.
 */
export function useEnglishMessages(): void {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
    formatMessage as typeof fakeBrowser.i18n.getMessage,
  );
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
}
