import { setCatalogues, type Catalogue } from '../i18n';
import { CATALOGUES } from './catalogues';
import { DEFAULT_LANGUAGE_TAG, resolveLanguage, type UiLanguage } from './languages';
import { AUTO_LANGUAGE, readLanguageChoice, watchLanguageChoice } from './setting';

/** The message whose text in each catalogue is that catalogue's folder name. */
const LOCALE_FOLDER_KEY = 'localeFolder';

const EMPTY: Catalogue = {};

/** Reads which catalogue the browser chose, and its UI locale. */
function browserLanguage() {
  return {
    catalogueFolder: browser.i18n.getMessage(LOCALE_FOLDER_KEY),
    uiLocale: browser.i18n.getUILanguage(),
  };
}

/** Makes `t()` read the language of `choice` and sets `<html lang>`. */
export function applyLanguage(choice: string): UiLanguage {
  const language = resolveLanguage(choice, browserLanguage());
  const english = CATALOGUES.get(DEFAULT_LANGUAGE_TAG) ?? EMPTY;
  setCatalogues(CATALOGUES.get(language.folder) ?? english, english, language.tag);
  document.documentElement.lang = language.tag;
  return language;
}

/**
 * Applies the stored language before an extension page first renders, and
 * again, followed by `render`, whenever the officer changes it.
 */
export async function startLanguage(render: () => void): Promise<void> {
  // A page that cannot read the setting still opens, in the browser's language.
  const readChoice = () => readLanguageChoice().catch(() => AUTO_LANGUAGE);
  applyLanguage(await readChoice());
  watchLanguageChoice(() => {
    void readChoice().then((choice) => {
      applyLanguage(choice);
      render();
    });
  });
  render();
}
