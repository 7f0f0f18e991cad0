/**
 * Detection on the real-world case pages: each control must come out as the
 * catalogue field the case table names. The pages' scripts do not run here.
 * Where a script builds markup (shadow roots, wizard steps, re-rendered
 * forms), the test builds the same markup from the page's own templates.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { scanDocument } from '../../utils/detect';
import { fieldAt, fieldIdAt, loadMarkup, readCase, scriptTemplate } from './detect-helpers';

describe('case 01 and 02: labels for inputs', () => {
  test.each([
    ['01-react-value-tracker.html', '#sn', 'surname'],
    ['02-legacy-event-handlers.html', '#a', 'forenames'],
    ['02-legacy-event-handlers.html', '#b', 'surname'],
    ['02-legacy-event-handlers.html', '#c', 'place_of_birth'],
  ])('%s %s is %s', (file, selector, fieldId) => {
    const result = scanDocument(loadMarkup(readCase(file)));
    expect(fieldIdAt(result, selector)).toBe(fieldId);
  });

  test('buttons are not controls', () => {
    const result = scanDocument(loadMarkup(readCase('02-legacy-event-handlers.html')));
    expect(result.fields).toHaveLength(3);
    expect(result.unclassified).toHaveLength(0);
  });
});

describe('case 03: selects', () => {
  const result = () => scanDocument(loadMarkup(readCase('03-select-text-vs-value.html')));

  test('Staatsangehörigkeit is nationalities', () => {
    expect(fieldIdAt(result(), '#nat')).toBe('nationalities');
  });

  test('Geschlecht is sex', () => {
    expect(fieldIdAt(result(), '#sex')).toBe('sex');
  });

  test('Ländervorwahl is phone numbers or unclassified', () => {
    expect(['phone_numbers', 'unclassified']).toContain(fieldIdAt(result(), '#cc'));
  });

  test('no select is ambiguous', () => {
    expect(result().fields.filter((field) => field.ambiguousWith)).toEqual([]);
  });

  test('options keep duplicate values in order', () => {
    const options = fieldAt(result(), '#cc')?.controls[0].options ?? [];
    expect(options.map((option) => option.value)).toEqual(['', '+1', '+1', '+49']);
    expect(options[2].text).toBe('USA (+1)');
  });

  test('value is the selected option', () => {
    expect(fieldAt(result(), '#sex')?.value).toEqual({
      kind: 'options',
      selected: [{ value: '0', text: 'unbekannt' }],
    });
  });
});

describe('case 05: one date in four encodings', () => {
  const result = () => scanDocument(loadMarkup(readCase('05-date-formats-and-mask.html')));

  test.each([['#d1'], ['#d2'], ['#d3']])('%s is date of birth', (selector) => {
    expect(fieldIdAt(result(), selector)).toBe('date_of_birth');
  });

  test('native date input has kind date', () => {
    expect(fieldAt(result(), '#d1')?.controls[0].kind).toBe('date');
  });

  test('three part inputs are one split field', () => {
    const split = fieldAt(result(), '#d4');
    expect(split?.fieldId).toBe('date_of_birth');
    expect(split?.selectors).toEqual(['#d4', '#d5', '#d6']);
    expect(split?.roles).toEqual(['day', 'month', 'year']);
    expect(split?.controls.map((control) => control.maxLength)).toEqual([2, 2, 4]);
  });

  test('split field label is the text before it', () => {
    const split = fieldAt(result(), '#d4');
    expect(split?.label).toBe('Date of birth');
    expect(split?.source).toBe('text-before');
  });

  test('four fields share the id without ambiguity', () => {
    const fields = result().fields;
    expect(fields.map((field) => field.fieldId)).toEqual(Array(4).fill('date_of_birth'));
    expect(fields.filter((field) => field.ambiguousWith)).toEqual([]);
  });

  test('French paragraph gives its control lang fr', () => {
    expect(fieldAt(result(), '#d3')?.controls[0].lang).toBe('fr');
    expect(fieldAt(result(), '#d2')?.controls[0].lang).toBe('de');
  });

  test('masked field keeps placeholder and maxlength', () => {
    const control = fieldAt(result(), '#d2')?.controls[0];
    expect(control?.placeholder).toBe('TT.MM.JJJJ');
    expect(control?.maxLength).toBe(10);
  });
});

describe('case 06a: form in a srcdoc frame', () => {
  test.each([
    ['#fn', 'surname'],
    ['#vn', 'forenames'],
    ['#bs', 'distinguishing_marks'],
  ])('frame control %s is %s', (selector, fieldId) => {
    const page = new DOMParser().parseFromString(readCase('06a-iframe-srcdoc.html'), 'text/html');
    const srcdoc = page.getElementById('fr')?.getAttribute('srcdoc') ?? '';
    expect(fieldIdAt(scanDocument(loadMarkup(srcdoc)), selector)).toBe(fieldId);
  });

  test('top document has no controls', () => {
    const result = scanDocument(loadMarkup(readCase('06a-iframe-srcdoc.html')));
    expect(result.fields).toEqual([]);
    expect(result.unclassified).toEqual([]);
  });
});

describe('case 07: open and closed shadow roots', () => {
  const closedRoots = new WeakMap<Element, ShadowRoot>();
  const html = readCase('07-shadow-dom.html');
  const template = scriptTemplate(html, 'root.innerHTML =');

  /** Attaches the shadow root the page's script attaches, from its own template. */
  function build(host: HTMLElement, mode: ShadowRootMode): void {
    const root = host.attachShadow({ mode });
    const id = `i_${host.dataset.name}`;
    root.innerHTML = template
      .replaceAll('${id}', id)
      .replaceAll('${host.dataset.label}', host.dataset.label ?? '')
      .replaceAll('${host.dataset.name}', host.dataset.name ?? '');
    if (mode === 'closed') closedRoots.set(host, root);
  }

  beforeAll(() => {
    customElements.define('person-field', class extends HTMLElement {
      connectedCallback() {
        if (!this.shadowRoot) build(this, 'open');
      }
    });
    customElements.define('closed-field', class extends HTMLElement {
      connectedCallback() {
        if (!closedRoots.has(this)) build(this, 'closed');
      }
    });
  });

  const openClosedShadowRoot = (host: Element) => host.shadowRoot ?? closedRoots.get(host) ?? null;

  test('open root field is surname', () => {
    const result = scanDocument(loadMarkup(html), { openClosedShadowRoot });
    expect(fieldIdAt(result, 'person-field >>> #i_familienname')).toBe('surname');
  });

  test('closed root Geburtsname is name at birth', () => {
    const result = scanDocument(loadMarkup(html), { openClosedShadowRoot });
    expect(fieldIdAt(result, 'closed-field >>> #i_geburtsname')).toBe('name_at_birth');
  });

  test('labels resolve inside their own root', () => {
    const result = scanDocument(loadMarkup(html), { openClosedShadowRoot });
    const field = fieldAt(result, 'closed-field >>> #i_geburtsname');
    expect(field?.label).toBe('Geburtsname');
    expect(field?.source).toBe('label-for');
  });

  test('callback reads closed root', () => {
    const result = scanDocument(loadMarkup(html), { openClosedShadowRoot });
    expect(result.closedRootsUnread).toBe(0);
    expect(result.fields).toHaveLength(2);
  });

  test('without callback closed root is counted', () => {
    const result = scanDocument(loadMarkup(html));
    expect(result.closedRootsUnread).toBe(1);
    expect(result.fields.map((field) => field.fieldId)).toEqual(['surname']);
  });

  test('elements map holds the shadow input', () => {
    const result = scanDocument(loadMarkup(html), { openClosedShadowRoot });
    const field = fieldAt(result, 'closed-field >>> #i_geburtsname');
    const [element] = result.elements.get(field?.controls[0].key ?? '') ?? [];
    expect(element?.getAttribute('name')).toBe('geburtsname');
  });
});

