import { useCallback, useEffect, useState } from 'preact/hooks';
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
  wipeDrafts,
  type DraftSummary,
} from '@/utils/store';
import { checkImportFiles, type FileErrors } from './import-files';
import { storeErrorText } from './store-messages';
import {
  hasChanges,
  markSaved,
  newWorkingCopy,
  normaliseFields,
  workingCopyOf,
  type WorkingCopy,
} from './working-copy';

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
  const [copies, setCopies] = useState<ReadonlyMap<string, WorkingCopy>>(new Map());
  const [activeKey, setActiveKey] = useState<string>();
  const [status, setStatus] = useState<PageStatus>();
  const [importErrors, setImportErrors] = useState<FileErrors[]>();

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
    setCopies((current) => new Map([...current].filter(([, copy]) => hasChanges(copy))));
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

  const save = async (copy: WorkingCopy) => {
    try {
      const fields = normaliseFields(copy.fields);
      const saved = await saveDraft({ id: copy.id, label: copy.label.trim(), fields });
      const updated = { ...markSaved(copy, saved), key: saved.id };
      putCopy(updated, copy.key);
      setActiveKey(saved.id);
      inform(t('drafts_saved'));
      await refresh();
    } catch (error) {
      fail(error);
    }
  };

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

  const importFiles = async (files: File[]) => {
    setStatus(undefined);
    setImportErrors(undefined);
    try {
      const check = await checkImportFiles(files);
      if (!check.ok) {
        setImportErrors(check.files);
        return;
      }
      const stored = await importDrafts(check.drafts);
      dropCleanCopies(stored.map((draft) => draft.id));
      inform(t('drafts_imported', String(stored.length)));
      await refresh();
    } catch (error) {
      fail(error);
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
      setCopies(new Map());
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
    hasUnsavedChanges: [...copies.values()].some(hasChanges),
    open,
    create,
    update: (copy: WorkingCopy) => putCopy(copy),
    save,
    remove,
    exportOne,
    exportAll,
    importFiles,
    changeDeleteAfterUse,
    wipe,
    closeImportErrors: () => setImportErrors(undefined),
  };
}

export type DraftsState = ReturnType<typeof useDrafts>;
