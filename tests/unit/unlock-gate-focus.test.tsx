import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UnlockGate } from '@/components/common/UnlockGate';
import { lock, setUpPassphrase } from '@/utils/store';
import { useEnglishMessages } from './support/messages';
import { resetStore } from './support/store';

const PASSPHRASE = 'gate focus passphrase';

beforeEach(async () => {
  await resetStore();
  useEnglishMessages();
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function renderGate() {
  return render(
    <UnlockGate>
      <label for="draft">Draft</label>
      <select id="draft" data-testid="draft-select">
        <option>one</option>
      </select>
    </UnlockGate>,
  );
}

describe('UnlockGate focus', () => {
  it('moves the focus to the unlocked note', async () => {
    await setUpPassphrase(PASSPHRASE);
    await lock();
    renderGate();

    fireEvent.input(await screen.findByTestId('passphrase'), { target: { value: PASSPHRASE } });
    fireEvent.click(screen.getByTestId('unlock'));

    const note = await screen.findByTestId('lock-unlocked');
    await waitFor(() => expect(document.activeElement).toBe(note));
  });

  it('leaves the focus alone when already unlocked', async () => {
    await setUpPassphrase(PASSPHRASE);
    renderGate();

    const note = await screen.findByTestId('lock-unlocked');
    expect(document.activeElement).not.toBe(note);
  });
});
