/** DOM-level detection: controls that count, their facts, labels, values, keys and selectors. */
import { describe, expect, test } from 'vitest';
import { controlKey, readPageValue, scanDocument, uniqueSelector } from '../../utils/detect';
import { fieldAt, fieldIdAt, loadMarkup } from './detect-helpers';

function scan(body: string) {
  return scanDocument(loadMarkup(`<html lang="en"><body>${body}</body></html>`));
}

function reportedSelectors(body: string): string[] {
  const result = scan(body);
  return [...result.fields, ...result.unclassified].map((field) => field.selectors[0]);
}

describe('controls that count', () => {
  test('ignored input types', () => {
    const body = ['hidden', 'button', 'submit', 'reset', 'image', 'password', 'search']
      .map((type) => `<input type="${type}" id="${type}">`)
      .join('');
    const selectors = reportedSelectors(`${body}<button id="b">Go</button><input id="kept">`);
    expect(selectors).toEqual(['#kept']);
  });

  test('display none and hidden ancestors are skipped', () => {
    const body = `
      <style>.gone { display: none }</style>
      <div class="gone"><input id="a"></div>
      <div hidden><p><input id="b"></p></div>
      <input id="c" style="display:none">
      <input id="d">`;
    expect(reportedSelectors(body)).toEqual(['#d']);
  });

  test('opacity zero counts, visibility hidden not', () => {
    const body = `
      <style>.fade { opacity: 0 }</style>
      <div class="fade"><input id="a"></div>
      <div style="visibility:hidden"><input id="b"></div>`;
    expect(reportedSelectors(body)).toEqual(['#a']);
  });

  test('hidden checkbox with visible label', () => {
    const body = `<input type="checkbox" id="u" style="display:none">
      <label for="u">Unaccompanied minor</label>`;
    expect(fieldAt(scan(body), '#u')?.fieldId).toBe('unaccompanied');
  });

  test('shadow root of a hidden host is skipped', () => {
    const doc = loadMarkup('<div hidden><span id="host"></span></div><input id="d">');
    const root = doc.getElementById('host')?.attachShadow({ mode: 'open' });
    if (root) root.innerHTML = '<input id="inner">';
    expect(scanDocument(doc).unclassified.map((control) => control.selectors[0])).toEqual(['#d']);
  });
});

describe('control state', () => {
  test.each([
    ['<input id="x" readonly>', 'readonly'],
    ['<input id="x" disabled>', 'disabled'],
    ['<textarea id="x" readonly></textarea>', 'readonly'],
    ['<select id="x" disabled><option>a</option></select>', 'disabled'],
    ['<fieldset disabled><input id="x"></fieldset>', 'disabled'],
    ['<fieldset disabled><legend><input id="x"></legend></fieldset>', 'editable'],
    ['<input id="x">', 'editable'],
  ])('%s is %s', (body, state) => {
    const control = scan(body).unclassified[0]?.controls[0];
    expect(control?.state).toBe(state);
  });
});

