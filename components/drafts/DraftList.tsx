import { t } from '@/utils/i18n';
import type { DraftSummary } from '@/utils/store';

interface DraftListProps {
  summaries: readonly DraftSummary[];
  activeKey?: string;
  /** Keys of drafts with unsaved changes. */
  unsaved: ReadonlySet<string>;
  onOpen(id: string): void;
}

const updatedFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
});

const expiryFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

function names({ fields }: DraftSummary): string {
  return [fields.surname, fields.forenames].filter(Boolean).join(', ');
}

function DraftItem({
  summary,
  active,
  unsaved,
  onOpen,
}: {
  summary: DraftSummary;
  active: boolean;
  unsaved: boolean;
  onOpen(id: string): void;
}) {
  const title = summary.label || names(summary) || t('drafts_untitled');
  return (
    <li
      class={active ? 'draft-item draft-item-active' : 'draft-item'}
      data-testid="draft-item"
      data-draft-id={summary.id}
    >
      <button
        type="button"
        aria-current={active ? 'true' : undefined}
        onClick={() => onOpen(summary.id)}
      >
        <span class="draft-title">{title}</span>
        {summary.label && names(summary) && <span class="draft-names">{names(summary)}</span>}
        {summary.fields.date_of_birth && (
          <span class="draft-meta">{t('drafts_born', summary.fields.date_of_birth)}</span>
        )}
        <span class="draft-meta">
          {t('drafts_updated', updatedFormat.format(summary.updatedAt))}
        </span>
        {summary.expiresAt !== undefined && (
          <span class="draft-meta" data-testid="draft-expires">
            {t('retention_expires', expiryFormat.format(summary.expiresAt))}
          </span>
        )}
        {unsaved && <span class="tag">{t('editor_unsaved')}</span>}
        {summary.error && <span class="tag tag-error">{t('drafts_damaged')}</span>}
      </button>
    </li>
  );
}

/** Lists the saved drafts, most recently updated first. */
export function DraftList({ summaries, activeKey, unsaved, onOpen }: DraftListProps) {
  if (summaries.length === 0) return <p class="hint">{t('drafts_list_empty')}</p>;
  return (
    <ul class="draft-list">
      {summaries.map((summary) => (
        <DraftItem
          key={summary.id}
          summary={summary}
          active={summary.id === activeKey}
          unsaved={unsaved.has(summary.id)}
          onOpen={onOpen}
        />
      ))}
    </ul>
  );
}
