import { useRef } from 'preact/hooks';
import { t } from '@/utils/i18n';

interface ImportButtonProps {
  onFiles(files: File[]): void;
}

/**
 * Renders a visible button that opens the file input. The input stays in the document,
 * visually hidden, so that test automation can upload into it directly.
 */
export function ImportButton({ onFiles }: ImportButtonProps) {
  const input = useRef<HTMLInputElement>(null);

  const change = (event: Event) => {
    const element = event.currentTarget as HTMLInputElement;
    const files = [...(element.files ?? [])];
    // Clearing the input lets the officer import the same file again after fixing it.
    element.value = '';
    if (files.length > 0) onFiles(files);
  };

  return (
    <>
      <button type="button" class="button-secondary" onClick={() => input.current?.click()}>
        {t('drafts_import')}
      </button>
      <label for="import-drafts" class="visually-hidden">
        {t('drafts_import_files')}
      </label>
      <input
        ref={input}
        id="import-drafts"
        class="visually-hidden"
        type="file"
        accept=".json,application/json"
        multiple
        tabIndex={-1}
        data-testid="import-drafts"
        onChange={change}
      />
    </>
  );
}