describe('control facts', () => {
  test.each([
    ['<input id="x" type="email">', 'text'],
    ['<input id="x" type="tel">', 'text'],
    ['<input id="x" type="number">', 'text'],
    ['<input id="x" type="search" role="combobox">', 'text'],
    ['<input id="x" type="date">', 'date'],
    ['<input id="x" type="datetime-local">', 'datetime-local'],
    ['<input id="x" type="time">', 'time'],
    ['<input id="x" type="file">', 'file'],
    ['<textarea id="x"></textarea>', 'textarea'],
    ['<select id="x"><option>a</option></select>', 'select'],
    ['<select id="x" multiple><option>a</option></select>', 'select-multiple'],
    ['<input id="x" type="checkbox">', 'checkbox'],
    ['<input id="x" type="radio">', 'radio-group'],
  ])('%s has kind %s', (body, kind) => {
    expect(scan(body).unclassified[0]?.controls[0].kind).toBe(kind);
  });

  test('attributes are copied', () => {
    const body = `<input id="x" maxlength="40" pattern="[A-Z ]+" inputmode="text"
      autocomplete="family-name" placeholder="Rossi" title="Surname">`;
    const control = scan(body).fields[0]?.controls[0];
    expect(control?.maxLength).toBe(40);
    expect(control?.pattern).toBe('[A-Z ]+');
    expect(control?.inputMode).toBe('text');
    expect(control?.autocomplete).toBe('family-name');
    expect(control?.placeholder).toBe('Rossi');
  });

  test('upper-case pattern sets upperCase', () => {
    const upper = scan('<input id="x" pattern="[A-Z]+">').unclassified[0];
    const mixed = scan('<input id="x" pattern="[A-Za-z]+">').unclassified[0];
    expect(upper?.controls[0].upperCase).toBe(true);
    expect(mixed?.controls[0].upperCase).toBeUndefined();
  });

  test('hint from aria-describedby', () => {
    const body = `<label for="f">Photo</label><input id="f" type="file" aria-describedby="h">
      <p id="h">max. 200 KB</p>`;
    expect(scan(body).fields[0]?.controls[0].hint).toBe('max. 200 KB');
  });

  // NOTE: the size limit in the label cell is not read yet, so a fill attaches
  // a photo larger than the limit that the demo portal states beside its label.
  test.fails('hint from a note in the label cell', () => {
    const body = `<table><tr>
      <td>Fotografia<br><span class="nota">solo JPEG, max 200 KB</span></td>
      <td><input type="file" id="f" accept="image/jpeg"></td>
    </tr></table>`;
    const control = scan(body).fields[0]?.controls[0];
    expect(control?.hint).toContain('max 200 KB');
  });

  test('lang comes from the nearest ancestor', () => {
    const body = '<div lang="lv"><p><input id="x"></p></div><input id="y">';
    const [first, second] = scan(body).unclassified;
    expect(first.controls[0].lang).toBe('lv');
    expect(second.controls[0].lang).toBe('en');
  });

  test('lang crosses a shadow root', () => {
    const doc = loadMarkup('<div lang="mt"><span id="host"></span></div>');
    const root = doc.getElementById('host')?.attachShadow({ mode: 'open' });
    if (root) root.innerHTML = '<input id="inner">';
    expect(scanDocument(doc).unclassified[0]?.controls[0].lang).toBe('mt');
  });
});

describe('label sources', () => {
  test.each([
    ['<span id="l">Cognome</span><input id="x" aria-labelledby="l">', 'aria-labelledby'],
    ['<input id="x" aria-label="Cognome">', 'aria-label'],
    ['<input id="x" placeholder="Cognome">', 'placeholder'],
    ['<input id="x" title="Cognome">', 'title'],
    ['<label>Cognome <input id="x"></label>', 'label-wrap'],
    ['<label for="x">Cognome</label><input id="x">', 'label-for'],
    ['<p><b>Cognome</b>: <input id="x"></p>', 'text-before'],
    ['<table><tr><td>Cognome</td><td><input id="x"></td></tr></table>', 'table-left'],
    ['<table><tr><th>Cognome</th></tr><tr><td><input id="x"></td></tr></table>', 'table-above'],
    ['<dl><dt>Cognome</dt><dd><input id="x"></dd></dl>', 'definition-list'],
    ['<input id="x" name="txtCognome">', 'name-id'],
  ])('%s gives %s', (body, source) => {
    const field = scan(body).fields[0];
    expect(field?.fieldId).toBe('surname');
    expect(field?.source).toBe(source);
  });

  test('format placeholder is no label', () => {
    const body = '<label for="x">Data di nascita</label><input id="x" placeholder="gg/mm/aaaa">';
    const field = scan(body).fields[0];
    expect(field?.evidence.map((item) => item.source)).not.toContain('placeholder');
  });

  test('text after a checkbox labels it', () => {
    const body = '<p><input type="checkbox" id="x"> unbegleiteter Minderjähriger</p>';
    const field = scan(body).fields[0];
    expect(field?.fieldId).toBe('unaccompanied');
    expect(field?.source).toBe('text-after');
  });

  test('label text without select options', () => {
    const body = `<label>Sesso <select id="x"><option>Maschio</option>
      <option>Femmina</option></select></label>`;
    const field = scan(body).fields[0];
    expect(field?.label).toBe('Sesso');
  });

  test('evidence in trust order', () => {
    const body = `<label for="x">Cognome</label>
      <input id="x" name="txtCognome" placeholder="Rossi" title="Cognome del minore">`;
    const sources = scan(body).fields[0]?.evidence.map((item) => item.source);
    expect(sources).toEqual(['label-for', 'placeholder', 'title', 'name-id', 'name-id']);
  });

  test('text before stops at another control', () => {
    const body = '<p>Cognome <input id="a"> <input id="b"></p>';
    const [, second] = [...scan(body).fields, ...scan(body).unclassified];
    expect(second.evidence.map((item) => item.source)).not.toContain('text-before');
  });
});

