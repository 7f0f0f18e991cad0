import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { clearCatalogues, formatMessage, messagesLanguage, setCatalogues, t } from '@/utils/i18n';
import { CATALOGUES } from '@/utils/language/catalogues';
import { matchLocale, resolveLanguage } from '@/utils/language/languages';
import { readLanguageChoice, saveLanguageChoice, UI_LANGUAGE_KEY } from '@/utils/language/setting';
import { applyLanguage, startLanguage } from '@/utils/language/start';

/** Makes the browser report the catalogue folder it picked and its UI locale. */
function useBrowserLanguage(catalogueFolder: string, uiLocale: string): void {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string) =>
    key === 'localeFolder' ? catalogueFolder : '') as typeof fakeBrowser.i18n.getMessage);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(uiLocale);
}

afterEach(() => {
  clearCatalogues();
  fakeBrowser.reset();
});

describe('t with catalogues', () => {
  it('reads the active catalogue', () => {
    setCatalogues({ greeting: { message: 'Ciao' } }, { greeting: { message: 'Hello' } }, 'it');
    expect(t('greeting')).toBe('Ciao');
  });

  it('falls back to the second catalogue per key', () => {
    setCatalogues({ greeting: { message: 'Ciao' } }, { farewell: { message: 'Goodbye' } }, 'it');
    expect(t('farewell')).toBe('Goodbye');
  });

  it('returns the key when no catalogue has it', () => {
    setCatalogues({}, {}, 'it');
    expect(t('nowhere')).toBe('nowhere');
  });

  it('replaces one substitution', () => {
    setCatalogues({ saved: { message: 'Salvata come «$1».' } }, {}, 'it');
    expect(t('saved', 'Omar')).toBe('Salvata come «Omar».');
  });

  it('replaces several substitutions in any order', () => {
    setCatalogues({ order: { message: '$2 dopo $1, $2' } }, {}, 'it');
    expect(t('order', ['A', 'B'])).toBe('B dopo A, B');
  });

  it('reads the browser catalogue when none is set', () => {
    expect(t('panel_rules_title')).toBe('Rules');
  });
});

describe('formatMessage', () => {
  it('leaves a missing substitution empty', () => {
    expect(formatMessage('$1 and $2', ['one'])).toBe('one and ');
  });
});

describe('resolveLanguage', () => {
  it('takes the officer choice over the browser', () => {
    const language = resolveLanguage('it', { catalogueFolder: 'de', uiLocale: 'de-DE' });
    expect(language.tag).toBe('it');
  });

  it('follows the catalogue the browser picked', () => {
    const language = resolveLanguage('auto', { catalogueFolder: 'de', uiLocale: 'en-US' });
    expect(language.tag).toBe('de');
  });

  it('maps an English fallback to the UI locale language', () => {
    const language = resolveLanguage('auto', { catalogueFolder: 'en', uiLocale: 'pt-BR' });
    expect(language.folder).toBe('pt_PT');
  });

  it('ignores an unknown choice', () => {
    const language = resolveLanguage('xx', { catalogueFolder: 'it', uiLocale: 'it' });
    expect(language.tag).toBe('it');
  });

  it('falls back to English', () => {
    const language = resolveLanguage('auto', { catalogueFolder: '', uiLocale: 'ja' });
    expect(language.tag).toBe('en');
  });
});

describe('matchLocale', () => {
  it.each([
    ['de-AT', 'de'],
    ['pt_PT', 'pt-PT'],
    ['PT-br', 'pt-PT'],
    ['mt', 'mt'],
  ])('matches %s to %s', (locale, tag) => {
    expect(matchLocale(locale)?.tag).toBe(tag);
  });

  it('matches no unknown language', () => {
    expect(matchLocale('fr-FR')).toBeUndefined();
  });
});

describe('applyLanguage', () => {
  it('shows the chosen language', () => {
    useBrowserLanguage('en', 'en-US');
    applyLanguage('it');
    expect(t('panel_rules_title')).toBe(CATALOGUES.get('it')!.panel_rules_title.message);
  });

  it('shows the browser language on auto', () => {
    useBrowserLanguage('de', 'en-US');
    applyLanguage('auto');
    expect(t('panel_rules_title')).toBe('Regeln');
  });

  it('reports the language it shows', () => {
    useBrowserLanguage('en', 'en-US');
    applyLanguage('de');
    expect(messagesLanguage()).toBe('de');
  });

  it('sets the page language', () => {
    useBrowserLanguage('en', 'en-US');
    applyLanguage('pt-PT');
    expect(document.documentElement.lang).toBe('pt-PT');
  });
});

describe('language setting', () => {
  it('reads auto when nothing is stored', async () => {
    expect(await readLanguageChoice()).toBe('auto');
  });

  it('reads auto for an unknown stored value', async () => {
    await fakeBrowser.storage.local.set({ [UI_LANGUAGE_KEY]: 'klingon' });
    expect(await readLanguageChoice()).toBe('auto');
  });

  it('stores a known language', async () => {
    await saveLanguageChoice('de');
    expect(await readLanguageChoice()).toBe('de');
  });

  it('rejects an unknown language by name', async () => {
    await expect(saveLanguageChoice('klingon')).rejects.toThrow(/"klingon"/);
  });
});

describe('startLanguage', () => {
  it('renders once in the stored language', async () => {
    useBrowserLanguage('en', 'en-US');
    await fakeBrowser.storage.local.set({ [UI_LANGUAGE_KEY]: 'de' });
    const seen: string[] = [];
    await startLanguage(() => seen.push(t('panel_rules_title')));
    expect(seen).toEqual(['Regeln']);
  });

  it('renders again when the choice changes', async () => {
    useBrowserLanguage('en', 'en-US');
    const seen: string[] = [];
    await startLanguage(() => seen.push(t('panel_rules_title')));
    await saveLanguageChoice('it');
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[1]).toBe(CATALOGUES.get('it')!.panel_rules_title.message);
  });
});
