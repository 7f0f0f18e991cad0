import { parsePageValue } from '@/utils/fill';
import { validateFieldValue, type DraftFields } from '@/utils/schema/draft';
import type { FieldView } from './alert-state';

/**
 * Result of a capture for one field the page shows: `captured` into the
 * draft, `ambiguous` because several fields claim its control, or
 * `unreadable` because its value does not read as the field's type. A photo
 * reads as its file name only, so it is never captured.
 */
export type CaptureStatus = 'captured' | 'ambiguous' | 'unreadable';

export interface CaptureEntry {
  fieldId: string;
  status: CaptureStatus;
}

export interface Capture {
  fields: DraftFields;
  entries: CaptureEntry[];
}

/**
 * Reads the values the page contains into draft fields, the way the panel
 * checks them: each detected field's value parsed back into a catalogue
 * value. Empty fields are left out, and values that a draft cannot take are
 * listed but not captured.
 */
export function capturePage(views: FieldView[], lang?: string): Capture {
  const fields: DraftFields = {};
  const entries: CaptureEntry[] = [];
  for (const view of views) {
    if (!view.primary) continue;
    if (view.status === 'ambiguous') {
      entries.push({ fieldId: view.fieldId, status: 'ambiguous' });
      continue;
    }

    const reading = parsePageValue(view.primary.field, { lang });
    if (reading.status === 'empty') continue;
    const valid =
      reading.status === 'valid' && validateFieldValue(view.fieldId, reading.value).length === 0;
    if (valid) fields[view.fieldId] = reading.value as DraftFields[string];
    entries.push({ fieldId: view.fieldId, status: valid ? 'captured' : 'unreadable' });
  }
  return { fields, entries };
}

/** Names a captured draft after the page and the time of capture, such as "Registrazione, 14/06/2024 10:30". */
export function captureLabel(title: string, at: Date, locale?: string): string {
  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' });
  return `${title.trim()}, ${time.format(at)}`;
}
