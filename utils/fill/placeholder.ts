import type { OptionInfo } from '../messaging/page-model';
import { foldText } from './normalize';
import { PLACEHOLDER_WORDS } from './option-words';

const FOLDED_PLACEHOLDER_WORDS = PLACEHOLDER_WORDS.map(foldText);

/**
 * Tells whether an option is a prompt rather than a value: an empty value, a
 * text of dashes or dots, or a first option that reads like "-- bitte wählen --".
 */
export function isPlaceholderOption(option: OptionInfo, index: number): boolean {
  if (option.value.trim() === '') return true;

  const folded = foldText(option.text.replace(/[^\p{L}\p{N}\s]/gu, ' '));
  if (folded === '') return true;
  return index === 0 && FOLDED_PLACEHOLDER_WORDS.some((word) => folded.includes(word));
}

/** Returns the indexes of the options an officer could pick: no placeholder, none disabled. */
export function selectableIndexes(options: OptionInfo[]): number[] {
  return options.flatMap((option, index) =>
    option.disabled || isPlaceholderOption(option, index) ? [] : [index],
  );
}
