import { useState } from 'preact/hooks';
import type { ImageValue } from '@/utils/schema/draft';
import { t } from '@/utils/i18n';
import { asRecord, controlId, type EditorProps } from './types';

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** Edits the facial image with a file input, a preview thumbnail and a Remove button. */
export function PhotoEditor({ field, value, onChange, errorId, invalid }: EditorProps) {
  const [problem, setProblem] = useState<string>();
  const image = asRecord(value) as Partial<ImageValue>;
  const id = controlId(field.id);

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (!file.type.startsWith('image/')) {
      setProblem(t('editor_photo_not_image', file.name));
      return;
    }
    try {
      const dataUrl = await readAsDataUrl(file);
      setProblem(undefined);
      onChange({ name: file.name, type: file.type, dataUrl });
    } catch {
      setProblem(t('editor_photo_read_failed', file.name));
    }
  };

  return (
    <div class="photo">
      {image.dataUrl && (
        <figure class="photo-preview">
          <img src={image.dataUrl} alt={t('editor_photo_preview')} />
          <figcaption>{image.name}</figcaption>
        </figure>
      )}
      <div class="photo-actions">
        <label for={id}>
          {image.dataUrl ? t('editor_photo_replace') : t('editor_photo_choose')}
        </label>
        <input
          id={id}
          type="file"
          accept="image/*"
          onChange={(event) => void choose(event.currentTarget as HTMLInputElement)}
          aria-describedby={errorId}
          aria-invalid={invalid}
        />
        {image.dataUrl && (
          <button type="button" class="button-quiet" onClick={() => onChange(undefined)}>
            {t('editor_photo_remove')}
          </button>
        )}
      </div>
      {problem && (
        <p class="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
