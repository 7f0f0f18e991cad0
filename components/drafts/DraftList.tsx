import { messagesLanguage, t } from '@/utils/i18n';
import type { DraftSummary } from '@/utils/store';

interface DraftListProps {
  summaries: readonly DraftSummary[];
  activeKey?: string;
  /** Keys of drafts with unsaved changes. */
  unsaved: ReadonlySet<string>;
  onOpen(id: string): void;
}

const UPDATED_STYLE: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
const EXPIRY_STYLE: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };

/** Date formats by interface language and style, because the language may change. */
const formats = new Map<string, Intl.DateTimeFormat>();

/** Formats a time in the interface language, which may differ from the browser's. */
function formatTime(time: number, style: Intl.DateTimeFormatOptions): string {
  const language = messagesLanguage();
  const key = `${language} ${style === UPDATED_STYLE ? 'updated' : 'expiry'}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, style);
    formats.set(key, format);
  }
  return format.format(time);
}

/** Formats an update time as the draft list shows it. */
export function formatUpdatedTime(time: number): string {
  return formatTime(time, UPDATED_STYLE);
}

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
          {t('drafts_updated', formatTime(summary.updatedAt, UPDATED_STYLE))}
        </span>
        {summary.expiresAt !== undefined && (
          <span class="draft-meta" data-testid="draft-expires">
            {t('retention_expires', formatTime(summary.expiresAt, EXPIRY_STYLE))}
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
