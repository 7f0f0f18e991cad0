/**
 * Latin spellings of names for controls that take only Latin letters, after
 * ICAO Doc 9303 Part 3, section 6: Table A for Latin letters with diacritics
 * and Table B for Cyrillic. Greek is not in Doc 9303, so it follows ELOT 743, the
 * Greek standard that Greek passports use for the Latin form of a name.
 *
 * NOTE: the tables were compiled from two reproductions of Doc 9303 (the
 * `icao-transliteration` npm package and the `mrz` crate's Table A with its
 * variants), not from the ICAO text itself. Every spelling is shown to the
 * officer, who accepts it before it is written.
 */

/**
 * Table A: upper-case Latin letters with diacritics. A list gives the
 * spellings Doc 9303 allows for one letter, the plain one first. The issuing
 * State chooses among them.
 */
// prettier-ignore
const LATIN: Record<string, string | string[]> = {
  À: 'A', Á: 'A', Â: 'A', Ã: 'A', Ä: ['A', 'AE'], Å: ['A', 'AA'], Æ: 'AE',
  Ā: 'A', Ă: 'A', Ą: 'A',
  Ç: 'C', Ć: 'C', Ĉ: 'C', Ċ: 'C', Č: 'C',
  Ð: 'D', Ď: 'D', Đ: 'D',
  È: 'E', É: 'E', Ê: 'E', Ë: 'E', Ē: 'E', Ĕ: 'E', Ė: 'E', Ę: 'E', Ě: 'E',
  Ĝ: 'G', Ğ: 'G', Ġ: 'G', Ģ: 'G',
  Ĥ: 'H', Ħ: 'H',
  Ì: 'I', Í: 'I', Î: 'I', Ï: 'I', Ĩ: 'I', Ī: 'I', Ĭ: 'I', Į: 'I', İ: 'I', Ĳ: 'IJ',
  Ĵ: 'J',
  Ķ: 'K',
  Ĺ: 'L', Ļ: 'L', Ľ: 'L', Ŀ: 'L', Ł: 'L',
  Ñ: 'N', Ń: 'N', Ņ: 'N', Ň: 'N', Ŋ: 'N',
  Ò: 'O', Ó: 'O', Ô: 'O', Õ: 'O', Ö: ['O', 'OE'], Ø: 'OE', Ō: 'O', Ŏ: 'O', Ő: 'O',
  Œ: 'OE',
  Ŕ: 'R', Ŗ: 'R', Ř: 'R',
  Ś: 'S', Ŝ: 'S', Ş: 'S', Š: 'S', ẞ: 'SS',
  Ţ: 'T', Ť: 'T', Ŧ: 'T', Þ: 'TH',
  Ù: 'U', Ú: 'U', Û: 'U', Ü: ['U', 'UE'], Ũ: 'U', Ū: 'U', Ŭ: 'U', Ů: 'U', Ű: 'U',
  Ų: 'U',
  Ŵ: 'W',
  Ý: 'Y', Ŷ: 'Y', Ÿ: 'Y',
  Ź: 'Z', Ż: 'Z', Ž: 'Z',
  // Romanian letters with a comma below, which Table A lists with a cedilla.
  Ș: 'S', Ț: 'T',
};

/**
 * Table B: upper-case Cyrillic letters of Russian, Ukrainian, Belarusian,
 * Bulgarian, Serbian and Macedonian. The soft sign is dropped.
 * NOTE: Ђ, Ћ, Ѓ and Ќ are missing, so a name holding one gets no proposal, and
 * national systems (Ukrainian, Bulgarian) that differ from Doc 9303 are not applied.
 */
// prettier-ignore
const CYRILLIC: Record<string, string> = {
  А: 'A', Б: 'B', В: 'V', Г: 'G', Ґ: 'G', Д: 'D', Е: 'E', Ё: 'E', Є: 'IE',
  Ж: 'ZH', З: 'Z', Ѕ: 'DZ', И: 'I', І: 'I', Ї: 'I', Й: 'I', Ј: 'J', К: 'K',
  Л: 'L', Љ: 'LJ', М: 'M', Н: 'N', Њ: 'NJ', О: 'O', П: 'P', Р: 'R', С: 'S',
  Т: 'T', У: 'U', Ў: 'U', Ф: 'F', Х: 'KH', Ц: 'TS', Ч: 'CH', Џ: 'DZ', Ш: 'SH',
  Щ: 'SHCH', Ъ: 'IE', Ы: 'Y', Ь: '', Э: 'E', Ю: 'IU', Я: 'IA',
};

/** ELOT 743: upper-case Greek letters, with and without tonos or dialytika. */
// prettier-ignore
const GREEK: Record<string, string> = {
  Α: 'A', Ά: 'A', Β: 'V', Γ: 'G', Δ: 'D', Ε: 'E', Έ: 'E', Ζ: 'Z', Η: 'I', Ή: 'I',
  Θ: 'TH', Ι: 'I', Ί: 'I', Ϊ: 'I', Κ: 'K', Λ: 'L', Μ: 'M', Ν: 'N', Ξ: 'X',
  Ο: 'O', Ό: 'O', Π: 'P', Ρ: 'R', Σ: 'S', Τ: 'T', Υ: 'Y', Ύ: 'Y', Ϋ: 'Y',
  Φ: 'F', Χ: 'CH', Ψ: 'PS', Ω: 'O', Ώ: 'O',
};

