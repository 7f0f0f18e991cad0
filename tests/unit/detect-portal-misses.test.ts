/**
 * Kinds of controls that unseen portals used to mislabel. The cases: places
 * asked with a final preposition, table captions as context, and a specific
 * label against a generic column header. Then controls that contain no field
 * (search boxes, the officer's own number), a date and a time in two text
 * boxes, and format hints.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { fieldAt, fieldIdAt, scanMarkup } from './detect-helpers';

/** Reads a file of the repository; vitest runs from the repository root. */
function readFixture(file: string): string {
  return readFileSync(path.resolve(process.cwd(), file), 'utf8');
}

/** Returns whether any reported field or unclassified control has this first selector. */
function isReported(html: string, selector: string): boolean {
  const result = scanMarkup(html);
  const all = [...result.fields, ...result.unclassified];
  return all.some((control) => control.selectors[0] === selector);
}

describe('label ending in a place preposition', () => {
  const page = `
<html lang="de"><body><form>
  <fieldset><legend>Vermisst seit</legend>
    <label for="am">Zuletzt gesehen am</label><input id="am" type="datetime-local">
    <label for="in">Zuletzt gesehen in</label><input id="in">
  </fieldset>
</form></body></html>`;

  test('German "in" is the place', () => {
    expect(fieldIdAt(scanMarkup(page), '#in')).toBe('last_seen_place');
  });

  test('German "in" is not ambiguous', () => {
    expect(fieldAt(scanMarkup(page), '#in')?.ambiguousWith).toBeUndefined();
  });

  test('German "am" stays the time', () => {
    expect(fieldIdAt(scanMarkup(page), '#am')).toBe('last_seen_at');
  });

  test('French "à" is the place', () => {
    const french = `<html lang="fr"><body><form>
      <label for="ou">Vu pour la dernière fois à</label><input id="ou">
    </form></body></html>`;
    expect(fieldIdAt(scanMarkup(french), '#ou')).toBe('last_seen_place');
  });
});

describe('place label after a last-seen date', () => {
  test('Spanish Lugar after date and time', () => {
    const page = `<html lang="es"><body><form><div class="grid">
      <div><label for="f">Visto por última vez</label><input type="date" id="f"></div>
      <div><input type="time" id="h" placeholder="hh:mm"></div>
      <div><label for="l">Lugar</label><input id="l"></div>
    </div></form></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#l')).toBe('last_seen_place');
  });

  test('German Ort with examples', () => {
    const page = `<html lang="de"><body><form>
      <label for="d">Zuletzt gesehen</label><input id="d" placeholder="TT.MM.JJJJ">
      <label for="o">Ort (Straße, Bahnhof, Stadt)</label><input id="o">
    </form></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#o')).toBe('last_seen_place');
  });

  test('French Lieu after a date ending in "le"', () => {
    const page = `<html lang="fr"><body><form>
      <div><label for="d">Vu(e) pour la dernière fois le</label><input id="d" type="date"></div>
      <div><input id="h" type="time"></div>
      <div><label for="l">Lieu (adresse, gare, commune)</label><input id="l"></div>
    </form></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#l')).toBe('last_seen_place');
  });

  test('Ort after another date stays unclassified', () => {
    const page = `<html lang="de"><body><form>
      <label for="d">Datum der Anzeige</label><input id="d" placeholder="TT.MM.JJJJ">
      <label for="o">Ort</label><input id="o">
    </form></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#o')).not.toBe('last_seen_place');
  });
});

describe('plural labels', () => {
  test('French Nationalité(s)', () => {
    const page = `<html lang="fr"><body><form>
      <label for="n">Nationalité(s)</label><input id="n">
    </form></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#n')).toBe('nationalities');
  });

  test('Spanish Nacionalidades', () => {
    const page = `<html lang="es"><body><form>
      <label for="n">Nacionalidades</label><input id="n">
    </form></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#n')).toBe('nationalities');
  });
});

describe('table caption as context', () => {
  const page = `
<html lang="it"><body><form>
  <table><caption>Scomparsa</caption>
    <tr><th>Visto l'ultima volta</th><th>Luogo</th></tr>
    <tr><td><input id="quando" placeholder="gg/mm/aaaa hh:mm"></td><td><input id="dove"></td></tr>
  </table>
  <table><caption>Dati del tutore</caption>
    <tr><th>Cognome</th></tr>
    <tr><td><input id="tutore"></td></tr>
  </table>
</form></body></html>`;

  test('Luogo under Scomparsa is the last seen place', () => {
    expect(fieldIdAt(scanMarkup(page), '#dove')).toBe('last_seen_place');
  });

  test('column beside it stays the last seen time', () => {
    expect(fieldIdAt(scanMarkup(page), '#quando')).toBe('last_seen_at');
  });

  test('Cognome under the guardian caption is the guardian', () => {
    expect(fieldIdAt(scanMarkup(page), '#tutore')).toBe('guardian_name');
  });
});

describe('specific label over a column header', () => {
  const page = `
<html lang="it"><body><form>
  <table><caption>Accoglienza e tutela</caption>
    <tr><th>Centro di accoglienza</th><th>Telefono</th></tr>
    <tr>
      <td><input id="centro" name="centro"></td>
      <td><input id="tel" name="centro_tel"
        aria-label="Telefono del centro di accoglienza (h24)"></td>
    </tr>
  </table>
</form></body></html>`;

  test('aria-label makes it the centre phone', () => {
    expect(fieldIdAt(scanMarkup(page), '#tel')).toBe('care_centre_phone');
  });

  test('centre phone is not ambiguous', () => {
    expect(fieldAt(scanMarkup(page), '#tel')?.ambiguousWith).toBeUndefined();
  });

  test('label of a name beats the header Nome', () => {
    const parents = `<html lang="it"><body><form><table>
      <tr><th>Nome</th></tr>
      <tr><td><input id="padre" aria-label="Nome del padre"></td></tr>
    </table></form></body></html>`;
    expect(fieldIdAt(scanMarkup(parents), '#padre')).toBe('father_name');
  });
});

describe('officer and service controls', () => {
  const page = `
<html lang="it"><body><form>
  <table><caption>Dati di servizio</caption>
    <tr><th>Codice operatore</th><th>Data inserimento</th></tr>
    <tr>
      <td><input id="operatore" name="operatore" value="OP-1" readonly></td>
      <td><input id="inserimento" name="data_inserimento" value="01/02/2026" readonly></td>
    </tr>
  </table>
  <table><tr>
    <td>Operatore (matricola)</td>
    <td><input id="matricola" name="ctl00$Main$txtMatricola" value="4471" readonly></td>
  </tr></table>
  <h2>Centro di accoglienza</h2>
  <p><label for="riferimento">Operatore di riferimento</label><input id="riferimento"></p>
  <p><label for="operatrice">Operatrice</label><input id="operatrice"></p>
</form></body></html>`;

  test('Codice operatore is no field', () => {
    expect(fieldIdAt(scanMarkup(page), '#operatore')).toBe('unclassified');
  });

  test('Data inserimento is no field', () => {
    expect(fieldIdAt(scanMarkup(page), '#inserimento')).toBe('unclassified');
  });

  test('Operatore (matricola) is no field', () => {
    expect(fieldIdAt(scanMarkup(page), '#matricola')).toBe('unclassified');
  });

  test('Operatore di riferimento is the case worker', () => {
    expect(fieldIdAt(scanMarkup(page), '#riferimento')).toBe('case_worker');
  });

  test('staff under a centre heading is the case worker', () => {
    expect(fieldIdAt(scanMarkup(page), '#operatrice')).toBe('case_worker');
  });

  test('internal remarks are no field', () => {
    const remarks = `<html lang="de"><body><form>
      <label for="b">Interne Bemerkung zum Vormund</label><textarea id="b"></textarea>
    </form></body></html>`;
    expect(fieldIdAt(scanMarkup(remarks), '#b')).toBe('unclassified');
  });
});

