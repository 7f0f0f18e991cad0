import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PartialDateInput } from '@/components/drafts/fields/PartialDateInput';
import { clearCatalogues, setCatalogues } from '@/utils/i18n';
import { CATALOGUES } from '@/utils/language/catalogues';

function monthOptions(container: Element): string[] {
  const select = container.querySelector('select')!;
  return [...select.options].slice(1).map((option) => option.textContent ?? '');
}

function renderInput(): Element {
  const noChange = () => undefined;
  const view = render(
    <PartialDateInput idPrefix="dob" value="2011-03" onChange={noChange} invalid={false} />,
  );
  return view.container;
}

afterEach(() => {
  cleanup();
  clearCatalogues();
});

describe('PartialDateInput months', () => {
  it('names the months in the interface language', () => {
    setCatalogues(CATALOGUES.get('it')!, CATALOGUES.get('en')!, 'it');
    expect(monthOptions(renderInput())[2]).toBe('03 marzo');
  });

  it('names the months in German', () => {
    setCatalogues(CATALOGUES.get('de')!, CATALOGUES.get('en')!, 'de');
    expect(monthOptions(renderInput())[2]).toBe('03 März');
  });
});
