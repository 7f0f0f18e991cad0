import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { UI_LANGUAGES } from '@/utils/language/languages';
import { AUTO_LANGUAGE, readLanguageChoice, saveLanguageChoice } from '@/utils/language/setting';

/**
 * Lets the officer choose the interface language of every Vigila page, or
 * follow the browser's. Each open page switches when the choice is stored.
 */
export function LanguageSection() {
  const [choice, setChoice] = useState(AUTO_LANGUAGE);
  const [error, setError] = useState<string>();

  useEffect(() => {
    void readLanguageChoice().then(setChoice);
  }, []);

  const change = async (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    setChoice(value);
    try {
      await saveLanguageChoice(value);
      setError(undefined);
    } catch (cause) {
      setError(t('options_language_failed', String(cause)));
    }
  };

  return (
    <section aria-labelledby="language-title">
      <h2 id="language-title">{t('options_language_title')}</h2>
      <label for="ui-language">{t('options_language_label')}</label>{' '}
      <select id="ui-language" data-testid="ui-language" value={choice} onChange={change}>
        <option value={AUTO_LANGUAGE}>{t('options_language_auto')}</option>
        {UI_LANGUAGES.map((language) => (
          <option key={language.tag} value={language.tag} lang={language.tag}>
            {language.name}
          </option>
        ))}
      </select>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </section>
  );
}
