import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { useEnglishMessages } from './support/messages';

// WXT's fake browser has no i18n.getMessage; every test reads the English catalogue.
beforeEach(() => useEnglishMessages());
