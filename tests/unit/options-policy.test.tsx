import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DraftSettingsForm } from '@/components/drafts/DraftSettingsForm';
import { OptionsPage } from '@/components/options/OptionsPage';
import { readStoredDraftSettings, saveDraftSettings, saveProfile } from '@/utils/store';
import { closeDatabase } from '@/utils/store/db';

const PROFILE = {
  format: 'vigila-profile' as const,
  version: 1 as const,
  id: 'it-portal',
  name: 'Portale questura',
  urlPattern: 'https://portal.police.example/*',
  fields: { surname: { selector: '#cognome' } },
};

let granted: string[] = [];

beforeEach(async () => {
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
  await fakeBrowser.storage.managed.clear();
  await fakeBrowser.storage.local.clear();
  granted = ['https://portal.police.example/*'];
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockImplementation(async () => ({
    origins: [...granted],
    permissions: [],
  }));
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins = [] }) =>
    origins.every((origin) => granted.includes(origin)),
  );
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function lockedSettings(): string[] {
  return screen.queryAllByTestId('managed-lock').map((lock) => lock.dataset.setting ?? '');
}

describe('options page under a policy', () => {
  it('shows no policy section without a policy', async () => {
    render(<OptionsPage />);
    await screen.findByTestId('origin-item');
    expect(screen.queryByTestId('managed-policy')).toBeNull();
    expect(lockedSettings()).toEqual([]);
  });

  it('lists each managed setting as locked', async () => {
    await fakeBrowser.storage.managed.set({ majorityAge: 16, enforcement: 'enforce' });
    render(<OptionsPage />);
    await screen.findByTestId('managed-policy');
    const settings = screen.getAllByTestId('policy-setting');
    expect(settings.map((item) => item.dataset.setting)).toEqual(['enforcement', 'majorityAge']);
    expect(settings[1].textContent).toContain('16');
    // The enforcement section marks its own control as locked too.
    await screen.findAllByText(/Set by your organisation/);
    await vi.waitFor(() =>
      expect(lockedSettings()).toEqual(['enforcement', 'majorityAge', 'enforcement']),
    );
    expect(settings[1].textContent).toContain('Set by your organisation');
  });

  it('lists invalid policy values with path and value', async () => {
    await fakeBrowser.storage.managed.set({ autoLockMinutes: 9999 });
    render(<OptionsPage />);
    const error = await screen.findByTestId('policy-error');
    expect(error.dataset.path).toBe('autoLockMinutes');
    expect(error.dataset.value).toBe('9999');
    expect(error.textContent).toContain('Enter a whole number from 1 to 480.');
  });

  it('refuses an origin outside the allow-list', async () => {
    await fakeBrowser.storage.managed.set({ allowedOrigins: ['https://portal.police.example'] });
    const request = vi.spyOn(fakeBrowser.permissions, 'request');
    render(<OptionsPage />);
    await screen.findByTestId('policy-origins');
    fireEvent.input(screen.getByTestId('origin-input'), {
      target: { value: 'https://elsewhere.example' },
    });
    fireEvent.submit(screen.getByTestId('origin-input').closest('form')!);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'https://elsewhere.example/* is not among the portals your organisation allows. Ask IT to add it.',
    );
    expect(request).not.toHaveBeenCalled();
  });

  it('grants the missing organisation origins with one click', async () => {
    await fakeBrowser.storage.managed.set({
      allowedOrigins: ['https://portal.police.example', 'https://second.police.example'],
    });
    const request = vi
      .spyOn(fakeBrowser.permissions, 'request')
      .mockImplementation(async ({ origins = [] }) => {
        granted.push(...origins);
        return true;
      });
    render(<OptionsPage />);
    const button = await screen.findByTestId('origin-grant-policy');
    await waitFor(() =>
      expect(screen.getAllByTestId('policy-origin').map((item) => item.dataset.granted)).toEqual([
        'true',
        'false',
      ]),
    );
    fireEvent.click(button);
    await waitFor(() => expect(request).toHaveBeenCalledTimes(1));
    expect(request.mock.calls[0][0]).toEqual({ origins: ['https://second.police.example/*'] });
    await screen.findByText("Vigila may now run on the organisation's portals.");
  });

  it('marks a granted origin outside the allow-list', async () => {
    granted = ['https://old.example/*'];
    await fakeBrowser.storage.managed.set({ allowedOrigins: ['https://portal.police.example'] });
    render(<OptionsPage />);
    const blocked = await screen.findByTestId('origin-blocked');
    expect(blocked.closest('li')?.dataset.origin).toBe('https://old.example/*');
  });

  it('lists policy profiles apart and marks a replaced one', async () => {
    await saveProfile({ ...PROFILE, name: 'My copy' });
    await fakeBrowser.storage.managed.set({ profiles: JSON.stringify([PROFILE]) });
    render(<OptionsPage />);
    const managed = await screen.findByTestId('policy-profile');
    expect(managed.dataset.profileId).toBe('it-portal');
    expect(managed.querySelector('[data-testid="profile-delete"]')).toBeNull();
    const shadowed = await screen.findByTestId('profile-shadowed');
    expect(shadowed.closest('li')?.dataset.profileId).toBe('it-portal');
    expect(lockedSettings()).toContain('profiles');
  });
});

describe('draft settings form under a policy', () => {
  it('shows the managed value read-only', async () => {
    await saveDraftSettings({ idleMinutes: 30, retentionDays: 60 });
    await fakeBrowser.storage.managed.set({ autoLockMinutes: 5 });
    render(<DraftSettingsForm />);
    const idle = (await screen.findByTestId('lock-idle-minutes')) as HTMLInputElement;
    await waitFor(() => expect(idle.value).toBe('5'));
    expect(idle.readOnly).toBe(true);
    expect((screen.getByTestId('retention-days') as HTMLInputElement).readOnly).toBe(false);
    expect(lockedSettings()).toEqual(['autoLockMinutes']);
  });

  it('saves without changing a managed value', async () => {
    await saveDraftSettings({ idleMinutes: 30, retentionDays: 60 });
    await fakeBrowser.storage.managed.set({ autoLockMinutes: 5 });
    render(<DraftSettingsForm />);
    const days = (await screen.findByTestId('retention-days')) as HTMLInputElement;
    await waitFor(() => expect(days.value).toBe('60'));
    await screen.findByTestId('managed-lock');
    fireEvent.input(days, { target: { value: '20' } });
    fireEvent.click(screen.getByTestId('draft-settings-save'));
    await screen.findByText('Settings saved.', { exact: false });
    expect(await readStoredDraftSettings()).toEqual({ idleMinutes: 30, retentionDays: 20 });
  });

  it('hides the save button when both values are managed', async () => {
    await fakeBrowser.storage.managed.set({ autoLockMinutes: 5, retentionDays: 7 });
    render(<DraftSettingsForm />);
    await waitFor(() => expect(lockedSettings()).toEqual(['autoLockMinutes', 'retentionDays']));
    expect(screen.queryByTestId('draft-settings-save')).toBeNull();
  });
});
