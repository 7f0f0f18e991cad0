import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProfilesSection } from '@/components/options/ProfilesSection';
import { listProfiles, saveProfile } from '@/utils/store';
import { closeDatabase } from '@/utils/store/db';
import { useEnglishMessages } from './support/messages';

beforeEach(async () => {
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
  useEnglishMessages();
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function profile(id: string, extra: Record<string, unknown> = {}) {
  return {
    format: 'vigila-profile' as const,
    version: 1 as const,
    id,
    name: `Portal ${id}`,
    urlPattern: 'https://portal.example/*',
    fields: { surname: { selector: '#surname' } },
    ...extra,
  };
}

function jsonFile(name: string, content: unknown): File {
  return new File([JSON.stringify(content)], name, { type: 'application/json' });
}

function upload(...files: File[]): void {
  const input = screen.getByTestId('import-profiles') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  fireEvent.change(input);
}

async function renderSection() {
  render(<ProfilesSection />);
  await screen.findByRole('heading', { name: 'Portal profiles' });
}

describe('options profiles section', () => {
  it('lists the stored profiles', async () => {
    await saveProfile(profile('a'));
    await renderSection();
    const [item] = await screen.findAllByTestId('profile-item');
    expect(item.dataset.profileId).toBe('a');
    expect(item.textContent).toContain('https://portal.example/*');
  });

  it('says when there is no profile', async () => {
    await renderSection();
    expect((await screen.findByTestId('profiles-empty')).textContent).toBe(
      'No portal profiles yet.',
    );
  });

  it('imports every profile of a valid file', async () => {
    await renderSection();
    upload(jsonFile('profiles.json', [profile('a'), profile('b')]));
    await waitFor(() => expect(screen.getAllByTestId('profile-item')).toHaveLength(2));
    expect(screen.getByTestId('profile-message').textContent).toBe('Imported 2 profiles.');
  });

  it('shows the path and value of an error', async () => {
    await renderSection();
    upload(jsonFile('bad.json', [profile('a'), profile('b', { urlPattern: 'portal' })]));
    const [error] = await screen.findAllByTestId('profile-import-error');
    expect(error.dataset.path).toBe('[1].urlPattern');
    expect(error.dataset.value).toBe('"portal"');
    expect(error.textContent).toContain('Enter a match pattern');
  });

  it('imports nothing from a file with an error', async () => {
    await renderSection();
    upload(jsonFile('bad.json', [profile('a'), profile('b', { fields: { surnme: {} } })]));
    await screen.findAllByTestId('profile-import-error');
    expect(await listProfiles()).toEqual([]);
  });

  it('imports nothing when another file has an error', async () => {
    await renderSection();
    upload(jsonFile('good.json', profile('a')), jsonFile('bad.json', '{'));
    await screen.findAllByTestId('profile-import-error');
    expect(await listProfiles()).toEqual([]);
  });

  it('rejects an id that two files share', async () => {
    await renderSection();
    upload(jsonFile('one.json', profile('a')), jsonFile('two.json', profile('a')));
    const [error] = await screen.findAllByTestId('profile-import-error');
    expect(error.dataset.path).toBe('id');
  });

  it('asks before deleting', async () => {
    await saveProfile(profile('a'));
    await renderSection();
    fireEvent.click(await screen.findByTestId('profile-delete'));
    expect(screen.getByTestId('profile-delete-confirm')).toBeTruthy();
    expect(await listProfiles()).toHaveLength(1);
  });

  it('deletes after the confirmation', async () => {
    await saveProfile(profile('a'));
    await renderSection();
    fireEvent.click(await screen.findByTestId('profile-delete'));
    fireEvent.click(screen.getByTestId('profile-delete-confirm'));
    await screen.findByTestId('profiles-empty');
    expect(await listProfiles()).toEqual([]);
  });

  it('keeps the profile when deletion is cancelled', async () => {
    await saveProfile(profile('a'));
    await renderSection();
    fireEvent.click(await screen.findByTestId('profile-delete'));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByTestId('profile-delete-confirm')).toBeNull();
    expect(await listProfiles()).toHaveLength(1);
  });
});
