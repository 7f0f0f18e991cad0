import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { FieldView, FilledKeys, FrameDetection } from '@/utils/panel/alert-state';
import type { TabConnection } from '@/utils/panel/connection';
import {
  buildPreview,
  isWritable,
  rowResult,
  writesByFrame,
  type FillResult,
  type PreviewRow,
} from '@/utils/panel/fill-plan';
import { getDraft, listDrafts, markDraftUsed } from '@/utils/store';
import type { WriteOutcome } from '@/utils/messaging/page-model';
import { PreviewTable } from './PreviewTable';
import { StatusBadge } from './StatusBadge';

interface FillSectionProps {
  views: FieldView[];
  connection?: TabConnection;
  lang?: string;
  onFilled(filled: FilledKeys): void;
  isInitialChoice(detection: FrameDetection): boolean;
}

type DraftOption = { id: string; label: string };

/** Records which controls each ticked row wrote into. */
function filledKeysOf(rows: PreviewRow[]): FilledKeys {
  const filled: FilledKeys = new Map();
  for (const row of rows) {
    if (!row.checked || !isWritable(row)) continue;
    filled.set(
      row.fieldId,
      row.targets.flatMap((target) =>
        target.target.field.controls.map((control) => ({
          frameId: target.target.frameId,
          key: control.key,
        })),
      ),
    );
  }
  return filled;
}

async function runFill(connection: TabConnection, rows: PreviewRow[]): Promise<FillResult[]> {
  const outcomes = rows.map((): WriteOutcome[] => []);
  const requests = [...writesByFrame(rows)].map(async ([frameId, frameWrites]) => {
    try {
      const results = await connection.fill(
        frameId,
        frameWrites.map((entry) => entry.write),
      );
      results.forEach((outcome, index) => outcomes[frameWrites[index].rowIndex].push(outcome));
    } catch {
      for (const entry of frameWrites) {
        outcomes[entry.rowIndex].push({ fieldId: entry.write.fieldId, status: 'lost' });
      }
    }
  });
  await Promise.all(requests);
  return rows.map((row, index) => rowResult(row, outcomes[index]));
}

/** Picks a draft, previews what would be written where, fills, and reports each outcome. */
export function FillSection({
  views,
  connection,
  lang,
  onFilled,
  isInitialChoice,
}: FillSectionProps) {
  const [drafts, setDrafts] = useState<DraftOption[]>([]);
  const [draftId, setDraftId] = useState('');
  const [rows, setRows] = useState<PreviewRow[]>();
  const [results, setResults] = useState<FillResult[]>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  useEffect(() => {
    listDrafts()
      .then((list) =>
        setDrafts(
          list
            .filter((draft) => !draft.error)
            .map((draft) => ({ id: draft.id, label: draft.label || draft.id })),
        ),
      )
      .catch((failure: Error) => setError(t('panel_error_drafts', failure.message)));
  }, []);

  const preview = async () => {
    setError(undefined);
    setResults(undefined);
    const draft = await getDraft(draftId).catch((failure: Error) => {
      setError(t('panel_error_drafts', failure.message));
      return undefined;
    });
    if (!draft) return;
    setRows(buildPreview(views, draft.fields, { lang, isInitialChoice }));
  };

  const confirm = async () => {
    if (!connection || !rows) return;
    setBusy(true);
    setResults(rows.map((row) => ({ fieldId: row.fieldId, status: 'waiting', value: '' })));
    onFilled(filledKeysOf(rows));
    const finished = await runFill(connection, rows);
    setResults(finished);
    setBusy(false);
    void markDraftUsed(draftId).catch(() => undefined);
  };

  return (
    <section aria-labelledby="fill-title" class="fill-section">
      <h2 id="fill-title" class="section-title">
        {t('panel_fill_title')}
      </h2>
      {drafts.length === 0 ? (
        <p class="hint">{t('panel_no_drafts')}</p>
      ) : (
        <div class="fill-controls">
          <label for="draft-select">{t('panel_draft_label')}</label>
          <select
            id="draft-select"
            data-testid="draft-select"
            value={draftId}
            onChange={(event) => {
              setDraftId((event.target as HTMLSelectElement).value);
              setRows(undefined);
              setResults(undefined);
            }}
          >
            <option value="">{t('panel_draft_placeholder')}</option>
            {drafts.map((draft) => (
              <option key={draft.id} value={draft.id}>
                {draft.label}
              </option>
            ))}
          </select>
          <button
            type="button"
            data-testid="fill-preview"
            disabled={!draftId || busy}
            onClick={preview}
          >
            {t('panel_fill_preview')}
          </button>
        </div>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {rows && !results && (
        <PreviewTable rows={rows} onChange={setRows} onConfirm={confirm} busy={busy} />
      )}
      {results && (
        <ul class="fill-results" aria-live="polite">
          {results.map((result) => (
            <li
              key={result.fieldId}
              data-testid="fill-result"
              data-field-id={result.fieldId}
              data-status={result.status}
              data-value={result.value}
            >
              <span class="fill-results__name">{t(`field_${result.fieldId}`)}</span>
              <StatusBadge status={result.status} prefix="outcome" />
              {result.reason && <span class="hint">{t(result.reason)}</span>}
            </li>
          ))}
        </ul>
      )}
      {results && !busy && (
        <p data-testid="fill-done" class="hint">
          {t('panel_fill_done')}
        </p>
      )}
    </section>
  );
}
