import { t } from '@/utils/i18n';

/**
 * Marks each status with a symbol as well as a colour, so colour is never the
 * only cue. A no-break space keeps the symbol beside its word when the badge
 * wraps in a narrow or zoomed panel.
 */
const SYMBOLS: Record<string, string> = {
  present: '✓',
  pass: '✓',
  filled: '✓',
  missing: '○',
  absent: '–',
  invalid: '✗',
  fail: '✗',
  rejected: '✗',
  ambiguous: '?',
  'needs-choice': '?',
  locked: '⊘',
  lost: '!',
  shortened: '…',
  skipped: '–',
  waiting: '⋯',
};

export function StatusBadge({ status, prefix = 'status' }: { status: string; prefix?: string }) {
  return (
    <span class={`badge badge--${status}`}>
      <span aria-hidden="true">{SYMBOLS[status] ?? '•'}</span>
      {'\u00a0'}
      {t(`${prefix}_${status.replaceAll('-', '_')}`)}
    </span>
  );
}
