import { t } from '../../i18n';
import { fieldName } from '../messages';
import type { Rule } from '../types';
import { readText, readTexts } from '../values';

/** SIS name fields, which hold the ICAO Latin form of a name. */
const NAME_FIELDS = ['surname', 'forenames', 'name_at_birth'] as const;

// A letter of any script but Latin. Latin letters with diacritics pass.
const NON_LATIN_LETTER = /(?=\p{L})\P{Script=Latin}/u;

/**
 * A name in a non-Latin script needs its ICAO Latin form in the name field, and
 * the original spelling kept as an alias (SIRENE Manual, not checked here).
 */
export const namesLatinForm: Rule = {
  id: 'names_latin_form',
  defaultSeverity: 'warning',
  fields: [...NAME_FIELDS, 'aliases'],
  check({ values }) {
    const aliases = new Set(readTexts(values, 'aliases').map((alias) => alias.normalize('NFC')));
    const messages: string[] = [];
    const fields: string[] = [];

    for (const fieldId of NAME_FIELDS) {
      const name = readText(values, fieldId);
      if (!name || !NON_LATIN_LETTER.test(name)) continue;
      const key = aliases.has(name.normalize('NFC'))
        ? 'rule_names_latin_form_fail_alias_kept'
        : 'rule_names_latin_form_fail';
      messages.push(t(key, [fieldName(fieldId), fieldName('aliases')]));
      fields.push(fieldId);
    }

    // NOTE: once the officer enters the Latin form, nothing in the values shows
    // that the name was transliterated, so a missing original alias goes unseen.
    if (messages.length === 0) return { pass: true };
    return { pass: false, message: messages.join(' '), fields: [...fields, 'aliases'] };
  },
};
