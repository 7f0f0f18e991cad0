/** Detection on small portal fixtures in Italian, English and German, beyond the case pages. */
import { describe, expect, test } from 'vitest';
import { type ScanResult, scanDocument } from '../../utils/detect';
import type { DetectedField } from '../../utils/messaging/page-model';
import { fieldAt, fieldIdAt, loadMarkup } from './detect-helpers';

function numberOptions(from: number, to: number): string {
  let options = '';
  for (let number = from; number <= to; number++) {
    options += `<option value="${number}">${number}</option>`;
  }
  return options;
}

const ITALIAN_LEGACY_TABLE = `
<html lang="it"><body><form id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" value="abc">
<input type="hidden" name="__EVENTVALIDATION" value="def">
<table>
  <tr><td>Cognome</td><td><input name="ctl00$Main$txtCognome" id="ctl00_Main_txtCognome"></td></tr>
  <tr><td>Nome</td><td><input name="ctl00$Main$txtNome" id="ctl00_Main_txtNome"></td></tr>
  <tr><td>Data di nascita</td><td>
    <select name="ctl00$Main$ddlGiorno" id="gg">
      <option value="">gg</option>${numberOptions(1, 31)}</select>
    <select name="ctl00$Main$ddlMese" id="mm">
      <option value="">mm</option>${numberOptions(1, 12)}</select>
    <select name="ctl00$Main$ddlAnno" id="aaaa">
      <option value="">aaaa</option>${numberOptions(1990, 2024)}</select>
  </td></tr>
  <tr><td>Sesso</td><td>
    <input type="radio" name="ctl00$Main$rbSesso" value="M" id="sM"><label for="sM">Maschio</label>
    <input type="radio" name="ctl00$Main$rbSesso" value="F" id="sF" checked>
    <label for="sF">Femmina</label>
  </td></tr>
  <tr><td>Cittadinanza</td><td><select name="ctl00$Main$ddlCittadinanza" id="citt">
    <option value="">-- seleziona --</option><option value="AFG">Afghanistan</option>
    <option value="ERI">Eritrea</option><option value="ITA">Italia</option>
    <option value="SOM">Somalia</option></select></td></tr>
  <tr><td>Luogo di nascita</td><td><input name="ctl00$Main$txtLuogoNascita" id="luogo"></td></tr>
  <tr><td>Statura (cm)</td>
    <td><input name="ctl00$Main$txtStatura" id="statura" type="number"></td></tr>
  <tr><td>Colore degli occhi</td><td><select name="ctl00$Main$ddlOcchi" id="occhi">
    <option value="">--</option><option value="BRO">castani</option>
    <option value="BLU">azzurri</option>
    <option value="GRN">verdi</option><option value="HAZ">nocciola</option></select></td></tr>
  <tr><td>Minore straniero non accompagnato</td>
    <td><input type="checkbox" name="ctl00$Main$chkMsna" id="msna"></td></tr>
  <tr><td colspan="2"><input name="ctl00$Main$dtNascita" id="nascosto"></td></tr>
</table></form></body></html>`;

