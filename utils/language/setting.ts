import { z } from '../schema/zod';
import { UI_LANGUAGES } from './languages';

/** The officer's interface language in `storage.local`: a tag, or `auto`. */
export const UI_LANGUAGE_KEY = 'uiLanguage';

export const AUTO_LANGUAGE = 'auto';

const choiceSchema = z.enum([AUTO_LANGUAGE, ...UI_LANGUAGES.map((language) => language.tag)]);

/** Reads the choice. A missing or unknown stored value gives `auto`. */
export async function readLanguageChoice(): Promise<string> {
  const stored = await browser.storage.local.get(UI_LANGUAGE_KEY);
  const result = choiceSchema.safeParse(stored[UI_LANGUAGE_KEY]);
  return result.success ? result.data : AUTO_LANGUAGE;
}

/** Stores the choice, or throws a RangeError naming the unknown value. */
export async function saveLanguageChoice(choice: string): Promise<void> {
  const result = choiceSchema.safeParse(choice);
  if (!result.success) {
    const allowed = choiceSchema.options.join(', ');
    throw new RangeError(`Invalid interface language ${JSON.stringify(choice)}: use ${allowed}`);
  }
  await browser.storage.local.set({ [UI_LANGUAGE_KEY]: result.data });
}

/** Calls `listener` whenever the choice changes in any extension context. */
export function watchLanguageChoice(listener: () => void): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && UI_LANGUAGE_KEY in changes) listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
