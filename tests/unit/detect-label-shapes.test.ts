/**
 * Shapes of labels and controls that unseen portals use. The labels:
 * contracted words, search boxes, two languages and questions above radios.
 * The controls: Roman-numeral months, date parts with a time, hour masks,
 * language switches with coded values and section titles above labels.
 */
import { describe, expect, test } from 'vitest';
import { expandAbbreviations } from '../../utils/detect/abbreviations';
import { analyzeOptions } from '../../utils/detect/options';
import type { OptionInfo } from '../../utils/messaging/page-model';
import { fieldAt, fieldIdAt, scanMarkup } from './detect-helpers';

function optionList(texts: string[]): OptionInfo[] {
  return texts.map((text, index) => ({ value: String(index), text, selected: index === 0 }));
}

describe('contracted words', () => {
  const page = `<html lang="bg"><body><table>
    <tr><td>Д-та на раждане</td><td><input id="dob" title="дд.мм.гггг"></td></tr>
    <tr><td>М-то на раждане</td><td><input id="pob"></td></tr>
  </table></body></html>`;

  test('"Д-та на раждане" is the date of birth', () => {
    expect(fieldIdAt(scanMarkup(page), '#dob')).toBe('date_of_birth');
  });

  test('"М-то на раждане" is the place of birth', () => {
    expect(fieldIdAt(scanMarkup(page), '#pob')).toBe('place_of_birth');
  });

  test('"Д-та" reads as "дата"', () => {
    expect(expandAbbreviations('Д-та на раждане')).toBe('дата на раждане');
  });

  test('"e-mail" stays a compound', () => {
    expect(expandAbbreviations('e-mail')).toBe('e-mail');
  });
});

describe('Roman-numeral months', () => {
  const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

  test('I to XII are months', () => {
    expect(analyzeOptions(optionList(roman)).role).toBe('month');
  });

  test('I to XII after a prompt are months', () => {
    const withPrompt = [{ value: '', text: '--', selected: true }, ...optionList(roman)];
    expect(analyzeOptions(withPrompt).role).toBe('month');
  });

  test('numerals out of order are no months', () => {
    expect(analyzeOptions(optionList([...roman].reverse())).role).toBeUndefined();
  });
});

describe('date parts named in transliterated Bulgarian', () => {
  const select = (name: string, texts: string[]) =>
    `<select id="${name}" name="ctl00$Main$${name}"><option value="">--</option>${texts
      .map((text) => `<option>${text}</option>`)
      .join('')}</select>`;
  const page = `<html lang="bg"><body><table><tr><td>Дата на раждане</td><td>
    ${select('ddlDen', ['01', '15', '31'])}${select('ddlMesec', ['01', '06', '12'])}${select('ddlGodina', ['2008', '2010'])}
  </td></tr></table></body></html>`;

  test('joins Den, Mesec and Godina into the date of birth', () => {
    const field = fieldAt(scanMarkup(page), '#ddlDen');
    expect(field?.fieldId).toBe('date_of_birth');
    expect(field?.selectors).toEqual(['#ddlDen', '#ddlMesec', '#ddlGodina']);
  });
});

describe('search boxes', () => {
  test('"Търсене по ЕГН/ЛНЧ/рег. №" is no register number', () => {
    const page = `<html lang="bg"><body>
      <div>Търсене по ЕГН/ЛНЧ/рег. №: <input id="q" name="q2"></div></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#q')).toBe('unclassified');
  });

  test('"Search by surname" is no surname', () => {
    const page = `<html lang="en"><body>
      <label for="q">Search by surname</label><input id="q" name="q2"></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#q')).toBe('unclassified');
  });
});

describe('labels in two languages', () => {
  const page = `<html lang="es"><body><form>
    <label for="ojos">Color de ojos / Color d'ulls</label>
    <select id="ojos" name="c1"><option value=""></option><option value="BRO">Marrones</option>
      <option value="BLU">Azules</option><option value="GRN">Verdes</option></select>
  </form></body></html>`;

  test('the Spanish half names the eye colour', () => {
    expect(fieldIdAt(scanMarkup(page), '#ojos')).toBe('eye_colour');
  });

  test('the Catalan half makes it no hair colour', () => {
    expect(fieldAt(scanMarkup(page), '#ojos')?.ambiguousWith).toBeUndefined();
  });
});