describe('Italian legacy table', () => {
  const result = () => scanDocument(loadMarkup(ITALIAN_LEGACY_TABLE));

  test.each([
    ['#ctl00_Main_txtCognome', 'surname'],
    ['#ctl00_Main_txtNome', 'forenames'],
    ['#citt', 'nationalities'],
    ['#luogo', 'place_of_birth'],
    ['#statura', 'height_cm'],
    ['#occhi', 'eye_colour'],
    ['#msna', 'unaccompanied'],
  ])('%s is %s', (selector, fieldId) => {
    expect(fieldIdAt(result(), selector)).toBe(fieldId);
  });

  test('three selects are one date of birth', () => {
    const field = fieldAt(result(), '#gg');
    expect(field?.fieldId).toBe('date_of_birth');
    expect(field?.selectors).toEqual(['#gg', '#mm', '#aaaa']);
    expect(field?.roles).toEqual(['day', 'month', 'year']);
    expect(field?.label).toBe('Data di nascita');
  });

  test('date parts are selects with options', () => {
    const controls = fieldAt(result(), '#gg')?.controls ?? [];
    expect(controls.map((control) => control.kind)).toEqual(['select', 'select', 'select']);
    expect(controls[1].options).toHaveLength(13);
  });

  test('Sesso radios are one group', () => {
    const field = fieldAt(result(), 'input[name="ctl00$Main$rbSesso"]');
    expect(field?.fieldId).toBe('sex');
    expect(field?.controls[0].kind).toBe('radio-group');
    expect(field?.controls[0].options).toEqual([
      { value: 'M', text: 'Maschio' },
      { value: 'F', text: 'Femmina' },
    ]);
  });

  test('radio group value is the checked choice', () => {
    const field = fieldAt(result(), 'input[name="ctl00$Main$rbSesso"]');
    expect(field?.value).toEqual({ kind: 'options', selected: [{ value: 'F', text: 'Femmina' }] });
  });

  test('radio group elements are listed in order', () => {
    const scan = result();
    const field = fieldAt(scan, 'input[name="ctl00$Main$rbSesso"]');
    const elements = scan.elements.get(field?.controls[0].key ?? '') ?? [];
    expect(elements.map((element) => element.id)).toEqual(['sM', 'sF']);
  });

  test('unlabelled dtNascita by name', () => {
    const field = fieldAt(result(), '#nascosto');
    expect(field?.fieldId).toBe('date_of_birth');
    expect(field?.source).toBe('name-id');
    expect(field?.confidence).toBeLessThan(0.8);
  });

  test('checkbox kind and value', () => {
    const field = fieldAt(result(), '#msna');
    expect(field?.controls[0].kind).toBe('checkbox');
    expect(field?.value).toEqual({ kind: 'checked', checked: false });
  });

  test('document language is it', () => {
    expect(result().lang).toBe('it');
  });
});

const ENGLISH_FORM = `
<html lang="en"><body><form>
  <h2>Missing child</h2>
  <label for="ln">Last name</label><input id="ln" name="lastName" autocomplete="family-name">
  <label for="fn">First name(s)</label><input id="fn" name="firstName">
  <label for="bn">Name at birth</label><input id="bn" name="birthName">
  <label>Sex <select id="sx"><option value="">Select</option><option value="M">Male</option>
    <option value="F">Female</option><option value="U">Unknown</option></select></label>
  <fieldset><legend>Date of birth</legend>
    <input id="dd" name="dob_d" placeholder="DD" maxlength="2">
    <input id="mm" name="dob_m" placeholder="MM" maxlength="2">
    <input id="yy" name="dob_y" placeholder="YYYY" maxlength="4">
  </fieldset>
  <label><input type="checkbox" id="est" name="dobEstimated"> Date of birth is estimated</label>
  <label for="ls">Date last seen</label><input id="ls" type="datetime-local">
  <label for="rp">Date reported</label><input id="rp" type="date">
  <label for="hair">HAI</label><select id="hair"><option>BLK</option><option>BRO</option>
    <option>BLN</option><option>RED</option></select>
  <label for="smt">SMT</label><textarea id="smt"></textarea>
  <label for="ph">Child's mobile phone</label><input id="ph" type="tel">
  <label for="cat">Alert category</label><select id="cat"><option value="A_I">A(i)</option>
    <option value="A_II">A(ii)</option><option value="B">B</option>
    <option value="C">C</option></select>
  <label for="photo">Photograph</label><input id="photo" type="file" accept="image/*">
</form></body></html>`;

describe('English form', () => {
  const result = () => scanDocument(loadMarkup(ENGLISH_FORM));

  test.each([
    ['#ln', 'surname'],
    ['#fn', 'forenames'],
    ['#bn', 'name_at_birth'],
    ['#sx', 'sex'],
    ['#est', 'date_of_birth_estimated'],
    ['#ls', 'last_seen_at'],
    ['#rp', 'reported_at'],
    ['#hair', 'hair_colour'],
    ['#smt', 'distinguishing_marks'],
    ['#ph', 'phone_numbers'],
    ['#cat', 'alert_category'],
    ['#photo', 'facial_image'],
  ])('%s is %s', (selector, fieldId) => {
    expect(fieldIdAt(result(), selector)).toBe(fieldId);
  });

  test('placeholder parts form a date of birth', () => {
    const field = fieldAt(result(), '#dd');
    expect(field?.fieldId).toBe('date_of_birth');
    expect(field?.roles).toEqual(['day', 'month', 'year']);
  });

  test('wrapping label of a select', () => {
    const field = fieldAt(result(), '#sx');
    expect(field?.label).toBe('Sex');
    expect(field?.source).toBe('label-wrap');
  });

  test('checkbox text inside its label', () => {
    expect(fieldAt(result(), '#est')?.label).toBe('Date of birth is estimated');
  });
});

