import type { OptionInfo } from '../messaging/page-model';
import type { ClockUnit, DateUnit } from './date-mask';
import { monthOfName } from './month-names';
import { textParts } from './normalize';
import { selectableIndexes } from './placeholder';

function numberOfPart(text: string, unit: DateUnit | ClockUnit, lang?: string): number | undefined {
  const trimmed = text.trim();
  if (/^\d{1,4}$/.test(trimmed)) return Number(trimmed);
  return unit === 'month' ? monthOfName(trimmed, lang) : undefined;
}

/**
 * Reads the number an option value or text shows for a date unit, such as
 * "03", "März" or "03 - März", or returns undefined.
 */
export function datePartOfText(
  text: string,
  unit: DateUnit | ClockUnit,
  lang?: string,
): number | undefined {
  const whole = numberOfPart(text, unit, lang);
  if (whole !== undefined) return whole;
  const numbers = textParts(text).map((part) => numberOfPart(part, unit, lang));
  return numbers.find((number) => number !== undefined);
}

/**
 * Finds the option of a day, month, year, hour or minute select that stands for a number:
 * by option text (a number or a month name in the page language), then by
 * option value. An option whose text shows another number is never picked by
 * its value, so a month select with values 0 to 11 still gets the right
 * month. Returns undefined when no single option fits.
 */
export function matchDatePartOption(
  options: OptionInfo[],
  unit: DateUnit | ClockUnit,
  expected: number,
  lang?: string,
): number | undefined {
  const selectable = selectableIndexes(options);
  const numberInText = (index: number) => datePartOfText(options[index].text, unit, lang);

  const byText = selectable.filter((index) => numberInText(index) === expected);
  if (byText.length === 1) return byText[0];
  if (byText.length > 1) return undefined;

  const byValue = selectable.filter(
    (index) =>
      numberInText(index) === undefined &&
      datePartOfText(options[index].value, unit, lang) === expected,
  );
  return byValue.length === 1 ? byValue[0] : undefined;
}