describe('a question above radios', () => {
  const page = `<html lang="en"><body><form>
    <fieldset><legend>Has a legal guardian been appointed?</legend>
      <div>A care order from the Minor Protection Board</div>
      <input type="radio" id="g1" name="g" value="yes"><label for="g1">Yes</label>
      <input type="radio" id="g2" name="g" value="no"><label for="g2">Not yet</label>
    </fieldset>
  </form></body></html>`;

  test('the legend names the guardian status', () => {
    expect(fieldIdAt(scanMarkup(page), 'input[name="g"]')).toBe('guardian_status');
  });
});

describe('day, month and year parts with a time', () => {
  const page = `<html lang="en"><body><form>
    <fieldset><legend>When was the child last seen?</legend>
      <div>For example, 4 12 2026</div>
      <label for="d">Day</label><input id="d" name="seen-day" inputmode="numeric">
      <label for="m">Month</label><input id="m" name="seen-month" inputmode="numeric">
      <label for="y">Year</label><input id="y" name="seen-year" inputmode="numeric">
      <label for="t">Time</label><div>24-hour clock, for example 21:30</div>
      <input id="t" name="seen-time">
    </fieldset>
  </form></body></html>`;

  test('the time joins the date parts', () => {
    const field = fieldAt(scanMarkup(page), '#d');
    expect(field?.fieldId).toBe('last_seen_at');
    expect(field?.selectors).toEqual(['#d', '#m', '#y', '#t']);
  });
});

describe('hour masks in Cyrillic', () => {
  const page = `<html lang="bg"><body><table><tr><td>Дата / час посл. видян</td><td>
    <input id="date" name="txtDataPosl" title="дд.мм.гггг">
    <input id="time" name="txtChasPosl" title="чч:мм">
  </td></tr>
  <tr><td>Напуснал центъра на (дата, час)</td><td>
    <input id="left" name="txtLeft" title="дд.мм.гггг чч:мм"></td></tr>
  </table></body></html>`;

  test('a date and a "чч:мм" box are one date and time', () => {
    expect(fieldAt(scanMarkup(page), '#date')?.selectors).toEqual(['#date', '#time']);
  });

  test('"Напуснал центъра на" with a date mask is the time the child left', () => {
    expect(fieldIdAt(scanMarkup(page), '#left')).toBe('left_care_at');
  });
});

describe('a language switch with coded values', () => {
  test('options "БГ" and "EN" valued bg and en switch a Bulgarian page', () => {
    const page = `<html lang="bg"><body><div>Език: <select id="lang" name="ctl00$ddlLang">
      <option value="bg" selected>БГ</option><option value="en">EN</option></select></div>
      <table><tr><td>Езици</td><td><input id="spoken" name="txtEzici"></td></tr></table>
    </body></html>`;
    const result = scanMarkup(page);
    expect(fieldIdAt(result, '#lang')).not.toBe('languages');
    expect(fieldIdAt(result, '#spoken')).toBe('languages');
  });
});

describe('a guardian in a text box', () => {
  test('"Aizbildnis (bāriņtiesas iecelts)" is the guardian, not the status', () => {
    const page = `<html lang="lv"><body><div>
      <div><span>Aizbildnis (bāriņtiesas iecelts)</span></div>
      <div><input type="text" name="aizbildnis" size="40"></div></div></body></html>`;
    expect(fieldIdAt(scanMarkup(page), 'input[name="aizbildnis"]')).toBe('guardian_name');
  });
});

describe('a section title above a labelled control', () => {
  test('"Descrição física" does not make "Altura (cm)" ambiguous', () => {
    const page = `<html lang="pt"><body><article>
      <div class="card-header">Descrição física</div>
      <div><label for="alt">Altura (cm)</label><div><input id="alt" type="number"></div></div>
    </article></body></html>`;
    const field = fieldAt(scanMarkup(page), '#alt');
    expect(field?.fieldId).toBe('height_cm');
    expect(field?.ambiguousWith).toBeUndefined();
  });
});

