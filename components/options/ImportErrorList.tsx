import { t } from '@/utils/i18n';

/** Maximum number of errors listed per file, because a broken file can contain thousands. */
const MAX_LISTED = 50;

/** One error of an imported file, with its text already in the user's language. */
export interface ImportError {
  /** JSON path of the offending value, or empty for the whole file. */
  path: string;
  message: string;
  /** The offending value as shown, shortened by the caller. */
  value?: string;
}

export interface FileImportErrors {
  fileName: string;
  errors: readonly ImportError[];
}

/** Message keys of one kind of import: checklists or profiles. */
export interface ImportErrorTexts {
  rejected: string;
  fileErrors: string;
  wholeFile: string;
  value: string;
}

interface Props {
  files: readonly FileImportErrors[];
  texts: ImportErrorTexts;
  /** Prefix of the test ids: `<prefix>-import-errors` and `<prefix>-import-error`. */
  testIdPrefix: string;
}

/** Lists the errors of rejected import files, each with its JSON path and offending value. */
export function ImportErrorList({ files, texts, testIdPrefix }: Props) {
  return (
    <div class="notice notice-error" data-testid={`${testIdPrefix}-import-errors`}>
      <p role="alert">{t(texts.rejected)}</p>
      {files.map(({ fileName, errors }) => (
        <div key={fileName}>
          <h3>{t(texts.fileErrors, [fileName, String(errors.length)])}</h3>
          <ul>
            {errors.slice(0, MAX_LISTED).map((error, index) => (
              <li
                key={index}
                data-testid={`${testIdPrefix}-import-error`}
                data-path={error.path}
                data-value={error.value}
              >
                <code>{error.path || t(texts.wholeFile)}</code> {error.message}
                {error.value && (
                  <>
                    {' '}
                    {t(texts.value)} <code>{error.value}</code>
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