describe('search boxes', () => {
  test('search input is skipped', () => {
    const page = `<html lang="de"><body>
      <label>Schnellsuche <input type="search" id="q" name="q" placeholder="Aktenzeichen"></label>
      <form><label for="a">Aktenzeichen</label><input id="a"></form>
    </body></html>`;
    expect(isReported(page, '#q')).toBe(false);
  });

  test('search combobox is kept', () => {
    const page = `<html lang="en"><body><form>
      <label for="c">Nationality</label><input type="search" role="combobox" id="c">
    </form></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#c')).toBe('nationalities');
  });

  test('search landmark is skipped', () => {
    const page = `<html lang="en"><body>
      <div role="search"><label for="s">Case number</label><input id="s"></div>
      <form><label for="n">Case number</label><input id="n"></form>
    </body></html>`;
    expect(isReported(page, '#s')).toBe(false);
  });

  test('search label makes no field', () => {
    const page = `<html lang="it"><body><table><tr>
      <td><a href="#">Home</a><a href="#">Nuova</a><a href="#">Elenco</a>
        <div><b>Ricerca rapida</b><br><input id="r" name="txtRicercaRapida"></div></td>
      <td><form><table><tr><td>N. fascicolo</td><td><input id="f"></td></tr></table></form></td>
    </tr></table></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#r')).toBe('unclassified');
  });

  test('menu cell takes no breadcrumb label', () => {
    const page = `<html lang="it"><body><table>
      <tr><td colspan="2">Home &gt; Scomparsa</td></tr>
      <tr>
        <td><a href="#">Home</a><a href="#">Nuova</a><a href="#">Elenco</a>
          <div><input id="menu" name="q1"></div></td>
        <td><form><label for="c">Cognome</label><input id="c"></form></td>
      </tr>
    </table></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#menu')).toBe('unclassified');
  });
});

describe('date and time in two text boxes', () => {
  const page = `
<html lang="it"><body><form><table><tr>
  <td>Data/ora allontanamento</td>
  <td>
    <input name="ctl00$Main$dtAllontanamento$txtData" id="data" size="10" maxlength="10">
    <input name="ctl00$Main$dtAllontanamento$txtOra" id="ora" size="5" maxlength="5">
    <span>gg/mm/aaaa hh:mm</span>
  </td>
</tr></table></form></body></html>`;

  test('pair is the time the child left care', () => {
    expect(fieldIdAt(scanMarkup(page), '#data')).toBe('left_care_at');
  });

  test('pair is not ambiguous', () => {
    expect(fieldAt(scanMarkup(page), '#data')?.ambiguousWith).toBeUndefined();
  });

  test('pair lists both selectors', () => {
    expect(fieldAt(scanMarkup(page), '#data')?.selectors).toEqual(['#data', '#ora']);
  });

  test('pair has roles date and time', () => {
    expect(fieldAt(scanMarkup(page), '#data')?.roles).toEqual(['date', 'time']);
  });

  test('date part takes the date mask', () => {
    const controls = fieldAt(scanMarkup(page), '#data')?.controls ?? [];
    expect(controls[0]?.hint).toBe('gg/mm/aaaa');
  });

  test('time part keeps its own hint', () => {
    const controls = fieldAt(scanMarkup(page), '#data')?.controls ?? [];
    expect(controls[1]?.hint).toBe('gg/mm/aaaa hh:mm');
  });

  test('time of another question is not joined', () => {
    const other = `<html lang="de"><body><form>
      <p><label for="g">Geburtsdatum</label><input id="g" type="date">
      <label for="u">Uhrzeit der Meldung</label><input id="u" type="time"></p>
    </form></body></html>`;
    expect(fieldAt(scanMarkup(other), '#g')?.selectors).toEqual(['#g']);
  });
});

describe('declared dates', () => {
  test('Altre date dichiarate are declared dates of birth', () => {
    const page = `<html lang="it"><body><form><table><tr>
      <td>Altre date dichiarate</td><td><input id="altre"></td>
    </tr></table></form></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#altre')).toBe('declared_dates_of_birth');
  });
});

describe('page title heading', () => {
  const page = `<html lang="it"><body>
    <h1>Nuova segnalazione di persona scomparsa</h1>
    <form><p><label for="d">Data</label><input id="d"></p>
    <h2>Scomparsa</h2>
    <p><label for="s">Data</label><input id="s"></p></form>
  </body></html>`;

  test('h1 completes no term', () => {
    expect(fieldIdAt(scanMarkup(page), '#d')).toBe('unclassified');
  });

  test('h2 completes a term', () => {
    expect(fieldIdAt(scanMarkup(page), '#s')).toBe('last_seen_at');
  });
});

describe('format hint after a control', () => {
  const page = `<html lang="en"><head><style>.validator { display: none; }</style></head>
  <body><form><table><tr>
    <td>Date of birth:</td>
    <td><input id="dob" maxlength="10"> <span class="hint">(dd/mm/yyyy)</span>
      <span class="validator">Enter the date as dd/mm/yyyy</span></td>
  </tr></table></form></body></html>`;

  test('hint keeps the mask before a validator', () => {
    expect(fieldAt(scanMarkup(page), '#dob')?.controls[0].hint).toBe('(dd/mm/yyyy)');
  });
});

describe('choice group in a table of its own', () => {
  const page = `<html lang="it"><body><form><table><tr>
    <td>Sesso</td>
    <td><table id="rbl"><tr>
      <td><input type="radio" name="rbl" id="r0" value="1"><label for="r0">1</label></td>
      <td><input type="radio" name="rbl" id="r1" value="2"><label for="r1">2</label></td>
    </tr></table></td>
  </tr></table></form></body></html>`;

  test('cell around the table labels the group', () => {
    expect(fieldAt(scanMarkup(page), 'input[name="rbl"]')?.label).toBe('Sesso');
  });

  test('group labelled so is the sex', () => {
    expect(fieldIdAt(scanMarkup(page), 'input[name="rbl"]')).toBe('sex');
  });
});

