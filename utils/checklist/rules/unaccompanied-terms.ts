import { foldText } from '../fold-text';

/**
 * Phrases for "unaccompanied minor" in English, the portal languages of the
 * catalogue (it, lv, mt, bg, pt, de, fr, es) and nl, ro and pl, matched against
 * folded text. Each pattern allows the usual singular, plural and case endings.
 */
const UNACCOMPANIED_MINOR_PATTERNS: readonly RegExp[] = [
  /unaccompanied (?:minor|child)/u, // en
  /minor[ei] (?:stranier[oi] )?non accompagnat[oi]/u, // it
  /nepavadit\p{L}* nepilngadig/u, // lv
  /minuri mhux akkumpanjat/u, // mt
  /непридружен\p{L}* непълнолет/u, // bg
  /menor(?:es)? nao acompanhad/u, // pt
  /unbegleitet\p{L}* minderjahrig/u, // de
  /mineurs? (?:isoles? )?non accompagne/u, // fr
  /menor(?:es)? (?:extranjer[oa]s? )?no acompanad/u, // es
  /alleenstaande minderjarige/u, // nl
  /minor\p{L}* neinsotit/u, // ro
  /ma[lł]oletn\p{L}* (?:cudzoziem\p{L}* )?bez opieki/u, // pl
];

/** Tells whether a text names an unaccompanied minor in one of the known languages. */
export function mentionsUnaccompaniedMinor(text: string): boolean {
  const folded = foldText(text);
  return UNACCOMPANIED_MINOR_PATTERNS.some((pattern) => pattern.test(folded));
}
