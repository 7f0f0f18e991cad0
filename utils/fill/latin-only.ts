import type { ControlInfo } from '../messaging/page-model';
import { hasNonLatinLetter, latinSpellings } from './icao-transliteration';

/** Hint words that ask for Latin or capital letters, in the portals' languages. */
const LATIN_HINT =
  /\b(?:latin|lateinisch\w*|latin[aeio]|block (?:capitals|letters)|capital letters|upper ?case|gro(?:ß|ss)buchstaben|druckbuchstaben|maiuscol\w*|majuscules?|may[uú]sculas?|wielkie litery)/iu;

/**
 * Compiles an HTML `pattern` the way browsers do: anchored at both ends, with
 * the `v` flag. Browsers ignore a pattern that `v` rejects, such as
 * `[A-Za-z -]`, but its intent is still read here, compiled with `u`.
 * Returns undefined when neither compiles.
 */
export function compilePattern(pattern: string): RegExp | undefined {
  for (const flags of ['v', 'u']) {
    try {
      return new RegExp(`^(?:${pattern})$`, flags);
    } catch {
      // Try the next flag, then give up like a browser does.
    }
  }
  return undefined;
}

/** Tells whether the control accepts only Latin or upper-case letters. */
export function restrictsToLatin(control: ControlInfo): boolean {
  if (control.upperCase || control.pattern) return true;
  return control.hint !== undefined && LATIN_HINT.test(control.hint);
}

/** Tells whether a text fits the control: its pattern, or Latin letters only. */
function fits(text: string, pattern: RegExp | undefined): boolean {
  return pattern ? pattern.test(text) : !hasNonLatinLetter(text);
}

/** Writes hyphens as spaces and drops apostrophes, as Doc 9303 does for names. */
function withoutNamePunctuation(text: string): string {
  return text.replace(/[-‐]/g, ' ').replace(/['’`]/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * Proposes Latin spellings of a text for a control that takes only Latin or
 * upper-case letters: the ICAO 9303 transliteration, in upper case and
 * without hyphens and apostrophes where the control's pattern requires it.
 * Returns an empty list when the text already fits or no spelling fits.
 * `toCase` applies the control's upper case to each spelling.
 */
export function proposeLatinSpellings(
  text: string,
  control: ControlInfo,
  toCase: (text: string) => string,
): string[] {
  if (!restrictsToLatin(control)) return [];
  const pattern = control.pattern ? compilePattern(control.pattern) : undefined;
  if (fits(toCase(text), pattern)) return [];

  const proposals = latinSpellings(text).flatMap((spelling) => {
    const cased = toCase(spelling);
    // Transliterations hold only ASCII letters, whose upper case needs no locale.
    const candidates = [cased, cased.toUpperCase()].flatMap((candidate) => [
      candidate,
      withoutNamePunctuation(candidate),
    ]);
    return candidates.find((candidate) => fits(candidate, pattern)) ?? [];
  });
  return [...new Set(proposals)];
}
