import type { OptionInfo } from '../messaging/page-model';
import { optionMatcher, type OptionMatcher } from './option-matchers';
import { selectableIndexes } from './placeholder';

export type OptionMatch = { index: number } | { candidates: number[] };

function narrowed(indexes: number[], options: OptionInfo[], matcher: OptionMatcher): OptionMatch {
  const byText = indexes.filter((index) => matcher.matchesText(options[index].text));
  const pool = byText.length > 0 ? byText : indexes;
  if (pool.length === 1) return { index: pool[0] };

  const preferred = pool.filter((index) => matcher.prefers(options[index]));
  if (preferred.length === 1) return { index: preferred[0] };
  return { candidates: preferred.length > 0 ? preferred : pool };
}

/**
 * Finds the selectable options with exactly this value. Returns undefined
 * when none has it.
 * NOTE: a profile's value that no option has any more falls back to the
 * matching by code and text, because the portal may have changed its list.
 */
function matchValue(value: string, options: OptionInfo[]): OptionMatch | undefined {
  const indexes = selectableIndexes(options).filter((index) => options[index].value === value);
  if (indexes.length === 0) return undefined;
  return indexes.length === 1 ? { index: indexes[0] } : { candidates: indexes };
}

/**
 * Finds the option of a select, radio group or checkbox group that stands for
 * a draft value: first by option value as it is, then by normalised value,
 * then by text without case or diacritics. An option whose text names another
 * value is never matched by its value alone, and options with the same value
 * are distinguished by their text. Returns the candidates when no single
 * option matches, or every selectable option when none does. Placeholder and
 * disabled options are never returned.
 *
 * `code` is a code of the field's code list, "true" or "false" for a boolean,
 * the digits of an integer, a phone number for a phone field, or a text.
 * `codes`, from a portal profile, maps codes to option values and is tried
 * first. Throws for a field id that the catalogue does not define.
 */
export function matchOption(
  fieldId: string,
  code: string,
  options: OptionInfo[],
  lang?: string,
  codes?: Record<string, string>,
): OptionMatch {
  const profileMatch = codes && Object.hasOwn(codes, code) && matchValue(codes[code], options);
  if (profileMatch) return profileMatch;

  const matcher = optionMatcher(fieldId, code, lang);
  const selectable = selectableIndexes(options);
  const consistent = selectable.filter((index) => !matcher.contradicts(options[index]));

  const exact = consistent.filter((index) => matcher.values.includes(options[index].value));
  const byValue =
    exact.length > 0
      ? exact
      : consistent.filter((index) => matcher.matchesValue(options[index].value));
  if (byValue.length > 0) return narrowed(byValue, options, matcher);

  const byText = selectable.filter((index) => matcher.matchesText(options[index].text));
  if (byText.length > 0) return narrowed(byText, options, matcher);
  return { candidates: selectable };
}
