/** A language of the interface. */
export interface UiLanguage {
  /** BCP 47 tag, also written to `<html lang>`. */
  tag: string;
  /** Folder under `public/_locales`, in the spelling Chromium accepts. */
  folder: string;
  /** The language's name in that language, so that each reader finds their own. */
  name: string;
}

export const DEFAULT_LANGUAGE_TAG = 'en';

export const UI_LANGUAGES: readonly UiLanguage[] = [
  { tag: 'en', folder: 'en', name: 'English' },
  { tag: 'it', folder: 'it', name: 'Italiano' },
  { tag: 'lv', folder: 'lv', name: 'Latviešu' },
  { tag: 'mt', folder: 'mt', name: 'Malti' },
  { tag: 'bg', folder: 'bg', name: 'Български' },
  // Chromium ignores a `pt` folder: its locales are pt_PT and pt_BR.
  { tag: 'pt-PT', folder: 'pt_PT', name: 'Português' },
  { tag: 'de', folder: 'de', name: 'Deutsch' },
];

/** Returns the interface language of a tag, or undefined when there is none. */
export function languageByTag(tag: string): UiLanguage | undefined {
  return UI_LANGUAGES.find((language) => language.tag === tag);
}

/** Returns the interface language of a `_locales` folder name. */
export function languageByFolder(folder: string): UiLanguage | undefined {
  return UI_LANGUAGES.find((language) => language.folder === folder);
}

/**
 * Matches a browser locale (`pt-BR`, `de_AT`, `it`) to an interface language:
 * the exact tag first, then the language subtag alone.
 */
export function matchLocale(locale: string): UiLanguage | undefined {
  const normalized = locale.replace('_', '-').toLowerCase();
  const exact = UI_LANGUAGES.find((language) => language.tag.toLowerCase() === normalized);
  if (exact) return exact;
  const primary = normalized.split('-')[0];
  return UI_LANGUAGES.find((language) => language.tag.split('-')[0] === primary);
}

/** The browser's report of its language. */
export interface BrowserLanguage {
  /**
   * The `_locales` folder whose catalogue `browser.i18n.getMessage` reads.
   * Chromium picks it from `--lang` even when `getUILanguage()` still returns
   * `en-US` because the browser lacks that language's own resources.
   */
  catalogueFolder: string;
  /** `browser.i18n.getUILanguage()`. */
  uiLocale: string;
}

/**
 * Chooses the interface language. The officer's choice wins unless it is
 * `auto`. Then comes the catalogue the browser picked. When the browser fell
 * back to English, its UI locale's language follows (`pt-BR` reads
 * Portuguese), and English comes last.
 */
export function resolveLanguage(choice: string, browserLanguage: BrowserLanguage): UiLanguage {
  const chosen = choice === 'auto' ? undefined : languageByTag(choice);
  if (chosen) return chosen;

  const picked = languageByFolder(browserLanguage.catalogueFolder);
  if (picked && picked.tag !== DEFAULT_LANGUAGE_TAG) return picked;
  return matchLocale(browserLanguage.uiLocale) ?? languageByTag(DEFAULT_LANGUAGE_TAG)!;
}