describe('case 08: wizard step and postback', () => {
  const html = readCase('08-dynamic-wizard-and-postback.html');

  /** Loads the page and inserts step 2 as "Weiter" does, still at opacity 0. */
  function loadWithStep2(): Document {
    const doc = loadMarkup(html);
    const upd = doc.getElementById('upd');
    if (upd) upd.innerHTML = scriptTemplate(html, 'const step2 = () =>');
    return doc;
  }

  test('hidden viewstate is ignored', () => {
    const result = scanDocument(loadMarkup(html));
    expect(result.fields.map((field) => field.fieldId)).toEqual(['surname', 'forenames']);
    expect(result.unclassified).toEqual([]);
  });

  test.each([
    ['#s1a', 'surname'],
    ['#s1b', 'forenames'],
    ['#s2a', 'distinguishing_marks'],
    ['#s2b', 'nationalities'],
  ])('after Weiter %s is %s', (selector, fieldId) => {
    expect(fieldIdAt(scanDocument(loadWithStep2()), selector)).toBe(fieldId);
  });

  test('fading step counts as present', () => {
    const doc = loadWithStep2();
    expect(doc.getElementById('step2')?.className).toBe('fade');
    expect(scanDocument(doc).fields).toHaveLength(4);
  });

  test('replaced controls get new keys', () => {
    const doc = loadWithStep2();
    const before = fieldAt(scanDocument(doc), '#s2a')?.controls[0].key;
    const upd = doc.getElementById('upd');
    if (upd) upd.innerHTML = scriptTemplate(html, 'const step2 = () =>');
    const after = fieldAt(scanDocument(doc), '#s2a')?.controls[0].key;
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
  });
});

