// @ts-check
/**
 * Generates a large portal page for the benchmark: labels in table cells,
 * part of the controls in two child frames, and a widget in a shadow root.
 */

const LABELS = [
  'Cognome', 'Nome', 'Data di nascita', 'Luogo di nascita', 'Cittadinanza', 'Sesso',
  'Segni particolari', 'Statura (cm)', 'Colore degli occhi', 'Telefono', 'Tutore legale',
  'Centro di accoglienza', 'Motivo della segnalazione', 'Autorità segnalante', 'Abbigliamento',
  'Note interne', 'Protocollo', 'Ufficio', 'Riferimento pratica', 'Allegati',
];

/**
 * @param {number} index
 * @returns {string} One table row with a label cell and a control cell.
 */
function row(index) {
  const label = `${LABELS[index % LABELS.length]} ${Math.floor(index / LABELS.length) + 1}`;
  const name = `ctl00$Main$fld_${index}`;
  let control;
  if (index % 7 === 3) {
    const options = ['--', 'A', 'B', 'C', 'D'].map((text, value) => `<option value="${value}">${text}</option>`);
    control = `<select name="${name}">${options.join('')}</select>`;
  } else if (index % 11 === 5) {
    control = `<textarea name="${name}" rows="2" cols="30"></textarea>`;
  } else {
    control = `<input type="text" name="${name}" maxlength="60">`;
  }
  return `<tr><td class="l">${label}:</td><td>${control}</td></tr>`;
}

/**
 * @param {number} from
 * @param {number} count
 */
function table(from, count) {
  const rows = [];
  for (let index = from; index < from + count; index++) rows.push(row(index));
  return `<table>${rows.join('')}</table>`;
}

/**
 * Builds the page's HTML. 70% of the controls are in the top document, 20%
 * in two srcdoc frames and 10% in a custom element's open shadow root.
 *
 * @param {number} controls
 * @returns {string}
 */
export function portalHtml(controls) {
  const top = Math.round(controls * 0.7);
  const framed = Math.round(controls * 0.1);
  const shadowed = controls - top - 2 * framed;
  const frame = (from) => {
    const doc = `<!doctype html><html lang="it"><body><form>${table(from, framed)}</form></body></html>`;
    return `<iframe style="width:900px;height:300px" srcdoc="${doc.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"></iframe>`;
  };
  const widget = JSON.stringify(table(top + 2 * framed, shadowed));
  return `<!doctype html>
<html lang="it"><head><meta charset="utf-8"><title>Benchmark portal ${controls}</title></head>
<body>
<form id="main">${table(0, top)}</form>
${frame(top)}
${frame(top + framed)}
<bench-widget></bench-widget>
<script>
customElements.define('bench-widget', class extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    this.attachShadow({ mode: 'open' }).innerHTML = ${widget};
  }
});
</script>
</body></html>`;
}