describe('fixture portals', () => {
  const german = () => scanMarkup(readFixture('tests/fixtures/portals/de-modern.html'));
  const italian = () => scanMarkup(readFixture('tests/fixtures/portals/it-tabella.html'));
  const english = () => scanMarkup(readFixture('tests/fixtures/portals/en-aspnet.html'));
  const demo = () => scanMarkup(readFixture('cli/demo/portal.html'));

  test('de-modern Zuletzt gesehen in', () => {
    expect(fieldIdAt(german(), '#zuletzt-gesehen-ort')).toBe('last_seen_place');
  });

  test('it-tabella Luogo', () => {
    expect(fieldIdAt(italian(), '#f18')).toBe('last_seen_place');
  });

  test('it-tabella centre phone', () => {
    expect(fieldAt(italian(), '#f14')?.ambiguousWith).toBeUndefined();
  });

  test('it-tabella Codice operatore', () => {
    expect(fieldIdAt(italian(), '#f20')).toBe('unclassified');
  });

  test('en-aspnet date of birth hint', () => {
    expect(fieldAt(english(), '#ctl00_MainContent_txtDOB')?.controls[0].hint).toBe('(dd/mm/yyyy)');
  });

  test('demo Ricerca rapida', () => {
    expect(fieldIdAt(demo(), '#txtRicercaRapida')).toBe('unclassified');
  });

  test('demo Operatore (matricola)', () => {
    expect(fieldIdAt(demo(), '#ctl00_Main_txtMatricola')).toBe('unclassified');
  });

  test('demo Data/ora allontanamento', () => {
    const field = fieldAt(demo(), '#ctl00_Main_dtAllontanamento_txtData');
    expect(field?.fieldId).toBe('left_care_at');
    expect(field?.roles).toEqual(['date', 'time']);
  });

  test('demo Altre date dichiarate', () => {
    expect(fieldIdAt(demo(), '#ctl00_Main_txtAltreDate')).toBe('declared_dates_of_birth');
  });
});

describe('labels of the issuing unit, the reason, the reporter and the register', () => {
  test.each([
    ['en', 'Issuing unit', 'issuing_authority'],
    ['pt', 'Entidade que insere o alerta', 'issuing_authority'],
    ['pt', 'Fundamento do alerta', 'alert_reason'],
    ['bg', 'Подразделение, издаващо сигнала', 'issuing_authority'],
    ['lv', 'Izsludinātājs', 'issuing_authority'],
    ['lv', 'Kur redzēts', 'last_seen_place'],
    ['lv', 'Pieteicējs', 'reported_by'],
    ['de', 'Zuletzt gesehen in / bei', 'last_seen_place'],
    ['es', 'Unidad que da de alta', 'issuing_authority'],
    ['fr', "Service à l'origine de l'inscription", 'issuing_authority'],
    ['it', 'ID SIM (Sistema Informativo Minori)', 'national_register_number'],
  ])('%s "%s" is %s', (lang, label, fieldId) => {
    const page = `<html lang="${lang}"><body><form>
      <label for="x">${label}</label><input id="x" maxlength="60">
    </form></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#x')).toBe(fieldId);
  });

  test("a unit's telephone is no issuing authority", () => {
    const page = `<html lang="en"><body><form>
      <label for="x">Unit telephone (24 hr)</label><input id="x">
    </form></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#x')).not.toBe('issuing_authority');
  });
});

describe('grid rows whose boxes number their row', () => {
  const page = `<html lang="pl"><body><form><table>
    <tr><th>Lp.</th><th>Nazwisko i imię (wariant)</th><th>Rodzaj</th></tr>
    <tr><td>1</td><td><input id="a1" aria-label="Inne nazwisko lub pisownia, wiersz 1"></td>
      <td><select id="k1" aria-label="Rodzaj, wiersz 1"><option value=""></option><option value="P">pseudonim</option></select></td></tr>
    <tr><td>2</td><td><input id="a2" aria-label="Inne nazwisko lub pisownia, wiersz 2"></td>
      <td><select id="k2" aria-label="Rodzaj, wiersz 2"><option value=""></option><option value="P">pseudonim</option></select></td></tr>
  </table></form></body></html>`;

  test('the boxes of one column join into one list', () => {
    const field = fieldAt(scanMarkup(page), '#a1');
    expect(field?.fieldId).toBe('aliases');
    expect(field?.selectors).toEqual(['#a1', '#a2']);
  });

  test('the kind select of each row is no alias', () => {
    expect(fieldIdAt(scanMarkup(page), '#k1')).not.toBe('aliases');
  });
});

describe('section titles that only a class names', () => {
  test('SmartClient section header names the section', () => {
    const page = `<html lang="en"><body>
      <div class="sectionHeaderopened" role="button"><span>Guardian</span></div>
      <div><form><table><tr><td class="formTitle"><label for="n">Name</label></td>
        <td class="formCell"><input id="n"></td></tr></table></form></div>
    </body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#n')).toBe('guardian_name');
  });
});

describe('checkboxes whose value is empty', () => {
  const page = `<html lang="en"><body><form><div>
    <label><input type="checkbox" name="w" id="w1" value=""> Armed</label>
    <label><input type="checkbox" name="w" id="w2" value=""> Violent</label>
    <label><input type="checkbox" name="w" id="w3" value=""> Absconder</label>
  </div></form></body></html>`;

  test("the boxes' texts name the field", () => {
    expect(scanMarkup(page).fields.map((field) => field.fieldId)).toContain('warning_flags');
  });

  test('each box is a choice with its text as its value', () => {
    const field = scanMarkup(page).fields.find((found) => found.fieldId === 'warning_flags');
    expect(field?.controls[0].options).toEqual([
      { value: 'Armed', text: 'Armed' },
      { value: 'Violent', text: 'Violent' },
      { value: 'Absconder', text: 'Absconder' },
    ]);
  });
});

describe('a grid in the cell after its label', () => {
  const page = `<html lang="es"><body><form><table>
    <tr><td>Otras identidades y grafías utilizadas</td><td><div><table>
      <thead><tr><th>Nombre y apellidos tal como constan</th><th>Origen del dato</th></tr></thead>
      <tbody>
        <tr><td><input id="a1"></td><td><span>Frontera</span></td></tr>
        <tr><td><input id="a2"></td><td><span>Centro</span></td></tr>
      </tbody></table></div></td></tr>
  </table></form></body></html>`;

  test('the label before the grid names its column', () => {
    const field = fieldAt(scanMarkup(page), '#a1');
    expect(field?.fieldId).toBe('aliases');
    expect(field?.selectors).toEqual(['#a1', '#a2']);
  });
});

describe('a heading inside a section', () => {
  test("is nearer than the section's own name", () => {
    const page = `<html lang="it"><body><form>
      <fieldset><legend>Struttura di accoglienza e tutela</legend>
        <label for="c">Denominazione della struttura</label><input id="c">
        <h3 class="h6">Tutore volontario</h3>
        <label for="n">Nominativo</label><input id="n">
      </fieldset>
    </form></body></html>`;
    const result = scanMarkup(page);
    expect(fieldIdAt(result, '#n')).toBe('guardian_name');
    expect(fieldIdAt(result, '#c')).toBe('care_centre_name');
  });

  test('a heading before the section stays farther', () => {
    const page = `<html lang="it"><body><form>
      <h3 class="h6">Tutore volontario</h3>
      <fieldset><legend>Struttura di accoglienza</legend>
        <label for="n">Nominativo</label><input id="n">
      </fieldset>
    </form></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#n')).toBe('care_centre_name');
  });
});

describe('warning checkboxes in French and Portuguese', () => {
  test.each([
    ['fr', "S'est soustrait à la prise en charge", 'Risque suicidaire'],
    ['pt', 'Fugiu da instituição', 'Risco de suicídio'],
  ])('%s boxes form one warning list', (lang, first, second) => {
    const page = `<html lang="${lang}"><body><form><fieldset><legend>Avisos</legend>
      <input type="checkbox" id="w1"><label for="w1">${first}</label>
      <input type="checkbox" id="w2"><label for="w2">${second}</label>
    </fieldset></form></body></html>`;
    const field = fieldAt(scanMarkup(page), '#w1, #w2');
    expect(field?.fieldId).toBe('warning_flags');
  });
});

