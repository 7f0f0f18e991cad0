import type { ControlInfo } from '../messaging/page-model';
import { controlLang, readyPlan, type PlanContext } from './plan-result';
import type { FieldPlan } from './plan-types';

function toUpperCase(text: string, lang?: string): string {
  try {
    return text.toLocaleUpperCase(lang);
  } catch {
    // An invalid language tag from the page: fall back to the default locale.
    return text.toUpperCase();
  }
}

/** Cuts a text to a number of UTF-16 code units without splitting a surrogate pair. */
function cutText(text: string, maxLength: number): string {
  let end = maxLength;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end).trimEnd();
}

/** Keeps the list items that fit whole, or cuts the first item when none does. */
function fitItems(items: string[], maxLength: number): string {
  let fitted = '';
  for (const item of items) {
    const next = fitted === '' ? item : `${fitted}, ${item}`;
    if (next.length > maxLength) break;
    fitted = next;
  }
  return fitted === '' ? cutText(items[0], maxLength) : fitted;
}

/**
 * Plans writing texts into a text control, list items joined with ", ".
 * A text longer than the control's `maxLength` is never cut silently: the
 * plan is `shortened`, shows the cut text and keeps the whole text.
 */
export function planTextWrite(
  context: PlanContext,
  control: ControlInfo,
  items: string[],
): FieldPlan {
  const lang = controlLang(context, control);
  const cased = control.upperCase ? items.map((item) => toUpperCase(item, lang)) : items;
  const text = cased.join(', ');
  const { maxLength } = control;
  if (maxLength === undefined || maxLength <= 0 || text.length <= maxLength) {
    return readyPlan(context, [{ action: 'set-text', key: control.key, text }], text);
  }

  const cut = fitItems(cased, maxLength);
  return {
    ...readyPlan(context, [{ action: 'set-text', key: control.key, text: cut }], cut),
    status: 'shortened',
    reason: 'fill_reason_shortened',
    fullText: text,
  };
}
