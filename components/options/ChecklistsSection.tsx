import { useEffect, useRef, useState } from 'preact/hooks';
import { downloadText, localDateStamp } from '@/components/common/download';
import { DEFAULT_CHECKLIST } from '@/utils/checklist';
import { ManagedLock } from '@/components/common/ManagedLock';
import {
  type ChecklistPolicy,
  notifyChecklistsChanged,
  readActiveChecklistId,
  setActiveChecklistId,
} from '@/utils/checklist/active';
import { parseChecklistFile } from '@/utils/checklist/file';
import {
  importFileProblem,
  MAX_CHECKLIST_FILE_BYTES,
  readImportFile,
} from '@/utils/import/read-file';
import type { ChecklistParseError } from '@/utils/checklist/parse';
import { t } from '@/utils/i18n';
import type { Checklist } from '@/utils/schema/checklist';
import {
  deleteChecklist,
  exportChecklist,
  importChecklists,
  listChecklists,
  saveChecklist,
  serializeChecklist,
  type ChecklistEntry,
} from '@/utils/store/checklists';
import { ChecklistEditor } from './ChecklistEditor';
import { ImportErrorList, type FileImportErrors, type ImportErrorTexts } from './ImportErrorList';

/** Maximum characters of an offending value shown beside its error. */
const MAX_VALUE_CHARS = 80;

type Message = { kind: 'error' | 'status'; text: string };

function failureText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function valueText(value: unknown): string {
  if (value === undefined) return '';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}

/** Returns the name of an exported checklist file: its id made safe, and today's date. */
function checklistFileName(id: string): string {
  return `${id.replace(/[^\w.-]+/g, '-')}-${localDateStamp()}.json`;
}

/** Returns a copy of a checklist under a new id, at version 1. */
function copyChecklist(source: Checklist, name: string): Checklist {
  return {
    ...structuredClone({ fields: source.fields, rules: source.rules }),
    format: source.format,
    id: `checklist-${crypto.randomUUID().slice(0, 8)}`,
    version: 1,
    name,
    majorityAge: source.majorityAge,
    majorityWarningMonths: source.majorityWarningMonths,
  };
}

const IMPORT_ERROR_TEXTS: ImportErrorTexts = {
  rejected: 'checklist_import_rejected',
  fileErrors: 'checklist_import_file_errors',
  wholeFile: 'checklist_import_whole_file',
  value: 'checklist_import_value',
};

/** Puts a checklist file's parse errors in the form the import error list shows. */
function importErrorsOf(
  fileName: string,
  errors: readonly ChecklistParseError[],
): FileImportErrors {
  return {
    fileName,
    errors: errors.map((error) => ({
      path: error.path,
      message: error.message,
      value: error.value === undefined ? undefined : valueText(error.value),
    })),
  };
}

interface ItemProps {
  id: string;
  name: string;
  version?: number;
  active: boolean;
  error?: string;
  builtIn?: boolean;
  /** The checklist comes from the organisation's policy and cannot be edited or deleted. */
  fromPolicy?: boolean;
  /** The policy forces a checklist, so no checklist can be made active here. */
  activationLocked?: boolean;
  onActivate(): void;
  onEdit?(): void;
  onDuplicate?(): void;
  onExport?(): void;
  onDelete?(): void;
}

