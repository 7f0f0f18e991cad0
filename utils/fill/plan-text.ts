import type { ControlInfo } from '../messaging/page-model';
import { proposeLatinSpellings } from './latin-only';
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

/** Plans the items joined with ", ", cut to the control's maximum length. */
function fitToControl(context: PlanContext, control: ControlInfo, items: string[]): FieldPlan {
  const text = items.join(', ');
  const { maxLength } = control;
  if (maxLength === undefined || maxLength <= 0 || text.length <= maxLength) {
    return readyPlan(context, [{ action: 'set-text', key: control.key, text }], text);
  }

  const cut = fitItems(items, maxLength);
  return {
    ...readyPlan(context, [{ action: 'set-text', key: control.key, text: cut }], cut),
    status: 'shortened',
    reason: 'fill_reason_shortened',
    fullText: text,
  };
}

/**
 * Plans writing texts into a text control, list items joined with ", ".
 * A text longer than the control's `maxLength` is never cut silently: the
 * plan is `shortened`, shows the cut text and keeps the whole text. A control
 * that takes only Latin or upper-case letters gets the ICAO 9303 spelling of
 * a text that does not fit it, as a proposal the officer must accept.
 */
export function planTextWrite(
  context: PlanContext,
  control: ControlInfo,
  items: string[],
): FieldPlan {
  const lang = controlLang(context, control);
  const toCase = (text: string) => (control.upperCase ? toUpperCase(text, lang) : text);
  const cased = items.map(toCase);
  const spellingsByItem = items.map((item) => proposeLatinSpellings(item, control, toCase));
  if (spellingsByItem.every((spellings) => spellings.length === 0)) {
    return fitToControl(context, control, cased);
  }

  // Each proposal spells every item in the same style: first plain, then expanded.
  const count = Math.max(...spellingsByItem.map((spellings) => spellings.length));
  const plans = Array.from({ length: count }, (_, style) =>
    fitToControl(
      context,
      control,
      spellingsByItem.map((spellings, index) => spellings[style] ?? spellings[0] ?? cased[index]),
    ),
  );
  const spellings = plans.map((plan) => ({ label: plan.display, steps: plan.steps }));
  return { ...plans[0], transliteration: { original: items.join(', '), spellings } };
}