describe('gendered endings after a slash', () => {
  test('"unbegleitete/r minderjährige/r" is unaccompanied', () => {
    const page = `<html lang="de"><body><form>
      <input type="checkbox" id="uma"><label for="uma">unbegleitete/r minderjährige/r Ausländer/in</label>
    </form></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#uma')).toBe('unaccompanied');
  });
});

describe('split dates and surnames', () => {
  test('"F. nacimiento" over day, month and year is the date of birth', () => {
    const page = `<html lang="es"><body><form><div>F. nacimiento
      <input id="d" name="fnacDia" aria-label="Día" maxlength="2">
      <input id="m" name="fnacMes" aria-label="Mes" maxlength="2">
      <input id="y" name="fnacAnio" aria-label="Año" maxlength="4"></div>
    </form></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#d')).toBe('date_of_birth');
  });

  test('a legend names parts labelled Day, Month and Year', () => {
    const page = `<html lang="en"><body><form><fieldset><legend>Date of birth</legend>
      <label for="d">Day</label><input id="d" name="input_5_2">
      <label for="m">Month</label><input id="m" name="input_5_1">
      <label for="y">Year</label><input id="y" name="input_5_3">
    </fieldset></form></body></html>`;
    expect(fieldAt(scanMarkup(page), '#d')?.selectors).toEqual(['#d', '#m', '#y']);
  });

  test('"1er apellido" and "2º apellido" are one surname', () => {
    const page = `<html lang="es"><body><form>
      <div>1er apellido <input id="s1" name="a1"></div>
      <div>2º apellido <input id="s2" name="a2"></div>
    </form></body></html>`;
    expect(fieldAt(scanMarkup(page), '#s1')?.selectors).toEqual(['#s1', '#s2']);
  });
});

describe('widget markup', () => {
  test('a drop-down arrow input is no control', () => {
    const page = `<html lang="it"><body><form><label for="sesso">Sesso</label>
      <div><input value="▼" readonly tabindex="-1" aria-hidden="true" id="arrow">
      <input id="sesso" role="combobox"></div></form></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#arrow')).toBe('missing');
  });

  test('a checkbox text reads past a hidden Struts input', () => {
    const page = `<html lang="bg"><body><form><table><tr><td>
      <input type="checkbox" id="nepr" name="dete.nepridrujen"><input type="hidden"
        name="__checkbox_dete.nepridrujen" value="true"> непридружен непълнолетен
    </td></tr></table></form></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#nepr')).toBe('unaccompanied');
  });
});

describe('labels of legacy table forms', () => {
  const page = `<html lang="it"><body><table>
    <tr><td>Prot. n.</td><td><input name="PROT_NUM"></td></tr>
    <tr><td>Nato il (gg mm aaaa)</td><td><input name="GG" maxlength="2"> /
      <input name="MM" maxlength="2"> / <input name="AAAA" maxlength="4"></td>
      <td>a</td><td><input name="LUOGO"></td></tr>
    <tr><td>Ultimo avvistamento il</td><td><input name="DATA_AVVIST" size="10"> ore
      <input name="ORA_AVVIST" size="5"></td></tr>
  </table></body></html>`;

  test('"Prot. n." is the case number', () => {
    expect(fieldIdAt(scanMarkup(page), 'input[name="PROT_NUM"]')).toBe('national_case_number');
  });

  test('a date label ending in "il" before a bracketed mask is the date of birth', () => {
    const field = fieldAt(scanMarkup(page), 'input[name="GG"]');
    expect(field?.fieldId).toBe('date_of_birth');
    expect(field?.selectors).toEqual([
      'input[name="GG"]',
      'input[name="MM"]',
      'input[name="AAAA"]',
    ]);
  });

  test('a lone "a" after the date parts continues the birth label', () => {
    expect(fieldIdAt(scanMarkup(page), 'input[name="LUOGO"]')).toBe('place_of_birth');
  });

  test('a date named DATA_ and the hour after it are one field', () => {
    const field = fieldAt(scanMarkup(page), 'input[name="DATA_AVVIST"]');
    expect(field?.fieldId).toBe('last_seen_at');
    expect(field?.roles).toEqual(['date', 'time']);
  });
});