const GERMAN_FORM = `
<html lang="de"><body><form>
  <div class="row"><div class="col">Familienname</div>
    <div class="col"><input id="fam" name="fam"></div></div>
  <div class="row"><div class="col">Vorname(n)</div>
    <div class="col"><input id="vor" name="vor"></div></div>
  <div class="row"><div class="col">Geburtsname</div>
    <div class="col"><input id="geb" name="gebname"></div></div>
  <dl>
    <dt>Geburtsdatum</dt><dd><input id="gd" placeholder="TT.MM.JJJJ"> <span>TT.MM.JJJJ</span></dd>
    <dt>Geburtsort</dt><dd><input id="go"></dd>
    <dt>Größe</dt><dd><input id="gr" type="number"> cm</dd>
    <dt>Augenfarbe</dt><dd><input id="au"></dd>
  </dl>
  <p>Zuletzt gesehen am <input id="zd" type="date"> um <input id="zt" type="time"></p>
  <p><label for="zo">Ort, an dem zuletzt gesehen</label> <input id="zo"></p>
  <p><label for="az">Aktenzeichen</label> <input id="az" style="text-transform: uppercase"></p>
  <p><label for="ma">Maßnahme bei Antreffen</label>
    <select id="ma"><option>Ingewahrsamnahme</option>
    <option>Aufenthaltsermittlung</option></select></p>
  <p><label for="be">Bekleidung</label> <textarea id="be"></textarea></p>
</form></body></html>`;

describe('German form', () => {
  const result = () => scanDocument(loadMarkup(GERMAN_FORM));

  test.each([
    ['#fam', 'surname'],
    ['#vor', 'forenames'],
    ['#geb', 'name_at_birth'],
    ['#gd', 'date_of_birth'],
    ['#go', 'place_of_birth'],
    ['#gr', 'height_cm'],
    ['#au', 'eye_colour'],
    ['#zo', 'last_seen_place'],
    ['#az', 'national_case_number'],
    ['#ma', 'action_on_hit'],
    ['#be', 'clothing'],
  ])('%s is %s', (selector, fieldId) => {
    expect(fieldIdAt(result(), selector)).toBe(fieldId);
  });

  test('div table label is text before', () => {
    const field = fieldAt(result(), '#fam');
    expect(field?.label).toBe('Familienname');
    expect(field?.source).toBe('text-before');
  });

  test('dt labels its dd control', () => {
    expect(fieldAt(result(), '#go')?.source).toBe('definition-list');
  });

  test('hint after control', () => {
    expect(fieldAt(result(), '#gd')?.controls[0].hint).toBe('TT.MM.JJJJ');
    expect(fieldAt(result(), '#gr')?.controls[0].hint).toBe('cm');
  });

  test('date and time make last seen', () => {
    const field = fieldAt(result(), '#zd');
    expect(field?.fieldId).toBe('last_seen_at');
    expect(field?.selectors).toEqual(['#zd', '#zt']);
    expect(field?.roles).toEqual(['date', 'time']);
  });

  test('uppercase style is reported', () => {
    expect(fieldAt(result(), '#az')?.controls[0].upperCase).toBe(true);
    expect(fieldAt(result(), '#fam')?.controls[0].upperCase).toBeUndefined();
  });
});

