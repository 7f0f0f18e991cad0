import { describe, expect, test } from 'vitest';
import { LabelCache, scanDocument } from '../../utils/detect';
import { loadMarkup } from './detect-helpers';

const PAGE = `<html lang="en"><body>
  <table id="child">
    <tr><td>Surname</td><td><input id="s" name="a1"></td></tr>
    <tr><td>Given names</td><td><input id="g" name="a2"></td></tr>
  </table>
  <table id="guardian">
    <tr><td><label id="phone-label" for="p">Telephone</label></td><td><input id="p" name="a3"></td></tr>
  </table>
</body></html>`;

function labelOf(result: ReturnType<typeof scanDocument>, id: string): string | undefined {
  const all = [...result.fields, ...result.unclassified];
  const report = all.find((field) => field.selectors[0] === `#${id}`);
  return report?.label;
}

/** Scans once with the cache, applies `change`, feeds its mutations to the cache and scans again. */
function rescanAfter(change: (doc: Document) => void) {
  const doc = loadMarkup(PAGE);
  const cache = new LabelCache();
  const reads: Element[] = [];
  const original = cache.reading.bind(cache);
  cache.reading = (element, read) =>
    original(element, () => {
      reads.push(element);
      return read();
    });
  scanDocument(doc, { labelCache: cache });
  reads.length = 0;

  const observer = new MutationObserver(() => undefined);
  observer.observe(doc, { subtree: true, childList: true, characterData: true, attributes: true });
  change(doc);
  for (const record of observer.takeRecords()) cache.noteMutation(record);
  observer.disconnect();

  const result = scanDocument(doc, { labelCache: cache });
  return { doc, result, readIds: reads.map((element) => element.id) };
}

describe('label cache', () => {
  test('rereads only the changed table', () => {
    const { readIds } = rescanAfter((doc) => {
      doc.querySelector('#child td')!.textContent = 'Family name';
    });
    expect(readIds).toEqual(['s', 'g']);
  });

  test('rescan shows new label text', () => {
    const { result } = rescanAfter((doc) => {
      doc.querySelector('#child td')!.textContent = 'Family name';
    });
    expect(labelOf(result, 's')).toBe('Family name');
  });

  test('rereads control labelled from elsewhere', () => {
    const { readIds } = rescanAfter((doc) => {
      const label = doc.createElement('label');
      label.htmlFor = 's';
      label.textContent = 'Surname at birth';
      doc.querySelector('#guardian td')!.append(label);
    });
    expect(readIds).toContain('s');
    expect(readIds).not.toContain('g');
  });

  test('rereads all after change outside regions', () => {
    const { readIds } = rescanAfter((doc) => {
      doc.body.append(doc.createElement('p'));
    });
    expect(readIds).toEqual(['s', 'g', 'p']);
  });

  test('rereads control with changed attributes', () => {
    const { readIds } = rescanAfter((doc) => {
      doc.querySelector('#p')!.setAttribute('placeholder', '+39 ...');
    });
    expect(readIds).toEqual(['p']);
  });

  test('rereads all after label removal', () => {
    const { readIds } = rescanAfter((doc) => {
      doc.querySelector('#phone-label')!.remove();
    });
    expect(readIds).toEqual(['s', 'g', 'p']);
  });
});
