import { useEffect, useState } from 'preact/hooks';
import { FIELDS, type FieldGroup } from '@/utils/catalogue';
import { fieldName } from '@/utils/catalogue-labels';
import { t } from '@/utils/i18n';
import { DeleteConfirm } from './DeleteConfirm';
import { FieldEditor } from './FieldEditor';
import type { SaveRequest } from './use-drafts';
import { hasChanges, validateCopy, type WorkingCopy } from './working-copy';
import { LanguageDatalist } from './fields/LanguageInput';
import { inputValue } from './fields/types';

const GROUPS: FieldGroup[] = ['sis', 'supplementary'];

/** Pause in typing after which a valid change is saved, in milliseconds. */
export const AUTOSAVE_DELAY_MS = 800;

/**
 * Renders the notice that another window changed or deleted the draft while
 * this one had changes, with the two ways out.
 */
function ConflictNotice(props: {
  conflict: NonNullable<WorkingCopy['conflict']>;
  onReload(): void;
  onKeep(): void;
}) {
  const { conflict, onReload, onKeep } = props;
  return (
    <div class="notice notice-error" role="alert" data-testid="draft-conflict">
      <p>{t(conflict === 'deleted' ? 'editor_conflict_deleted' : 'editor_conflict_changed')}</p>
      <div class="actions">
        <button
          type="button"
          class="button-secondary"
          data-testid="draft-conflict-reload"
          onClick={onReload}
        >
          {t(conflict === 'deleted' ? 'editor_conflict_close' : 'editor_conflict_reload')}
        </button>
        <button
          type="button"
          class="button-secondary"
          data-testid="draft-conflict-keep"
          onClick={onKeep}
        >
          {t('editor_conflict_keep')}
        </button>
      </div>
    </div>
  );
}

interface DraftEditorProps {
  copy: WorkingCopy;
  /** The stored draft's choice to be deleted soon after it fills an alert. */
  deleteAfterUse: boolean;
  onDeleteAfterUse(id: string, deleteAfterUse: boolean): void;
  onChange(copy: WorkingCopy): void;
  onSave(copy: WorkingCopy, request?: SaveRequest): void;
  /** Replaces the copy with the version another window stored. */
  onReload(key: string): void;
  onExport(id: string): void;
  onDelete(key: string): void;
}

/**
 * Renders the "Delete after the alert is entered" choice, which is stored at
 * once. A new draft offers it once saved, because it belongs to the stored draft.
 */
function DeleteAfterUse(props: {
  id?: string;
  checked: boolean;
  onChange(id: string, deleteAfterUse: boolean): void;
}) {
  const { id, checked, onChange } = props;
  return (
    <div class="field">
      <div class="checkbox-row">
        <input
          id="draft-delete-after-use"
          type="checkbox"
          data-testid="draft-delete-after-use"
          checked={checked}
          disabled={id === undefined}
          aria-describedby="draft-delete-after-use-hint"
          onChange={(event) => id && onChange(id, (event.target as HTMLInputElement).checked)}
        />
        <label for="draft-delete-after-use">{t('retention_delete_after_use')}</label>
      </div>
      <p id="draft-delete-after-use-hint" class="field-hint">
        {t(
          id === undefined
            ? 'retention_delete_after_use_unsaved'
            : 'retention_delete_after_use_hint',
        )}
      </p>
    </div>
  );
}

function focusField(id: string): void {
  const field = document.querySelector(`[data-field-id="${id}"]`);
  field?.querySelector<HTMLElement>('input, select, textarea')?.focus();
}

/**
 * Tells whether a language input is on screen. The list of suggestions contains
 * thousands of options, so the page builds it only when an input needs it.
 */
function usesLanguageList(copy: WorkingCopy): boolean {
  return FIELDS.some((field) => field.codes === 'LANGUAGE' && copy.fields[field.id] !== undefined);
}

/**
 * Renders the form of one draft, generated from the catalogue and grouped as
 * SIS alert and supplementary record.
 */
