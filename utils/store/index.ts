/**
 * The extension's local store. Pages import from here only, so that storage
 * details such as encryption stay inside this folder.
 */
export {
  deleteDraft,
  exportDrafts,
  getDraft,
  importDrafts,
  listDrafts,
  markDraftUsed,
  saveDraft,
} from './drafts';
export { StoreError, type StoreErrorCode } from './errors';
export type { DraftSummary, SummaryFields } from './records';
export type { Draft, StoredDraft } from '../schema/draft';
