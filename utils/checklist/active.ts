import type { Checklist } from '../schema/checklist';
import { getChecklist } from '../store/checklists';
import { DEFAULT_CHECKLIST } from './defaults';
import { parseChecklist } from './parse';

/** `storage.local` key of the id of the checklist the user chose. */
const ACTIVE_KEY = 'activeChecklistId';
/** `storage.local` key that changes on every save, import or deletion of a checklist. */
const CHANGED_KEY = 'checklistsChangedAt';

/** Checklist settings of an organisation's managed policy. */
export interface ChecklistPolicy {
  checklists?: readonly Checklist[];
  /** Id of the checklist every user must apply, from `checklists` or the store. */
  enforcedChecklistId?: string;
}

export type ChecklistSource = 'policy' | 'user' | 'default';

export interface ActiveChecklist {
  checklist: Checklist;
  source: ChecklistSource;
  /** Id of a forced or chosen checklist that was not found, so another one applies. */
  missingId?: string;
}

/** Reads the id of the checklist the user chose, or undefined for the default one. */
export async function readActiveChecklistId(): Promise<string | undefined> {
  const stored = (await browser.storage.local.get(ACTIVE_KEY))[ACTIVE_KEY];
  return typeof stored === 'string' && stored !== '' ? stored : undefined;
}

/** Stores the checklist the user chose. Undefined goes back to the default checklist. */
export async function setActiveChecklistId(id: string | undefined): Promise<void> {
  if (id === undefined) await browser.storage.local.remove(ACTIVE_KEY);
  else await browser.storage.local.set({ [ACTIVE_KEY]: id });
}

/** Notifies open panels to resolve their checklist again after the store changed. */
export async function notifyChecklistsChanged(): Promise<void> {
  await browser.storage.local.set({ [CHANGED_KEY]: Date.now() });
}

/** Calls `listener` whenever the chosen checklist or the stored checklists change. */
export function watchActiveChecklist(listener: () => void): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && (ACTIVE_KEY in changes || CHANGED_KEY in changes)) listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

/** Finds a valid policy checklist by id. A policy checklist that fails the schema is skipped. */
function findPolicyChecklist(policy: ChecklistPolicy, id: string): Checklist | undefined {
  for (const candidate of policy.checklists ?? []) {
    if (candidate?.id !== id) continue;
    const result = parseChecklist(candidate);
    if (result.ok) return result.checklist;
  }
  return undefined;
}

/** Reads a stored checklist, treating a damaged record as missing. */
async function findStoredChecklist(id: string): Promise<Checklist | undefined> {
  try {
    return await getChecklist(id);
  } catch {
    // The options page lists a damaged record, and the panel falls back to the next checklist.
    return undefined;
  }
}

/**
 * Returns the checklist the panel applies: the one an organisation's managed
 * policy forces, else the one the user chose in the options page, else the
 * default checklist. A forced or chosen id that names no valid checklist is
 * returned as `missingId`, and the next source applies.
 */
export async function resolveActiveChecklist(policy?: ChecklistPolicy): Promise<ActiveChecklist> {
  let missingId: string | undefined;

  const enforcedId = policy?.enforcedChecklistId;
  if (enforcedId === DEFAULT_CHECKLIST.id)
    return { checklist: DEFAULT_CHECKLIST, source: 'policy' };
  if (enforcedId) {
    const forced =
      findPolicyChecklist(policy, enforcedId) ?? (await findStoredChecklist(enforcedId));
    if (forced) return { checklist: forced, source: 'policy' };
    missingId = enforcedId;
  }

  const activeId = await readActiveChecklistId();
  if (activeId) {
    const chosen =
      (policy && findPolicyChecklist(policy, activeId)) ?? (await findStoredChecklist(activeId));
    if (chosen) return { checklist: chosen, source: 'user', missingId };
    missingId ??= activeId;
  }

  return { checklist: DEFAULT_CHECKLIST, source: 'default', missingId };
}
