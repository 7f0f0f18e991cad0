import { cleanup, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { FillResults } from '@/components/panel/FillResults';
import { StatusBadge } from '@/components/panel/StatusBadge';
import { FIELD_STATUS, FILL_STATUS, RULE_STATUS } from '@/utils/catalogue';
import type { UndoOutcome } from '@/utils/messaging/fill-messages';
import { useEnglishMessages } from './support/messages';

beforeEach(useEnglishMessages);

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Returns the text a badge shows besides its symbol, which screen readers read too. */
function badgeWord(badge: Element): string {
  const copy = badge.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((symbol) => symbol.remove());
  return copy.textContent?.trim() ?? '';
}

function renderBadge(status: string, prefix?: string): Element {
  const { container } = render(<StatusBadge status={status} prefix={prefix} />);
  return container.querySelector('.badge')!;
}

const SETS = [
  { name: 'field statuses', statuses: FIELD_STATUS, prefix: 'status' },
  { name: 'rule statuses', statuses: RULE_STATUS, prefix: 'status' },
  { name: 'fill outcomes', statuses: FILL_STATUS, prefix: 'outcome' },
];

describe.each(SETS)('status badge for $name', ({ statuses, prefix }) => {
  test.each([...statuses])('shows a word for %s', (status) => {
    expect(badgeWord(renderBadge(status, prefix))).not.toBe('');
  });

  test.each([...statuses])('shows a symbol of its own for %s', (status) => {
    const symbol = renderBadge(status, prefix).querySelector('[aria-hidden="true"]');
    expect(symbol?.textContent).not.toBe('•');
    expect(symbol?.textContent?.trim()).not.toBe('');
  });

  test('gives each status a different word', () => {
    const words = statuses.map((status) => {
      const word = badgeWord(renderBadge(status, prefix));
      cleanup();
      return word;
    });
    expect(new Set(words).size).toBe(statuses.length);
  });
});

describe('undo outcomes', () => {
  test('show a word for each status', () => {
    const outcomes: UndoOutcome[] = [
      { fieldId: 'surname', status: 'restored' },
      { fieldId: 'forenames', status: 'kept' },
      { fieldId: 'sex', status: 'lost' },
      { fieldId: 'date_of_birth', status: 'rejected' },
    ];
    const { container } = render(
      <FillResults
        results={[]}
        busy={false}
        canUndo={false}
        undoBusy={false}
        undoOutcomes={outcomes}
        onUndo={() => undefined}
      />,
    );
    const words = [...container.querySelectorAll('[data-testid="undo-result"] .badge')].map(
      badgeWord,
    );
    expect(words).toHaveLength(4);
    expect(words.every((word) => word !== '')).toBe(true);
    expect(new Set(words).size).toBe(4);
  });
});
