/** Section context decides look-alikes: the child's name or a guardian's, parent's or centre's. */
import { describe, expect, test } from 'vitest';
import { scanDocument } from '../../utils/detect';
import { fieldAt, fieldIdAt, loadMarkup } from './detect-helpers';

const ITALIAN_SECTIONS = `
<html lang="it"><body><form>
  <fieldset><legend>Dati del minore</legend>
    <label for="c">Cognome</label><input id="c">
    <label for="n">Nome</label><input id="n">
    <label for="t">Telefono</label><input id="t" type="tel">
  </fieldset>
  <fieldset><legend>Tutore</legend>
    <label for="tc">Cognome</label><input id="tc">
    <label for="tt">Telefono</label><input id="tt" type="tel">
    <label for="ts">Stato</label><select id="ts"><option value="1">Nominato</option>
      <option value="2">Non ancora nominato</option></select>
    <label for="td">Data di nascita</label><input id="td" type="date">
  </fieldset>
  <h3>Centro di accoglienza</h3>
  <p><label for="cn">Nome</label><input id="cn"></p>
  <p><label for="ca">Indirizzo</label><input id="ca"></p>
  <p><label for="cp">Telefono (24h)</label><input id="cp"></p>
  <p><label for="cl">Data di allontanamento</label><input id="cl" type="datetime-local"></p>
  <h3>Genitori</h3>
  <p><label for="fp">Nome del padre</label><input id="fp"></p>
  <p><label for="fm">Nome della madre</label><input id="fm"></p>
</form></body></html>`;

describe('Italian sections', () => {
  const result = () => scanDocument(loadMarkup(ITALIAN_SECTIONS));

  test.each([
    ['#c', 'surname'],
    ['#n', 'forenames'],
    ['#t', 'phone_numbers'],
    ['#tc', 'guardian_name'],
    ['#tt', 'guardian_contact'],
    ['#ts', 'guardian_status'],
    ['#cn', 'care_centre_name'],
    ['#ca', 'care_centre_address'],
    ['#cp', 'care_centre_phone'],
    ['#cl', 'left_care_at'],
    ['#fp', 'father_name'],
    ['#fm', 'mother_name'],
  ])('%s is %s', (selector, fieldId) => {
    expect(fieldIdAt(result(), selector)).toBe(fieldId);
  });

  test('guardian date of birth is not the child one', () => {
    expect(fieldIdAt(result(), '#td')).toBe('unclassified');
  });

  test('child surname is not ambiguous', () => {
    expect(fieldAt(result(), '#c')?.ambiguousWith).toBeUndefined();
  });
});

const ENGLISH_SECTIONS = `
<html lang="en"><body><form>
  <section aria-label="Missing child">
    <label for="nm">Name</label><input id="nm">
    <label for="ph">Phone</label><input id="ph">
  </section>
  <div role="group" aria-labelledby="gh"><span id="gh">Legal guardian</span>
    <label for="gn">Name</label><input id="gn">
    <label for="ge">E-mail</label><input id="ge" type="email">
  </div>
  <p>Father: <label for="fa">Full name</label> <input id="fa"></p>
  <p><label for="mo">Mother's name</label> <input id="mo"></p>
  <p><label for="cw">Key worker at the centre</label> <input id="cw"></p>
  <p><label for="rb">Reported by</label> <input id="rb"></p>
</form></body></html>`;

describe('English sections', () => {
  const result = () => scanDocument(loadMarkup(ENGLISH_SECTIONS));

  test.each([
    ['#nm', 'surname'],
    ['#ph', 'phone_numbers'],
    ['#gn', 'guardian_name'],
    ['#ge', 'guardian_contact'],
    ['#fa', 'father_name'],
    ['#mo', 'mother_name'],
    ['#cw', 'case_worker'],
    ['#rb', 'reported_by'],
  ])('%s is %s', (selector, fieldId) => {
    expect(fieldIdAt(result(), selector)).toBe(fieldId);
  });
});

const GERMAN_TABLE_SECTIONS = `
<html lang="de"><body><form><table>
  <tr><th colspan="2">Angaben zum Kind</th></tr>
  <tr><td>Name</td><td><input id="kn"></td></tr>
  <tr><td>Vorname</td><td><input id="kv"></td></tr>
  <tr><th colspan="2">Vormund</th></tr>
  <tr><td>Name</td><td><input id="vn"></td></tr>
  <tr><td>Telefon</td><td><input id="vt"></td></tr>
  <tr><th colspan="2">Aufnahmeeinrichtung</th></tr>
  <tr><td>Bezeichnung</td><td><input id="eb"></td></tr>
  <tr><td>Anschrift</td><td><input id="ea"></td></tr>
  <tr><td>Telefon (24 Std.)</td><td><input id="et"></td></tr>
  <tr><td>Name des Vaters</td><td><input id="va"></td></tr>
</table></form></body></html>`;

describe('German table sections', () => {
  const result = () => scanDocument(loadMarkup(GERMAN_TABLE_SECTIONS));

  test.each([
    ['#kn', 'surname'],
    ['#kv', 'forenames'],
    ['#vn', 'guardian_name'],
    ['#vt', 'guardian_contact'],
    ['#eb', 'care_centre_name'],
    ['#ea', 'care_centre_address'],
    ['#et', 'care_centre_phone'],
    ['#va', 'father_name'],
  ])('%s is %s', (selector, fieldId) => {
    expect(fieldIdAt(result(), selector)).toBe(fieldId);
  });

  test('section row is no label of a labelled row', () => {
    const sources = fieldAt(result(), '#vn')?.evidence.map((item) => item.source) ?? [];
    expect(sources).not.toContain('table-above');
  });
});

const REPEATED_QUESTION = `
<form>
  <p><label for="a">Cognome</label><input id="a"></p>
  <div class="box-title">Dati anagrafici (seconda persona)</div>
  <p><label for="b">Cognome</label><input id="b"></p>
</form>`;

describe('same label twice', () => {
  test('both controls are flagged', () => {
    const result = scanDocument(loadMarkup(REPEATED_QUESTION));
    expect(fieldAt(result, '#a')?.ambiguousWith).toEqual(['surname']);
    expect(fieldAt(result, '#b')?.ambiguousWith).toEqual(['surname']);
  });
});
