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
  setDeleteAfterUse,
  wipeDrafts,
  type ImportChoice,
  type SaveOptions,
} from './drafts';
export { watchDraftChanges, type DraftChange } from './draft-events';
export {
  DEFAULT_DRAFT_SETTINGS,
  IDLE_MINUTES_RANGE,
  RETENTION_DAYS_RANGE,
  readDraftSettings,
  readStoredDraftSettings,
  saveDraftSettings,
  watchDraftSettings,
  type DraftSettings,
} from './draft-settings';
export {
  lock,
  lockIfIdle,
  noteActivity,
  readLockState,
  watchLockState,
  type LockState,
} from './keyring';
export {
  changePassphrase,
  forgetPassphrase,
  MIN_PASSPHRASE_LENGTH,
  setUpPassphrase,
  unlock,
} from './passphrase';
export { DELETE_AFTER_USE_DELAY_MS } from './retention';
export {
  deleteProfile,
  exportProfiles,
  getProfile,
  importProfiles,
  listProfiles,
  listValidProfiles,
  saveProfile,
  type ProfileEntry,
} from './profiles';
export { StoreError, type StoreErrorCode } from './errors';
export type { DraftSummary, OpenedDraft, SummaryFields } from './records';
export type { Draft, StoredDraft } from '../schema/draft';
