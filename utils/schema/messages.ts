import { z } from 'zod';
import { MAX_NEAR_ANCESTORS } from '@/utils/detect/frame-scan';
import type { ContentMessage } from '@/utils/messaging/messages';
import { submissionCheckedMessageSchema } from './enforcement';
import { profileSchema } from './profile';

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
  combobox: z.boolean().optional(),
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

const evidenceItem = z.object({
  source: labelSource,
  text: z.string(),
  form: z.enum(['label', 'identifier', 'autocomplete', 'options']),
});

const elementNumber = z.number().int().min(0);

const scannedUnit = z.object({
  info: controlInfo,
  selector: z.string(),
  evidence: z.array(evidenceItem),
  context: z.array(z.string()),
  value: pageValue,
  near: z.array(elementNumber).max(MAX_NEAR_ANCESTORS),
  row: elementNumber.optional(),
  select: z
    .object({
      selectedIndex: z.number().int().min(-1),
      changeNavigates: z.boolean().optional(),
      inPageChrome: z.boolean().optional(),
    })
    .optional(),
});

const locatedControl = z.object({
  control: controlInfo,
  value: pageValue,
  role: z.string().optional(),
  label: z.string().optional(),
});

const locatedProfile = z.object({
  profile: profileSchema,
  frame: z.object({
    isTop: z.boolean(),
    url: z.string(),
    index: z.number().int().min(0).optional(),
  }),
  locations: z.record(
    z.string(),
    z.object({ key: z.string(), unscanned: locatedControl.optional() }),
  ),
});

const frameScanChunk = z
  .object({
    revision: z.number(),
    index: z.number().int().min(0),
    count: z.number().int().min(1),
    units: z.array(scannedUnit),
    summary: z
      .object({
        lostKeys: z.array(z.string()),
        closedRootsUnread: z.number(),
        lang: z.string().optional(),
        frameIndex: z.number().int().min(0).optional(),
        profile: locatedProfile.optional(),
      })
      .optional(),
  })
  .refine((chunk) => chunk.index < chunk.count, { error: 'chunk index out of range' });

const mappingPick = z.object({
  fieldId: z.string(),
  selectors: z.array(z.string()).min(1),
  roles: z.array(z.string()).optional(),
  frameIndex: z.number().int().min(0).optional(),
});

const contentMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('frame-scan'), chunk: frameScanChunk }),
  z.object({ type: z.literal('value-update'), key: z.string(), value: pageValue }),
  z.object({ type: z.literal('mapping-picked'), pick: mappingPick }),
  z.object({ type: z.literal('mapping-cancelled') }),
  z.object({ type: z.literal('field-count'), count: z.number().int().min(0) }),
  submissionCheckedMessageSchema,
]);

/** Checks a message from a content script; returns undefined for anything malformed. */
export function parseContentMessage(raw: unknown): ContentMessage | undefined {
  const result = contentMessage.safeParse(raw);
  return result.success ? (result.data as ContentMessage) : undefined;
}
