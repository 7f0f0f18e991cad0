/**
 * A page's language switch: a select, a select widget's face or a radio group
 * that changes the page rather than holding a field.
 */
import type { ScannedUnit } from './frame-scan';
import { OWN_SCRIPT_CODES } from './option-vocabulary';
import { isPromptOption, languageListing, languageNaming } from './options';

/** Maximum options of a page's language switch. A longer list belongs to a field. */
const MAX_SWITCH_OPTIONS = 40;

/**
 * Tells whether a select switches the page's language rather than holding a
 * field. All its options are languages and one of them is chosen. Besides,
 * the options name each language in that language ("Italiano", "Deutsch"),
 * or the select sits in the page's header or navigation, loads a page on
 * change, or has the page's own language chosen. A field of languages spoken
 * starts empty and names the languages in the portal's language.
 */
export function switchesPageLanguage(unit: ScannedUnit): boolean {
  const { info, select } = unit;
  if (info.kind === 'radio-group') return choosesPageLanguage(unit);
  if (info.kind === 'text') return showsPageLanguage(unit);
  if (!select || info.kind !== 'select') return false;
  const options = info.options ?? [];
  if (options.length > MAX_SWITCH_OPTIONS) return false;

  const listing = languageListing(options);
  // A single select shows its first option until one is chosen.
  const chosen = options[Math.max(0, select.selectedIndex)];
  if (!listing || !chosen || isPromptOption(chosen)) return false;
  if (listing === 'own-names' || select.inPageChrome) return true;
  if (select.changeNavigates) return true;

  const pageLanguage = primaryLanguage(info.lang ?? '');
  if (!pageLanguage) return false;
  return [chosen.value, chosen.text].some((text) => primaryLanguage(text) === pageLanguage);
}

/**
 * Tells whether a radio group, such as a row of toggle buttons "Polski |
 * English", switches the page's language. All its options are languages and
 * one is chosen. The options name each language in that language, or the
 * chosen one is the page's own language.
 */
function choosesPageLanguage(unit: ScannedUnit): boolean {
  const options = unit.info.options ?? [];
  const listing = languageListing(options);
  const chosen = unit.value.kind === 'options' ? unit.value.selected[0] : undefined;
  if (!listing || !chosen) return false;
  if (listing === 'own-names') return true;

  const pageLanguage = primaryLanguage(unit.info.lang ?? '');
  if (!pageLanguage) return false;
  return [chosen.value, chosen.text].some((text) => primaryLanguage(text) === pageLanguage);
}

/**
 * Tells whether a read-only text box in the page's header or navigation, the
 * face of a select widget ("FR ▾"), shows the page's language: its own name,
 * or its code when that is the page's language. A field of languages spoken
 * sits in the form and takes the officer's input, so it is not read-only.
 */
function showsPageLanguage(unit: ScannedUnit): boolean {
  const { info, select, value } = unit;
  if (!select?.inPageChrome || info.state !== 'readonly' || value.kind !== 'text') return false;
  const naming = languageNaming(value.text);
  if (naming === 'own-names') return true;
  if (naming !== 'codes') return false;

  const pageLanguage = primaryLanguage(info.lang ?? '');
  return pageLanguage !== '' && primaryLanguage(value.text) === pageLanguage;
}

/** Returns the primary language subtag of a language tag: "pt" of "pt-PT", "bg" of "БГ". */
function primaryLanguage(tag: string): string {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return Object.hasOwn(OWN_SCRIPT_CODES, primary) ? OWN_SCRIPT_CODES[primary] : primary;
}
