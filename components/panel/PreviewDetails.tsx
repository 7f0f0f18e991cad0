import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { isWritable, type PreviewRow, type TargetPlan } from '@/utils/panel/fill-plan';

interface RowProps {
  row: PreviewRow;
  onRowChange(row: PreviewRow): void;
}

function replaceTarget(row: PreviewRow, index: number, target: TargetPlan): PreviewRow {
  return { ...row, targets: row.targets.map((current, at) => (at === index ? target : current)) };
}

/** Shows a select of the choices of a `needs-choice` plan, one per control that needs one. */
export function ChoicePicker({ row, onRowChange }: RowProps) {
  return (
    <>
      {row.targets.map((target, targetIndex) => {
        const choices = target.plan.choices;
        if (target.plan.status !== 'needs-choice' || !choices?.length) return null;
        return (
          <select
            key={targetIndex}
            aria-label={t('panel_choice_label', t(`field_${row.fieldId}`))}
            onChange={(event) => {
              const { value } = event.target as HTMLSelectElement;
              // The placeholder's empty value would read as position 0.
              const choice = value === '' ? undefined : choices[Number(value)];
              const next = replaceTarget(row, targetIndex, {
                ...target,
                chosen: choice?.steps,
                chosenLabel: choice?.label,
              });
              onRowChange({ ...next, checked: isWritable(next) });
            }}
          >
            <option value="">{t('panel_choice_placeholder')}</option>
            {choices.map((choice, choiceIndex) => (
              <option key={choiceIndex} value={choiceIndex}>
                {choice.label}
              </option>
            ))}
          </select>
        );
      })}
    </>
  );
}

/**
 * Shows the draft's original text beside a proposed Latin spelling, lets the
 * officer pick another spelling that Doc 9303 allows, and accepts it, which
 * ticks the row.
 */
export function TransliterationProposal({ row, onRowChange }: RowProps) {
  const targetIndex = row.targets.findIndex((target) => target.plan.transliteration);
  const target = row.targets[targetIndex];
  const proposal = target?.plan.transliteration;
  if (!proposal) return null;

  const pick = (index: number) => {
    const spelling = proposal.spellings[index];
    const next = replaceTarget(row, targetIndex, {
      ...target,
      chosen: spelling.steps,
      chosenLabel: spelling.label,
    });
    onRowChange({ ...next, checked: false });
  };

  return (
    <div class="preview__detail" data-testid="fill-transliteration">
      <span class="hint">
        {t('fill_transliteration_original', proposal.original)} {t('fill_transliteration_hint')}
      </span>
      {proposal.spellings.length > 1 && (
        <select
          aria-label={t('fill_transliteration_spelling', t(`field_${row.fieldId}`))}
          data-testid="fill-spelling"
          onChange={(event) => pick(Number((event.target as HTMLSelectElement).value))}
        >
          {proposal.spellings.map((spelling, index) => (
            <option key={index} value={index}>
              {spelling.label}
            </option>
          ))}
        </select>
      )}
      {!row.checked && (
        <button
          type="button"
          data-testid="fill-accept-transliteration"
          onClick={() => onRowChange({ ...row, checked: true })}
        >
          {t('fill_transliteration_accept')}
        </button>
      )}
    </div>
  );
}

/** Copies a text, through the Clipboard API or, where the frame may not use it, a selection. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    document.body.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    return copied;
  }
}

/** Shows what the control's maximum length cuts off, the whole text and a copy button. */
export function ShortenedDetail({ row }: { row: PreviewRow }) {
  const [copied, setCopied] = useState<boolean>();
  const plan = row.targets.find((target) => target.plan.fullText !== undefined)?.plan;
  if (!plan?.fullText) return null;
  const written = row.targets[0]?.chosenLabel ?? plan.display;
  const cut = plan.fullText.startsWith(written)
    ? plan.fullText.slice(written.length).replace(/^[\s,]+/, '')
    : plan.fullText;

  return (
    <div class="preview__detail">
      <span class="hint" data-testid="fill-cut">
        {t('fill_cut_text', cut)}
      </span>
      <details>
        <summary>{t('fill_full_text')}</summary>
        <p class="preview__full" data-testid="fill-full-text">
          {plan.fullText}
        </p>
      </details>
      <button
        type="button"
        data-testid="fill-copy-full"
        onClick={() => copyText(plan.fullText!).then(setCopied)}
      >
        {t('fill_copy_full')}
      </button>
      {copied !== undefined && (
        <span class="hint" role="status">
          {t(copied ? 'fill_copied' : 'fill_copy_failed')}
        </span>
      )}
    </div>
  );
}

/** Offers the page's own date picker for a read-only date, instead of a write. */
export function GuidedStep({
  row,
  onOpenPicker,
  pickerMissing,
}: {
  row: PreviewRow;
  onOpenPicker(row: PreviewRow): void;
  pickerMissing: boolean;
}) {
  if (!row.targets.some((target) => target.plan.status === 'guided')) return null;
  return (
    <div class="preview__detail">
      <button type="button" data-testid="fill-open-picker" onClick={() => onOpenPicker(row)}>
        {t('fill_open_picker')}
      </button>
      {pickerMissing && (
        <span class="hint" role="status" data-testid="fill-picker-missing">
          {t('fill_picker_missing')}
        </span>
      )}
    </div>
  );
}
