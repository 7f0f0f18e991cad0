import { afterEach, describe, expect, it } from 'vitest';
import { countryOptions } from '@/components/common/country-options';
import { clearCatalogues, setCatalogues } from '@/utils/i18n';
import { CATALOGUES } from '@/utils/language/catalogues';

function nameOf(code: string): string | undefined {
  return countryOptions().find((option) => option.code === code)?.name;
}

afterEach(() => clearCatalogues());

describe('countryOptions', () => {
  it('names countries in English by default', () => {
    expect(nameOf('DEU')).toBe('Germany');
  });

  it('names countries in the interface language', () => {
    setCatalogues(CATALOGUES.get('de')!, CATALOGUES.get('en')!, 'de');
    expect(nameOf('DEU')).toBe('Deutschland');
  });

  it('names the ICAO codes in the interface language', () => {
    setCatalogues(CATALOGUES.get('it')!, CATALOGUES.get('en')!, 'it');
    expect(nameOf('XXA')).toBe('Apolide');
  });

  it('sorts by name in the interface language', () => {
    setCatalogues(CATALOGUES.get('de')!, CATALOGUES.get('en')!, 'de');
    const iso = countryOptions().filter((option) => !option.code.startsWith('XX'));
    const names = iso.map((option) => option.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('de').compare));
  });
});