describe('Maltese date and time masks', () => {
  test('"jj/xx/ssss" and "ss:mm" are a date and its time', () => {
    const page = `<html lang="mt"><body><table><tr>
      <td><label for="d">Ħareġ miċ-ċentru – data</label></td>
      <td><input id="d" placeholder="jj/xx/ssss"></td>
      <td><label for="t">ħin</label></td><td><input id="t" placeholder="ss:mm"></td>
    </tr></table></body></html>`;
    const field = fieldAt(scanMarkup(page), '#d');
    expect(field?.fieldId).toBe('left_care_at');
    expect(field?.selectors).toEqual(['#d', '#t']);
  });
});

describe('a time labelled in two languages', () => {
  test('"Ordua / Hora" after "Data / Fecha" is the time of that date', () => {
    const page = `<html lang="es"><body><form><div>
      <label for="d">Azken aldiz ikusia / Visto por última vez</label>
      <input id="d" aria-label="Data / Fecha" placeholder="dd/mm/aaaa">
      <input id="t" aria-label="Ordua / Hora" placeholder="hh:mm">
    </div></form></body></html>`;
    const field = fieldAt(scanMarkup(page), '#d');
    expect(field?.fieldId).toBe('last_seen_at');
    expect(field?.roles).toEqual(['date', 'time']);
  });
});

describe('a field asked in two controls of one row', () => {
  test("a second box for the mother's maiden name joins her name", () => {
    const page = `<html lang="pl"><body><form><div class="field">
      <label for="im">Imię matki</label>
      <div><input id="im"></div>
      <div><input id="nm" aria-label="Nazwisko rodowe matki" placeholder="nazwisko rodowe matki"></div>
    </div></form></body></html>`;
    expect(fieldAt(scanMarkup(page), '#im')?.selectors).toEqual(['#im', '#nm']);
  });

  test('a country list and a town box under "Destino mencionado" are the destination', () => {
    const page = `<html lang="es"><body><form><div>
      <label for="c">Destino mencionado</label>
      <select id="c" aria-label="País"><option value="">—</option><option value="FRA">Francia</option>
        <option value="BEL">Bélgica</option><option value="DEU">Alemania</option></select>
      <input id="p" name="destinoLocalidad" aria-label="Localidad" placeholder="Localidad">
    </div></form></body></html>`;
    const field = fieldAt(scanMarkup(page), '#c');
    expect(field?.fieldId).toBe('intended_destination');
    expect(field?.selectors).toEqual(['#c', '#p']);
  });

  test('a second box with a label element of its own stays a field of its own', () => {
    const page = `<html lang="pl"><body><form><div class="field">
      <label for="im">Imię matki</label><input id="im">
      <label for="io">Imię ojca</label><input id="io">
    </div></form></body></html>`;
    const result = scanMarkup(page);
    expect(fieldAt(result, '#im')?.selectors).toEqual(['#im']);
    expect(fieldIdAt(result, '#io')).toBe('father_name');
  });
});

describe('option lists and document labels', () => {
  test('Art. 32 points with their item in one bracket make a category list', () => {
    const points = [
      'Abgängig – Schutz (a)',
      'Abgängig – ohne Schutz (b)',
      'Kind – Entführungsgefahr (c)',
      'Kind – Menschenhandel (d i)',
      'Kind – Terror (d ii)',
    ];
    const page = `<html lang="de"><body><label for="k">SIS-Ausschreibung</label>
      <select id="k"><option value="-1">---</option>${points
        .map((text, index) => `<option value="${index}">${text}</option>`)
        .join('')}</select></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#k')).toBe('alert_category');
  });

  test('"Reisedokument – Art" is the document type', () => {
    const page = `<html lang="de"><body><label for="a">Reisedokument – Art</label>
      <select id="a"><option value="-1">---</option><option value="1">Reisepass</option>
      <option value="2">Personalausweis</option></select></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#a')).toBe('id_document_type');
  });
});

