import { cleanup, configure, render, screen, waitFor } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, vi } from 'vitest';
import { DraftsPage } from '@/components/drafts/DraftsPage';
import { closeDatabase } from '@/utils/store/db';
import { useEnglishMessages } from './messages';
import { unlockForTests } from './unlock';

// The editor contains several hundred select options, and happy-dom takes a few
// hundred milliseconds to mount it, more than the library's default wait.
configure({ asyncUtilTimeout: 4000 });

/** Gives each test of a drafts page file an empty database and English messages. */
export function setUpDraftsPage(): void {
  beforeEach(async () => {
    await closeDatabase();
    globalThis.indexedDB = new IDBFactory();
    useEnglishMessages();
    await unlockForTests();
  });

  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });
}

/** Renders the page and waits until it shows its list of drafts. */
export async function renderPage() {
  const result = render(<DraftsPage />);
  await waitFor(() => screen.getByRole('heading', { name: 'Saved drafts' }));
  return result;
}

/** Returns the element of a catalogue field in the editor. */
export function fieldElement(id: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(`[data-field-id="${id}"]`);
  if (!element) throw new Error(`field ${id} is not in the editor`);
  return element;
}

/** Returns the control of a catalogue field that its label points at. */
export function fieldControl<T extends HTMLElement = HTMLInputElement>(id: string): T {
  const control = document.getElementById(`field-${id}`);
  if (!control) throw new Error(`field ${id} has no control`);
  return control as T;
}

/** Makes a File the way a file input returns one. */
export function jsonFile(name: string, content: unknown): File {
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  return new File([text], name, { type: 'application/json' });
}
