import { Component } from 'preact';
import {
  languageName,
  languageOptions,
  toLanguageCode,
} from '@/components/common/language-options';
import { t } from '@/utils/i18n';
import { inputValue } from './types';

export const LANGUAGE_LIST_ID = 'iso-639-3-languages';

/**
 * The suggestions every language input shares, rendered once per page. They
 * never change, so re-renders skip comparing their thousands of options.
 */
export class LanguageDatalist extends Component {
  override shouldComponentUpdate(): boolean {
    return false;
  }

  override render() {
    return (
      <datalist id={LANGUAGE_LIST_ID}>
        {languageOptions().map((option) => (
          <option key={option.code} value={option.code} label={option.name} />
        ))}
      </datalist>
    );
  }
}

interface LanguageInputProps {
  id: string;
  value: string;
  onChange(code: string): void;
  errorId?: string;
  invalid?: boolean;
}

/**
 * Renders a text input that suggests ISO 639-3 codes by name and shows the
 * chosen language's name.
 */
export function LanguageInput({ id, value, onChange, errorId, invalid }: LanguageInputProps) {
  const name = languageName(value);
  return (
    <span class="language-input">
      <input
        id={id}
        class="input-medium"
        type="text"
        list={LANGUAGE_LIST_ID}
        autoComplete="off"
        spellcheck={false}
        value={value}
        onInput={(event) => onChange(inputValue(event))}
        onChange={(event) => onChange(toLanguageCode(inputValue(event)))}
        aria-describedby={errorId}
        aria-invalid={invalid}
      />
      <span class="language-name">{name ?? t('editor_language_hint')}</span>
    </span>
  );
}
