import { t } from '@/utils/i18n';
import { formatUpdatedTime } from './DraftList';
import type { ImportConflict } from './use-drafts';

interface ImportConflictsProps {
  conflicts: readonly ImportConflict[];
  onReplace(): void;
  onCopy(): void;
  onCancel(): void;
}

/**
 * Lists the imported drafts whose ids are stored, with the label and time of
 * both versions, and offers to replace the stored drafts, import copies
 * under new ids, or cancel. A draft file has no update time, so the
 * imported version shows its file's modification time.
 */
export function ImportConflicts({ conflicts, onReplace, onCopy, onCancel }: ImportConflictsProps) {
  return (
    <section
      class="notice notice-info"
      role="alertdialog"
      aria-labelledby="import-conflicts-title"
      aria-describedby="import-conflicts-intro"
      data-testid="import-conflicts"
    >
      <h2 id="import-conflicts-title">{t('drafts_import_conflicts_title')}</h2>
      <p id="import-conflicts-intro">
        {t('drafts_import_conflicts_intro', String(conflicts.length))}
      </p>
      <ul>
        {conflicts.map(({ imported, stored }) => (
          <li key={stored.id} data-testid="import-conflict" data-draft-id={stored.id}>
            <code>{stored.id}</code>
            <ul>
              <li data-testid="import-conflict-stored">
                {t('drafts_import_conflict_stored', [
                  stored.label || t('drafts_untitled'),
                  formatUpdatedTime(stored.updatedAt),
                ])}
              </li>
              <li data-testid="import-conflict-imported">
                {t('drafts_import_conflict_imported', [
                  imported.draft.label || t('drafts_untitled'),
                  imported.fileName,
                  formatUpdatedTime(imported.fileModifiedAt),
                ])}
              </li>
            </ul>
          </li>
        ))}
      </ul>
      <div class="actions">
        <button
          type="button"
          class="button-danger"
          data-testid="import-replace"
          onClick={onReplace}
        >
          {t('drafts_import_replace')}
        </button>
        <button type="button" class="button-primary" data-testid="import-copy" onClick={onCopy}>
          {t('drafts_import_copy')}
        </button>
        <button
          type="button"
          class="button-secondary"
          data-testid="import-cancel"
          onClick={onCancel}
        >
          {t('common_cancel')}
        </button>
      </div>
    </section>
  );
}