describe('checkboxes that each follow a hidden input of their name', () => {
  const page = `<html lang="es"><body><form><div class="form-group">
    <label class="control-label">Riesgos apreciados</label>
    <div>
      <input name="Riesgos.Trata" type="hidden" value="false">
      <div class="checkbox"><label><input id="trata" name="Riesgos.Trata" type="checkbox" value="true"> Trata de seres humanos</label></div>
      <input name="Riesgos.Explotacion" type="hidden" value="false">
      <div class="checkbox"><label><input id="explotacion" name="Riesgos.Explotacion" type="checkbox" value="true"> Explotación</label></div>
    </div>
  </div></form></body></html>`;

  test('the group selects both checkboxes by id', () => {
    const field = scanMarkup(page).fields.find((found) => found.fieldId === 'risk_indicators');
    expect(field?.selectors).toEqual(['#trata, #explotacion']);
  });
});

describe('date and time pickers far apart in a grid', () => {
  const picker = (id: string, label: string, placeholder: string) => `
    <div class="ant-col ant-col-8"><div class="ant-form-item"><div class="ant-row">
      <div class="ant-col ant-form-item-label"><label for="${id}">${label}</label></div>
      <div class="ant-col ant-form-item-control"><div class="ant-form-item-control-input">
        <div class="ant-form-item-control-input-content"><div class="ant-picker"><div class="ant-picker-input">
          <input id="${id}" placeholder="${placeholder}">
        </div></div></div></div></div>
    </div></div></div>`;
  const page = `<html lang="bg"><body><form>
    <div class="ant-collapse-header">Настаняване и законен представител</div>
    <div class="ant-row">
      ${picker('date', 'Напуснал услугата на', 'Избор на дата')}
      ${picker('time', 'Час', 'Избор на час')}
    </div>
  </form></body></html>`;

  test('join as the date and time the child left care', () => {
    const field = fieldAt(scanMarkup(page), '#date');
    expect(field?.fieldId).toBe('left_care_at');
    expect(field?.selectors).toEqual(['#date', '#time']);
  });
});

