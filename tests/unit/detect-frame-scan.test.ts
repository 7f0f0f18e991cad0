/** Classifying a frame scan that crossed contexts as JSON, as the panel and the background do. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locateProfile } from '@/utils/content/profile-locate';
import { classifyFrameReport } from '@/utils/detect/classify-report';
import { classifyFrameScan } from '@/utils/detect/classify-scan';
import { fieldUnits } from '@/utils/detect/field-units';
import type { FrameScan } from '@/utils/detect/frame-scan';
import { scanPage } from '@/utils/detect/page-scan';
import { scanDocument } from '@/utils/detect';
import type { FrameScanReport } from '@/utils/messaging/scan-chunks';
import type { PortalProfile } from '@/utils/schema/profile';
import { loadMarkup } from './detect-helpers';

const TOP = { isTop: true, url: 'https://portal.example/alerts/new' };

/** Returns a value as another context receives it from `runtime.sendMessage`. */
function throughJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function scanOf(html: string): FrameScan {
  return throughJson(scanPage(loadMarkup(html)).scan);
}

function keysOf(entries: readonly { controls: readonly { key: string }[] }[]): string[][] {
  return entries.map((entry) => entry.controls.map((control) => control.key));
}

describe('classifyFrameScan', () => {
  it('classifies a portal scan after JSON as scanDocument does', () => {
    const doc = loadMarkup(readFileSync('tests/fixtures/portals/de-jsf.html', 'utf8'));
    const whole = scanDocument(doc);
    const classified = classifyFrameScan(throughJson(scanPage(doc).scan));

    expect(whole.fields.length).toBeGreaterThan(5);
    expect(classified.fields).toEqual(throughJson(whole.fields));
    expect(classified.unclassified).toEqual(throughJson(whole.unclassified));
  });

  it('keeps a tentative split that reads as a date', () => {
    const scan = scanOf(`<p>Geburtsdatum <input id="a" name="f1" maxlength="2">.<input id="b"
      name="f2" maxlength="2">.<input id="c" name="f3" maxlength="4"></p>`);
    const joined = fieldUnits(scan);
    expect(joined).toHaveLength(1);
    expect(joined[0].tentative).toBe(true);

    const { fields } = classifyFrameScan(scan);
    expect(fields).toHaveLength(1);
    expect(fields[0].fieldId).toBe('date_of_birth');
    expect(fields[0].roles).toEqual(['day', 'month', 'year']);
  });

  it('splits a tentative join that is no date into its parts', () => {
    const scan = scanOf(`<p>Kennzeichen <input id="a" name="k1" maxlength="2">
      <input id="b" name="k2" maxlength="2"> <input id="c" name="k3" maxlength="4"></p>`);
    const joined = fieldUnits(scan);
    expect(joined).toHaveLength(1);
    expect(joined[0].tentative).toBe(true);
    const partKeys = joined[0].parts.map((part) => part.info.key);

    const { fields, unclassified } = classifyFrameScan(scan);
    const entries = [...fields, ...unclassified];
    expect(entries).toHaveLength(3);
    expect(keysOf(entries).sort()).toEqual(partKeys.map((key) => [key]).sort());
    expect(entries.every((entry) => entry.roles === undefined)).toBe(true);
  });

  it('joins a surname asked in two parts from the neighbour facts', () => {
    const scan = scanOf(`<div><span>Primer apellido:</span><input id="a1"></div>
      <div><span>Segundo apellido:</span><input id="a2"></div>`);
    expect(scan.units).toHaveLength(2);
    expect(scan.units[1].near).toContain(scan.units[0].near[1]);

    const { fields } = classifyFrameScan(scan);
    expect(fields).toHaveLength(1);
    expect(fields[0].fieldId).toBe('surname');
    expect(fields[0].roles).toEqual(['surname', 'surname']);
  });
});

describe('classifyFrameReport', () => {
  const profile: PortalProfile = {
    format: 'vigila-profile',
    version: 1,
    id: 'p',
    name: 'Portal profile',
    urlPattern: 'https://portal.example/*',
    fields: {
      forenames: { selector: '#fld_07' },
      place_of_birth: { selector: '#code' },
      nationalities: { selector: '#nowhere' },
    },
  };

  function reportOf(html: string): FrameScanReport {
    const doc = loadMarkup(html);
    const page = scanPage(doc);
    const located = locateProfile(profile, TOP, doc, page.elements);
    return throughJson({
      revision: 3,
      scan: page.scan,
      lostKeys: [],
      closedRootsUnread: page.scan.closedRootsUnread,
      profile: located,
    });
  }

  const html = `<html lang="de"><body>
    <label for="fld_07">Feld 7</label><input id="fld_07">
    <label for="familienname">Familienname</label><input id="familienname">
    <label for="vorname">Vorname</label><input id="vorname">
    <input type="hidden" id="code" value="X">
  </body></html>`;

  it('pins the fields a profile names in place of the heuristics', () => {
    const { report } = classifyFrameReport(reportOf(html));
    const forenames = report.fields.filter((field) => field.fieldId === 'forenames');

    expect(forenames).toHaveLength(1);
    expect(forenames[0].source).toBe('profile');
    expect(forenames[0].confidence).toBe(1);
    expect(forenames[0].selectors).toEqual(['#fld_07']);
    expect(report.fields.map((field) => field.fieldId)).toContain('surname');
  });

  it('describes a control the scan skipped from the page', () => {
    const { report } = classifyFrameReport(reportOf(html));
    const place = report.fields.find((field) => field.fieldId === 'place_of_birth');

    expect(place?.value).toEqual({ kind: 'text', text: 'X' });
    expect(place?.controls[0].kind).toBe('text');
  });

  it('names the profile and its fields that found nothing', () => {
    const { report } = classifyFrameReport(reportOf(html));

    expect(report.revision).toBe(3);
    expect(report.profile?.id).toBe('p');
    expect(report.profile?.fieldIds).toEqual(['forenames', 'place_of_birth', 'nationalities']);
    expect(report.profile?.missing).toEqual(['nationalities']);
  });
});
