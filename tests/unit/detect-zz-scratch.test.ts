import { test } from 'vitest';
import { scanDocument } from '../../utils/detect';
test('s', () => {
  const roots = new WeakMap();
  customElements.define('x-a', class extends HTMLElement { connectedCallback() { if (!roots.has(this)) { const r = this.attachShadow({ mode: 'closed' }); r.innerHTML = '<label for="i">Geburtsname</label><input id="i" name="g">'; roots.set(this, r); } } });
  document.body.innerHTML = '<form><x-a></x-a></form>';
  const host = document.querySelector('x-a')!;
  console.log('defined', host.matches(':defined'), roots.has(host));
  const r = scanDocument(document, { openClosedShadowRoot: (h) => roots.get(h) ?? null });
  console.log(JSON.stringify(r.fields.map(f => [f.fieldId, f.selectors])), r.closedRootsUnread);
  const r2 = scanDocument(document);
  console.log(r2.closedRootsUnread);
});