describe('a language switch whose options name a country', () => {
  test('"English (UK)" and "Gaeilge" switch the page', () => {
    const page = `<html lang="en-IE"><body><form>
      <label for="s">Surname</label><input id="s">
      <div><label for="lang">Language</label>
        <select id="lang"><option value="GB" selected>English (UK)</option><option value="GA">Gaeilge</option></select></div>
    </form></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#lang')).not.toBe('languages');
  });
});

/** Builds a question of a Microsoft Forms-style page: a numbered title, a subtitle and a box. */
function formsQuestion(id: string, title: string, subtitle = '', box = '<input'): string {
  return (
    `<div class="question"><div><span>1.</span><span id="t-${id}">${title}</span></div>` +
    `<div id="s-${id}">${subtitle}</div>` +
    `${box} id="${id}" aria-labelledby="t-${id} s-${id}" placeholder="Introduza a sua resposta"></div>`
  );
}

describe('questions of a form builder', () => {
  const page = (questions: string) =>
    `<html lang="pt"><body><form><h2>Alerta, identificação, acolhimento e desaparecimento</h2>` +
    `${questions}</form></body></html>`;
  const filler = ['a', 'b', 'c', 'd', 'e'].map((id) => formsQuestion(id, 'Observações')).join('');

  test('a placeholder that most boxes share is no label', () => {
    const result = scanMarkup(page(formsQuestion('apelido', 'Apelido(s)') + filler));
    expect(fieldIdAt(result, '#apelido')).toBe('surname');
  });

  test('a question title counts apart from its subtitle', () => {
    const question = formsQuestion(
      'decisao',
      'Decisão judicial ou da CPCJ',
      'N.º do processo de promoção e proteção e data.',
    );
    const result = scanMarkup(page(question + filler));
    expect(fieldIdAt(result, '#decisao')).toBe('decision_reference');
    expect(fieldAt(result, '#decisao')?.ambiguousWith).toBeUndefined();
  });

  test('a title that lists the centre after the alert heads the issuing unit', () => {
    const question = formsQuestion(
      'entidade',
      'Entidade que insere o alerta (comando, esquadra ou posto)',
    );
    expect(fieldIdAt(scanMarkup(page(question + filler)), '#entidade')).toBe('issuing_authority');
  });

  test('date and time masks join the questions', () => {
    const questions =
      formsQuestion('data', 'Visto pela última vez em').replace(
        'placeholder="Introduza a sua resposta"',
        'placeholder="Introduza a data (dd/MM/aaaa)"',
      ) + formsQuestion('hora', 'Hora', 'Formato hh:mm');
    const field = fieldAt(scanMarkup(page(questions + filler)), '#data');
    expect(field?.fieldId).toBe('last_seen_at');
    expect(field?.selectors).toEqual(['#data', '#hora']);
  });
});

describe('radios six levels below their radio group', () => {
  const radio = (id: string, text: string) =>
    `<div><div><div><div><div role="radio" id="${id}" data-value="${text}" aria-checked="false"><div></div></div></div>` +
    `<div><span>${text}</span></div></div></div></div>`;
  const page =
    `<html lang="lv"><body><div role="list"><div role="listitem">` +
    `<div role="heading" aria-level="3" id="q">Dzimums</div>` +
    `<div role="radiogroup" aria-labelledby="q"><span>${radio('m', 'vīrietis')}${radio('f', 'sieviete')}</span></div>` +
    `</div></div></body></html>`;

  test('form one group named by the radio group', () => {
    const field = fieldAt(scanMarkup(page), '#m, #f');
    expect(field?.fieldId).toBe('sex');
    expect(field?.controls[0].options?.map((option) => option.value)).toEqual([
      'vīrietis',
      'sieviete',
    ]);
  });
});

describe('labels that needed words of their own', () => {
  test.each([
    ['Iestāde, kurā bērns bija ievietots', 'lv', 'care_centre_name'],
    ['Kas ziņoja par pazušanu', 'lv', 'reported_by'],
    ['Brīdinājumu ievadošā struktūrvienība', 'lv', 'issuing_authority'],
    ['Quem comunicou o desaparecimento', 'pt', 'reported_by'],
    ['Operatore di riferimento', 'it', 'case_worker'],
    ['Permanence 24h/24 :', 'fr', 'care_centre_phone'],
    ['Дата и час на подаване', 'bg', 'reported_at'],
  ])('"%s" (%s) is %s', (label, lang, fieldId) => {
    const html = `<html lang="${lang}"><body><form><label for="x">${label}</label><input id="x"></form></body></html>`;
    expect(fieldIdAt(scanMarkup(html), '#x')).toBe(fieldId);
  });

  test("the officer's code stays no field", () => {
    const html = `<html lang="it"><body><form><label for="x">Codice operatore</label><input id="x"></form></body></html>`;
    expect(fieldIdAt(scanMarkup(html), '#x')).toBe('unclassified');
  });
});

describe('a table of name variants under a title of its own', () => {
  const row = (number: number, id: string) =>
    `<tr><td>${number}</td><td><input id="${id}" maxlength="60"></td></tr>`;
  const page =
    `<html lang="de"><body><table><tr><td>` +
    `<div class="urSTTitle lsSTable__title">Weitere Namen und Schreibweisen</div>` +
    `<table role="grid"><thead><tr><th>Nr.</th><th>Name, Vorname (wie angegeben)</th></tr></thead>` +
    `<tbody>${row(1, 'n1')}${row(2, 'n2')}</tbody></table></td></tr></table></body></html>`;

  test('reads the title as the name of its rows', () => {
    const field = fieldAt(scanMarkup(page), '#n1');
    expect(field?.fieldId).toBe('aliases');
    expect(field?.selectors).toEqual(['#n1', '#n2']);
  });
});

describe('a terminal screen of numbered attributes', () => {
  const line = (number: number, prompt: string, id: string, length = 30) =>
    ` ${String(number).padStart(2)} ${prompt.padEnd(23, '.')}: <input id="${id}" maxlength="${length}">\n`;
  const page =
    `<html lang="en"><body><pre>` +
    line(1, 'ISSUING FORCE/UNIT', 'a1') +
    line(2, 'FORCE REF NO', 'a2') +
    line(9, 'SURNAME', 'a9') +
    line(10, 'FORENAMES', 'a10') +
    line(24, 'HGT (CM)', 'a24', 3) +
    line(28, 'CLOTHING', 'a28') +
    line(29, 'MOBILE NO/IMEI', 'a29') +
    line(30, 'FATHER', 'a30') +
    line(31, 'MOTHER', 'a31') +
    line(51, 'CONTACTS ABROAD... 51.1', 'a51', 50) +
    `                       51.2: <input id="a51b" maxlength="50">\n` +
    ` LINE # TO CHANGE, F2=NEXT SCREEN, F9=FILE, F10=EXIT: <input id="cmd" maxlength="3">\n` +
    `</pre></body></html>`;

  test('keeps the words before a prompt of several words', () => {
    expect(fieldIdAt(scanMarkup(page), '#a1')).toBe('issuing_authority');
  });

  test('reads "HGT" as the height, not as a mask', () => {
    expect(fieldIdAt(scanMarkup(page), '#a24')).toBe('height_cm');
  });

  test('joins the numbered sub-line of a list of contacts', () => {
    expect(fieldAt(scanMarkup(page), '#a51')?.selectors).toEqual(['#a51', '#a51b']);
  });

  test('takes the command line for no field', () => {
    expect(fieldIdAt(scanMarkup(page), '#cmd')).toBe('unclassified');
    expect(fieldAt(scanMarkup(page), '#a2')?.fieldId).toBe('national_case_number');
  });
});

describe('a bracketed list after a label', () => {
  test('does not lower the field that the words before it name', () => {
    const html =
      `<html lang="pt"><body><form><label for="c">Contactos no estrangeiro (nome, país, telefone)</label>` +
      `<textarea id="c"></textarea></form></body></html>`;
    const field = fieldAt(scanMarkup(html), '#c');
    expect(field?.fieldId).toBe('contacts_abroad');
    expect(field?.confidence).toBeGreaterThan(0.9);
    expect(field?.ambiguousWith).toBeUndefined();
  });
});

describe('rows of a list numbered without a label', () => {
  test('numbered subform rows join under the header', () => {
    const row = (number: number) =>
      `<tr><td>${number}</td><td><input id="n${number}" name="aliases.name" maxlength="255"></td>` +
      `<td><span>Source</span></td></tr>`;
    const html =
      `<html lang="en"><body><form><span>Other names and spellings</span><table>` +
      `<thead><tr><th></th><th>Name as given</th><th>Given to</th></tr></thead>` +
      `<tbody>${row(1)}${row(2)}</tbody></table></form></body></html>`;
    expect(fieldAt(scanMarkup(html), '#n1')?.selectors).toEqual(['#n1', '#n2']);
  });

  test('a looper of positioned rows reads its header and joins the next row', () => {
    const row = (number: number) =>
      `<div class="row"><span class="num">${number}</span>` +
      `<input id="a${number}" maxlength="60"></div>`;
    const html =
      `<html lang="fr"><body><form><div>Autres identités :</div><div class="looper">` +
      `<div class="header">Nom et prénom tels que déclarés</div>${row(1)}${row(2)}` +
      `</div></form></body></html>`;
    const field = fieldAt(scanMarkup(html), '#a1');
    expect(field?.fieldId).toBe('aliases');
    expect(field?.selectors).toEqual(['#a1', '#a2']);
  });
});

describe('a row whose label cell is empty', () => {
  const html =
    `<html lang="en"><body><form><table><tbody>` +
    `<tr><td><label for="s">Surname</label></td><td><input id="s"></td></tr>` +
    `<tr><td>Warning Markers</td><td><input type="checkbox" id="w1">` +
    `<label for="w1">Absconder</label></td></tr>` +
    `<tr><td></td><td><input type="checkbox" id="w2">` +
    `<label for="w2">Risk of suicide / self-harm</label></td></tr>` +
    `</tbody></table></form></body></html>`;

  test('continues the label of the row above', () => {
    const field = fieldAt(scanMarkup(html), '#w1');
    expect(field?.fieldId).toBe('warning_flags');
    expect(field?.selectors).toEqual(['#w1', '#w2']);
  });

  test('leaves the rows before it as they are', () => {
    expect(fieldIdAt(scanMarkup(html), '#s')).toBe('surname');
  });
});

describe('checkboxes in a container that a label names', () => {
  test('form one group under that label', () => {
    const box = (value: string, text: string) =>
      `<label><span><input type="checkbox" value="${value}"></span><span>${text}</span></label>`;
    const html =
      `<html lang="bg"><body><form><div class="item"><div><label for="flags">Предупреждения</label></div>` +
      `<div><div id="flags">${box('RUN', 'Склонност към бягство')}${box('SUI', 'Риск от самоубийство')}` +
      `</div></div></div></form></body></html>`;
    const field = scanMarkup(html).fields.find(
      (candidate) => candidate.fieldId === 'warning_flags',
    );
    expect(field?.controls[0].options?.map((option) => option.value)).toEqual(['RUN', 'SUI']);
  });
});

describe('labels of the office rather than the child', () => {
  test.each([
    ['Telefon Sachbearbeitung (Durchwahl)', 'de'],
    ["Annotazioni d'ufficio (riservate, non trasmesse)", 'it'],
  ])('"%s" (%s) is no field', (label, lang) => {
    const html = `<html lang="${lang}"><body><form><label for="x">${label}</label><input id="x"></form></body></html>`;
    expect(fieldIdAt(scanMarkup(html), '#x')).toBe('unclassified');
  });

  test('"Brīdinājuma atzīmes" (lv) names the warning flags', () => {
    const html =
      `<html lang="lv"><body><form><div role="group" aria-label="Brīdinājuma atzīmes">` +
      `<input type="checkbox" id="b1" name="f"><label for="b1">nosliece bēgt</label>` +
      `<input type="checkbox" id="b2" name="f"><label for="b2">pašnāvības risks</label>` +
      `</div></form></body></html>`;
    const field = scanMarkup(html).fields.find(
      (candidate) => candidate.controls[0].kind === 'checkbox-group',
    );
    expect(field?.fieldId).toBe('warning_flags');
  });
});

describe('a date and time of Rails selects with a short year list', () => {
  const options = (values: string[]) =>
    `<option value=""></option>` +
    values.map((value) => `<option value="${value}">${value}</option>`).join('');
  const range = (from: number, to: number, step = 1) =>
    Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, index) =>
      String(from + index * step).padStart(2, '0'),
    );
  const months = [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ];
  const html =
    `<html lang="fr"><body><form><h3>Disparition</h3><div class="input datetime">` +
    `<label for="vu_3i">Vu pour la dernière fois le</label><div class="d-flex">` +
    `<select id="vu_3i" name="s[vu](3i)">${options(range(1, 31))}</select>` +
    `<select id="vu_2i" name="s[vu](2i)"><option value=""></option>` +
    months.map((month, index) => `<option value="${index + 1}">${month}</option>`).join('') +
    `</select><select id="vu_1i" name="s[vu](1i)">${options(['2024', '2025', '2026'])}</select>` +
    ` — <select id="vu_4i" name="s[vu](4i)">${options(range(0, 23))}</select>` +
    ` : <select id="vu_5i" name="s[vu](5i)">${options(range(0, 55, 5))}</select>` +
    `</div></div></form></body></html>`;

  test('joins the day, month, three-year list, hour and minutes', () => {
    const field = fieldAt(scanMarkup(html), '#vu_3i');
    expect(field?.fieldId).toBe('last_seen_at');
    expect(field?.selectors).toEqual(['#vu_3i', '#vu_2i', '#vu_1i', '#vu_4i', '#vu_5i']);
  });
});

