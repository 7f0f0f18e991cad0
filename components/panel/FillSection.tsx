import { useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { UndoOutcome } from '@/utils/messaging/fill-messages';
import type { FieldView, FilledKeys, FrameDetection } from '@/utils/panel/alert-state';
import type { TabConnection } from '@/utils/panel/connection';
import { FillConnection } from '@/utils/panel/fill-connection';
import {
  buildPreview,
  isWritable,
  type FillResult,
  type PreviewRow,
} from '@/utils/panel/fill-plan';
import { runStagedFill, undoFill, type FillRecord } from '@/utils/panel/run-fill';
import { getDraft, listDrafts, markDraftUsed } from '@/utils/store';
import { CaptureSection } from './CaptureSection';
import { FillResults } from './FillResults';
import { PreviewTable } from './PreviewTable';

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

function hasValue(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  return !Array.isArray(value) || value.length > 0;
}

/** Counts the fields of the draft that the page shows now but the preview did not list. */
function countNewFields(
  views: FieldView[],
  rows: PreviewRow[] | undefined,
  fields: Record<string, unknown> | undefined,
): number {
  if (!rows || !fields) return 0;
  const listed = new Set(rows.map((row) => row.fieldId));
  return views.filter(
    (view) =>
      view.status !== 'absent' && !listed.has(view.fieldId) && hasValue(fields[view.fieldId]),
  ).length;
}

function useDraftList(): [DraftOption[], () => void, string | undefined] {
  const [drafts, setDrafts] = useState<DraftOption[]>([]);
  const [error, setError] = useState<string>();
  const reload = () => {
    listDrafts()
      .then((list) =>
        setDrafts(
          list
            .filter((draft) => !draft.error)
            .map((draft) => ({ id: draft.id, label: draft.label || draft.id })),
        ),
      )
      .catch((failure: Error) => setError(t('panel_error_drafts', failure.message)));
  };
  useEffect(reload, []);
  return [drafts, reload, error];
}

/**
 * Picks a draft, previews what would be written where, fills, reports each
 * outcome, and undoes the last fill on request.
 */
export function FillSection({
  views,
  connection,
  lang,
  onFilled,
  isInitialChoice,
}: FillSectionProps) {
  const [drafts, reloadDrafts, listError] = useDraftList();
  const [draftId, setDraftId] = useState('');
  const [draftFields, setDraftFields] = useState<Record<string, unknown>>();
  const [rows, setRows] = useState<PreviewRow[]>();
  const [results, setResults] = useState<FillResult[]>();
  const [record, setRecord] = useState<FillRecord>();
  const [undoOutcomes, setUndoOutcomes] = useState<UndoOutcome[]>();
  const [pickerMissing, setPickerMissing] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [undoBusy, setUndoBusy] = useState(false);
  const [error, setError] = useState<string>();
  const frames = useMemo(
    () => (connection ? new FillConnection(connection.tabId) : undefined),
    [connection],
  );

  const reset = () => {
    setResults(undefined);
    setRecord(undefined);
    setUndoOutcomes(undefined);
    setPickerMissing(new Set());
  };

  const preview = async () => {
    setError(undefined);
    reset();
    const draft = await getDraft(draftId).catch((failure: Error) => {
      setError(t('panel_error_drafts', failure.message));
      return undefined;
    });
    if (!draft) return;
    if (draft.photoError) setError(t('draft_photo_damaged', draftId));
    setDraftFields(draft.fields);
    setRows(buildPreview(views, draft.fields, { lang, isInitialChoice }));
  };

  const confirm = async () => {
    if (!frames || !rows) return;
    setBusy(true);
    setResults(rows.map((row) => ({ fieldId: row.fieldId, status: 'waiting', value: '' })));
    onFilled(filledKeysOf(rows));
    const fillId = crypto.randomUUID();
    const finished = await runStagedFill(frames, rows, { fillId, lang, onProgress: setResults });
    setResults(finished.results);
    setRecord(finished);
    setBusy(false);
    void markDraftUsed(draftId).catch(() => undefined);
  };

  const undo = async () => {
    if (!frames || !record) return;
    setUndoBusy(true);
    setUndoOutcomes(await undoFill(frames, record));
    setRecord(undefined);
    setUndoBusy(false);
  };

  const openPicker = async (row: PreviewRow) => {
    const target = row.targets.find((candidate) => candidate.plan.status === 'guided');
    if (!frames || !target) return;
    const key = target.target.field.controls[0].key;
    const found = await frames.focusPicker(target.target.frameId, key);
    const missing = new Set(pickerMissing);
    if (found) missing.delete(row.fieldId);
    else missing.add(row.fieldId);
    setPickerMissing(missing);
  };

  const wrote = record?.results.some(
    (result) => result.status === 'filled' || result.status === 'shortened',
  );
  const newFields = busy || !results ? 0 : countNewFields(views, rows, draftFields);
  const shownError = error ?? listError;
  return (
    <>
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
                reset();
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
        {shownError && (
          <p role="alert" class="error">
            {shownError}
          </p>
        )}
        {rows && !results && (
          <PreviewTable
            rows={rows}
            busy={busy}
            pickerMissing={pickerMissing}
            onChange={(update) => setRows((latest) => (latest ? update(latest) : latest))}
            onConfirm={confirm}
            onOpenPicker={openPicker}
          />
        )}
        {results && (
          <FillResults
            results={results}
            busy={busy}
            canUndo={Boolean(wrote) && !busy}
            undoBusy={undoBusy}
            undoOutcomes={undoOutcomes}
            onUndo={undo}
          />
        )}
        {newFields > 0 && (
          <p class="hint">
            {t('fill_new_fields', String(newFields))}{' '}
            <button type="button" data-testid="fill-more" onClick={preview}>
              {t('fill_new_fields_preview')}
            </button>
          </p>
        )}
      </section>
      <CaptureSection
        views={views}
        tabId={connection?.tabId}
        lang={lang}
        onCaptured={reloadDrafts}
      />
    </>
  );
}