describe('split dates', () => {
  test('year month day selects keep order', () => {
    const years = numberOptions(1990, 2024);
    const body = `<table><tr><td>Data di nascita</td><td>
      <select id="y"><option value="">aaaa</option>${years}</select>
      <select id="m"><option value="">mm</option>${numberOptions(1, 12)}</select>
      <select id="d"><option value="">gg</option>${numberOptions(1, 31)}</select>
      </td></tr></table>`;
    const field = fieldAt(scanDocument(loadMarkup(body)), '#y');
    expect(field?.fieldId).toBe('date_of_birth');
    expect(field?.roles).toEqual(['year', 'month', 'day']);
    expect(field?.selectors).toEqual(['#y', '#m', '#d']);
  });

  test('lengths 2 2 4 make a date', () => {
    const body = `<p>Geburtsdatum <input id="a" name="f1" maxlength="2">.<input id="b"
      name="f2" maxlength="2">.<input id="c" name="f3" maxlength="4"></p>`;
    const field = fieldAt(scanDocument(loadMarkup(body)), '#a');
    expect(field?.fieldId).toBe('date_of_birth');
    expect(field?.roles).toEqual(['day', 'month', 'year']);
  });

  test('lengths 2 2 4 without date label', () => {
    const body = `<p>Kennzeichen <input id="a" name="k1" maxlength="2">
      <input id="b" name="k2" maxlength="2"> <input id="c" name="k3" maxlength="4"></p>`;
    const result = scanDocument(loadMarkup(body));
    const reported = [...result.fields, ...result.unclassified];
    expect(reported.map((field) => field.selectors)).toEqual([['#a'], ['#b'], ['#c']]);
  });

  test('month and year make a partial date', () => {
    const body = `<p>Date of issue
      <select id="m" name="issue_month">${numberOptions(1, 12)}</select>
      <select id="y" name="issue_year">${numberOptions(2000, 2024)}</select></p>`;
    const field = fieldAt(scanDocument(loadMarkup(body)), '#m');
    expect(field?.fieldId).toBe('id_document_issue_date');
    expect(field?.roles).toEqual(['month', 'year']);
  });
});

/** Returns the ids of the elements of a reported field's first control. */
function groupIds(result: ScanResult, field: DetectedField | undefined): string[] {
  const elements = result.elements.get(field?.controls[0].key ?? '') ?? [];
  return elements.map((element) => element.id);
}