describe('a no-code form labelled by placeholders and captions', () => {
  const html =
    `<html lang="es"><body><div class="page">` +
    `<div class="Text">Otros nombres o grafías declarados</div>` +
    `<div class="Group"><input id="a1" placeholder="Alias o nombre utilizado"></div>` +
    `<div class="Group"><input id="a2" placeholder="Alias o nombre utilizado"></div>` +
    `<div class="Group"><select id="cob"><option value="" disabled selected>País de nacimiento</option>` +
    `<option value="MAR">Marruecos</option><option value="DZA">Argelia</option></select></div>` +
    `<div class="Text">Tutor/a legal</div>` +
    `<div class="Group"><div><input id="g1" placeholder="Nombre y apellidos"></div>` +
    `<div><input id="g2" placeholder="Teléfono / correo"></div></div>` +
    `</div></body></html>`;

  test('joins the rows of a list that share a placeholder', () => {
    expect(fieldAt(scanMarkup(html), '#a1')?.selectors).toEqual(['#a1', '#a2']);
  });

  test("reads a select's first option without a value as its label", () => {
    expect(fieldIdAt(scanMarkup(html), '#cob')).toBe('country_of_birth');
  });

  test("takes a caption that names the guardian for the group's boxes", () => {
    expect(fieldIdAt(scanMarkup(html), '#g1')).toBe('guardian_name');
    expect(fieldIdAt(scanMarkup(html), '#g2')).toBe('guardian_contact');
  });
});

describe('a terminal line of flags and a line of the report', () => {
  const box = (id: string, length: number) => `<input id="${id}" maxlength="${length}">`;
  const html =
    `<html lang="en"><body><pre>` +
    `WARNINGS  ABSCONDED (Y/N): ${box('w1', 1)}   SUICIDE RISK (Y/N): ${box('w2', 1)}\n` +
    `AKA 1: ${box('k1', 28)}  AKA 2: ${box('k2', 28)}\n` +
    `REPORTED BY: ${box('by', 24)}  DATE: ${box('rd', 8)}  TIME: ${box('rt', 4)}\n` +
    `</pre></body></html>`;

  test('joins the flag boxes of one line into the list the first names', () => {
    const field = fieldAt(scanMarkup(html), '#w1');
    expect(field?.fieldId).toBe('warning_flags');
    expect(field?.selectors).toEqual(['#w1', '#w2']);
  });

  test('joins two boxes whose labels differ only by a number', () => {
    expect(fieldAt(scanMarkup(html), '#k1')?.selectors).toEqual(['#k1', '#k2']);
  });

  test('dates what the box before names', () => {
    const field = fieldAt(scanMarkup(html), '#rd');
    expect(field?.fieldId).toBe('reported_at');
    expect(field?.selectors).toEqual(['#rd', '#rt']);
  });
});

describe('a group title whose group ends before the next field', () => {
  test('heads only the boxes of its group', () => {
    const html =
      `<html lang="fr"><body><form><fieldset><legend>Identité du mineur</legend>` +
      `<div class="nested"><p class="group-title">Autres identités déclarées</p>` +
      `<div><input id="a1" placeholder="Nom et prénom"></div></div>` +
      `<div><label for="dob">Date de naissance</label><input id="dob" placeholder="jj/mm/aaaa"></div>` +
      `</fieldset></form></body></html>`;
    expect(fieldIdAt(scanMarkup(html), '#dob')).toBe('date_of_birth');
  });
});

describe('a list grid after a row label of a Bootstrap form', () => {
  test('takes the row label for the boxes after the row numbers', () => {
    const row = (number: number) =>
      `<tr><td>${number}.</td><td><input id="i${number}"></td><td><a href="#">usuń</a></td></tr>`;
    const html =
      `<html lang="pl"><body><form><div class="form-group">` +
      `<span class="control-label">Inne nazwiska i pisownie</span><div class="col-sm-9">` +
      `<table><thead><tr><th>Lp.</th><th>Imię i nazwisko w podanej pisowni</th><th></th></tr></thead>` +
      `<tbody>${row(1)}${row(2)}</tbody></table></div></div></form></body></html>`;
    const field = fieldAt(scanMarkup(html), '#i1');
    expect(field?.fieldId).toBe('aliases');
    expect(field?.selectors).toEqual(['#i1', '#i2']);
  });
});

describe('labels and options of batch portals in Bulgarian and Maltese', () => {
  test('a fieldset of warnings whose first choice is a flight', () => {
    const box = (id: string, text: string) =>
      `<div><input type="checkbox" id="${id}" name="W[${id}].Selected" value="true">` +
      `<label for="${id}">${text}</label></div>`;
    const html =
      `<html lang="bg"><body><form><fieldset><legend>Предупреждения</legend>` +
      `${box('w0', 'избягало от институция')}${box('w1', 'риск от самоубийство')}` +
      `</fieldset></form></body></html>`;
    const field = scanMarkup(html).fields.find(
      (candidate) => candidate.fieldId === 'warning_flags',
    );
    expect(field?.controls[0].options).toHaveLength(2);
  });

  test('a list of appointed or not for the legal representative is the status', () => {
    const html =
      `<html lang="bg"><body><form><label for="s">Законен представител</label><select id="s">` +
      `<option value="">-- Изберете --</option><option value="A">определен</option>` +
      `<option value="N">все още не е определен</option></select></form></body></html>`;
    expect(fieldIdAt(scanMarkup(html), '#s')).toBe('guardian_status');
  });

  test('"Ħareġ miċ-ċentru fid-" before a date box is when the child left', () => {
    const html =
      `<html lang="mt"><body><div><div>Ħareġ miċ-ċentru fid-</div>` +
      `<div><input id="d" placeholder="dd/mm/yyyy"></div></div></body></html>`;
    expect(fieldIdAt(scanMarkup(html), '#d')).toBe('left_care_at');
  });
});

