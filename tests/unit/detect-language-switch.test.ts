/**
 * A select that switches the page's language is no field: it lists languages
 * by code or in their own names and has one chosen. So is a select widget's
 * read-only face in the page header that shows the page's language. A field
 * of languages spoken with the same label stays a field.
 */
import { describe, expect, test } from 'vitest';
import { scanDocument } from '../../utils/detect';
import { languageListing } from '../../utils/detect/options';
import type { OptionInfo } from '../../utils/messaging/page-model';
import { fieldIdAt, loadMarkup } from './detect-helpers';

function options(...texts: string[]): OptionInfo[] {
  return texts.map((text) => ({ value: text.toLowerCase(), text }));
}

/** Returns the field id at a selector, "unclassified" or "missing" when not reported. */
function scanAt(html: string, selector: string): string {
  return fieldIdAt(scanDocument(loadMarkup(html)), selector);
}

describe('languageListing', () => {
  test('own names', () => {
    expect(languageListing(options('Français', 'Nederlands', 'Deutsch'))).toBe('own-names');
  });

  test('codes in upper case', () => {
    expect(languageListing(options('BG', 'EN'))).toBe('codes');
  });

  test('regional codes', () => {
    expect(languageListing(options('fr-BE', 'nl-BE'))).toBe('codes');
  });

  test('names in the page language', () => {
    expect(languageListing(options('Arabo', 'Inglese', 'Francese'))).toBeUndefined();
  });

  test('one language', () => {
    expect(languageListing(options('English'))).toBeUndefined();
  });

  test('countries', () => {
    expect(languageListing(options('Eritrea', 'Somalia', 'Afghanistan'))).toBeUndefined();
  });
});

describe('language switch', () => {
  test('codes in the page header', () => {
    const page = `
<html lang="fr"><body>
<header><select id="langue" aria-label="Langue">
  <option value="fr" selected>FR</option><option value="nl">NL</option><option value="de">DE</option>
</select></header>
<form><label for="nom">Nom</label><input id="nom"></form>
</body></html>`;
    expect(scanAt(page, '#langue')).toBe('missing');
    expect(scanAt(page, '#nom')).toBe('surname');
  });

  test('codes in a navigation role', () => {
    const page = `
<html lang="bg"><body>
<div role="navigation"><select id="ezik" title="Език">
  <option value="bg">BG</option><option value="en">EN</option>
</select></div>
<form><label for="egn">ЕГН</label><input id="egn"></form>
</body></html>`;
    expect(scanAt(page, '#ezik')).toBe('missing');
  });

  test('own names inside the form', () => {
    const page = `
<html lang="de"><body><form>
<div class="kopf"><select name="ctl00$Kopf$ddlSprache" id="sprache">
  <option value="de">Deutsch</option><option value="fr">Français</option>
  <option value="it">Italiano</option>
</select></div>
<label for="vorname">Vorname</label><input id="vorname">
</form></body></html>`;
    expect(scanAt(page, '#sprache')).toBe('missing');
  });

  test('codes that post back on change', () => {
    const page = `
<html><body><form>
<label for="jezyk">Język</label>
<select id="jezyk" onchange="__doPostBack('jezyk','')">
  <option value="pl">PL</option><option value="en">EN</option>
</select>
</form></body></html>`;
    expect(scanAt(page, '#jezyk')).toBe('missing');
  });

  test('codes with the page language chosen', () => {
    const page = `
<html lang="es"><body><form>
<label for="idioma">Idioma</label>
<select id="idioma"><option value="es">ES</option><option value="en">EN</option></select>
</form></body></html>`;
    expect(scanAt(page, '#idioma')).toBe('missing');
  });
});

describe('select widget face as language switch', () => {
  test('page language code in the header', () => {
    const page = `
<html lang="lv"><body>
<header><input id="valoda" type="text" role="combobox" readonly value="LV"
  aria-label="Saskarnes valoda"></header>
<form><label for="vards">Vārds</label><input id="vards"></form>
</body></html>`;
    expect(scanAt(page, '#valoda')).toBe('missing');
  });

  test('own name in the header', () => {
    const page = `
<html lang="pl"><body>
<header role="banner"><input id="jezyk" type="text" readonly value="Polski"
  aria-label="Język interfejsu"></header>
</body></html>`;
    expect(scanAt(page, '#jezyk')).toBe('missing');
  });

  test('other language code stays a field', () => {
    const page = `
<html lang="fr"><body>
<header><input id="langue" type="text" readonly value="EN" aria-label="Langue"></header>
</body></html>`;
    expect(scanAt(page, '#langue')).toBe('languages');
  });

  test('editable box stays a field', () => {
    const page = `
<html lang="fr"><body>
<header><input id="langue" type="text" value="FR" aria-label="Langue"></header>
</body></html>`;
    expect(scanAt(page, '#langue')).toBe('languages');
  });

  test('read-only box in the form stays a field', () => {
    const page = `
<html lang="fr"><body><form>
<label for="langues">Langue(s) parlée(s)</label><input id="langues" readonly value="FR">
</form></body></html>`;
    expect(scanAt(page, '#langues')).toBe('languages');
  });
});

describe('languages spoken stay a field', () => {
  test('names in the page language', () => {
    const page = `
<html lang="it"><body><form>
<label for="lingua">Lingua madre</label>
<select id="lingua"><option value="">-- seleziona --</option>
  <option value="ara">Arabo</option><option value="eng">Inglese</option>
  <option value="fra">Francese</option></select>
</form></body></html>`;
    expect(scanAt(page, '#lingua')).toBe('languages');
  });

  test('codes behind a prompt', () => {
    const page = `
<html lang="lv"><body><form>
<label for="valoda">Valoda</label>
<select id="valoda"><option value="">-- izvēlieties --</option>
  <option value="en">EN</option><option value="ru">RU</option></select>
</form></body></html>`;
    expect(scanAt(page, '#valoda')).toBe('languages');
  });

  test('several languages chosen', () => {
    const page = `
<html lang="pt"><body><form>
<label for="linguas">Línguas que fala</label>
<select id="linguas" multiple><option value="pt" selected>PT</option>
  <option value="en">EN</option></select>
</form></body></html>`;
    expect(scanAt(page, '#linguas')).toBe('languages');
  });

  test('text box in the header', () => {
    const page = `
<html lang="en"><body>
<header><label for="spoken">Languages spoken</label><input id="spoken"></header>
</body></html>`;
    expect(scanAt(page, '#spoken')).toBe('languages');
  });
});
