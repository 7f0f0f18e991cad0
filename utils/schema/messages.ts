import { z } from 'zod';
import type { ContentMessage } from '@/utils/messaging/messages';
import { submissionCheckedMessageSchema } from './enforcement';

z.config({ jitless: true });

const optionInfo = z.object({
  value: z.string(),
  text: z.string(),
  disabled: z.boolean().optional(),
});

const controlInfo = z.object({
  key: z.string(),
  kind: z.enum([
    'text',
    'textarea',
    'select',
    'select-multiple',
    'radio-group',
    'checkbox',
    'checkbox-group',
    'date',
    'datetime-local',
    'time',
    'file',
  ]),
  options: z.array(optionInfo).optional(),
  maxLength: z.number().optional(),
  placeholder: z.string().optional(),
  pattern: z.string().optional(),
  inputMode: z.string().optional(),
  autocomplete: z.string().optional(),
  lang: z.string().optional(),
  accept: z.string().optional(),
  hint: z.string().optional(),
  upperCase: z.boolean().optional(),
  state: z.enum(['editable', 'readonly', 'disabled']),
  dateFormat: z.string().optional(),
  codes: z.record(z.string(), z.string()).optional(),
});

const pageValue: z.ZodType<unknown> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('text'), text: z.string() }),
    z.object({ kind: z.literal('options'), selected: z.array(optionInfo) }),
    z.object({ kind: z.literal('checked'), checked: z.boolean() }),
    z.object({
      kind: z.literal('file'),
      files: z.array(z.object({ name: z.string(), type: z.string(), size: z.number() })),
    }),
    z.object({ kind: z.literal('parts'), parts: z.array(pageValue) }),
  ]),
);

const labelSource = z.string();

const detectedField = z.object({
  fieldId: z.string(),
  controls: z.array(controlInfo).min(1),
  roles: z.array(z.string()).optional(),
  selectors: z.array(z.string()),
  label: z.string(),
  source: labelSource,
  confidence: z.number().min(0).max(1),
  evidence: z.array(z.object({ source: labelSource, text: z.string() })),
  value: pageValue,
  ambiguousWith: z.array(z.string()).optional(),
});

const frameReport = z.object({
  revision: z.number(),
  fields: z.array(detectedField),
  lostKeys: z.array(z.string()),
  closedRootsUnread: z.number(),
  lang: z.string().optional(),
  frameIndex: z.number().int().min(0).optional(),
  profile: z
    .object({
      id: z.string(),
      name: z.string(),
      fieldIds: z.array(z.string()),
      missing: z.array(z.string()),
    })
    .optional(),
});

const mappingPick = z.object({
  fieldId: z.string(),
  selectors: z.array(z.string()).min(1),
  roles: z.array(z.string()).optional(),
  frameIndex: z.number().int().min(0).optional(),
});

const contentMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('frame-report'), report: frameReport }),
  z.object({ type: z.literal('value-update'), key: z.string(), value: pageValue }),
  z.object({ type: z.literal('mapping-picked'), pick: mappingPick }),
  z.object({ type: z.literal('mapping-cancelled') }),
  submissionCheckedMessageSchema,
]);

/** Checks a message from a content script; returns undefined for anything malformed. */
export function parseContentMessage(raw: unknown): ContentMessage | undefined {
  const result = contentMessage.safeParse(raw);
  return result.success ? (result.data as ContentMessage) : undefined;
}
