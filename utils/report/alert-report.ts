import type { Severity } from '../catalogue';
import { createRuleContext } from '../checklist/context';
import { URGENT_PREFIX, urgencyTriggers } from '../checklist/rules/urgent-marking';
import { mentionsUnaccompaniedMinor } from '../checklist/rules/unaccompanied-terms';
import type { Evaluation, FieldItem } from '../checklist/types';
import { readText } from '../checklist/values';
import { fieldName } from '../catalogue-labels';
import { t } from '../i18n';
import type { Checklist } from '../schema/checklist';
import { z } from '../schema/zod';

const SEVERITIES = ['blocking', 'warning', 'info'] as const;

/**
 * A data-quality report of one alert. It contains the checklist's verdict and
 * translated messages, and no text the officer typed. Rule messages name
 * fields and may quote codes, such as the alert category.
 */
export const alertReportSchema = z.strictObject({
  createdAt: z.number(),
  score: z.number().min(0).max(100),
  blockingOpen: z.int().nonnegative(),
  checklist: z.strictObject({ id: z.string(), name: z.string(), version: z.int() }),
  items: z.array(
    z.strictObject({
      kind: z.enum(['field', 'rule']),
      id: z.string(),
      title: z.string(),
      severity: z.enum(SEVERITIES),
      message: z.string(),
    }),
  ),
  /** Proposed text of field 311 of the SIRENE M form, when the case is urgent. */
  urgencyNote: z
    .strictObject({
      proposed: z.string(),
      /** Whether the note on the page already starts with URGENT and names the minor. */
      pageNoteConforms: z.boolean(),
    })
    .optional(),
});

export type AlertReport = z.infer<typeof alertReportSchema>;
export type ReportItem = AlertReport['items'][number];

const SEVERITY_RANK: Record<Severity, number> = { blocking: 0, warning: 1, info: 2 };

/**
 * Returns the severity of an open field item. A required field that a
 * control on the page leaves empty or unparsable is blocking, as in the
 * evaluation's count of blocking items. A required field without a control
 * on this page is a warning, and a recommended field is info.
 */
function fieldSeverity(item: FieldItem): Severity {
  if (item.requirement !== 'required') return 'info';
  return item.status === 'missing' || item.status === 'invalid' ? 'blocking' : 'warning';
}

function fieldReportItem(item: FieldItem): ReportItem {
  return {
    kind: 'field',
    id: item.fieldId,
    title: fieldName(item.fieldId),
    severity: fieldSeverity(item),
    message: t(`report_field_${item.requirement}_open`, t(`status_${item.status}`)),
  };
}

/**
 * Proposes the text of field 311 of the SIRENE M form: URGENT and the
 * reasons, naming an unaccompanied minor where that applies. Returns
 * undefined when no trigger of the urgent_marking rule holds.
 */
export function proposeUrgencyNote(
  values: Readonly<Record<string, unknown>>,
  checklist: Pick<Checklist, 'majorityAge' | 'majorityWarningMonths'>,
  now = new Date(),
): AlertReport['urgencyNote'] {
  const context = createRuleContext({ values, checklist, now });
  const triggers = urgencyTriggers(context);
  if (triggers.length === 0) return undefined;

  const reasons: string[] = [];
  if (context.unaccompaniedMinor) reasons.push(t('report_urgency_unaccompanied_minor'));
  reasons.push(t('report_urgency_high_risk', triggers.map((key) => t(key)).join(', ')));
  const proposed = `${URGENT_PREFIX}: ${reasons.join(', ')}`;

  const note = readText(values, 'urgency_note') ?? '';
  const pageNoteConforms =
    note.startsWith(URGENT_PREFIX) &&
    (!context.unaccompaniedMinor || mentionsUnaccompaniedMinor(note));
  return { proposed, pageNoteConforms };
}

export interface AlertReportInput {
  evaluation: Evaluation;
  checklist: Checklist;
  values: Readonly<Record<string, unknown>>;
  now?: Date;
}

/** Builds the report of an alert from its evaluation: every open item, most severe first. */
export function buildAlertReport({
  evaluation,
  checklist,
  values,
  now = new Date(),
}: AlertReportInput): AlertReport {
  const fieldItems = evaluation.fieldItems
    .filter((item) => item.counted && !item.pass)
    .map(fieldReportItem);
  const ruleItems = evaluation.ruleResults
    .filter((result) => result.status === 'fail')
    .map((result): ReportItem => ({
      kind: 'rule',
      id: result.ruleId,
      title: t(`rule_${result.ruleId}_title`),
      severity: result.severity,
      message: result.message,
    }));
  // Rules come before fields of the same severity, because a rule's message states what to do.
  const items = [...ruleItems, ...fieldItems].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity],
  );

  return {
    createdAt: now.getTime(),
    score: evaluation.score,
    blockingOpen: evaluation.blockingOpen,
    checklist: { id: checklist.id, name: checklist.name, version: checklist.version },
    items,
    urgencyNote: proposeUrgencyNote(values, checklist, now),
  };
}

/** Formats the report as plain text for the clipboard, one open item per line. */
export function formatReportText(report: AlertReport): string {
  const lines = [
    t('report_title'),
    t('report_created', new Date(report.createdAt).toLocaleString()),
    t('report_checklist', [report.checklist.name, String(report.checklist.version)]),
    t('report_score', String(report.score)),
    t('report_blocking_open', String(report.blockingOpen)),
    '',
    t('report_open_items', String(report.items.length)),
  ];
  for (const item of report.items) {
    const kind = t(`report_kind_${item.kind}`);
    lines.push(`- [${t(`severity_${item.severity}`)}] ${kind}: ${item.title}. ${item.message}`);
  }
  if (report.items.length === 0) lines.push(t('report_no_open_items'));
  if (report.urgencyNote) {
    lines.push('', t('report_urgency_title'), report.urgencyNote.proposed);
  }
  return `${lines.join('\n')}\n`;
}