describe('shapes of batch portals of web components and builders', () => {
  test('flatpickr alt box takes the hidden label', () => {
    const html =
      `<html lang="it"><body><form><div class="form-group"><label for="dn">Data di nascita</label>` +
      `<input type="hidden" id="dn" name="minore[data_nascita]">` +
      `<input class="flatpickr-input" id="alt" placeholder="gg/mm/aaaa" readonly></div></form></body></html>`;
    expect(fieldIdAt(scanMarkup(html), '#alt')).toBe('date_of_birth');
  });

  test('a read-only combobox labelled "Tutelle" asks the guardianship, not a name', () => {
    const html =
      `<html lang="fr"><body><form><fieldset><legend>Tuteur / représentant légal</legend>` +
      `<input id="t" readonly role="combobox" aria-expanded="false"><label for="t">Tutelle</label>` +
      `</fieldset></form></body></html>`;
    expect(fieldIdAt(scanMarkup(html), '#t')).toBe('guardian_status');
  });

  test('a key letter hidden from assistive technology stays out of a choice', () => {
    const choice = (key: string, text: string) =>
      `<div role="checkbox" aria-checked="false" tabindex="0"><span aria-hidden="true">${key}</span>` +
      `<span>${text}</span></div>`;
    const html =
      `<html lang="mt"><body><h2 id="q">Twissijiet</h2><div role="group" aria-labelledby="q">` +
      `${choice('A', 'Ħarab minn ċentru jew istituzzjoni')}${choice('B', "Riskju ta' suwiċidju")}` +
      `</div></body></html>`;
    const field = scanMarkup(html).fields.find(
      (candidate) => candidate.fieldId === 'warning_flags',
    );
    expect(field?.controls[0].options?.map((option) => option.text)).toEqual([
      'Ħarab minn ċentru jew istituzzjoni',
      "Riskju ta' suwiċidju",
    ]);
  });

  test('grid labelled in its block joins rows', () => {
    const row = (index: number) =>
      `<tr><td>${index + 1}</td><td><input id="a${index}" title="Aliasname / abweichende Schreibweise">` +
      `</td><td><select id="q${index}"><option>Eigenangabe</option><option>Dokument</option></select></td></tr>`;
    const html =
      `<html lang="de"><body><form><div class="col-md-12"><label class="control-label">Weitere Namen / ` +
      `Schreibweisen</label><table><thead><tr><th>Nr.</th><th>Name, Vorname (wie angegeben)</th>` +
      `<th>Quelle</th></tr></thead><tbody>${row(0)}${row(1)}</tbody></table></div></form></body></html>`;
    expect(fieldAt(scanMarkup(html), '#a0')?.selectors).toEqual(['#a0', '#a1']);
  });

  test('a row that repeats the first row placeholder joins the list', () => {
    const html =
      `<html lang="bg"><body><form><div><div class="label">Други имена и изписвания</div>` +
      `<div><input id="a0" placeholder="Име (както е посочено)"></div>` +
      `<div><input id="a1" placeholder="Име (както е посочено)"></div></div></form></body></html>`;
    expect(fieldAt(scanMarkup(html), '#a0')?.selectors).toEqual(['#a0', '#a1']);
  });

  test('date-mask box joins no name list', () => {
    const html =
      `<html lang="it"><body><form><div><span>Alias e altre grafie dichiarate</span>` +
      `<div><input id="a0" placeholder="Alias o grafia diversa"></div>` +
      `<div><input id="a1" placeholder="Alias o grafia diversa"></div>` +
      `<div><input id="d" placeholder="gg/mm/aaaa"></div></div></form></body></html>`;
    expect(fieldAt(scanMarkup(html), '#a0')?.selectors).toEqual(['#a0', '#a1']);
  });
});

describe('an ISPF panel of prompts with spaced dot leaders', () => {
  const box = (id: string, length: number) => `<input id="${id}" maxlength="${length}">`;
  const html =
    `<html lang="en-GB"><body><pre>` +
    ` Sex  . . . . . . . . . . ${box('sex', 1)} (M/F/U)   Nationality  . . . . ${box('nat', 20)}\n` +
    ` Last seen . . . . . . . ${box('lsd', 8)} (DDMMYYYY)  Time . . ${box('lst', 4)} (HHMM)\n` +
    ` Last seen at  . . . . . ${box('lsp', 40)}\n` +
    ` Reported  . . . . . . . ${box('rd', 8)} (DDMMYYYY)  Time . . ${box('rt', 4)} (HHMM)\n` +
    `</pre></body></html>`;

  test('drops the hint of the box before from a label', () => {
    expect(fieldIdAt(scanMarkup(html), '#nat')).toBe('nationalities');
  });

  test('joins a date and the time after its mask', () => {
    expect(fieldAt(scanMarkup(html), '#lsd')?.selectors).toEqual(['#lsd', '#lst']);
    expect(fieldAt(scanMarkup(html), '#rd')?.fieldId).toBe('reported_at');
  });

  test('reads "Last seen at" before a box of text as the place', () => {
    expect(fieldIdAt(scanMarkup(html), '#lsp')).toBe('last_seen_place');
  });
});

describe('questions of a conversational form in Maltese', () => {
  test.each([
    ["X'għandu jsir meta jinstab il-minuri?", 'action_on_hit'],
    ['Fejn qal li kien se jmur?', 'intended_destination'],
    ['Meta ġie rrappurtat?', 'reported_at'],
  ])('"%s" is %s', (question, fieldId) => {
    const html =
      `<html lang="mt"><body><h2 id="q">${question}</h2>` +
      `<input id="x" aria-labelledby="q" placeholder="Ikteb it-tweġiba tiegħek hawn…"></body></html>`;
    expect(fieldIdAt(scanMarkup(html), '#x')).toBe(fieldId);
  });
});

