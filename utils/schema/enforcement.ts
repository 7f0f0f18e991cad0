/**
 * Checks the messages of enforcement at submission. Rule and field ids must
 * be known ids, so that no value of the alert can pass as one into the audit
 * log.
 */
import { FIELD_IDS } from '../catalogue';
import type { Verdict } from '../enforcement/verdict';
import type { SubmissionCheck, SubmissionVerdictMessage } from '../messaging/enforcement-messages';
import { MAX_OVERRIDE_REASON } from './audit';
import { RULE_IDS } from './checklist';
import { z } from './zod';

export const verdictSchema = z.strictObject({
  enforcing: z.boolean(),
  blocking: z.boolean(),
  checklistId: z.string().min(1),
  checklistVersion: z.number().int().nonnegative(),
  score: z.number().min(0).max(100),
  failedRules: z.array(z.enum(RULE_IDS)),
  missingFields: z.array(z.enum(FIELD_IDS as [string, ...string[]])),
});

export const submissionCheckSchema = z
  .strictObject({
    id: z.string().min(1).max(64),
    outcome: z.enum(['passed', 'blocked', 'overridden']),
    verdict: verdictSchema,
    overrideReason: z.string().trim().min(1).max(MAX_OVERRIDE_REASON).optional(),
  })
  .refine((check) => check.outcome !== 'overridden' || check.overrideReason !== undefined, {
    message: 'An overridden submission needs a reason.',
    path: ['overrideReason'],
  });

export const submissionCheckedMessageSchema = z.strictObject({
  type: z.literal('submission-checked'),
  check: submissionCheckSchema,
});

const submissionVerdictMessageSchema = z.strictObject({
  type: z.literal('submission-verdict'),
  verdict: verdictSchema,
});

/** Checks a submission check from a content script; returns undefined for anything malformed. */
export function parseSubmissionCheck(raw: unknown): SubmissionCheck | undefined {
  const result = submissionCheckSchema.safeParse(raw);
  return result.success ? result.data : undefined;
}

/** Checks a verdict message from the panel; returns undefined for anything malformed. */
export function parseVerdictMessage(raw: unknown): SubmissionVerdictMessage | undefined {
  const result = submissionVerdictMessageSchema.safeParse(raw);
  return result.success
    ? { type: 'submission-verdict', verdict: result.data.verdict as Verdict }
    : undefined;
}
