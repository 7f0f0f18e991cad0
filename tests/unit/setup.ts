import 'fake-indexeddb/auto';
import { Blob as NodeBlob } from 'node:buffer';
import { beforeEach } from 'vitest';
import { useEnglishMessages } from './support/messages';

// fake-indexeddb copies values with Node's structuredClone, which clones
// Node's Blob but turns happy-dom's Blob into an empty object. Browsers store
// their own Blob in IndexedDB, so the store's code gets Node's here.
globalThis.Blob = NodeBlob as unknown as typeof Blob;

// WXT's fake browser has no i18n.getMessage; every test reads the English catalogue.
beforeEach(() => useEnglishMessages());
