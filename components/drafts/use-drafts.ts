import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { downloadText, localDateStamp } from '@/components/common/download';
import { t } from '@/utils/i18n';
import {
  deleteDraft,
  exportDrafts,
  getDraft,
  importDrafts,
  listDrafts,
  saveDraft,
  setDeleteAfterUse,
  StoreError,
  watchDraftChanges,
  wipeDrafts,
  type DraftChange,
  type DraftSummary,
  type ImportChoice,
} from '@/utils/store';
import { checkImportFiles, type FileErrors, type ImportedDraft } from './import-files';
import { storeErrorText } from './store-messages';
import {
  hasChanges,
  markSaved,
  newWorkingCopy,
  normaliseFields,
  validateCopy,
  workingCopyOf,
  type WorkingCopy,
} from './working-copy';

export interface SaveRequest {
  /** A save the page started by itself after an edit: it skips invalid copies and shows no status message. */
  auto?: boolean;
  /** Saves over a version another window stored since this copy was read. */
  overwrite?: boolean;
}

/** A stored draft that an imported draft has the id of. */
export interface ImportConflict {
  imported: ImportedDraft;
  stored: DraftSummary;
}

/** An import waiting for the officer to choose what happens to drafts that exist. */
export interface PendingImport {
  drafts: ImportedDraft[];
  conflicts: ImportConflict[];
}

export interface PageStatus {
  kind: 'info' | 'error';
  text: string;
}

/**
 * State and actions of the drafts page. Open drafts stay in `copies` with
 * their unsaved changes until they are saved or deleted, so moving between
 * drafts in the page loses nothing. When the drafts lock, the page drops
 * what it read and keeps only copies with unsaved changes.
 */