describe('case 09: table labels and WebForms names', () => {
  const result = () => scanDocument(loadMarkup(readCase('09-table-labels-webforms-names.html')));

  test.each([
    ['#ctl00_cph_txtNm1', 'surname', 'Nazwisko:'],
    ['#ctl00_cph_txtNm2', 'forenames', 'Imię (imiona):'],
    ['#ctl00_cph_txtNm3', 'name_at_birth', 'Nazwisko rodowe:'],
    ['#ctl00_cph_txtDU', 'date_of_birth', 'Data urodzenia *'],
    ['#ctl00_cph_ddlObyw', 'nationalities', 'Obywatelstwo'],
  ])('%s is %s', (selector, fieldId, label) => {
    const field = fieldAt(result(), selector);
    expect(field?.fieldId).toBe(fieldId);
    expect(field?.label).toBe(label);
    expect(field?.source).toBe('table-left');
  });

  test.each([
    ['#ctl00_cph_txtNm1'],
    ['#ctl00_cph_txtNm2'],
    ['#ctl00_cph_txtNm3'],
    ['#ctl00_cph_txtDU'],
  ])('%s is not ambiguous', (selector) => {
    expect(fieldAt(result(), selector)?.ambiguousWith).toBeUndefined();
  });

  test('description textarea takes header row above', () => {
    const field = fieldAt(result(), '#ctl00_cph_txtF7');
    expect(field?.fieldId).toBe('distinguishing_marks');
    expect(field?.label).toBe('Rysopis / Personenbeschreibung');
    expect(field?.source).toBe('table-above');
  });

  test('Familienname (Geburtsname) is ambiguous', () => {
    const field = fieldAt(result(), '#ctl00_cph_txtF8');
    const claimed = [field?.fieldId, ...(field?.ambiguousWith ?? [])];
    expect(claimed).toContain('surname');
    expect(claimed).toContain('name_at_birth');
    expect(field?.confidence).toBeLessThan(0.8);
  });

  test('hidden WebForms fields are ignored', () => {
    const scan = result();
    const selectors = [...scan.fields, ...scan.unclassified].flatMap((field) => field.selectors);
    expect(selectors.filter((selector) => selector.includes('__'))).toEqual([]);
    expect(result().elements.size).toBe(7);
  });

  test('name tokens are kept as evidence', () => {
    const field = fieldAt(result(), '#ctl00_cph_txtNm1');
    expect(field?.evidence).toContainEqual({ source: 'name-id', text: 'ctl00$cph$txtNm1' });
  });

  test('document language is pl', () => {
    expect(result().lang).toBe('pl');
  });
});

describe('case 11: readonly and disabled', () => {
  const result = () => scanDocument(loadMarkup(readCase('11-readonly-disabled-datepicker.html')));

  test.each([
    ['#az', 'national_case_number', 'readonly'],
    ['#dst', 'issuing_authority', 'disabled'],
    ['#tz', 'last_seen_at', 'readonly'],
    ['#fn', 'surname', 'editable'],
  ])('%s is %s and %s', (selector, fieldId, state) => {
    const field = fieldAt(result(), selector);
    expect(field?.fieldId).toBe(fieldId);
    expect(field?.controls[0].state).toBe(state);
  });

  test('locked fields report their values', () => {
    expect(fieldAt(result(), '#az')?.value).toEqual({ kind: 'text', text: 'ST-2024-004711' });
    expect(fieldAt(result(), '#dst')?.value).toEqual({ kind: 'text', text: 'PI Musterstadt-Nord' });
  });

  test('hidden ISO field and calendar button are ignored', () => {
    expect(result().elements.size).toBe(4);
  });
});

describe('case 13: autocomplete off and random names', () => {
  test.each([
    ['#fam', 'surname'],
    ['#vor', 'forenames'],
  ])('%s is %s', (selector, fieldId) => {
    const html = readCase('13-autocomplete-off-and-rerender.html');
    const form = scriptTemplate(html, "getElementById('app').innerHTML =")
      .replaceAll('${rnd()}', Math.random().toString(36).slice(2, 8));
    const doc = loadMarkup('<div id="app"></div>');
    const app = doc.getElementById('app');
    if (app) app.innerHTML = form;
    expect(fieldIdAt(scanDocument(doc), selector)).toBe(fieldId);
  });
});

describe('case 15: photo upload', () => {
  const result = () => scanDocument(loadMarkup(readCase('15-photo-file-upload.html')));

  test('Lichtbild is facial image', () => {
    expect(fieldIdAt(result(), '#foto')).toBe('facial_image');
  });

  test('file control facts', () => {
    const control = fieldAt(result(), '#foto')?.controls[0];
    expect(control?.kind).toBe('file');
    expect(control?.accept).toBe('image/jpeg');
  });

  test('empty file value', () => {
    expect(fieldAt(result(), '#foto')?.value).toEqual({ kind: 'file', files: [] });
  });
});