describe('list checkboxes', () => {
  test('differently named fieldset checkboxes group', () => {
    const body = `<fieldset><legend>Rischi</legend>
      <label><input type="checkbox" id="t" name="chkTratta" value="1"> Tratta</label>
      <label><input type="checkbox" id="s" name="chkSfruttamento" value="1" checked>
        Sfruttamento</label>
      <label><input type="checkbox" id="m" name="chkMatrimonio" value="1">
        Matrimonio forzato</label>
    </fieldset>`;
    const result = scanDocument(loadMarkup(body));
    const field = fieldAt(result, '#t, #s, #m');
    expect(field?.fieldId).toBe('risk_indicators');
    expect(field?.controls[0].kind).toBe('checkbox-group');
    const elements = result.elements.get(field?.controls[0].key ?? '') ?? [];
    expect(elements.map((element) => element.id)).toEqual(['t', 's', 'm']);
    expect(field?.value).toEqual({
      kind: 'options',
      selected: [{ value: '1', text: 'Sfruttamento' }],
    });
  });

  test('ARIA group checkboxes group', () => {
    const body = `<span id="phw">Personengebundene Hinweise</span>
      <div role="group" aria-labelledby="phw">
        <div><input type="checkbox" id="a"><label for="a">AUSB – entwichen</label></div>
        <div><input type="checkbox" id="f"><label for="f">FREI – Freitodgefahr</label></div>
      </div>`;
    const result = scanDocument(loadMarkup(body));
    const field = fieldAt(result, '#a, #f');
    expect(field?.fieldId).toBe('warning_flags');
    expect(groupIds(result, field)).toEqual(['a', 'f']);
  });

  test('French warning checkboxes group', () => {
    const body = `<html lang="fr"><body><fieldset><legend>Mentions de dangerosité</legend>
      <label><input type="checkbox" id="v" name="dangerViolent"> Violent</label>
      <label><input type="checkbox" id="s" name="dangerSuicide"> Risque suicidaire</label>
    </fieldset></body></html>`;
    const result = scanDocument(loadMarkup(body));
    const field = fieldAt(result, '#v, #s');
    expect(field?.fieldId).toBe('warning_flags');
    expect(groupIds(result, field)).toEqual(['v', 's']);
  });

  test('Italian warning checkboxes group', () => {
    const body = `<html lang="it"><body><fieldset><legend>Indicazioni operative</legend>
      <input type="checkbox" id="c" name="avvComunita"><label for="c">Allontanatosi dalla comunità</label>
      <input type="checkbox" id="s" name="avvSuicidio"><label for="s">Rischio autolesivo / suicidario</label>
    </fieldset></body></html>`;
    const result = scanDocument(loadMarkup(body));
    const field = fieldAt(result, '#c, #s');
    expect(field?.fieldId).toBe('warning_flags');
    expect(groupIds(result, field)).toEqual(['c', 's']);
  });

  test('checkboxes under a caption label group', () => {
    const body = `<html lang="pl"><body><div class="bp5-form-group">
      <label class="bp5-label">Ostrzeżenia</label>
      <label><input type="checkbox" id="u" name="ostrUcieczki"> skłonność do ucieczek</label>
      <label><input type="checkbox" id="s" name="ostrSamob"> ryzyko samobójcze</label>
    </div></body></html>`;
    const result = scanDocument(loadMarkup(body));
    const field = fieldAt(result, '#u, #s');
    expect(field?.fieldId).toBe('warning_flags');
    expect(groupIds(result, field)).toEqual(['u', 's']);
  });

  test('checkboxes under a list header group', () => {
    const body = `<html lang="es"><body><ion-list>
      <ion-list-header><ion-label>Avisos</ion-label></ion-list-header>
      <ion-item><input type="checkbox" id="f" name="avisoFuga" aria-labelledby="lf">
        <ion-label id="lf">Fugas previas del centro</ion-label></ion-item>
      <ion-item><input type="checkbox" id="a" name="avisoAutolitico" aria-labelledby="la">
        <ion-label id="la">Riesgo autolítico</ion-label></ion-item>
    </ion-list></body></html>`;
    const result = scanDocument(loadMarkup(body));
    const field = fieldAt(result, '#f, #a');
    expect(field?.fieldId).toBe('warning_flags');
    expect(groupIds(result, field)).toEqual(['f', 'a']);
  });

  test('deep ARIA group checkboxes group', () => {
    const box = (
      id: string,
      text: string,
    ) => `<div class="Checkbox-root"><div class="Checkbox-body">
      <div class="Checkbox-inner"><input type="checkbox" id="${id}" name="${id}Flag"></div>
      <div class="Checkbox-labelWrapper"><label for="${id}">${text}</label></div></div></div>`;
    const body = `<html lang="lv"><body><div role="group" aria-labelledby="cap">
      <div id="cap">Brīdinājuma pazīmes</div>
      <div class="Group-root">${box('a', 'aizbēdzis no iestādes')}${box('p', 'pašnāvības risks')}</div>
    </div></body></html>`;
    const result = scanDocument(loadMarkup(body));
    const field = fieldAt(result, '#a, #p');
    expect(field?.fieldId).toBe('warning_flags');
    expect(groupIds(result, field)).toEqual(['a', 'p']);
  });

  test('warning checkbox rows group', () => {
    const row = (id: string, text: string) => `<tr><td><label for="${id}">${text}</label></td>
      <td><input type="checkbox" id="${id}"><label for="${id}">\u200b</label></td></tr>`;
    const body = `<html lang="pt"><body><table>
      <tr><td><label for="r">Indícios de risco</label></td><td><input id="r" name="risco"></td></tr>
      ${row('f', 'Fugas anteriores de instituição')}${row('s', 'Risco de suicídio')}
      <tr><td><label for="n">Observações</label></td><td><textarea id="n"></textarea></td></tr>
    </table></body></html>`;
    const result = scanDocument(loadMarkup(body));
    const field = fieldAt(result, '#f, #s');
    expect(field?.fieldId).toBe('warning_flags');
    expect(groupIds(result, field)).toEqual(['f', 's']);
  });

  test('checkbox run ends at list change', () => {
    const box = (id: string, caption: string, text: string) =>
      `<div><label>${caption}</label><input type="checkbox" id="${id}"><label for="${id}">${text}</label></div>`;
    const body = `<html lang="bg"><body>
      ${box('t', 'Рискове', 'трафик на хора')}${box('e', '', 'експлоатация')}
      ${box('n', 'Предупреждения', 'напуснал самоволно институция')}${box('s', '', 'суицидни намерения')}
    </body></html>`;
    const result = scanDocument(loadMarkup(body));
    expect(groupIds(result, fieldAt(result, '#t, #e'))).toEqual(['t', 'e']);
    expect(groupIds(result, fieldAt(result, '#n, #s'))).toEqual(['n', 's']);
    expect(fieldAt(result, '#n, #s')?.fieldId).toBe('warning_flags');
  });

  test('lone list checkbox stays single', () => {
    const body = `<html lang="pt"><body>
      <label><input type="checkbox" id="s"> Risco de suicídio</label>
      <label for="n">Observações</label><textarea id="n"></textarea>
      <label><input type="checkbox" id="u"> Menor não acompanhado</label>
    </body></html>`;
    const result = scanDocument(loadMarkup(body));
    const selectors = [...result.fields, ...result.unclassified].map((item) => item.selectors[0]);
    expect(selectors).toContain('#s');
    expect(selectors).toContain('#u');
  });

  test('captioned checkboxes of no list stay apart', () => {
    const body = `<html lang="it"><body><div>
      <label>Altro</label>
      <label><input type="checkbox" id="u" name="chkMsna"> Minore straniero non accompagnato</label>
      <label><input type="checkbox" id="p" name="chkPresunta"> Data di nascita presunta</label>
    </div></body></html>`;
    const result = scanDocument(loadMarkup(body));
    expect(fieldAt(result, '#u')?.fieldId).toBe('unaccompanied');
    expect(fieldAt(result, '#p')?.fieldId).toBe('date_of_birth_estimated');
  });

  test('unrelated fieldset checkboxes stay apart', () => {
    const body = `<fieldset><legend>Altro</legend>
      <label><input type="checkbox" id="u" name="chkMsna"> Minore straniero non accompagnato</label>
      <label><input type="checkbox" id="p" name="chkPresunta"> Data di nascita presunta</label>
    </fieldset>`;
    const result = scanDocument(loadMarkup(body));
    expect(fieldAt(result, '#u')?.fieldId).toBe('unaccompanied');
    expect(fieldAt(result, '#p')?.fieldId).toBe('date_of_birth_estimated');
  });
});

