import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/utils/i18n';

interface DeleteConfirmProps {
  onConfirm(): void;
  onCancel(): void;
}

/** Asks in the page whether to delete. Focus moves to the question when it opens. */
export function DeleteConfirm({ onConfirm, onCancel }: DeleteConfirmProps) {
  const heading = useRef<HTMLParagraphElement>(null);
  useEffect(() => heading.current?.focus(), []);

  return (
    <div class="confirm" role="alertdialog" aria-labelledby="delete-question">
      <p id="delete-question" ref={heading} tabIndex={-1}>
        {t('editor_delete_question')}
      </p>
      <div class="actions">
        <button
          type="button"
          class="button-danger"
          data-testid="draft-delete-confirm"
          onClick={onConfirm}
        >
          {t('editor_delete_confirm')}
        </button>
        <button type="button" class="button-secondary" onClick={onCancel}>
          {t('common_cancel')}
        </button>
      </div>
    </div>
  );
}
