import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { memo } from '@/components/common/memo';
import { clearCatalogues, setCatalogues, t } from '@/utils/i18n';

const ENGLISH = { greeting: { message: 'Hello $1' } };
const ITALIAN = { greeting: { message: 'Ciao $1' } };

let renders = 0;
const Greeting = memo(function Greeting({ name }: { name: string }) {
  renders++;
  return <p>{t('greeting', name)}</p>;
});

function mount(root: HTMLElement, name: string) {
  render(<Greeting name={name} />, root);
  return root.textContent;
}

afterEach(() => {
  clearCatalogues();
  renders = 0;
});

describe('memo', () => {
  it('skips a render with the same props', () => {
    setCatalogues(ENGLISH, ENGLISH, 'en');
    const root = document.createElement('div');

    expect(mount(root, 'Amina')).toBe('Hello Amina');
    expect(mount(root, 'Amina')).toBe('Hello Amina');
    expect(renders).toBe(1);
  });

  it('renders again when a prop changes', () => {
    setCatalogues(ENGLISH, ENGLISH, 'en');
    const root = document.createElement('div');

    mount(root, 'Amina');
    expect(mount(root, 'Yusuf')).toBe('Hello Yusuf');
    expect(renders).toBe(2);
  });

  it('renders again in another language', () => {
    setCatalogues(ENGLISH, ENGLISH, 'en');
    const root = document.createElement('div');
    mount(root, 'Amina');

    setCatalogues(ITALIAN, ENGLISH, 'it');
    expect(mount(root, 'Amina')).toBe('Ciao Amina');
    expect(renders).toBe(2);
  });
});
