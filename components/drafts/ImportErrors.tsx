import { t } from '@/utils/i18n';
import type { FileErrors } from './import-files';

/** Maximum number of errors listed per file, because a broken file can contain thousands. */
const MAX_LISTED = 50;

interface ImportErrorsProps {
  files: readonly FileErrors[];
  onClose(): void;
}

/** Shows why an import was rejected: each error's file, path, value and message. */
export function ImportErrors({ files, onClose }: ImportErrorsProps) {
  return (
    <section class="notice notice-error" aria-labelledby="import-errors-title">
      <h2 id="import-errors-title">{t('drafts_import_failed_title')}</h2>
      <p role="alert">{t('drafts_import_rejected')}</p>
      {files.map(({ fileName, errors }) => (
        <div key={fileName}>
          <h3>{t('drafts_import_file_errors', [fileName, String(errors.length)])}</h3>
          <ul class="import-errors">
            {errors.slice(0, MAX_LISTED).map((error, index) => (
              <li key={index} data-testid="import-error">
                <code class="error-path">{error.path || t('drafts_import_whole_file')}</code>{' '}
                {t(error.messageKey, error.substitutions)}
                {error.value && (
                  <>
                    {' '}
                    <span class="error-value">
                      {t('drafts_import_value')} <code>{error.value}</code>
                    </span>
                  </>
                )}
              </li>
            ))}
          </ul>
          {errors.length > MAX_LISTED && (
            <p>{t('drafts_import_more_errors', String(errors.length - MAX_LISTED))}</p>
          )}
        </div>
      ))}
      <button type="button" class="button-secondary" onClick={onClose}>
        {t('common_close')}
      </button>
    </section>
  );
}
