import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type StoreNames,
} from 'idb';
import type { SealedDraftRecord } from './records';
import type { StoredProfile } from '../schema/profile';
import type { StoredAuditEntry } from '../schema/audit';
import type { StoredChecklist } from './checklists';
import type { PhotoRecord } from './photos';

/** The extension's IndexedDB database, shared by every extension page. */
export const DB_NAME = 'vigila';

export interface VigilaSchema extends DBSchema {
  drafts: {
    key: string;
    value: SealedDraftRecord;
    indexes: { updatedAt: number };
  };
  profiles: {
    key: string;
    value: StoredProfile;
  };
  audit: {
    key: number;
    value: StoredAuditEntry;
    indexes: { at: number };
  };
  checklists: {
    key: string;
    value: StoredChecklist;
  };
  photos: {
    key: string;
    value: PhotoRecord;
  };
}

export type VigilaDatabase = IDBPDatabase<VigilaSchema>;

type UpgradeTransaction = IDBPTransaction<
  VigilaSchema,
  StoreNames<VigilaSchema>[],
  'versionchange'
>;

/** One schema change; migration N (from 1) upgrades the database to version N. */
export type Migration = (database: VigilaDatabase, transaction: UpgradeTransaction) => void;

/**
 * Schema changes in order. The database version is the length of this list, so
 * a later version appends a migration here and never edits an earlier one,
 * because a browser that already ran it would not run it again.
 */
export const MIGRATIONS: readonly Migration[] = [
  // Version 1: drafts, listed newest first by updatedAt.
  (database) => {
    const drafts = database.createObjectStore('drafts', { keyPath: 'id' });
    drafts.createIndex('updatedAt', 'updatedAt');
  },
  // Version 2: portal profiles, keyed by their id.
  (database) => {
    database.createObjectStore('profiles', { keyPath: 'id' });
  },
  // Version 3: the audit log of checks at submission, oldest first, and the
  // supervisors' checklists keyed by their id.
  (database) => {
    const audit = database.createObjectStore('audit', { keyPath: 'id', autoIncrement: true });
    audit.createIndex('at', 'at');
    database.createObjectStore('checklists', { keyPath: 'id' });
  },
  // Version 4: drafts' photos, sealed apart from their drafts and keyed by
  // the draft's id. Moving an inline photo out of a draft needs the drafts
  // key, which an upgrade does not have, so saves and unlocks move them.
  (database) => {
    database.createObjectStore('photos', { keyPath: 'draftId' });
  },
];

/** Runs the migrations after `oldVersion`, in order, inside the upgrade transaction. */
export function runMigrations(
  database: VigilaDatabase,
  transaction: UpgradeTransaction,
  oldVersion: number,
  migrations: readonly Migration[],
): void {
  for (const migration of migrations.slice(oldVersion)) {
    migration(database, transaction);
  }
}

/** Opens a database and upgrades it to the version the migrations define. */
export function openDatabase(
  name: string = DB_NAME,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<VigilaDatabase> {
  return openDB<VigilaSchema>(name, migrations.length, {
    upgrade(database, oldVersion, _newVersion, transaction) {
      runMigrations(database, transaction, oldVersion, migrations);
    },
    // Another extension page that loads a newer version needs this connection
    // closed before it can upgrade; the next call opens the new version.
    blocking() {
      void closeDatabase();
    },
    terminated() {
      connection = undefined;
    },
  });
}

let connection: Promise<VigilaDatabase> | undefined;

/** Returns this page's connection to the extension's database, opening it once. */
export function getDatabase(): Promise<VigilaDatabase> {
  connection ??= openDatabase().catch((error: unknown) => {
    connection = undefined;
    throw error;
  });
  return connection;
}

/** Closes this page's connection; the next `getDatabase` opens a new one. */
export async function closeDatabase(): Promise<void> {
  const current = connection;
  connection = undefined;
  if (current) (await current).close();
}
