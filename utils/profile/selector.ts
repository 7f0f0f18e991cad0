/**
 * Profile selectors: CSS selectors in which ` >>> ` enters the shadow root of
 * the element matched so far, as the detector writes them.
 */

const SHADOW_SEPARATOR = '>>>';

/** Splits a selector into one CSS selector per document or shadow root, outermost first. */
export function selectorSteps(selector: string): string[] {
  return selector.split(SHADOW_SEPARATOR).map((step) => step.trim());
}

/**
 * Tells whether a selector is well formed: no empty step and, where a DOM is
 * available (extension pages, not the service worker), every step parses as
 * CSS.
 */
export function isValidSelector(selector: string): boolean {
  const steps = selectorSteps(selector);
  if (steps.some((step) => step === '')) return false;
  if (typeof document === 'undefined') return true;

  const probe = document.createDocumentFragment();
  try {
    for (const step of steps) probe.querySelector(step);
  } catch {
    return false;
  }
  return true;
}