export function useDrafts(unlocked: boolean) {
  const [summaries, setSummaries] = useState<DraftSummary[]>([]);
  const [copies, setCopiesState] = useState<ReadonlyMap<string, WorkingCopy>>(new Map());
  // The latest copies, also between a state update and the next render, for
  // saves that run after earlier ones of the same draft.
  const copiesRef = useRef(copies);
  copiesRef.current = copies;
  const setCopies = (
    update: (current: ReadonlyMap<string, WorkingCopy>) => ReadonlyMap<string, WorkingCopy>,
  ) =>
    setCopiesState((current) => {
      const next = update(current);
      copiesRef.current = next;
      return next;
    });
  // Saves of one copy run one after another; a new copy's key becomes its id.
  const saving = useRef(new Map<string, Promise<void>>());
  const renamed = useRef(new Map<string, string>());
  const [activeKey, setActiveKey] = useState<string>();
  const [status, setStatus] = useState<PageStatus>();
  const [importErrors, setImportErrors] = useState<FileErrors[]>();
  const [pendingImport, setPendingImport] = useState<PendingImport>();

  const fail = (error: unknown) => setStatus({ kind: 'error', text: storeErrorText(error) });
  const inform = (text: string) => setStatus({ kind: 'info', text });

  const refresh = useCallback(async () => {
    try {
      setSummaries(await listDrafts());
    } catch (error) {
      fail(error);
    }
  }, []);

  useEffect(() => {
    if (unlocked) {
      void refresh();
      return;
    }
    setSummaries([]);
    setStatus(undefined);
    setPendingImport(undefined);
    setCopies((current) => new Map([...current].filter(([, copy]) => hasChanges(copy))));
    return undefined;
  }, [unlocked, refresh]);

  const putCopy = (copy: WorkingCopy, replacedKey = copy.key) =>
    setCopies((current) => {
      const next = new Map(current);
      next.delete(replacedKey);
      next.set(copy.key, copy);
      return next;
    });

  const dropCopy = (key: string) =>
    setCopies((current) => {
      const next = new Map(current);
      next.delete(key);
      return next;
    });

  // An open copy without changes would hide the data an import just replaced.
  // A copy with changes stays, because those changes are the officer's work.
  const dropCleanCopies = (ids: string[]) =>
    setCopies((current) => {
      const next = new Map(current);
      for (const id of ids) {
        const copy = next.get(id);
        if (copy && !hasChanges(copy)) next.delete(id);
      }
      return next;
    });

  const open = async (id: string) => {
    setStatus(undefined);
    setActiveKey(id);
    if (copies.has(id)) return;
    try {
      const draft = await getDraft(id);
      if (draft) putCopy(workingCopyOf(draft));
      else inform(t('drafts_store_error_not_found', id));
      if (draft?.photoError) setStatus({ kind: 'error', text: t('draft_photo_damaged', id) });
    } catch (error) {
      fail(error);
    }
  };

  const create = () => {
    const copy = newWorkingCopy();
    putCopy(copy);
    setActiveKey(copy.key);
    setStatus(undefined);
  };

  const markConflict = (key: string, conflict: WorkingCopy['conflict']) =>
    setCopies((current) => {
      const copy = current.get(key);
      if (!copy) return current;
      return new Map(current).set(key, { ...copy, conflict });
    });

  const saveNow = async (initialKey: string, request: SaveRequest, snapshot: WorkingCopy) => {
    const key = renamed.current.get(initialKey) ?? initialKey;
    const live = copiesRef.current.get(key) ?? snapshot;
    if (request.auto && (!hasChanges(live) || live.conflict || validateCopy(live).size > 0)) {
      return;
    }
    try {
      const fields = normaliseFields(live.fields);
      const base =
        request.overwrite || live.id === undefined ? {} : { baseUpdatedAt: live.baseUpdatedAt };
      const saved = await saveDraft({ id: live.id, label: live.label.trim(), fields }, base);
      setCopies((current) => {
        const next = new Map(current);
        const latest = next.get(key) ?? live;
        next.delete(key);
        return next.set(saved.id, { ...markSaved(latest, saved), key: saved.id });
      });
      if (key !== saved.id) renamed.current.set(initialKey, saved.id);
      setActiveKey((active) => (active === key ? saved.id : active));
      if (!request.auto) inform(t('drafts_saved'));
      await refresh();
    } catch (error) {
      if (error instanceof StoreError && error.code === 'conflict' && live.id !== undefined) {
        const stored = await getDraft(live.id).catch(() => undefined);
        markConflict(key, stored ? 'changed' : 'deleted');
      }
      fail(error);
    }
  };

  const save = (copy: WorkingCopy, request: SaveRequest = {}) => {
    const previous = saving.current.get(copy.key) ?? Promise.resolve();
    const next = previous.then(() => saveNow(copy.key, request, copy));
    saving.current.set(copy.key, next);
    return next;
  };

  /** Replaces a copy with the stored draft, or drops it when the draft is gone. */
  const reload = async (key: string) => {
    const copy = copiesRef.current.get(key);
    if (copy?.id === undefined) return;
    try {
      const draft = await getDraft(copy.id);
      if (draft) {
        putCopy({ ...workingCopyOf(draft), renderKey: copy.renderKey }, key);
        setStatus(
          draft.photoError ? { kind: 'error', text: t('draft_photo_damaged', copy.id) } : undefined,
        );
      } else {
        dropCopy(key);
        setActiveKey((active) => (active === key ? undefined : active));
        inform(t('drafts_store_error_not_found', copy.id));
      }
    } catch (error) {
      fail(error);
    }
  };

  // Another window saved or deleted drafts: an open copy without changes
  // follows, and one with changes is marked, so that nothing is overwritten.
  const onExternalChange = async (change: DraftChange) => {
    await refresh();
    if (change.kind === 'saved') {
      const copy = copiesRef.current.get(change.id);
      if (!copy || copy.baseUpdatedAt === change.updatedAt) return;
      if (hasChanges(copy)) markConflict(change.id, 'changed');
      else await reload(change.id);
      return;
    }
    if (change.kind !== 'deleted') return;
    for (const id of change.ids) {
      const copy = copiesRef.current.get(id);
      if (!copy) continue;
      if (hasChanges(copy)) {
        markConflict(id, 'deleted');
      } else {
        dropCopy(id);
        setActiveKey((active) => (active === id ? undefined : active));
      }
    }
  };
  const externalChangeHandler = useRef(onExternalChange);
  externalChangeHandler.current = onExternalChange;

  useEffect(() => {
    if (!unlocked) return undefined;
    return watchDraftChanges((change) => void externalChangeHandler.current(change));
  }, [unlocked]);

  const remove = async (key: string) => {
    const id = copies.get(key)?.id ?? (copies.has(key) ? undefined : key);
    try {
      if (id !== undefined) await deleteDraft(id);
      dropCopy(key);
      setActiveKey(undefined);
      inform(t('drafts_deleted'));
      await refresh();
    } catch (error) {
      fail(error);
    }
  };

  const exportFile = async (ids: string[] | undefined, fileName: string) => {
    try {
      downloadText(fileName, await exportDrafts(ids));
      const unsaved = [...copies.values()].some(
        (copy) => copy.id !== undefined && (ids ?? [copy.id]).includes(copy.id) && hasChanges(copy),
      );
      inform(t(unsaved ? 'drafts_exported_saved_only' : 'drafts_exported', fileName));
    } catch (error) {
      fail(error);
    }
  };

  // File names carry no label or name, because the file may leave the computer.
  const exportOne = (id: string) =>
    exportFile([id], `vigila-draft-${localDateStamp()}-${id.slice(0, 8)}.json`);
  const exportAll = () => exportFile(undefined, `vigila-drafts-${localDateStamp()}.json`);

  const storeImport = async (drafts: ImportedDraft[], choice?: ImportChoice) => {
    const stored = await importDrafts(
      drafts.map((item) => item.draft),
      choice,
    );
    dropCleanCopies(stored.map((draft) => draft.id));
    inform(t('drafts_imported', String(stored.length)));
    await refresh();
  };

  // Nothing is written while a stored draft has an imported draft's id: the
  // officer first chooses to replace it, import a copy, or cancel.
  const importFiles = async (files: File[]) => {
    setStatus(undefined);
    setImportErrors(undefined);
    setPendingImport(undefined);
    try {
      const check = await checkImportFiles(files);
      if (!check.ok) {
        setImportErrors(check.files);
        return;
      }
      const stored = new Map((await listDrafts()).map((summary) => [summary.id, summary]));
      const conflicts = check.drafts.flatMap((imported) => {
        const summary = imported.draft.id === undefined ? undefined : stored.get(imported.draft.id);
        return summary ? [{ imported, stored: summary }] : [];
      });
      if (conflicts.length > 0) {
        setPendingImport({ drafts: check.drafts, conflicts });
        return;
      }
      await storeImport(check.drafts);
    } catch (error) {
      fail(error);
    }
  };

  /** Finishes the waiting import as the officer chose, or drops it on `cancel`. */
  const resolveImport = async (existing: ImportChoice['existing'] | 'cancel') => {
    const pending = pendingImport;
    setPendingImport(undefined);
    if (!pending) return;
    if (existing === 'cancel') {
      inform(t('drafts_import_cancelled'));
      return;
    }
    const shownUpdateTimes = new Map(
      pending.conflicts.map((conflict) => [conflict.stored.id, conflict.stored.updatedAt]),
    );
    try {
      await storeImport(pending.drafts, { existing, shownUpdateTimes });
    } catch (error) {
      fail(error);
      await refresh();
    }
  };

  const changeDeleteAfterUse = async (id: string, deleteAfterUse: boolean) => {
    try {
      await setDeleteAfterUse(id, deleteAfterUse);
      inform(
        t(deleteAfterUse ? 'retention_delete_after_use_on' : 'retention_delete_after_use_off'),
      );
      await refresh();
    } catch (error) {
      fail(error);
    }
  };

  const wipe = async () => {
    try {
      await wipeDrafts();
      setCopies(() => new Map());
      setActiveKey(undefined);
      inform(t('retention_wiped'));
      await refresh();
    } catch (error) {
      fail(error);
    }
  };

  return {
    summaries,
    copies,
    activeKey,
    status,
    importErrors,
    pendingImport,
    hasUnsavedChanges: [...copies.values()].some(hasChanges),
    open,
    create,
    update: (copy: WorkingCopy) => putCopy(copy),
    save,
    reload,
    remove,
    exportOne,
    exportAll,
    importFiles,
    resolveImport,
    changeDeleteAfterUse,
    wipe,
    closeImportErrors: () => setImportErrors(undefined),
  };
}

export type DraftsState = ReturnType<typeof useDrafts>;
