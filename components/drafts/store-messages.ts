import { t } from '@/utils/i18n';
import { StoreError } from '@/utils/store';

/** Returns the message a page shows for a failure of the draft store. */
export function storeErrorText(error: unknown): string {
  if (!(error instanceof StoreError)) return t('drafts_store_error_failed');
  if (error.code === 'locked') return t('lock_error_locked');
  const key = `drafts_store_error_${error.code.replace('-', '_')}`;
  return t(key, error.draftId ?? '');
}
