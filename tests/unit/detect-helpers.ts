/** Helpers for the detection tests: loading the case pages and finding reported fields. */
import { readFileSync } from 'node:fs';
import type { DetectedField } from '../../utils/messaging/page-model';
import { type ScanResult, scanDocument } from '../../utils/detect';

const CASES_DIR = '/work/shared/cases';

/** Returns a case page's markup as the file contains it. */
export function readCase(file: string): string {
  return readFileSync(`${CASES_DIR}/${file}`, 'utf8');
}

/**
 * Loads markup into the test window's document without running its scripts:
 * the `lang` of `<html>`, the head's styles and the body.
 */
export function loadMarkup(html: string): Document {
  const withoutScripts = html.replace(/<script[\s\S]*?<\/script>/gi, '');
  const lang = /<html[^>]*\blang="([^"]*)"/i.exec(withoutScripts)?.[1];
  const styles = withoutScripts.match(/<style[\s\S]*?<\/style>/gi) ?? [];
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(withoutScripts)?.[1] ?? withoutScripts;

  if (lang) document.documentElement.setAttribute('lang', lang);
  else document.documentElement.removeAttribute('lang');
  document.body.innerHTML = styles.join('') + body.replace(/<style[\s\S]*?<\/style>/gi, '');
  return document;
}

/** Loads markup into the test window's document and scans it. */
export function scanMarkup(html: string): ScanResult {
  return scanDocument(loadMarkup(html));
}

/** Returns the template literal assigned in a page script, e.g. `const step2 = () => \`...\``. */
export function scriptTemplate(html: string, marker: string): string {
  const start = html.indexOf(marker);
  if (start < 0) throw new Error(`Template marker not found: ${marker}`);
  const open = html.indexOf('`', start);
  const close = html.indexOf('`', open + 1);
  return html.slice(open + 1, close);
}

/** Returns the reported field whose first selector is `selector`. */
export function fieldAt(result: ScanResult, selector: string): DetectedField | undefined {
  return result.fields.find((field) => field.selectors[0] === selector);
}

/** Returns the field id reported for a selector, or "unclassified" / "missing". */
export function fieldIdAt(result: ScanResult, selector: string): string {
  const field = fieldAt(result, selector);
  if (field) return field.fieldId;
  return result.unclassified.some((control) => control.selectors[0] === selector)
    ? 'unclassified'
    : 'missing';
}
