/**
 * Controls drawn as ARIA widgets: switches and checkboxes with
 * `aria-checked`, radios of a `radiogroup`, and rows of `aria-pressed`
 * toggle buttons. The scan takes them as checkboxes and radio groups, reads
 * their labels and state, and the writer clicks them.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { applyProfileToScan } from '@/utils/content/profile-locate';
import { scanDocument } from '@/utils/detect';
import { ariaWidgetKind, isChoiceChecked } from '@/utils/detect/aria-widgets';
import { scanPage } from '@/utils/detect/page-scan';
import { readPageValue } from '@/utils/detect/page-value';
import { collectControls } from '@/utils/detect/walk';
import { restoreSnapshot, snapshotControl } from '@/utils/fill/control-state';
import { executeStep, readBack } from '@/utils/fill/write';
import type { WriteStep } from '@/utils/messaging/page-model';
import type { PortalProfile } from '@/utils/schema/profile';
import { fieldIdAt, loadMarkup, scanMarkup } from './detect-helpers';

afterEach(() => {
  document.body.innerHTML = '';
});

function page(body: string, lang = 'en'): string {
  return `<html lang="${lang}"><body><form>${body}</form></body></html>`;
}

const NATIVE_FIELDS = `
  <p><label for="sn">Surname</label><input id="sn"></p>
  <p><label for="fn">Forenames</label><input id="fn"></p>`;

const SWITCH = `<div><button type="button" role="switch" id="est" aria-checked="false"></button>
  <label for="est">Date of birth estimated</label></div>`;

const CHECKBOX = `<div role="checkbox" id="unacc" aria-checked="false" tabindex="0">
  <div class="inner" aria-hidden="true"></div><div>Unaccompanied minor</div></div>`;

const RADIOS = `<span id="lbl-g">Guardian appointed</span>
  <div role="radiogroup" aria-labelledby="lbl-g">
    <span role="radio" id="g-yes" aria-checked="false">Yes</span>
    <span role="radio" id="g-no" aria-checked="true">No</span>
  </div>`;

const SEX_BUTTONS = `<div id="lbl-sex">Sex</div>
  <div role="group" aria-labelledby="lbl-sex">
    <button type="button" id="sex-m" aria-pressed="false" data-value="M"><span>Male</span></button>
    <button type="button" id="sex-f" aria-pressed="true" data-value="F"><span>Female</span></button>
  </div>`;

function unitOf(selector: string) {
  const scan = scanPage(document);
  const element = document.querySelector(selector);
  const unit = scan.scan.units.find((candidate) =>
    scan.elements.get(candidate.info.key)?.includes(element as Element),
  );
  return { unit, elements: unit ? scan.elements.get(unit.info.key) : undefined };
}

describe('ariaWidgetKind', () => {
  test.each([
    ['<div role="checkbox" aria-checked="false"></div>', 'checkbox'],
    ['<button role="switch" aria-checked="true"></button>', 'checkbox'],
    ['<span role="radio"></span>', 'radio'],
    ['<button aria-pressed="false">M</button>', 'pressed'],
    ['<div role="checkbox"></div>', undefined],
    ['<button aria-pressed="maybe">M</button>', undefined],
    ['<div role="button">M</div>', undefined],
  ])('%s is %s', (markup, kind) => {
    document.body.innerHTML = markup;
    expect(ariaWidgetKind(document.body.firstElementChild as Element)).toBe(kind);
  });
});

describe('walk', () => {
  test('collects widgets beside form controls', () => {
    loadMarkup(page(NATIVE_FIELDS + SWITCH + CHECKBOX + RADIOS + SEX_BUTTONS));
    const collected = collectControls(document).controls.map((control) => [
      control.element.id,
      control.kind,
      control.widget,
    ]);
    expect(collected).toEqual([
      ['sn', 'text', undefined],
      ['fn', 'text', undefined],
      ['est', 'checkbox', 'checkbox'],
      ['unacc', 'checkbox', 'checkbox'],
      ['g-yes', 'radio-group', 'radio'],
      ['g-no', 'radio-group', 'radio'],
      ['sex-m', 'radio-group', 'pressed'],
      ['sex-f', 'radio-group', 'pressed'],
    ]);
  });

  test('marks a form control inside a widget', () => {
    loadMarkup(
      page(`<div role="checkbox" id="w" aria-checked="false"><input type="checkbox" id="n"></div>`),
    );
    const [widget, native] = collectControls(document).controls;
    expect(widget.element.id).toBe('w');
    expect(native.insideWidget).toBe(widget.element);
  });
});

describe('units', () => {
  test('switch is a checkbox named by label[for]', () => {
    loadMarkup(page(SWITCH));
    const { unit } = unitOf('#est');
    expect(unit?.info.kind).toBe('checkbox');
    expect(unit?.evidence).toContainEqual(
      expect.objectContaining({ source: 'label-for', text: 'Date of birth estimated' }),
    );
  });

  test('role checkbox is named by its own text', () => {
    loadMarkup(page(CHECKBOX));
    const { unit } = unitOf('#unacc');
    expect(unit?.evidence).toContainEqual(
      expect.objectContaining({ source: 'label-wrap', text: 'Unaccompanied minor' }),
    );
  });

  test('role checkbox is named by aria-label', () => {
    loadMarkup(
      page(`<div role="checkbox" id="c" aria-checked="false" aria-label="Data szacunkowa"></div>`),
    );
    const { unit } = unitOf('#c');
    expect(unit?.evidence).toContainEqual(
      expect.objectContaining({ source: 'aria-label', text: 'Data szacunkowa' }),
    );
  });

  test('empty widget takes the text after it', () => {
    loadMarkup(
      page(`<p><span role="checkbox" id="c" aria-checked="false"></span> Unaccompanied minor</p>`),
    );
    const { unit } = unitOf('#c');
    expect(unit?.evidence).toContainEqual(
      expect.objectContaining({ source: 'text-after', text: 'Unaccompanied minor' }),
    );
  });

  test('radios form one group named by the radiogroup', () => {
    loadMarkup(page(RADIOS));
    const { unit, elements } = unitOf('#g-yes');
    expect(unit?.info.kind).toBe('radio-group');
    expect(elements?.map((element) => element.id)).toEqual(['g-yes', 'g-no']);
    expect(unit?.info.options).toEqual([
      { value: 'Yes', text: 'Yes' },
      { value: 'No', text: 'No' },
    ]);
    expect(unit?.evidence).toContainEqual(
      expect.objectContaining({ source: 'aria-labelledby', text: 'Guardian appointed' }),
    );
  });

  test('toggle buttons form a radio group of their texts', () => {
    loadMarkup(page(SEX_BUTTONS));
    const { unit, elements } = unitOf('#sex-m');
    expect(unit?.info.kind).toBe('radio-group');
    expect(elements?.map((element) => element.id)).toEqual(['sex-m', 'sex-f']);
    expect(unit?.info.options).toEqual([
      { value: 'M', text: 'Male' },
      { value: 'F', text: 'Female' },
    ]);
    expect(unit?.selector).toBe('#sex-m, #sex-f');
  });

  test('lone toggle button is no control', () => {
    loadMarkup(
      page(
        `<div><button type="button" id="de" aria-pressed="false">Deutsch</button></div>${NATIVE_FIELDS}`,
      ),
    );
    expect(unitOf('#de').unit).toBeUndefined();
  });

  test('toggle buttons in the navigation are no control', () => {
    loadMarkup(
      page(`<nav><div role="group"><button aria-pressed="true" id="en">EN</button>
      <button aria-pressed="false">PL</button></div></nav>`),
    );
    expect(unitOf('#en').unit).toBeUndefined();
  });

  test('aria-disabled widget is disabled', () => {
    loadMarkup(
      page(`<div role="switch" id="s" aria-checked="false" aria-disabled="true">Urgent</div>`),
    );
    expect(unitOf('#s').unit?.info.state).toBe('disabled');
  });

  test('disabled toggle button row is disabled', () => {
    loadMarkup(page(SEX_BUTTONS.replace(/<button /g, '<button disabled ')));
    expect(unitOf('#sex-m').unit?.info.state).toBe('disabled');
  });

  test('hidden widget is no control', () => {
    loadMarkup(page(`<div hidden>${CHECKBOX}</div>`));
    expect(unitOf('#unacc').unit).toBeUndefined();
  });

  test('unreachable widget is no control', () => {
    loadMarkup(
      page(
        `<div role="checkbox" id="d" aria-checked="false" aria-hidden="true" tabindex="-1">Flag</div>`,
      ),
    );
    expect(unitOf('#d').unit).toBeUndefined();
  });

  test('widget undisplayed by style is no control', () => {
    loadMarkup(page(`<div style="display: none">${SWITCH}</div>`));
    expect(unitOf('#est').unit).toBeUndefined();
  });

  test('present native checkbox inside a widget wins', () => {
    loadMarkup(
      page(`<div role="checkbox" id="w" aria-checked="false">
      <input type="checkbox" id="n"><span>Unaccompanied minor</span></div>`),
    );
    expect(unitOf('#n').unit).toBeDefined();
    expect(unitOf('#w').unit).toBeUndefined();
  });

  test('hidden native checkbox inside a widget gives way', () => {
    loadMarkup(
      page(`<div role="checkbox" id="w" aria-checked="false">
      <input type="checkbox" id="n" style="display: none"><span>Unaccompanied minor</span></div>`),
    );
    expect(unitOf('#w').unit).toBeDefined();
    expect(unitOf('#n').unit).toBeUndefined();
  });
});

describe('values', () => {
  test('checkbox reads aria-checked', () => {
    loadMarkup(page(CHECKBOX));
    const widget = document.querySelector('#unacc') as Element;
    expect(readPageValue([widget], 'checkbox')).toEqual({ kind: 'checked', checked: false });
    widget.setAttribute('aria-checked', 'true');
    expect(readPageValue([widget], 'checkbox')).toEqual({ kind: 'checked', checked: true });
  });

  test('radio group reads the checked radio', () => {
    loadMarkup(page(RADIOS));
    const { elements } = unitOf('#g-yes');
    expect(readPageValue(elements ?? [], 'radio-group')).toEqual({
      kind: 'options',
      selected: [{ value: 'No', text: 'No' }],
    });
  });

  test('toggle row reads the pressed button', () => {
    loadMarkup(page(SEX_BUTTONS));
    const { unit, elements } = unitOf('#sex-m');
    expect(unit?.value).toEqual({ kind: 'options', selected: [{ value: 'F', text: 'Female' }] });
    expect(readPageValue(elements ?? [], 'radio-group')).toEqual(unit?.value);
  });
});

describe('classification', () => {
  const body = NATIVE_FIELDS + SWITCH + SEX_BUTTONS + CHECKBOX + RADIOS;

  test.each([
    ['#est', 'date_of_birth_estimated'],
    ['#sex-m, #sex-f', 'sex'],
    ['#unacc', 'unaccompanied'],
  ])('%s is %s', (selector, fieldId) => {
    expect(fieldIdAt(scanMarkup(page(body)), selector)).toBe(fieldId);
  });

  test('language toggle row is no field', () => {
    const languages = `<div role="group" aria-label="Język">
      <button aria-pressed="true" id="pl">Polski</button>
      <button aria-pressed="false" id="en">English</button></div>`;
    const result = scanMarkup(page(languages + NATIVE_FIELDS, 'pl'));
    expect(result.fields.map((field) => field.selectors[0])).not.toContain('#pl, #en');
  });
});

/** Makes the page toggle a widget's state on click, as Quasar and Angular Material do. */
function toggleOnClick(widget: Element, ignoreClicks = false): { clicks: number } {
  const counter = { clicks: 0 };
  widget.addEventListener('click', () => {
    counter.clicks++;
    if (ignoreClicks) return;
    if (widget.hasAttribute('aria-pressed')) {
      for (const other of widget.parentElement?.querySelectorAll('[aria-pressed]') ?? []) {
        other.setAttribute('aria-pressed', String(other === widget));
      }
    } else if (widget.getAttribute('role') === 'radio') {
      for (const other of widget.parentElement?.querySelectorAll('[role="radio"]') ?? []) {
        other.setAttribute('aria-checked', String(other === widget));
      }
    } else {
      widget.setAttribute('aria-checked', String(widget.getAttribute('aria-checked') !== 'true'));
    }
  });
  return counter;
}

