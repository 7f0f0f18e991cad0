/**
 * The submission guard that runs in the page's main world. It imports nothing,
 * because it is bundled alone into the main-world content script, and it
 * carries no alert values across the world boundary. It only dispatches a
 * check for a form and reads the result from `defaultPrevented`.
 */

/** Dispatched on the submitter, or on the form, for a `submit` event. */
export const SUBMIT_EVENT_CHECK = 'vigila-check-submit-event';
/** Dispatched on the form for a call of `HTMLFormElement.prototype.submit`. */
export const SUBMIT_METHOD_CHECK = 'vigila-check-submit-method';

/**
 * Installs the guard in a window: a `submit` listener in the capture phase on
 * the window (a submit button, Enter in a field, `requestSubmit()`) and a
 * wrapper around `HTMLFormElement.prototype.submit` (`form.submit()` and
 * ASP.NET's `__doPostBack`, which ends in `theForm.submit()`). Each dispatches
 * a cancelable check event, which the browser delivers to every
 * world's listeners before `dispatchEvent` returns. The isolated world cancels
 * the event to stop the submission.
 */
export function installSubmitGuard(win: Window & typeof globalThis): void {
  const FormPrototype = win.HTMLFormElement.prototype;
  // The page's later scripts may replace these, so the guard keeps the originals.
  const dispatch = win.EventTarget.prototype.dispatchEvent;
  const Check = win.CustomEvent;
  const submit = FormPrototype.submit;

  const allowed = (target: EventTarget, type: string): boolean => {
    const check = new Check(type, { bubbles: true, cancelable: true, composed: true });
    return dispatch.call(target, check);
  };

  win.addEventListener(
    'submit',
    (event) => {
      const form = event.target;
      if (!(form instanceof win.HTMLFormElement)) return;
      const submitter = (event as SubmitEvent).submitter;
      const target = submitter && submitter.isConnected ? submitter : form;
      if (allowed(target, SUBMIT_EVENT_CHECK)) return;
      // The page's own submit handlers must not run for a stopped submission.
      event.preventDefault();
      event.stopImmediatePropagation();
    },
    true,
  );

  Object.defineProperty(FormPrototype, 'submit', {
    configurable: true,
    enumerable: true,
    writable: true,
    value: function submitGuarded(this: HTMLFormElement) {
      if (allowed(this, SUBMIT_METHOD_CHECK)) submit.call(this);
    },
  });
}
