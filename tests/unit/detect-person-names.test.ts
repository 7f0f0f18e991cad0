/**
 * Names of persons other than the child asked in a surname and a forename box.
 */
import { describe, expect, test } from 'vitest';
import { fieldAt, scanMarkup } from './detect-helpers';

describe("another person's name in two boxes", () => {
  test.each([
    ['it', 'Tutore volontario', 'Cognome', 'Nome', 'guardian_name'],
    ['pl', 'Opiekun prawny', 'Nazwisko', 'Imię', 'guardian_name'],
    ['fr', 'Tuteur', 'Nom', 'Prénom', 'guardian_name'],
    ['de', 'Vormund', 'Name', 'Vorname', 'guardian_name'],
    ['en', 'Father', 'Surname', 'Forename', 'father_name'],
  ])('%s: %s, %s and %s are one field', (lang, section, surname, forename, fieldId) => {
    const page = `<html lang="${lang}"><body><fieldset><legend>${section}</legend>
      <div class="row"><div class="col"><label for="a">${surname}</label><input id="a"></div>
      <div class="col"><label for="b">${forename}</label><input id="b"></div></div>
    </fieldset></body></html>`;
    const field = fieldAt(scanMarkup(page), '#a');
    expect(field?.fieldId).toBe(fieldId);
    expect(field?.selectors).toEqual(['#a', '#b']);
  });

  test("the father's and the mother's names stay apart", () => {
    const page = `<html lang="it"><body>
      <fieldset><legend>Padre</legend><label for="pc">Cognome</label><input id="pc"></fieldset>
      <fieldset><legend>Madre</legend><label for="mn">Nome</label><input id="mn"></fieldset>
    </body></html>`;
    const result = scanMarkup(page);
    expect(fieldAt(result, '#pc')?.selectors).toEqual(['#pc']);
    expect(fieldAt(result, '#mn')?.selectors).toEqual(['#mn']);
  });

  test("the child's surname and forenames stay two fields", () => {
    const page = `<html lang="it"><body><fieldset><legend>Dati del minore</legend>
      <label for="c">Cognome</label><input id="c"><label for="n">Nome</label><input id="n">
    </fieldset></body></html>`;
    const result = scanMarkup(page);
    expect(fieldAt(result, '#c')?.fieldId).toBe('surname');
    expect(fieldAt(result, '#n')?.fieldId).toBe('forenames');
  });
});

describe("a parent's maiden name", () => {
  test('stays apart from the first name', () => {
    const page = `<html lang="pl"><body><fieldset><legend>Rodzice</legend>
      <label for="im">Imię matki</label><input id="im">
      <label for="nr">Nazwisko rodowe matki</label><input id="nr">
    </fieldset></body></html>`;
    expect(fieldAt(scanMarkup(page), '#im')?.selectors).toEqual(['#im']);
  });
});