/** ELOT 743 pairs written as one sound: ΟΥ as OU, and Γ before a velar as N. */
// prettier-ignore
const GREEK_PAIRS: Record<string, string> = {
  ΟΥ: 'OU', ΟΎ: 'OU', ΓΓ: 'NG', ΓΞ: 'NX', ΓΧ: 'NCH',
};

/** ELOT 743: ΑΥ, ΕΥ and ΗΥ are AF, EF and IF before these letters or at a word's end, else AV, EV and IV. */
const GREEK_VOICELESS = new Set('ΘΚΞΠΣΤΦΧΨ');
const GREEK_U_VOWELS: Record<string, string> = { Α: 'A', Ά: 'A', Ε: 'E', Έ: 'E', Η: 'I', Ή: 'I' };

/** Style of Table A's spelling for the letters that have several. */
export type SpellingStyle = 'plain' | 'expanded';

/** Characters a Latin-only control takes as they are. */
const KEPT = /^[A-Za-z0-9 '\-.,/()]$/;

function latinOf(upper: string, style: SpellingStyle): string | undefined {
  const entry = LATIN[upper];
  if (entry === undefined) return undefined;
  if (typeof entry === 'string') return entry;
  return style === 'plain' ? entry[0] : entry[entry.length - 1];
}

/** Returns the Latin form of the Greek letter at `index`, with how many letters it used. */
function greekAt(chars: string[], index: number): [string, number] | undefined {
  const upper = chars[index].toUpperCase();
  const next = chars[index + 1]?.toUpperCase();
  if (next !== undefined && GREEK_PAIRS[upper + next] !== undefined) {
    return [GREEK_PAIRS[upper + next], 2];
  }

  const vowel = GREEK_U_VOWELS[upper];
  if (vowel && (next === 'Υ' || next === 'Ύ')) {
    const after = chars[index + 2]?.toUpperCase();
    const voiceless = after === undefined || !/\p{L}/u.test(after) || GREEK_VOICELESS.has(after);
    return [vowel + (voiceless ? 'F' : 'V'), 2];
  }
  // The final sigma ς has Σ as its upper case.
  const letter = GREEK[upper];
  return letter === undefined ? undefined : [letter, 1];
}

/** Returns the Latin form of the character at `index`, with how many characters it used. */
function latinAt(
  chars: string[],
  index: number,
  style: SpellingStyle,
): [string, number] | undefined {
  const char = chars[index];
  if (KEPT.test(char)) return [char, 1];
  // A combining mark left after NFC composition is a diacritic the Latin form drops.
  if (/^\p{M}$/u.test(char)) return ['', 1];

  const upper = char.toUpperCase();
  // ß has SS as its upper case, and the dotless ı has I.
  if (/^[A-Z]+$/.test(upper)) return [upper, 1];
  const latin = latinOf(upper, style) ?? CYRILLIC[upper];
  if (latin !== undefined) return [latin, 1];
  return greekAt(chars, index);
}

function isLowerCase(char: string | undefined): boolean {
  return char !== undefined && char !== char.toUpperCase() && char === char.toLowerCase();
}

/** Writes a Latin form in the case of its source: "Zh" in "Zhanna", "ZH" in "ZHANNA". */
function inCaseOf(latin: string, source: string[], index: number, used: number): string {
  if (isLowerCase(source[index])) return latin.toLowerCase();
  if (latin.length < 2) return latin;

  // The letter after a capital distinguishes a capitalised word from an upper-case one.
  const next = used > 1 ? source[index + 1] : source[index + used];
  return isLowerCase(next) ? latin[0] + latin.slice(1).toLowerCase() : latin;
}

/**
 * Transliterates a text into Latin letters, keeping digits, spaces and the
 * punctuation of names, and the case of each letter. Returns undefined when
 * a character has no entry in the tables, such as an Arabic letter.
 */
export function transliterate(text: string, style: SpellingStyle = 'plain'): string | undefined {
  const chars = [...text.normalize('NFC')];
  let result = '';
  let index = 0;
  while (index < chars.length) {
    const found = latinAt(chars, index, style);
    if (!found) return undefined;
    const [latin, used] = found;
    result += inCaseOf(latin, chars, index, used);
    index += used;
  }
  return result;
}

/**
 * Returns the distinct Latin spellings of a text: the plain one first, then
 * the one with Doc 9303's expanded forms (AE, AA, OE, UE) when the text has
 * a letter that takes one. Returns an empty list when a character cannot be
 * transliterated.
 */
export function latinSpellings(text: string): string[] {
  const plain = transliterate(text, 'plain');
  if (plain === undefined) return [];
  const expanded = transliterate(text, 'expanded');
  return expanded === undefined || expanded === plain ? [plain] : [plain, expanded];
}

/** Tells whether a text contains a letter outside the basic Latin alphabet. */
export function hasNonLatinLetter(text: string): boolean {
  return /[^\P{L}A-Za-z]/u.test(text);
}
