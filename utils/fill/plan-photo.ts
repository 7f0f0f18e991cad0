import type { ControlInfo } from '../messaging/page-model';
import type { ImageValue } from '../schema/draft-values';
import { base64ByteLength } from './base64';
import { acceptsFile, maxFileSizeOfHint, parseDataUrl } from './photo-check';
import { blockedPlan, readyPlan, type PlanContext } from './plan-result';
import type { FieldPlan } from './plan-types';

/**
 * Plans attaching the draft photo to a file control. A photo whose type the
 * control's `accept` excludes, or that is larger than the limit its hint
 * states, is rejected with a reason instead of being left for the page to
 * refuse silently. The step carries the bytes as base64, because messages
 * between contexts are JSON.
 */
export function planPhotoWrite(
  context: PlanContext,
  control: ControlInfo,
  image: ImageValue,
): FieldPlan {
  const data = parseDataUrl(image.dataUrl ?? '');
  if (!data) return blockedPlan(context, 'rejected', 'fill_reason_photo_invalid');

  const type = image.type || data.type;
  const name = image.name || 'photo';
  if (!acceptsFile(control.accept, name, type)) {
    return blockedPlan(context, 'rejected', 'fill_reason_photo_type', name);
  }
  const limit = maxFileSizeOfHint(control.hint);
  if (limit !== undefined && base64ByteLength(data.base64) > limit) {
    return blockedPlan(context, 'rejected', 'fill_reason_photo_too_large', name);
  }

  const { key } = control;
  const { base64 } = data;
  return readyPlan(context, [{ action: 'attach-file', key, name, type, base64 }], name);
}
