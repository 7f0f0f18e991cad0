import { useEffect } from 'preact/hooks';
import { LockNowButton, useLockState } from '@/components/common/UnlockGate';
import { UnlockForm } from '@/components/common/UnlockForm';
import { t } from '@/utils/i18n';
import { DamagedDraft } from './DamagedDraft';
import { DraftEditor } from './DraftEditor';
import { DraftList } from './DraftList';
import { ImportButton } from './ImportButton';
import { ImportConflicts } from './ImportConflicts';
import { ImportErrors } from './ImportErrors';
import { LockSettings } from './LockSettings';
import { useDrafts, type DraftsState } from './use-drafts';
import { hasChanges } from './working-copy';

/** Asks the browser to confirm leaving the page while a draft has unsaved changes. */
function useLeaveWarning(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [active]);
}

function Detail({ state }: { state: DraftsState }) {
  const { activeKey, copies, summaries } = state;
  const copy = activeKey === undefined ? undefined : copies.get(activeKey);
  if (copy) {
    const saved = summaries.find((summary) => summary.id === copy.id);
    return (
      <DraftEditor
        key={copy.renderKey}
        copy={copy}
        deleteAfterUse={saved?.deleteAfterUse ?? false}
        onDeleteAfterUse={(id, value) => void state.changeDeleteAfterUse(id, value)}
        onChange={state.update}
        onSave={(saved, request) => void state.save(saved, request)}
        onReload={(key) => void state.reload(key)}
        onExport={(id) => void state.exportOne(id)}
        onDelete={(key) => void state.remove(key)}
      />
    );
  }
  const damaged = summaries.find((summary) => summary.id === activeKey && summary.error);
  if (damaged) return <DamagedDraft summary={damaged} onDelete={(id) => void state.remove(id)} />;
  return <p class="hint detail-empty">{t('drafts_select_hint')}</p>;
}

/**
 * Renders the drafts page: the passphrase form while the drafts are locked,
 * else the list of drafts, import and export, the editor and the lock settings.
 */
export function DraftsPage() {
  const lock = useLockState();
  const state = useDrafts(lock.state === 'unlocked');
  useLeaveWarning(state.hasUnsavedChanges);

  if (lock.state === 'loading') return null;
  if (lock.state !== 'unlocked') {
    return (
      <div class="drafts-page">
        <header class="page-header">
          <h1>{t('drafts_title')}</h1>
        </header>
        <main>
          <UnlockForm
            mode={lock.state}
            autoFocus
            allowReset
            loadError={lock.error}
            onUnlocked={lock.refresh}
          />
        </main>
      </div>
    );
  }
  return <UnlockedPage state={state} />;
}

function UnlockedPage({ state }: { state: DraftsState }) {
  const unsaved = new Set([...state.copies.values()].filter(hasChanges).map((copy) => copy.key));
  return (
    <div class="drafts-page">
      <header class="page-header">
        <h1>{t('drafts_title')}</h1>
        <p class="notice notice-info" data-testid="drafts-encrypted">
          {t('lock_encrypted_notice')}
        </p>
        <div class="actions">
          <button
            type="button"
            class="button-primary"
            data-testid="draft-new"
            onClick={state.create}
          >
            {t('drafts_new')}
          </button>
          <ImportButton onFiles={(files) => void state.importFiles(files)} />
          <button
            type="button"
            class="button-secondary"
            data-testid="drafts-export-all"
            disabled={state.summaries.length === 0}
            onClick={() => void state.exportAll()}
          >
            {t('drafts_export_all')}
          </button>
          <LockNowButton />
        </div>
        <LockSettings
          hasDrafts={state.summaries.length > 0 || state.copies.size > 0}
          onWipe={() => void state.wipe()}
        />
        <div aria-live="polite">
          {state.status && (
            <p class={`notice notice-${state.status.kind}`} data-testid="drafts-status">
              {state.status.kind === 'error' && <strong>{t('common_error')} </strong>}
              {state.status.text}
            </p>
          )}
        </div>
        {state.importErrors && (
          <ImportErrors files={state.importErrors} onClose={state.closeImportErrors} />
        )}
        {state.pendingImport && (
          <ImportConflicts
            conflicts={state.pendingImport.conflicts}
            onReplace={() => void state.resolveImport('replace')}
            onCopy={() => void state.resolveImport('copy')}
            onCancel={() => void state.resolveImport('cancel')}
          />
        )}
      </header>

      <div class="page-body">
        <nav class="draft-list-panel" aria-labelledby="draft-list-title">
          <h2 id="draft-list-title">{t('drafts_list_title')}</h2>
          <DraftList
            summaries={state.summaries}
            activeKey={state.activeKey}
            unsaved={unsaved}
            onOpen={(id) => void state.open(id)}
          />
          {[...state.copies.values()]
            .filter((copy) => copy.id === undefined)
            .map((copy) => (
              <button
                key={copy.key}
                type="button"
                class="button-quiet new-copy"
                aria-current={copy.key === state.activeKey ? 'true' : undefined}
                onClick={() => void state.open(copy.key)}
              >
                {copy.label.trim() || t('editor_title_new')} · {t('editor_unsaved')}
              </button>
            ))}
        </nav>
        <main class="detail">
          <Detail state={state} />
        </main>
      </div>
    </div>
  );
}
