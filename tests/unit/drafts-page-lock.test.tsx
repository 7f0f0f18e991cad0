import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { UnlockGate } from '@/components/common/UnlockGate';
import { DraftsPage } from '@/components/drafts/DraftsPage';
import { getDraft, listDrafts, lock, saveDraft, setUpPassphrase } from '@/utils/store';
import { storeSessionKey } from '@/utils/store/keyring';
import { renderPage } from './support/drafts-page';
import { useEnglishMessages } from './support/messages';
import { resetStore } from './support/store';
import { testKeyring, unlockForTests, UNIT_TEST_PASSPHRASE } from './support/unlock';

beforeEach(async () => {
  await resetStore();
  useEnglishMessages();
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function type(testId: string, value: string): void {
  fireEvent.input(screen.getByTestId(testId), { target: { value } });
}

async function lockedPage(): Promise<void> {
  await unlockForTests();
  await saveDraft({ id: 'd1', label: 'Case 1', fields: { surname: 'A' } });
  await lock();
  render(<DraftsPage />);
  await screen.findByTestId('passphrase');
}

describe('drafts page first use', () => {
  it('asks for the passphrase twice', async () => {
    render(<DraftsPage />);
    expect(await screen.findByTestId('passphrase-confirm')).toBeTruthy();
  });

  it('rejects two different passphrases', async () => {
    render(<DraftsPage />);
    await screen.findByTestId('passphrase');
    type('passphrase', 'first passphrase');
    type('passphrase-confirm', 'other passphrase');
    fireEvent.click(screen.getByTestId('unlock'));
    expect((await screen.findByTestId('lock-error')).textContent).toContain('differ');
  });

  it('rejects a short passphrase', async () => {
    render(<DraftsPage />);
    await screen.findByTestId('passphrase');
    type('passphrase', 'short');
    type('passphrase-confirm', 'short');
    fireEvent.click(screen.getByTestId('unlock'));
    expect((await screen.findByTestId('lock-error')).textContent).toContain('too short');
  });

  it('shows the drafts once the passphrase is set', async () => {
    render(<DraftsPage />);
    await screen.findByTestId('passphrase');
    type('passphrase', 'first passphrase');
    type('passphrase-confirm', 'first passphrase');
    fireEvent.click(screen.getByTestId('unlock'));
    expect(await screen.findByRole('heading', { name: 'Saved drafts' })).toBeTruthy();
  });
});

describe('drafts page unlock', () => {
  it('asks for the passphrase once', async () => {
    await lockedPage();
    expect(screen.queryByTestId('passphrase-confirm')).toBeNull();
  });

  it('shows a wrong passphrase', async () => {
    await lockedPage();
    type('passphrase', 'wrong passphrase');
    fireEvent.click(screen.getByTestId('unlock'));
    expect((await screen.findByTestId('lock-error')).textContent).toContain('Wrong passphrase');
  });

  it.each(['', 'short'])('rejects %j without counting an attempt', async (entry) => {
    await lockedPage();
    type('passphrase', entry);
    fireEvent.click(screen.getByTestId('unlock'));
    const message = (await screen.findByTestId('lock-error')).textContent;
    expect(message).toContain(entry === '' ? 'Enter the passphrase' : 'too short');
    expect(await fakeBrowser.storage.local.get('unlockAttempts')).toEqual({});
  });

  it('shows the drafts after the right passphrase', async () => {
    await lockedPage();
    type('passphrase', UNIT_TEST_PASSPHRASE);
    fireEvent.click(screen.getByTestId('unlock'));
    await waitFor(() => expect(screen.getAllByTestId('draft-item')).toHaveLength(1));
  });

  it('unlocks when another page unlocks', async () => {
    await lockedPage();
    await storeSessionKey((await testKeyring()).key);
    await waitFor(() => expect(screen.getAllByTestId('draft-item')).toHaveLength(1));
  });
});

describe('drafts page lock', () => {
  it('locks with Lock now', async () => {
    await unlockForTests();
    await renderPage();
    fireEvent.click(screen.getByTestId('lock-now'));
    expect(await screen.findByTestId('passphrase')).toBeTruthy();
  });

  it('hides the drafts when another page locks', async () => {
    await unlockForTests();
    await saveDraft({ id: 'd1', label: 'Case 1', fields: { surname: 'A' } });
    await renderPage();
    await lock();
    await waitFor(() => expect(screen.queryAllByTestId('draft-item')).toHaveLength(0));
  });
});

describe('drafts page wipe', () => {
  beforeEach(async () => {
    await unlockForTests();
    await saveDraft({ id: 'd1', label: 'Case 1', fields: { surname: 'A' } });
    await saveDraft({ id: 'd2', label: 'Case 2', fields: { surname: 'B' } });
    await renderPage();
    await waitFor(() => expect(screen.getAllByTestId('draft-item')).toHaveLength(2));
    fireEvent.click(screen.getByTestId('drafts-wipe'));
  });

  it('asks before deleting', async () => {
    expect(screen.getByTestId('drafts-wipe-confirm')).toBeTruthy();
    expect(await listDrafts()).toHaveLength(2);
  });

  it('deletes every draft once confirmed', async () => {
    fireEvent.click(screen.getByTestId('drafts-wipe-confirm'));
    await waitFor(() => expect(screen.queryAllByTestId('draft-item')).toHaveLength(0));
    expect(await listDrafts()).toEqual([]);
  });

  it('keeps the drafts when cancelled', async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByTestId('drafts-wipe-confirm')).toBeNull();
    expect(await listDrafts()).toHaveLength(2);
  });
});

describe('drafts page delete after use', () => {
  it('stores the choice for the open draft', async () => {
    await unlockForTests();
    await saveDraft({ id: 'd1', label: 'Case 1', fields: { surname: 'A' } });
    await renderPage();
    fireEvent.click(await screen.findByRole('button', { name: /Case 1/ }));
    fireEvent.click(await screen.findByTestId('draft-delete-after-use'));
    await waitFor(async () => expect((await getDraft('d1'))?.deleteAfterUse).toBe(true));
  });
});

describe('UnlockGate', () => {
  it('shows the passphrase form while locked', async () => {
    await setUpPassphrase('gate passphrase');
    await lock();
    render(
      <UnlockGate>
        <p>draft picker</p>
      </UnlockGate>,
    );
    expect(await screen.findByTestId('passphrase')).toBeTruthy();
    expect(screen.queryByText('draft picker')).toBeNull();
  });

  it('shows its children while unlocked', async () => {
    await unlockForTests();
    render(
      <UnlockGate>
        <p>draft picker</p>
      </UnlockGate>,
    );
    expect(await screen.findByText('draft picker')).toBeTruthy();
  });

  it('does not move the focus by default', async () => {
    await unlockForTests();
    await lock();
    render(
      <UnlockGate>
        <p>draft picker</p>
      </UnlockGate>,
    );
    const input = await screen.findByTestId('passphrase');
    expect(document.activeElement).not.toBe(input);
  });
});
