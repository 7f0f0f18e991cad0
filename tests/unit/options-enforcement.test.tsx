import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { EnforcementSection } from '@/components/options/EnforcementSection';
import { ENFORCEMENT_KEY, readEnforcementMode } from '@/utils/enforcement/settings';
import { useEnglishMessages } from './support/messages';

beforeEach(() => {
  fakeBrowser.reset();
  useEnglishMessages();
});

afterEach(() => cleanup());

function radio(mode: 'off' | 'enforce'): HTMLInputElement {
  return screen.getByTestId(`enforcement-${mode}`) as HTMLInputElement;
}

describe('enforcement options', () => {
  it('shows the stored mode', async () => {
    await browser.storage.local.set({ [ENFORCEMENT_KEY]: 'enforce' });
    render(<EnforcementSection />);
    await waitFor(() => expect(radio('enforce').checked).toBe(true));
    expect(radio('off').checked).toBe(false);
  });

  it('saves the chosen mode', async () => {
    render(<EnforcementSection />);
    await waitFor(() => expect(radio('off').checked).toBe(true));
    fireEvent.click(radio('enforce'));
    await screen.findByRole('status');
    expect(await readEnforcementMode()).toBe('enforce');
    expect(radio('enforce').checked).toBe(true);
  });
});
