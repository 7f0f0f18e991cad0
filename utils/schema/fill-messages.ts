/**
 * Checks the responses of content scripts to fill messages, because page data
 * arrives through them.
 */
import type { OptionsResponse, UndoOutcome } from '../messaging/fill-messages';
import type { WriteOutcome } from '../messaging/page-model';
import { z } from './zod';

const writeOutcome = z.object({
  fieldId: z.string(),
  status: z.enum(['filled', 'rejected', 'locked', 'lost']),
  reason: z.string().optional(),
});

const fillResponse = z.object({ outcomes: z.array(writeOutcome) });

const undoResponse = z.object({
  outcomes: z.array(
    z.object({
      fieldId: z.string(),
      status: z.enum(['restored', 'kept', 'lost', 'rejected']),
    }),
  ),
});

const optionsResponse = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('changed'),
    options: z.array(
      z.object({ value: z.string(), text: z.string(), disabled: z.boolean().optional() }),
    ),
    state: z.enum(['editable', 'readonly', 'disabled']),
  }),
  z.object({ status: z.literal('timeout') }),
  z.object({ status: z.literal('lost') }),
]);

const pickerResponse = z.object({ found: z.boolean() });

/** Returns a fill's outcomes, or throws naming the frame when the response is malformed. */
export function parseFillResponse(raw: unknown, frameId: number): WriteOutcome[] {
  const result = fillResponse.safeParse(raw);
  if (!result.success) throw new Error(`The page frame ${frameId} sent an invalid fill response.`);
  return result.data.outcomes;
}

/** Returns an undo's outcomes, or throws naming the frame when the response is malformed. */
export function parseUndoResponse(raw: unknown, frameId: number): UndoOutcome[] {
  const result = undoResponse.safeParse(raw);
  if (!result.success) throw new Error(`The page frame ${frameId} sent an invalid undo response.`);
  return result.data.outcomes;
}

/** Returns the options a frame reported, or `lost` for a malformed response. */
export function parseOptionsResponse(raw: unknown): OptionsResponse {
  const result = optionsResponse.safeParse(raw);
  return result.success ? result.data : { status: 'lost' };
}

/** Tells whether a frame found the date picker's button, which reads false for a malformed response. */
export function parsePickerResponse(raw: unknown): boolean {
  const result = pickerResponse.safeParse(raw);
  return result.success && result.data.found;
}
