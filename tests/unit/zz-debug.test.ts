import { readFileSync } from 'node:fs';
import { test } from 'vitest';
import { pageScanSteps } from '../../utils/detect/page-scan';
import { fieldUnits } from '../../utils/detect/field-units';
import { classifyControl } from '../../utils/detect/classify';
import { scanDocument } from '../../utils/detect';
import { runSteps } from '../../utils/detect/steps';
import { loadMarkup } from './detect-helpers';

test.skipIf(!process.env.DBG_FILE)('debug', () => {
  const html = readFileSync(process.env.DBG_FILE as string, 'utf8').replace(/(<\/?)(i?frame)\b/gi, '$1x-$2');
  const doc = loadMarkup(html);
  if (process.env.DBG_UNHIDE) for (const el of doc.querySelectorAll('[hidden]')) el.removeAttribute('hidden');
  const result = scanDocument(doc);
  for (const f of result.fields) console.log('FIELD', f.fieldId, f.confidence.toFixed(2), f.selectors.join(' '), JSON.stringify(f.label), f.ambiguousWith ?? '');
  const sels = (process.env.DBG_SEL ?? '').split('|').filter(Boolean);
  if (sels.length === 0) return;
  const page = runSteps(pageScanSteps(doc, {}));
  const fields = fieldUnits(page.scan);
  for (const field of fields) {
    const hit = field.parts.some((p) => sels.some((s) => p.selector === s || doc.querySelector(s) && page.elements.get(p.info.key)?.includes(doc.querySelector(s) as Element)));
    if (!hit) continue;
    const [first] = field.parts;
    console.log('UNIT', field.parts.map((p) => p.selector).join(' '), 'roles', field.roles, 'tentative', field.tentative);
    for (const p of field.parts) console.log('  EVID', JSON.stringify(p.evidence), 'CTX', JSON.stringify(p.context), 'kind', p.info.kind);
    console.log('  CAND', JSON.stringify(classifyControl({ evidence: first.evidence, context: first.context, kind: first.info.kind, options: first.info.options, dateLike: first.dateLike, maxLength: first.info.maxLength }).slice(0, 5)));
  }
});