describe('labels read with their control', () => {
  test('final em before date mask', () => {
    const body = `<html lang="pt"><body><table>
      <tr><td><label for="d">Visto pela última vez em</label></td>
        <td><input id="d" type="text" placeholder="dd/mm/aaaa hh:mm:ss"></td></tr>
      <tr><td><label for="l">Visto pela última vez em</label></td><td><input id="l" type="text"></td></tr>
    </table></body></html>`;
    const result = scanDocument(loadMarkup(body));
    expect(fieldIdAt(result, '#d')).toBe('last_seen_at');
    expect(fieldIdAt(result, '#l')).toBe('last_seen_place');
  });

  test('document kind select is type', () => {
    const body = `<html lang="es"><body>
      <label for="t">Documento de identidad</label>
      <select id="t"><option value="">--</option><option value="P">Pasaporte</option>
        <option value="I">Carta de identidad nacional</option></select>
      <label for="n">Número</label><input id="n" type="text">
    </body></html>`;
    const result = scanDocument(loadMarkup(body));
    expect(fieldIdAt(result, '#t')).toBe('id_document_type');
  });

  test('repeating table column is one list', () => {
    const row = (alias: string, source: string) =>
      `<tr><td><input id="${alias}"></td><td><input id="${source}"></td></tr>`;
    const body = `<html lang="es"><body><table>
      <thead><tr><td>Nombre o grafía utilizada</td><td>Dónde consta</td></tr></thead>
      <tbody>${row('a1', 's1')}${row('a2', 's2')}${row('a3', 's3')}</tbody>
    </table></body></html>`;
    const result = scanDocument(loadMarkup(body));
    expect(fieldAt(result, '#a1')?.fieldId).toBe('aliases');
    expect(fieldAt(result, '#a1')?.selectors).toEqual(['#a1', '#a2', '#a3']);
  });

  test('section head class gives context', () => {
    const section = (title: string, id: string) => `<div class="form-section">
      <div class="section-head">${title}</div><div class="section-body">
      <div class="form-group"><label class="control-label">Data u ħin</label>
      <div class="control-input"><input id="${id}" type="text"></div></div></div></div>`;
    const body = `<html lang="mt"><body>${section('L-aħħar li deher', 'seen')}
      ${section('Rapport', 'rep')}</body></html>`;
    const result = scanDocument(loadMarkup(body));
    expect(fieldIdAt(result, '#seen')).toBe('last_seen_at');
  });
});

