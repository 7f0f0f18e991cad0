import { describe, expect, it } from 'vitest';
import { scanDocument } from '@/utils/detect';
import {
  applyProfileToScan,
  queryProfileSelector,
  selectorsForElement,
} from '@/utils/content/profile-locate';
import type { PortalProfile, ProfileField } from '@/utils/schema/profile';
import { loadMarkup } from './detect-helpers';

const TOP = { isTop: true, url: 'https://portal.example/alerts/new' };

function profile(fields: Record<string, ProfileField>): PortalProfile {
  return {
    format: 'vigila-profile',
    version: 1,
    id: 'p',
    name: 'Portal profile',
    urlPattern: 'https://portal.example/*',
    fields,
  };
}

function pageWithShadowRoot(): Document {
  const doc = loadMarkup(`<html lang="de"><body>
    <label for="fld_07">Feld 7</label><input id="fld_07">
    <label for="familienname">Familienname</label><input id="familienname">
    <input type="hidden" id="code" value="X">
    <x-form></x-form>
  </body></html>`);
  const root = doc.querySelector('x-form')!.attachShadow({ mode: 'open' });
  root.innerHTML = '<label for="b1">Angabe B</label><input id="b1">';
  return doc;
}

describe('queryProfileSelector', () => {
  it('finds a control in the document', () => {
    const doc = pageWithShadowRoot();
    expect(queryProfileSelector(doc, '#fld_07').map((element) => element.id)).toEqual(['fld_07']);
  });

  it('enters a shadow root at >>>', () => {
    const doc = pageWithShadowRoot();
    expect(queryProfileSelector(doc, 'x-form >>> #b1').map((element) => element.id)).toEqual([
      'b1',
    ]);
  });

  it('finds nothing when the host has no shadow root', () => {
    const doc = pageWithShadowRoot();
    expect(queryProfileSelector(doc, '#fld_07 >>> input')).toEqual([]);
  });

  it('finds nothing for a selector that is not CSS', () => {
    const doc = pageWithShadowRoot();
    expect(queryProfileSelector(doc, '#fld_07[')).toEqual([]);
  });
});

describe('applyProfileToScan', () => {
  it('pins a scanned control with the scan facts', () => {
    const doc = pageWithShadowRoot();
    const { scan } = applyProfileToScan(
      scanDocument(doc),
      profile({ surname: { selector: '#fld_07' } }),
      TOP,
      doc,
    );
    const surname = scan.fields.find((field) => field.fieldId === 'surname');
    expect(surname?.source).toBe('profile');
    expect(surname?.label).toBe('Feld 7');
  });

  it('pins a control inside a shadow root', () => {
    const doc = pageWithShadowRoot();
    const { scan } = applyProfileToScan(
      scanDocument(doc),
      profile({ place_of_birth: { selector: 'x-form >>> #b1' } }),
      TOP,
      doc,
    );
    const field = scan.fields.find((item) => item.fieldId === 'place_of_birth');
    expect(scan.elements.get(field!.controls[0].key)?.[0].id).toBe('b1');
  });

  it('adds an unscanned control to the element map', () => {
    const doc = pageWithShadowRoot();
    const { scan } = applyProfileToScan(
      scanDocument(doc),
      profile({ national_case_number: { selector: '#code' } }),
      TOP,
      doc,
    );
    const field = scan.fields.find((item) => item.fieldId === 'national_case_number');
    expect(field?.value).toEqual({ kind: 'text', text: 'X' });
    expect(scan.elements.get(field!.controls[0].key)?.[0].id).toBe('code');
  });

  it('reports a selector that found nothing', () => {
    const doc = pageWithShadowRoot();
    const { missing } = applyProfileToScan(
      scanDocument(doc),
      profile({ surname: { selector: '#gone' } }),
      TOP,
      doc,
    );
    expect(missing).toEqual(['surname']);
  });
});

describe('selectorsForElement', () => {
  it('returns the selector the scan reported', () => {
    const doc = pageWithShadowRoot();
    const scan = scanDocument(doc);
    expect(selectorsForElement(doc.getElementById('fld_07')!, scan).selectors).toEqual(['#fld_07']);
  });

  it('returns the group selector for one radio button of a group', () => {
    const doc = loadMarkup(`<html lang="en"><body><fieldset><legend>Sex</legend>
      <label><input type="radio" name="sex" value="M"> Male</label>
      <label><input type="radio" name="sex" value="F"> Female</label></fieldset></body></html>`);
    const radio = doc.querySelector('input[value="F"]')!;
    expect(selectorsForElement(radio, scanDocument(doc)).selectors).toEqual(['input[name="sex"]']);
  });

  it('returns every part and role of a split date', () => {
    const doc = loadMarkup(`<html lang="en"><body><label for="d">Date of birth</label>
      <input id="d" placeholder="DD" maxlength="2"> <input id="m" placeholder="MM" maxlength="2">
      <input id="y" placeholder="YYYY" maxlength="4"></body></html>`);
    const scan = scanDocument(doc);
    const result = selectorsForElement(doc.getElementById('m')!, scan);
    expect(result.selectors).toEqual(['#d', '#m', '#y']);
    expect(result.roles).toEqual(['day', 'month', 'year']);
  });
});