describe('groups', () => {
  const checkboxes = `
    <fieldset><legend>Risk indicators</legend>
      <label><input type="checkbox" name="risk" value="TRAFFICKING" checked> Trafficking</label>
      <label><input type="checkbox" name="risk" value="FGM"> FGM</label>
      <label><input type="checkbox" name="risk" value="SUICIDE" checked> Suicide</label>
    </fieldset>`;

  test('same-name checkboxes are one group', () => {
    const field = scan(checkboxes).fields[0];
    expect(field?.fieldId).toBe('risk_indicators');
    expect(field?.controls[0].kind).toBe('checkbox-group');
    const texts = field?.controls[0].options?.map((option) => option.text);
    expect(texts).toEqual(['Trafficking', 'FGM', 'Suicide']);
  });

  test('legend of the group is its label', () => {
    const field = scan(checkboxes).fields[0];
    expect(field?.label).toBe('Risk indicators');
    expect(field?.source).toBe('label-wrap');
  });

  test('checkbox group value lists checked choices', () => {
    expect(scan(checkboxes).fields[0]?.value).toEqual({
      kind: 'options',
      selected: [
        { value: 'TRAFFICKING', text: 'Trafficking' },
        { value: 'SUICIDE', text: 'Suicide' },
      ],
    });
  });

  test('group selector matches the whole group', () => {
    expect(scan(checkboxes).fields[0]?.selectors).toEqual(['input[name="risk"]']);
  });

  test('radios of two forms are two groups', () => {
    const body = `
      <form><p>Sex <input type="radio" name="s" value="M"> M
        <input type="radio" name="s" value="F"> F</p></form>
      <form><p>Sex <input type="radio" name="s" value="M"> M
        <input type="radio" name="s" value="F"> F</p></form>`;
    const fields = scan(body).fields;
    expect(fields).toHaveLength(2);
    expect(fields.map((field) => field.controls[0].options?.length)).toEqual([2, 2]);
  });

  test('radio text before labels group', () => {
    const body = `<p>Sesso: <label><input type="radio" name="s" value="M">Maschio</label>
      <label><input type="radio" name="s" value="F">Femmina</label></p>`;
    const field = scan(body).fields[0];
    expect(field?.fieldId).toBe('sex');
    expect(field?.label).toBe('Sesso:');
  });
});

describe('readPageValue', () => {
  test('text input', () => {
    const doc = loadMarkup('<input id="x" value="Rossi">');
    const value = readPageValue([doc.getElementById('x') as Element], 'text');
    expect(value).toEqual({ kind: 'text', text: 'Rossi' });
  });

  test('select multiple', () => {
    const doc = loadMarkup(`<select id="x" multiple><option value="a" selected>A</option>
      <option value="b">B</option><option value="c" selected>C</option></select>`);
    expect(readPageValue([doc.getElementById('x') as Element], 'select-multiple')).toEqual({
      kind: 'options',
      selected: [
        { value: 'a', text: 'A' },
        { value: 'c', text: 'C' },
      ],
    });
  });

  test('checkbox', () => {
    const doc = loadMarkup('<input type="checkbox" id="x" checked>');
    const value = readPageValue([doc.getElementById('x') as Element], 'checkbox');
    expect(value).toEqual({ kind: 'checked', checked: true });
  });

  test('radio group', () => {
    const doc = loadMarkup(`
      <input type="radio" name="s" id="m" value="M"><label for="m">Maschio</label>
      <input type="radio" name="s" id="f" value="F" checked><label for="f">Femmina</label>`);
    const elements = [doc.getElementById('m'), doc.getElementById('f')] as Element[];
    expect(readPageValue(elements, 'radio-group')).toEqual({
      kind: 'options',
      selected: [{ value: 'F', text: 'Femmina' }],
    });
  });

  test('empty file input', () => {
    const doc = loadMarkup('<input type="file" id="x">');
    const value = readPageValue([doc.getElementById('x') as Element], 'file');
    expect(value).toEqual({ kind: 'file', files: [] });
  });

  test('several inputs read as parts', () => {
    const doc = loadMarkup(
      '<input id="d" value="24"><input id="m" value="12"><input id="y" value="1985">',
    );
    const elements = ['d', 'm', 'y'].map((id) => doc.getElementById(id)) as Element[];
    expect(readPageValue(elements, 'text')).toEqual({
      kind: 'parts',
      parts: [
        { kind: 'text', text: '24' },
        { kind: 'text', text: '12' },
        { kind: 'text', text: '1985' },
      ],
    });
  });
});