describe('labels of widget libraries and national wording', () => {
  test('a date picker five boxes below its label', () => {
    const item = (label: string, id: string, picker: boolean) => {
      const input = `<div class="n-input"><div class="n-input-wrapper"><div class="n-input__input">
        <input id="${id}" type="text" class="n-input__input-el"></div></div></div>`;
      return `<div class="n-form-item"><label class="n-form-item-label">
        <span class="n-form-item-label__text">${label}</span></label>
        <div class="n-form-item-blank">${picker ? `<div class="n-date-picker">${input}</div>` : input}</div></div>`;
    };
    const body = `<html lang="lv"><body>${item('Uzvārds', 'surname', false)}
      ${item('Dzim. datums', 'dob', true)}${item('Valodas', 'lang', false)}</body></html>`;
    const result = scanDocument(loadMarkup(body));
    expect(fieldIdAt(result, '#dob')).toBe('date_of_birth');
    expect(fieldIdAt(result, '#lang')).toBe('languages');
  });

  test('a switch of codes in the page script is no field', () => {
    const body = `<html lang="bg"><body>
      <div class="bx-top"><select name="site_lang" title="Език"><option selected>БГ</option><option>EN</option></select></div>
      <table><tr><td>Езици</td><td><input name="form_text_18" id="langs"></td></tr></table>
    </body></html>`;
    const result = scanDocument(loadMarkup(body));
    const languages = result.fields.filter((field) => field.fieldId === 'languages');
    expect(languages.map((field) => field.selectors)).toEqual([['#langs']]);
  });

  test("the interface's language is no field", () => {
    const body = `<html lang="lv"><body>
      <label for="ui">Saskarnes valoda</label><input id="ui" value="LV">
      <label for="spoken">Valodas</label><input id="spoken">
    </body></html>`;
    const result = scanDocument(loadMarkup(body));
    expect(fieldIdAt(result, '#ui')).toBe('unclassified');
    expect(fieldIdAt(result, '#spoken')).toBe('languages');
  });

  test.each([
    ['de', 'sonst. angeg. Geb.-Daten', 'declared_dates_of_birth'],
    ['de', 'Fallgruppe', 'case_type'],
    ['de', 'Erkrankung / Medikation', 'health_needs'],
    ['fr', 'Service requérant', 'issuing_authority'],
    ['fr', 'Exposé des motifs', 'alert_reason'],
    ['fr', "Attaches à l'étranger", 'contacts_abroad'],
    ['fr', 'N° AGDREF / dossier OFPRA', 'national_register_number'],
    ['mt', 'Telaq miċ-ċentru fi (data u ħin)', 'left_care_at'],
    ['lv', 'Konti soc. tīklos', 'social_media'],
    ['pl', 'Nr rejestracyjny daktyloskopii', 'fingerprints_reference'],
    ['pl', 'Zawiadamiający', 'reported_by'],
    ['bg', 'Структура, обявяваща издирването', 'issuing_authority'],
    ['bg', 'Месторождение', 'place_of_birth'],
    ['it', 'Educatore di riferimento', 'case_worker'],
  ])('%s "%s" is %s', (lang, label, fieldId) => {
    const body = `<html lang="${lang}"><body><label for="f">${label}</label><input id="f"></body></html>`;
    expect(fieldIdAt(scanDocument(loadMarkup(body)), '#f')).toBe(fieldId);
  });

  test('a group label titles the fields below it', () => {
    const field = (label: string, id: string) => `<div class="fjs-form-field">
      <label class="fjs-form-field-label" for="${id}">${label}</label>
      <div class="fjs-input-group"><input class="fjs-input" id="${id}" type="text"></div></div>`;
    const body = `<html lang="it"><body><div class="fjs-form-field fjs-form-field-group">
      <label class="fjs-form-field-grouplabel">Tutore volontario</label>
      ${field('Nominativo', 'name')}${field('Recapito', 'contact')}</div></body></html>`;
    const result = scanDocument(loadMarkup(body));
    expect(fieldIdAt(result, '#name')).toBe('guardian_name');
    expect(fieldIdAt(result, '#contact')).toBe('guardian_contact');
  });

  test('repeater items under one label are one list', () => {
    const item = (
      id: string,
    ) => `<li class="fi-fo-repeater-item"><div class="fi-fo-repeater-item-content">
      <div class="fi-fo-field-wrp"><div class="grid"><div class="flex">
      <label class="fi-fo-field-wrp-label" for="${id}"><span>Име / изписване</span></label></div>
      <div class="grid"><div class="fi-input-wrp"><div class="min-w-0"><input class="fi-input" id="${id}" type="text">
      </div></div></div></div></div></div></li>`;
    const body = `<html lang="bg"><body><label for="s">Фамилия</label><input id="s">
      <div class="fi-fo-repeater"><ul>${item('v1')}${item('v2')}</ul></div></body></html>`;
    const field = fieldAt(scanDocument(loadMarkup(body)), '#v1');
    expect(field?.fieldId).toBe('aliases');
    expect(field?.selectors).toEqual(['#v1', '#v2']);
  });

  test('data grid rows under a column header are one list', () => {
    const row = (index: number) => `<tr><td><div class="formio-component-textfield">
      <input type="text" id="name-${index}" aria-label="Name / Schreibweise"></div></td>
      <td><div class="formio-component-select"><select id="kind-${index}" aria-label="Art">
      <option value=""></option><option value="alias">Alias</option></select></div></td></tr>`;
    const body = `<html lang="de"><body><label for="s">Familienname</label><input id="s">
      <table class="datagrid-table"><thead><tr><th>Name / Schreibweise</th><th>Art</th></tr></thead>
      <tbody>${row(0)}${row(1)}</tbody></table></body></html>`;
    const field = fieldAt(scanDocument(loadMarkup(body)), '#name-0');
    expect(field?.fieldId).toBe('aliases');
    expect(field?.selectors).toEqual(['#name-0', '#name-1']);
  });

  test('a time box under "Hour : Minutes" joins its date', () => {
    const body = `<html lang="en"><body><label id="l" for="d">Last seen</label>
      <span><input type="text" id="d" placeholder="DD-MM-YYYY" aria-labelledby="l sd">
        <label id="sd" for="d">Date</label></span>
      <span><input type="text" id="t" placeholder="HH:MM" aria-labelledby="l st">
        <label id="st" for="t">Hour : Minutes</label></span></body></html>`;
    const field = fieldAt(scanDocument(loadMarkup(body)), '#d');
    expect(field?.fieldId).toBe('last_seen_at');
    expect(field?.selectors).toEqual(['#d', '#t']);
  });

  test('a care home runaway checkbox is a warning', () => {
    const body = `<html lang="pl"><body>
      <input type="checkbox" id="w"><label for="w">ucieka z placówek (skłonność do oddaleń)</label>
    </body></html>`;
    expect(fieldIdAt(scanDocument(loadMarkup(body)), '#w')).toBe('warning_flags');
  });

  test('risk checkboxes named by aria-label are one list', () => {
    const box = (name: string, risk: string) =>
      `<span class="siebui-ctrl-checkbox-container"><input type="checkbox" name="${name}"
        aria-label="Gefährdung ${risk}"></span> ${risk}`;
    const body = `<html lang="de"><body><table><tr><td>Gefährdung</td>
      <td>${box('s_5_1_64_0', 'Menschenhandel')} ${box('s_5_1_65_0', 'Zwangsverheiratung')}</td>
    </tr></table></body></html>`;
    const selectors = 'input[name="s_5_1_64_0"], input[name="s_5_1_65_0"]';
    expect(fieldIdAt(scanDocument(loadMarkup(body)), selectors)).toBe('risk_indicators');
  });

  test('warning checkboxes with names of their own are one list', () => {
    const box = (id: string, text: string) =>
      `<span class="gwt-CheckBox"><input type="checkbox" id="${id}"><label for="${id}">${text}</label></span>`;
    const body = `<html lang="fr"><body><table><tr><td><div class="gwt-Label">Mentions</div></td>
      <td>${box('w1', "Fugueur récidiviste (s'est soustrait à la prise en charge)")}
      ${box('w2', 'Risque suicidaire')}</td></tr></table></body></html>`;
    expect(fieldIdAt(scanDocument(loadMarkup(body)), '#w1, #w2')).toBe('warning_flags');
  });
});