describe('an institution beside the guardianship', () => {
  const html =
    `<html lang="lv"><body><form>` +
    `<label for="izs">Izsludinātājs (struktūrvienība)</label><input id="izs">` +
    `<section><h2>Iestāde, aizbildnība un pazušana</h2>` +
    `<label for="ie">Iestāde</label><input id="ie">` +
    `<label for="ad">Iestādes adrese</label><input id="ad">` +
    `</section></form></body></html>`;

  test('"Iestāde" in the placement section is the centre', () => {
    expect(fieldIdAt(scanMarkup(html), '#ie')).toBe('care_centre_name');
  });

  test('the unit that issues the alert stays the authority', () => {
    expect(fieldIdAt(scanMarkup(html), '#izs')).toBe('issuing_authority');
  });

  test('brackets that name a care centre decide "Iestāde"', () => {
    const page =
      `<html lang="lv"><body><form><label for="izs">Izdevēja struktūrvienība</label><input id="izs">` +
      `<label for="ie">Iestāde (bērnu aprūpes centrs)</label><input id="ie"></form></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#ie')).toBe('care_centre_name');
  });
});

describe('labels of unseen portals', () => {
  test.each([
    ['Fugas anteriores', 'es', 'previous_disappearances'],
    ['Conduta a adotar em caso de localização', 'pt', 'action_on_hit'],
    ['Entidade que solicita a inserção', 'pt', 'issuing_authority'],
    ['Numru tar-rapport tal-Pulizija / Police report number', 'mt', 'national_case_number'],
  ])('"%s" (%s) is %s', (label, lang, fieldId) => {
    const html = `<html lang="${lang}"><body><form><label for="x">${label}</label><input id="x"></form></body></html>`;
    expect(fieldIdAt(scanMarkup(html), '#x')).toBe(fieldId);
  });

  test('a Radix checkbox "Aizbēdzis no aprūpes iestādes" is a warning', () => {
    const html =
      `<html lang="lv"><body><form><button type="button" role="checkbox" aria-checked="false" id="w"></button>` +
      `<label for="w">Aizbēdzis no aprūpes iestādes</label></form></body></html>`;
    expect(fieldIdAt(scanMarkup(html), '#w')).toBe('warning_flags');
  });
});

describe('a label seven boxes above a multiple select', () => {
  test('reaches the search input of an rc-select', () => {
    const html =
      `<html lang="es"><body><form><div><span>Idiomas</span></div><div class="widget">` +
      `<div class="rc-select"><div class="selector"><div class="overflow"><div class="item">` +
      `<div class="search"><input id="x" role="combobox" type="search"></div></div></div>` +
      `<span class="placeholder">Seleccione idiomas</span></div></div></div></form></body></html>`;
    expect(fieldIdAt(scanMarkup(html), '#x')).toBe('languages');
  });
});

describe('a heading in a group of controls', () => {
  const html =
    `<html lang="mt"><body><form><section><h4>Il-minuri / The minor</h4>` +
    `<section><h4>Ismijiet oħra / Other names or spellings used</h4>` +
    `<label>Isem kif ingħata<input id="a0"></label></section>` +
    `<label>Data tat-twelid / Date of birth<input id="dob" placeholder="yyyy-mm-dd"></label>` +
    `</section></form></body></html>`;

  test('does not head the controls after its group', () => {
    expect(fieldIdAt(scanMarkup(html), '#dob')).toBe('date_of_birth');
  });

  test('heads the controls in its group', () => {
    expect(fieldIdAt(scanMarkup(html), '#a0')).toBe('aliases');
  });

  test('leaves the controls after its group to no heading of its level', () => {
    const page =
      `<html lang="es"><body><form><h2>Desaparición</h2>` +
      `<table><tr><td><label for="s">Apellido</label></td><td><input id="s"></td></tr></table>` +
      `<div><h2>Datos personales</h2><label for="l">Idiomas</label><input id="l"></div>` +
      `<table><tr><td>Salida no autorizada del centro</td><td><input id="d" name="DTP35$DateTimePickerInput">` +
      `<input id="t" title="Hora (hh:mm)"></td></tr></table></form></body></html>`;
    expect(fieldAt(scanMarkup(page), '#d')?.fieldId).toBe('left_care_at');
  });
});

describe('a yes or no question', () => {
  const html =
    `<html lang="mt"><body><form><fieldset><legend>Il-minuri telaq minn ċentru? / ` +
    `Did the minor leave a centre or care home?</legend>` +
    `<label><input type="radio" name="q" value="iva"> Iva Yes</label>` +
    `<label><input type="radio" name="q" value="le"> Le No</label></fieldset></form></body></html>`;

  test('holds no centre name', () => {
    expect(fieldIdAt(scanMarkup(html), 'input[name="q"]')).toBe('unclassified');
  });

  test('may answer a question of yes or no', () => {
    const page =
      `<html lang="en"><body><form><fieldset><legend>Unaccompanied minor?</legend>` +
      `<label><input type="radio" name="u" value="y"> Yes</label>` +
      `<label><input type="radio" name="u" value="n"> No</label></fieldset></form></body></html>`;
    expect(fieldIdAt(scanMarkup(page), 'input[name="u"]')).toBe('unaccompanied');
  });
});

describe('a box described as the guardian contact', () => {
  test('takes the description as context', () => {
    const html =
      `<html lang="lv"><body><form><label for="n">Aizbildnis vai likumiskais pārstāvis</label><input id="n">` +
      `<div><label for="c">Tālrunis vai e-pasts</label><input id="c" aria-describedby="d">` +
      `<p id="d">Aizbildņa kontaktinformācija</p></div></form></body></html>`;
    expect(fieldIdAt(scanMarkup(html), '#c')).toBe('guardian_contact');
  });
});

describe('a Progress character screen', () => {
  const box = (id: string, length: number, placeholder = '') =>
    `<input id="${id}" maxlength="${length}"${placeholder ? ` placeholder="${placeholder}"` : ''}>`;
  const html =
    `<html lang="en-GB"><body><pre>` +
    `│        Birth surname: ${box('bsn', 24)}       AKA 1: ${box('aka1', 24)}   │\n` +
    `│                                               AKA 2: ${box('aka2', 24)}   │\n` +
    `│                Langs: ${box('lng', 30)}   Mobile/IMEI: ${box('mob', 20)}   │\n` +
    `│    Risk: trafficking: ${box('rt', 1)} (y/n)   Prev misper: ${box('prev', 30)}   │\n` +
    `│                 UASC: ${box('uasc', 3, 'no')} (yes/no)                         │\n` +
    `│            Last seen: ${box('lsd', 10)} ${box('lst', 5)}      at: ${box('lsp', 30)}   │\n` +
    `│      Warn: absconder: ${box('wa', 1)}  suicide ${box('ws', 1)}                  │\n` +
    `</pre></body></html>`;

  test('joins the name variants of two lines', () => {
    expect(fieldAt(scanMarkup(html), '#aka1')?.selectors).toEqual(['#aka1', '#aka2']);
  });

  test.each([
    ['#lng', 'languages'],
    ['#prev', 'previous_disappearances'],
    ['#uasc', 'unaccompanied'],
    ['#lsp', 'last_seen_place'],
    ['#wa', 'warning_flags'],
  ])('reads %s as %s', (selector, fieldId) => {
    expect(fieldIdAt(scanMarkup(html), selector)).toBe(fieldId);
  });
});

describe('a terminal emulator toolbar', () => {
  test('a Welsh and English switch is no field', () => {
    const html =
      `<html lang="en-GB"><body><div class="toolbar"><label>Iaith / Language <select id="l">` +
      `<option value="en-GB">English</option><option value="cy">Cymraeg</option></select></label></div>` +
      `<form><label for="s">Surname</label><input id="s"></form></body></html>`;
    expect(fieldIdAt(scanMarkup(html), '#l')).not.toBe('languages');
  });
});

describe('a SurveyJS boolean switch', () => {
  test('whose thumb reads "Não" is the question', () => {
    const html =
      `<html lang="pt"><body><form><h5 id="t">Menor não acompanhado</h5><div class="sd-boolean">` +
      `<label class="sd-boolean__label" for="b"><input type="checkbox" id="b" aria-labelledby="t">` +
      `<span aria-hidden="true">Não</span><span class="sd-boolean__switch"><span>Não</span></span>` +
      `<span aria-hidden="true">Sim</span></label></div></form></body></html>`;
    expect(fieldIdAt(scanMarkup(html), '#b')).toBe('unaccompanied');
  });
});

describe('a description that names a parent in a compound', () => {
  test('"Muttermale" leaves the marks the child’s', () => {
    const html =
      `<html lang="de"><body><form><label for="m">Besondere Merkmale</label>` +
      `<textarea id="m" aria-describedby="h"></textarea><span id="h">Narben, Tätowierungen, Muttermale</span>` +
      `</form></body></html>`;
    expect(fieldIdAt(scanMarkup(html), '#m')).toBe('distinguishing_marks');
  });
});
