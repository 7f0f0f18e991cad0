import { RULE_IDS } from './checklist';
import { FIELD_IDS } from '../catalogue';
import { z } from './zod';

/**
 * One check at submission, as the audit log keeps it. The log contains what a
 * supervisor needs to judge the quality of alerts and nothing of the alert
 * itself: no names, dates, numbers or other values the officer entered.
 */
export const AUDIT_OUTCOME = ['passed', 'blocked', 'overridden'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOME)[number];

/** Maximum length of an override reason, in characters. */
export const MAX_OVERRIDE_REASON = 500;

export const auditEntrySchema = z.strictObject({
  /** Milliseconds since the epoch when the submission was checked. */
  at: z.number().int().nonnegative(),
  /** The portal's origin, such as `https://sis.example.gov`: never a path or query. */
  origin: z.string().min(1),
  checklistId: z.string().min(1),
  checklistVersion: z.number().int().nonnegative(),
  /** Weighted share of passing checklist items, 0 to 100. */
  score: z.number().min(0).max(100),
  outcome: z.enum(AUDIT_OUTCOME),
  /** Ids of the rules that failed with blocking severity, or at all when not blocking. */
  failedRules: z.array(z.enum(RULE_IDS)),
  /** Catalogue ids of required fields that were empty. */
  missingFields: z.array(z.enum(FIELD_IDS as [string, ...string[]])),
  /** The officer's reason for going on despite blocking items, present only with `overridden`. */
  overrideReason: z.string().max(MAX_OVERRIDE_REASON).optional(),
  /**
   * Number of further checks from the same tab that were not written one by
   * one, because the tab passed the limit of entries per minute. This entry
   * is the last of them.
   */
  unloggedChecks: z.number().int().positive().optional(),
});

export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** An entry as stored: the database assigns `id`. */
export type StoredAuditEntry = AuditEntry & { id: number };
