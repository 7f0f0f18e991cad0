import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { controlState, selectOptions } from '@/utils/detect/control-info';
import { optionsSignature, type OptionsResponse } from '@/utils/messaging/fill-messages';

/** Options a page adds in several batches count as one change once this long passes without another. */
const SETTLE_MS = 100;

/** Reads a select's options and state for the panel, once they differ from `known`. */
function changedOptions(select: HTMLSelectElement, known: string): OptionsResponse | undefined {
  if (!select.isConnected) return { status: 'lost' };
  const options = selectOptions(select);
  const state = controlState(select);
  if (optionsSignature(options, state) === known) return undefined;
  return { status: 'changed', options, state };
}

/**
 * Waits until the page changes a select's options or state from those the
 * panel last saw (`known`, an `optionsSignature`), as a page does once the
 * field the select depends on is chosen. A MutationObserver on the select's
 * parent watches the options and the `disabled` attribute, and the answer
 * waits until the options have settled. After `timeoutMs` the answer is
 * `timeout`.
 */
export function awaitOptions(
  ctx: ContentScriptContext,
  select: HTMLSelectElement,
  known: string,
  timeoutMs: number,
): Promise<OptionsResponse> {
  return new Promise((resolve) => {
    let settleTimer: number | undefined;
    let done = false;
    const observer = new MutationObserver(() => settle());
    const finish = (response: OptionsResponse) => {
      if (done) return;
      done = true;
      observer.disconnect();
      clearTimeout(settleTimer);
      clearTimeout(deadline);
      resolve(response);
    };
    const settle = () => {
      clearTimeout(settleTimer);
      settleTimer = ctx.setTimeout(() => {
        const changed = changedOptions(select, known);
        if (changed) finish(changed);
      }, SETTLE_MS);
    };

    // The parent is watched, because some pages replace the whole select.
    observer.observe(select.parentNode ?? select, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['disabled', 'value', 'label'],
    });
    const deadline = ctx.setTimeout(() => {
      finish(changedOptions(select, known) ?? { status: 'timeout' });
    }, timeoutMs);
    ctx.onInvalidated(() => finish({ status: 'timeout' }));
    // The options may have changed before the panel asked.
    if (changedOptions(select, known)) settle();
  });
}
