import { parseChecklist, type ChecklistParseError } from '../checklist/parse';
import { checklistSchema, type Checklist } from '../schema/checklist';
import { z } from '../schema/zod';
import { getDatabase } from './db';
import { writeToStore, type WritableStore } from './transaction';
import { StoreError } from './errors';

/** A supervisor's checklist as the database keeps it. */
export type StoredChecklist = Checklist & { updatedAt: number };

/** A stored checklist in a list. A record that failed validation carries `error` and no checklist. */
export interface ChecklistEntry {
  id: string;
  checklist?: StoredChecklist;
  error?: StoreError;
}

type ChecklistStore = WritableStore<'checklists'>;

const storedChecklistSchema = checklistSchema.extend({ updatedAt: z.number() });

function describePaths(errors: readonly ChecklistParseError[]): string {
  return errors.map((error) => error.path || 'the record').join(', ');
}

/** Validates a record read from the database, or throws a StoreError naming it. */
function readChecklistRecord(id: string, value: unknown): StoredChecklist {
  const result = storedChecklistSchema.safeParse(value);
  if (result.success) return result.data;
  const paths = result.error.issues.map((issue) => issue.path.join('.') || 'the record');
  throw new StoreError(
    'corrupt',
    `Checklist "${id}" is damaged and cannot be read (invalid: ${paths.join(', ')}). ` +
      'Delete it, or import it again from an exported file.',
  );
}

/**
 * Validates a checklist before it is written, or throws a StoreError naming
 * the invalid paths. A stored checklist may be passed back as it is: its
 * `updatedAt` is replaced on write. `where` names the item of an import.
 */
function assertValidChecklist(checklist: Checklist | StoredChecklist, where = ''): Checklist {
  const { updatedAt: _replaced, ...file } = checklist as StoredChecklist;
  const result = parseChecklist(file);
  if (result.ok) return result.checklist;
  const name = typeof checklist?.name === 'string' ? ` "${checklist.name}"` : '';
  throw new StoreError(
    'invalid',
    `Checklist${name}${where} was not saved: invalid ${describePaths(result.errors)}. ` +
      'Correct these values and save again.',
  );
}

function write<T>(action: string, work: (store: ChecklistStore) => Promise<T>): Promise<T> {
  return writeToStore('checklists', action, work);
}

/** Lists every checklist by name. Damaged records carry `error`. */
export async function listChecklists(): Promise<ChecklistEntry[]> {
  const database = await getDatabase();
  const transaction = database.transaction('checklists');
  const [keys, values] = await Promise.all([
    transaction.store.getAllKeys(),
    transaction.store.getAll(),
  ]);
  const entries = keys.map((id, index): ChecklistEntry => {
    try {
      return { id, checklist: readChecklistRecord(id, values[index]) };
    } catch (error) {
      if (!(error instanceof StoreError)) throw error;
      return { id, error };
    }
  });
  const nameOf = (entry: ChecklistEntry) => entry.checklist?.name ?? entry.id;
  return entries.sort((a, b) => nameOf(a).localeCompare(nameOf(b)));
}

/** Returns a checklist, or undefined when there is none with that id. Throws for a damaged record. */
export async function getChecklist(id: string): Promise<StoredChecklist | undefined> {
  const database = await getDatabase();
  const value = await database.get('checklists', id);
  return value === undefined ? undefined : readChecklistRecord(id, value);
}

/** Creates or replaces the checklist with the same id, keeping its version as given. */
export async function saveChecklist(checklist: Checklist): Promise<StoredChecklist> {
  const record = { ...assertValidChecklist(checklist), updatedAt: Date.now() };
  await write('save the checklist', (store) => store.put(record));
  return record;
}

/** Deletes a checklist. Deleting a missing checklist does nothing. */
export async function deleteChecklist(id: string): Promise<void> {
  await write('delete the checklist', (store) => store.delete(id));
}

/**
 * Stores every checklist of an import in one transaction: all of them or, if
 * any is invalid, two share an id or a write fails, none. A checklist whose id
 * exists replaces it.
 */
export async function importChecklists(
  checklists: readonly Checklist[],
): Promise<StoredChecklist[]> {
  const ids = new Set<string>();
  const valid = checklists.map((checklist, index) => {
    const parsed = assertValidChecklist(checklist, ` (item ${index + 1})`);
    if (ids.has(parsed.id)) {
      throw new StoreError(
        'invalid',
        `Checklist id "${parsed.id}" appears twice in the import (item ${index + 1}). ` +
          'Give each checklist its own id.',
      );
    }
    ids.add(parsed.id);
    return parsed;
  });
  const now = Date.now();
  const records = valid.map((checklist) => ({ ...checklist, updatedAt: now }));
  await write('import the checklists', async (store) => {
    for (const record of records) await store.put(record);
  });
  return records;
}

/** Returns a checklist as the JSON of a checklist file, without the store's `updatedAt`. */
export function serializeChecklist(checklist: Checklist | StoredChecklist): string {
  const { updatedAt: _stored, ...file } = checklist as StoredChecklist;
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Returns the file text of a stored checklist, or throws when it is missing. */
export async function exportChecklist(id: string): Promise<string> {
  const checklist = await getChecklist(id);
  if (!checklist) {
    throw new StoreError('not-found', `Checklist "${id}" was not found. It may have been deleted.`);
  }
  return serializeChecklist(checklist);
}
