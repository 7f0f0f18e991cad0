import { t } from '@/utils/i18n';
import type { RuleResult } from '@/utils/checklist';
import { memo } from '@/components/common/memo';
import { StatusBadge } from './StatusBadge';

// Incremental evaluation keeps the result of a rule that did not run again, so
// its item skips rendering.
const RuleItem = memo(function RuleItem({ result }: { result: RuleResult }) {
  return (
    <li
      class={`rule-item rule-item--${result.status}`}
      data-testid="rule-item"
      data-rule-id={result.ruleId}
      data-status={result.status}
      data-severity={result.severity}
      data-fields={result.fields.join(' ')}
    >
      <StatusBadge status={result.status} />
      <span class="rule-item__severity">{t(`severity_${result.severity}`)}</span>
      <span class="rule-item__title">{t(`rule_${result.ruleId}_title`)}</span>
      <span class="rule-item__message" data-role="message">
        {result.message}
      </span>
    </li>
  );
});

/** Lists rule results, failures first, most severe first. */
export function RuleList({ results }: { results: RuleResult[] }) {
  const rank = { blocking: 0, warning: 1, info: 2 } as const;
  const sorted = [...results].sort(
    (a, b) =>
      Number(a.status === 'pass') - Number(b.status === 'pass') ||
      rank[a.severity] - rank[b.severity],
  );
  return (
    <section aria-labelledby="rules-title">
      <h2 id="rules-title" class="section-title">
        {t('panel_rules_title')}
      </h2>
      <ul class="rule-items">
        {sorted.map((result) => (
          <RuleItem key={result.ruleId} result={result} />
        ))}
      </ul>
    </section>
  );
}