describe('fields asked in several controls', () => {
  test('three "SMT/" boxes of a terminal are one field', () => {
    const page = `<html><body><pre>SMT/<input name="s1" maxlength="10">  SMT/<input name="s2"
      maxlength="10">  SMT/<input name="s3" maxlength="10"></pre></body></html>`;
    const field = fieldAt(scanMarkup(page), 'input[name="s1"]');
    expect(field?.fieldId).toBe('distinguishing_marks');
    expect(field?.selectors).toEqual(['input[name="s1"]', 'input[name="s2"]', 'input[name="s3"]']);
  });

  test('a destination country and place in grid cells of their own are one field', () => {
    const cell = (id: string, label: string) =>
      `<div class="col"><div class="item"><div class="row"><div class="lbl"><label for="${id}">${label}</label></div>
      <div class="ctl"><div class="in"><div class="content"><input id="${id}"></div></div></div></div></div></div>`;
    const page = `<html lang="en"><body><form><div class="grid">
      ${cell('destinationCountry', 'Intended destination (country)')}
      ${cell('destinationPlace', 'Town / address mentioned')}
    </div></form></body></html>`;
    const field = fieldAt(scanMarkup(page), '#destinationCountry');
    expect(field?.fieldId).toBe('intended_destination');
    expect(field?.selectors).toEqual(['#destinationCountry', '#destinationPlace']);
  });

  test('forenames and a patronymic are one field', () => {
    const page = `<html lang="bg"><body><form>
      <label for="ime">Собствено име</label><input id="ime">
      <label for="bashtino">Бащино име</label><input id="bashtino">
      <label for="familia">Фамилия</label><input id="familia">
    </form></body></html>`;
    const field = fieldAt(scanMarkup(page), '#ime');
    expect(field?.fieldId).toBe('forenames');
    expect(field?.roles).toEqual(['forenames', 'forenames']);
  });

  test('radios after a hidden input of their name are selected by type', () => {
    const page = `<html lang="es"><body><form><label>Sexo</label>
      <input type="hidden" name="Denuncia[sexo]" value="">
      <div id="sexo"><label><input type="radio" name="Denuncia[sexo]" value="H"> Varón</label>
      <label><input type="radio" name="Denuncia[sexo]" value="M"> Mujer</label></div>
    </form></body></html>`;
    const field = scanMarkup(page).fields.find((candidate) => candidate.fieldId === 'sex');
    expect(field?.selectors).toEqual(['input[type="radio"][name="Denuncia[sexo]"]']);
  });
});

describe('labels of batch 11 portals', () => {
  test('Art. 32 points numbered "32.1.a.i" make a category list', () => {
    const points = [
      '32.1.a.i – bezvēsts pazudis, aizsardzība',
      '32.1.a.ii – bezvēsts pazudis',
      '32.1.b – bezvēsts pazudis, aizsardzība nav vajadzīga',
      '32.1.c – bērns, nolaupīšanas risks',
    ];
    const page = `<html lang="lv"><body><label for="k">SIS brīdinājuma kategorija</label>
      <select id="k"><option value="">—</option>${points
        .map((text, index) => `<option value="${index}">${text}</option>`)
        .join('')}</select></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#k')).toBe('alert_category');
  });

  test('an institution in the care centre section is the centre', () => {
    const page = `<html lang="lv"><body><fieldset><legend>Aprūpes iestāde, aizbildnis, vecāki</legend>
      <label for="c">Uzņemšanas centrs / iestāde</label><input id="c"></fieldset></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#c')).toBe('care_centre_name');
  });

  test('the fingerprint register number is the fingerprint reference', () => {
    const page = `<html lang="lv"><body><label for="d">Daktiloskopijas reģ. Nr.</label>
      <input id="d"></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#d')).toBe('fingerprints_reference');
  });

  test.each([
    ['en', 'Placement address', 'care_centre_address'],
    ['en', '24-hour contact no.', 'care_centre_phone'],
    ['fr', 'Structure d’accueil (foyer, MECS, hôtel ASE)', 'care_centre_name'],
    ['fr', 'Rédacteur (grade, nom)', 'unclassified'],
  ])('%s "%s" reads as %s', (lang, label, expected) => {
    const page = `<html lang="${lang}"><body><label for="x">${label}</label><input id="x"></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#x')).toBe(expected);
  });

  test('"Tutela" with an option of an assumed guardianship is its status', () => {
    const page = `<html lang="es"><body><label for="t">Tutela</label><select id="t">
      <option value="">—</option><option value="A">Asumida por la entidad pública</option>
      <option value="T">En trámite / guarda provisional</option></select></body></html>`;
    expect(fieldIdAt(scanMarkup(page), '#t')).toBe('guardian_status');
  });
});
