import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { DraftSummary } from '@/utils/store';
import { DeleteConfirm } from './DeleteConfirm';

function invalidPaths(summary: DraftSummary): string {
  return (summary.error?.errors ?? []).map((error) => error.path).join(', ');
}

interface DamagedDraftProps {
  summary: DraftSummary;
  onDelete(id: string): void;
}

/** Shows a record that failed validation, what is wrong with it and a way to delete it. */
export function DamagedDraft({ summary, onDelete }: DamagedDraftProps) {
  const [confirming, setConfirming] = useState(false);
  return (
    <section class="editor" aria-labelledby="damaged-title">
      <h2 id="damaged-title">{t('drafts_damaged_title')}</h2>
      <p class="notice notice-error">{t('drafts_store_error_corrupt', summary.id)}</p>
      {invalidPaths(summary) && <p>{t('drafts_damaged_paths', invalidPaths(summary))}</p>}
      <div class="actions">
        <button
          type="button"
          class="button-secondary"
          data-testid="draft-delete"
          onClick={() => setConfirming(true)}
        >
          {t('editor_delete')}
        </button>
      </div>
      {confirming && (
        <DeleteConfirm
          onConfirm={() => onDelete(summary.id)}
          onCancel={() => setConfirming(false)}
        />
      )}
    </section>
  );
}