describe('controlKey', () => {
  test('same element keeps its key', () => {
    const element = document.createElement('input');
    expect(controlKey(element)).toBe(controlKey(element));
    expect(controlKey(element)).toMatch(/^c\d+$/);
  });

  test('different elements get different keys', () => {
    const first = controlKey(document.createElement('input'));
    const second = controlKey(document.createElement('input'));
    expect(first).not.toBe(second);
  });

  test('scans report the same key twice', () => {
    const doc = loadMarkup('<input id="x">');
    const first = scanDocument(doc).unclassified[0]?.controls[0].key;
    const second = scanDocument(doc).unclassified[0]?.controls[0].key;
    expect(first).toBeDefined();
    expect(second).toBe(first);
  });
});

describe('uniqueSelector', () => {
  test.each([
    ['<input id="sn">', 'sn', '#sn'],
    ['<input id="123">', '123', '#\\31 23'],
    ['<input id="a.b">', 'a.b', '#a\\.b'],
    ['<input name="ctl00$cph$txtNm1" id="n">', 'n', '#n'],
  ])('%s gives %s', (body, id, expected) => {
    const doc = loadMarkup(body);
    expect(uniqueSelector(doc.getElementById(id) as Element)).toBe(expected);
  });

  test('unique name without id', () => {
    const doc = loadMarkup('<input name="ctl00$cph$txtNm1">');
    const selector = uniqueSelector(doc.querySelector('input') as Element);
    expect(selector).toBe('input[name="ctl00$cph$txtNm1"]');
    expect(doc.querySelectorAll(selector)).toHaveLength(1);
  });

  test('duplicate ids fall back to a path', () => {
    const doc = loadMarkup('<div><input id="d"></div><div><input id="d"></div>');
    const second = doc.querySelectorAll('input')[1];
    const selector = uniqueSelector(second);
    expect(doc.querySelectorAll(selector)).toHaveLength(1);
    expect(doc.querySelector(selector)).toBe(second);
  });

  test('shadow root step', () => {
    const doc = loadMarkup('<my-field id="host"></my-field>');
    const root = doc.getElementById('host')?.attachShadow({ mode: 'open' });
    if (root) root.innerHTML = '<label for="i">Name</label><input id="i">';
    expect(uniqueSelector(root?.getElementById('i') as Element)).toBe('#host >>> #i');
  });

  test('scan selectors match their element', () => {
    const doc = loadMarkup('<form><p><input></p><p><input></p><select name="s"></select></form>');
    const result = scanDocument(doc);
    for (const control of result.unclassified) {
      const [element] = result.elements.get(control.controls[0].key) ?? [];
      expect(doc.querySelector(control.selectors[0])).toBe(element);
    }
  });
});

describe('closed shadow roots', () => {
  test('callback without a root counts nothing', () => {
    const doc = loadMarkup('<lonely-element></lonely-element>');
    expect(scanDocument(doc, { openClosedShadowRoot: () => null }).closedRootsUnread).toBe(0);
  });

  test('nested open roots are scanned', () => {
    const doc = loadMarkup('<outer-field id="o"></outer-field>');
    const outer = doc.getElementById('o')?.attachShadow({ mode: 'open' });
    if (outer) outer.innerHTML = '<inner-field id="i"></inner-field>';
    const inner = outer?.getElementById('i')?.attachShadow({ mode: 'open' });
    if (inner) inner.innerHTML = '<label for="x">Cognome</label><input id="x">';
    expect(scanDocument(doc).fields[0]?.selectors).toEqual(['#o >>> #i >>> #x']);
  });
});

describe('web component labels', () => {
  test('label attribute of a wrapping custom element', () => {
    const result = scan('<x-field label="Lieu de naissance"><input id="p" name="f7"></x-field>');
    expect(fieldIdAt(result, '#p')).toBe('place_of_birth');
    expect(fieldAt(result, '#p')?.source).toBe('label-wrap');
  });
});

describe('date and time in separate layout tables', () => {
  test('joins a date and a time each in its own table', () => {
    const row = (label: string, id: string, mask: string) =>
      `<table><tbody><tr><td><label>${label}</label></td>` +
      `<td><input id="${id}" placeholder="${mask}"></td></tr></tbody></table>`;
    const body =
      `<fieldset><legend>Betreuungseinrichtung</legend><div><div>` +
      row('Abgang am:', 'd', 'TT.MM.JJJJ') +
      row('um:', 't', 'HH:MM') +
      `</div></div></fieldset>`;
    const field = fieldAt(scan(body), '#d');
    expect(field?.fieldId).toBe('left_care_at');
    expect(field?.roles).toEqual(['date', 'time']);
  });
});