describe('fill', () => {
  const check = (checked: boolean): WriteStep => ({ action: 'check', key: 'k', checked });
  const choose = (index: number): WriteStep => ({ action: 'click-choice', key: 'k', index });

  test('check clicks a switch and reads it back', () => {
    loadMarkup(page(SWITCH));
    const widget = document.querySelector('#est') as Element;
    const counter = toggleOnClick(widget);
    executeStep([widget], check(true));
    expect(counter.clicks).toBe(1);
    expect(widget.getAttribute('aria-checked')).toBe('true');
    expect(readBack([widget], check(true))).toBe(true);
  });

  test('check leaves a widget in the state alone', () => {
    loadMarkup(page(CHECKBOX));
    const widget = document.querySelector('#unacc') as Element;
    const counter = toggleOnClick(widget);
    executeStep([widget], check(false));
    expect(counter.clicks).toBe(0);
  });

  test('refused click reads back as not held', () => {
    loadMarkup(page(CHECKBOX));
    const widget = document.querySelector('#unacc') as Element;
    const counter = toggleOnClick(widget, true);
    executeStep([widget], check(true));
    expect(counter.clicks).toBe(1);
    expect(widget.getAttribute('aria-checked')).toBe('false');
    expect(readBack([widget], check(true))).toBe(false);
  });

  test('click-choice presses a toggle button', () => {
    loadMarkup(page(SEX_BUTTONS));
    const { elements = [] } = unitOf('#sex-m');
    elements.forEach((element) => toggleOnClick(element));
    executeStep(elements, choose(0));
    expect(elements.map(isChoiceChecked)).toEqual([true, false]);
    expect(readBack(elements, choose(0))).toBe(true);
  });

  test('click-choice checks an ARIA radio', () => {
    loadMarkup(page(RADIOS));
    const { elements = [] } = unitOf('#g-yes');
    elements.forEach((element) => toggleOnClick(element));
    executeStep(elements, choose(0));
    expect(elements.map((element) => element.getAttribute('aria-checked'))).toEqual([
      'true',
      'false',
    ]);
  });

  test('undo clicks the earlier choice again', () => {
    loadMarkup(page(SEX_BUTTONS));
    const { elements = [] } = unitOf('#sex-m');
    elements.forEach((element) => toggleOnClick(element));
    const before = snapshotControl(elements, choose(0));
    executeStep(elements, choose(0));
    restoreSnapshot(elements, before);
    expect(elements.map(isChoiceChecked)).toEqual([false, true]);
  });
});

describe('profile', () => {
  const profile = (selector: string): PortalProfile => ({
    format: 'vigila-profile',
    version: 1,
    id: 'p',
    name: 'Portal profile',
    urlPattern: 'https://portal.example/*',
    fields: { date_of_birth_estimated: { selector } },
  });
  const TOP = { isTop: true, url: 'https://portal.example/alerts/new' };

  test('selector at a switch pins the field', () => {
    const doc = loadMarkup(
      page(NATIVE_FIELDS + `<button role="switch" id="x" aria-checked="false">Flag 1</button>`),
    );
    const { scan } = applyProfileToScan(scanDocument(doc), profile('#x'), TOP, doc);
    const field = scan.fields.find((candidate) => candidate.fieldId === 'date_of_birth_estimated');
    expect(field?.selectors).toEqual(['#x']);
    expect(field?.controls[0].kind).toBe('checkbox');
  });
});