export function DraftEditor({
  copy,
  deleteAfterUse,
  onDeleteAfterUse,
  onChange,
  onSave,
  onReload,
  onExport,
  onDelete,
}: DraftEditorProps) {
  const [visited, setVisited] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string>();
  const errors = validateCopy(copy);
  const changed = hasChanges(copy);

  const setField = (id: string, value: unknown) =>
    onChange({ ...copy, fields: { ...copy.fields, [id]: value } });
  const leave = (id: string) => setVisited((current) => new Set(current).add(id));

  // Edits save by themselves once typing pauses, when every field is valid
  // and no other window's change is waiting for the officer's choice.
  const autosave = changed && errors.size === 0 && copy.conflict === undefined;
  let saveStateKey = 'editor_unsaved';
  if (!changed) saveStateKey = 'editor_no_changes';
  else if (autosave) saveStateKey = 'editor_saving';
  useEffect(() => {
    if (!autosave) return undefined;
    const timer = setTimeout(() => onSave(copy, { auto: true }), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [copy, autosave]);

  const submit = (event: Event) => {
    event.preventDefault();
    if (errors.size === 0) {
      setProblem(undefined);
      onSave(copy);
      return;
    }
    const invalid = [...errors.keys()];
    setVisited(new Set(FIELDS.map((field) => field.id)));
    setProblem(t('editor_not_saved_invalid', invalid.map(fieldName).join(', ')));
    focusField(invalid[0]);
  };

  return (
    <form class="editor" onSubmit={submit} noValidate aria-labelledby="editor-title">
      <div class="editor-bar">
        <h2 id="editor-title">{copy.id ? t('editor_title') : t('editor_title_new')}</h2>
        <p class="save-state" aria-live="polite" data-testid="draft-save-state">
          {t(saveStateKey)}
        </p>
        <div class="actions">
          <button type="submit" class="button-primary" data-testid="draft-save">
            {t('editor_save')}
          </button>
          <button
            type="button"
            class="button-secondary"
            data-testid="draft-export"
            disabled={copy.id === undefined}
            onClick={() => copy.id && onExport(copy.id)}
          >
            {t('editor_export')}
          </button>
          <button
            type="button"
            class="button-secondary"
            data-testid="draft-delete"
            onClick={() => setConfirming(true)}
          >
            {t('editor_delete')}
          </button>
        </div>
      </div>

      {copy.conflict && (
        <ConflictNotice
          conflict={copy.conflict}
          onReload={() => onReload(copy.key)}
          onKeep={() => onSave(copy, { overwrite: true })}
        />
      )}
      {confirming && (
        <DeleteConfirm onConfirm={() => onDelete(copy.key)} onCancel={() => setConfirming(false)} />
      )}
      {problem && errors.size > 0 && (
        <p class="notice notice-error" role="alert">
          {problem}
        </p>
      )}

      <div class="field">
        <label for="draft-label">{t('editor_label')}</label>
        <p id="draft-label-hint" class="field-hint">
          {t('editor_label_hint')}
        </p>
        <input
          id="draft-label"
          type="text"
          autoComplete="off"
          value={copy.label}
          aria-describedby="draft-label-hint"
          onInput={(event) => onChange({ ...copy, label: inputValue(event) })}
        />
      </div>
      <DeleteAfterUse id={copy.id} checked={deleteAfterUse} onChange={onDeleteAfterUse} />

      {GROUPS.map((group) => (
        <section key={group} class="field-group" aria-labelledby={`group-${group}`}>
          <h3 id={`group-${group}`}>{t(`group_${group}`)}</h3>
          {FIELDS.filter((field) => field.group === group).map((field) => (
            <FieldEditor
              key={field.id}
              field={field}
              value={copy.fields[field.id]}
              errors={visited.has(field.id) ? (errors.get(field.id) ?? []) : []}
              onChange={setField}
              onLeave={leave}
            />
          ))}
        </section>
      ))}
      {usesLanguageList(copy) && <LanguageDatalist />}
    </form>
  );
}