describe('terminal screens', () => {
  test('a line break in a pre ends the label', () => {
    const body = `<pre>DATES YYYYMMDD    SEX M F U   EMD DISABILITY
CMD ==> <input id="cmd" name="fld_23"></pre>`;
    const result = scan(body);
    expect(fieldIdAt(result, '#cmd')).toBe('unclassified');
    expect(result.unclassified.find((field) => field.selectors[0] === '#cmd')?.label).toBe(
      'CMD ==>',
    );
  });

  test('a label on the same line is kept', () => {
    const body = `<pre>NAM/<input id="nam" name="f1" size="30">  SEX/<input id="sex" name="f2" size="1"></pre>`;
    expect(fieldIdAt(scan(body), '#sex')).toBe('sex');
  });
});

describe('time in an hour and a minute control', () => {
  const hours = Array.from({ length: 24 }, (_, hour) => String(hour).padStart(2, '0'));
  const minutes = Array.from({ length: 12 }, (_, step) => String(step * 5).padStart(2, '0'));
  const select = (id: string, name: string, values: string[]) =>
    `<select id="${id}" name="${name}">${values.map((value) => `<option value="${value}">${value}</option>`).join('')}</select>`;

  test('joins a date box with hour and minute selects', () => {
    const body =
      `<div><label for="d">Allontanamento dalla struttura (data e ora)</label>` +
      `<div><div><input id="d" name="nf-field-54" placeholder="GG/MM/AAAA"></div>` +
      `<div>${select('hour-54', 'hour', hours)}</div><div>${select('minute-54', 'minute', minutes)}</div></div></div>`;
    const field = fieldAt(scan(body), '#d');
    expect(field?.fieldId).toBe('left_care_at');
    expect(field?.roles).toEqual(['date', 'hour', 'minute']);
    expect(field?.selectors).toEqual(['#d', '#hour-54', '#minute-54']);
  });

  test('joins date parts with hour and minute boxes', () => {
    const box = (id: string, label: string) =>
      `<label for="${id}">${label}</label><input id="${id}" name="${id}" maxlength="${id === 'y' ? 4 : 2}">`;
    const body =
      `<fieldset><legend>Data e ora dell'ultimo avvistamento</legend>` +
      box('g', 'Giorno') +
      box('m', 'Mese') +
      box('y', 'Anno') +
      box('h', 'Ore') +
      box('mi', 'Minuti') +
      `</fieldset>`;
    const field = fieldAt(scan(body), '#g');
    expect(field?.fieldId).toBe('last_seen_at');
    expect(field?.roles).toEqual(['day', 'month', 'year', 'hour', 'minute']);
  });

  test('reads "MM" after an "HH" box as the minutes of a timepicker', () => {
    const body =
      `<div><label>Allontanatosi dalla struttura il</label>` +
      `<p><input id="d" placeholder="gg/mm/aaaa"></p></div>` +
      `<div><label>alle ore</label><table><tbody><tr>` +
      `<td><input id="h" placeholder="HH" maxlength="2"></td><td>:</td>` +
      `<td><input id="m" placeholder="MM" maxlength="2"></td></tr></tbody></table></div>`;
    const field = fieldAt(scan(body), '#d');
    expect(field?.fieldId).toBe('left_care_at');
    expect(field?.roles).toEqual(['date', 'hour', 'minute']);
  });

  test('keeps another time apart from a date', () => {
    const body =
      `<p><label for="b">Data di nascita</label><input id="b" placeholder="GG/MM/AAAA"></p>` +
      `<p><label for="h">Ora della denuncia</label>${select('h', 'ora_denuncia', hours)}` +
      `${select('mi', 'minuti_denuncia', minutes)}</p>`;
    const field = fieldAt(scan(body), '#b');
    expect(field?.fieldId).toBe('date_of_birth');
    expect(field?.selectors).toEqual(['#b']);
  });

  test('reads no clock in day or month lists', () => {
    const days = Array.from({ length: 31 }, (_, day) => String(day + 1));
    const body =
      `<p><label for="d">Data di nascita</label><input id="d" placeholder="GG/MM/AAAA">` +
      `${select('x', 'x', days)}${select('y', 'y', hours.slice(0, 12))}</p>`;
    expect(fieldAt(scan(body), '#d')?.selectors).toEqual(['#d']);
  });
});