function ChecklistItem(props: ItemProps) {
  const [confirming, setConfirming] = useState(false);
  const { name, version, active, error } = props;
  return (
    <li
      class="checklist-item"
      data-testid="checklist-item"
      data-checklist-id={props.id}
      data-version={version}
      data-active={active}
    >
      <strong>{name}</strong>{' '}
      {version !== undefined && (
        <span class="hint">{t('checklist_item_version', String(version))}</span>
      )}{' '}
      {active && <span class="tag">{t('checklist_item_active')}</span>}{' '}
      {props.fromPolicy && <span class="tag">{t('checklist_item_policy')}</span>}
      {error && <span class="error"> {t('checklist_damaged', error)}</span>}
      {confirming ? (
        <div class="actions" role="alertdialog" aria-label={t('checklist_delete_question', name)}>
          <span>{t('checklist_delete_question', name)}</span>
          <button
            type="button"
            class="button-danger"
            data-testid="checklist-delete-confirm"
            onClick={props.onDelete}
          >
            {t('checklist_delete_confirm')}
          </button>
          <button type="button" class="button-secondary" onClick={() => setConfirming(false)}>
            {t('common_cancel')}
          </button>
        </div>
      ) : (
        <div class="actions">
          {!active && !error && !props.activationLocked && (
            <button
              type="button"
              class="button-secondary"
              data-testid="checklist-activate"
              onClick={props.onActivate}
            >
              {t('checklist_activate')}
            </button>
          )}
          {props.onEdit && (
            <button
              type="button"
              class="button-secondary"
              data-testid="checklist-edit"
              onClick={props.onEdit}
            >
              {t('checklist_edit')}
            </button>
          )}
          {props.onDuplicate && (
            <button
              type="button"
              class="button-secondary"
              data-testid="checklist-duplicate"
              onClick={props.onDuplicate}
            >
              {props.builtIn ? t('checklist_create') : t('checklist_duplicate')}
            </button>
          )}
          {props.onExport && (
            <button
              type="button"
              class="button-secondary"
              data-testid="checklist-export"
              onClick={props.onExport}
            >
              {t('checklist_export')}
            </button>
          )}
          {props.onDelete && (
            <button
              type="button"
              class="button-secondary"
              data-testid="checklist-delete"
              onClick={() => setConfirming(true)}
            >
              {t('checklist_delete')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}

/**
 * Lists the supervisors' checklists beside the built-in default, and creates,
 * edits, duplicates, deletes, imports, exports and activates them.
 */
export function ChecklistsSection({ policy = {} }: { policy?: ChecklistPolicy }) {
  const [entries, setEntries] = useState<ChecklistEntry[]>([]);
  const [activeId, setActiveId] = useState<string>();
  const [editing, setEditing] = useState<Checklist>();
  const [message, setMessage] = useState<Message>();
  const [importErrors, setImportErrors] = useState<FileImportErrors[]>([]);
  const fileInput = useRef<HTMLInputElement>(null);

  const refresh = async () => {
    try {
      setEntries(await listChecklists());
      setActiveId(await readActiveChecklistId());
    } catch (error) {
      setMessage({ kind: 'error', text: t('checklist_load_failed', failureText(error)) });
    }
  };
  useEffect(() => {
    void refresh();
  }, []);

  /** Runs a change of the store, notifies open panels, and lists the checklists again. */
  const change = async (work: () => Promise<string>, failureKey: string) => {
    try {
      const status = await work();
      await notifyChecklistsChanged();
      setMessage({ kind: 'status', text: status });
    } catch (error) {
      setMessage({ kind: 'error', text: t(failureKey, failureText(error)) });
    }
    await refresh();
  };

  const create = (source: Checklist, name: string) =>
    change(async () => {
      const copy = await saveChecklist(copyChecklist(source, name));
      setEditing(copy);
      return t('checklist_created', copy.name);
    }, 'checklist_save_failed');

  const save = (checklist: Checklist) =>
    change(async () => {
      const saved = await saveChecklist(checklist);
      setEditing(undefined);
      return t('checklist_saved', [saved.name, String(saved.version)]);
    }, 'checklist_save_failed');

  const activate = (id: string | undefined, name: string) =>
    change(async () => {
      await setActiveChecklistId(id);
      return t('checklist_activated', name);
    }, 'checklist_activate_failed');

  const remove = (id: string, name: string) =>
    change(async () => {
      await deleteChecklist(id);
      if (activeId === id) await setActiveChecklistId(undefined);
      if (editing?.id === id) setEditing(undefined);
      return t('checklist_deleted', name);
    }, 'checklist_delete_failed');

  const exportFile = async (id: string) => {
    try {
      const text = await exportChecklist(id);
      downloadText(checklistFileName(id), text);
    } catch (error) {
      setMessage({ kind: 'error', text: t('checklist_export_failed', failureText(error)) });
    }
  };

  const importFiles = async (event: Event) => {
    const element = event.currentTarget as HTMLInputElement;
    const files = [...(element.files ?? [])];
    // Clearing the input lets the supervisor import the same file again after fixing it.
    element.value = '';
    if (files.length === 0) return;

    setMessage(undefined);
    const checklists: Checklist[] = [];
    const failed: FileImportErrors[] = [];
    for (const file of files) {
      const read = await readImportFile(file, MAX_CHECKLIST_FILE_BYTES);
      if (!read.ok) {
        const { messageKey, substitutions } = importFileProblem(file.name, read);
        failed.push({
          fileName: file.name,
          errors: [{ path: '', message: t(messageKey, substitutions) }],
        });
        continue;
      }
      const result = parseChecklistFile(read.text);
      if (result.ok) checklists.push(...result.checklists);
      else failed.push(importErrorsOf(file.name, result.errors));
    }
    setImportErrors(failed);
    if (failed.length > 0) return;
    await change(async () => {
      const stored = await importChecklists(checklists);
      return t('checklist_imported', String(stored.length));
    }, 'checklist_import_failed');
  };

  const policyChecklists = policy.checklists ?? [];
  const enforcedId = policy.enforcedChecklistId;
  const enforcedName =
    enforcedId === DEFAULT_CHECKLIST.id
      ? DEFAULT_CHECKLIST.name
      : (policyChecklists.find((checklist) => checklist.id === enforcedId)?.name ??
        entries.find((entry) => entry.id === enforcedId)?.checklist?.name ??
        enforcedId);
  // The panel applies the forced checklist whatever the user made active.
  const isActive = (id: string | undefined) => (enforcedId ? id === enforcedId : activeId === id);
  const shared = { activationLocked: enforcedId !== undefined };

  return (
    <section aria-labelledby="checklists-title" data-testid="checklists-section">
      <h2 id="checklists-title">{t('checklist_section_title')}</h2>
      <p>{t('checklist_section_intro')}</p>
      {enforcedId && (
        <>
          <ManagedLock setting="enforcedChecklistId" />
          <p data-testid="checklist-policy-enforced">
            {t('checklist_policy_enforced', enforcedName)}
          </p>
        </>
      )}
      <ul class="checklists">
        <ChecklistItem
          {...shared}
          id={DEFAULT_CHECKLIST.id}
          name={DEFAULT_CHECKLIST.name}
          active={enforcedId ? enforcedId === DEFAULT_CHECKLIST.id : activeId === undefined}
          builtIn
          onActivate={() => void activate(undefined, DEFAULT_CHECKLIST.name)}
          onDuplicate={() => void create(DEFAULT_CHECKLIST, t('checklist_new_name'))}
          onExport={() =>
            downloadText(
              `default-checklist-${localDateStamp()}.json`,
              serializeChecklist(DEFAULT_CHECKLIST),
            )
          }
        />
        {policyChecklists.map((checklist) => (
          <ChecklistItem
            {...shared}
            key={`policy:${checklist.id}`}
            id={checklist.id}
            name={checklist.name}
            version={checklist.version}
            active={isActive(checklist.id)}
            fromPolicy
            onActivate={() => void activate(checklist.id, checklist.name)}
            onDuplicate={() => void create(checklist, t('checklist_copy_name', checklist.name))}
            onExport={() =>
              downloadText(checklistFileName(checklist.id), serializeChecklist(checklist))
            }
          />
        ))}
        {entries.map(({ id, checklist, error }) => {
          const name = checklist?.name ?? id;
          return (
            <ChecklistItem
              {...shared}
              key={id}
              id={id}
              name={name}
              version={checklist?.version}
              active={isActive(id)}
              error={error?.message}
              onActivate={() => void activate(id, name)}
              onEdit={checklist && (() => setEditing(checklist))}
              onDuplicate={
                checklist &&
                (() => void create(checklist, t('checklist_copy_name', checklist.name)))
              }
              onExport={checklist && (() => void exportFile(id))}
              onDelete={() => void remove(id, name)}
            />
          );
        })}
      </ul>
      <div class="actions">
        <button
          type="button"
          class="button-secondary"
          data-testid="checklist-import"
          onClick={() => fileInput.current?.click()}
        >
          {t('checklist_import')}
        </button>
        <label for="import-checklists" class="visually-hidden">
          {t('checklist_import_files')}
        </label>
        <input
          ref={fileInput}
          id="import-checklists"
          class="visually-hidden"
          type="file"
          accept=".json,application/json"
          multiple
          tabIndex={-1}
          data-testid="import-checklists"
          onChange={(event) => void importFiles(event)}
        />
      </div>
      {importErrors.length > 0 && (
        <ImportErrorList files={importErrors} texts={IMPORT_ERROR_TEXTS} testIdPrefix="checklist" />
      )}
      {message && (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          class={message.kind}
          data-testid="checklist-message"
          data-kind={message.kind}
        >
          {message.text}
        </p>
      )}
      {editing && (
        <ChecklistEditor
          key={`${editing.id}:${editing.version}`}
          checklist={editing}
          onSave={save}
          onCancel={() => setEditing(undefined)}
        />
      )}
    </section>
  );
}
